using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Model;

/// <summary>A speaker's label names them once: role and organisation add only what the name does not already say.</summary>
public class PersonLabelTests
{
    [Theory]
    // A person with a role at an organisation: all three are said.
    [InlineData("Tom Keiser", "Chief executive officer", "Hootsuite", "Tom Keiser, Chief executive officer, Hootsuite")]
    // An organisation's own account: its name is the organisation.
    [InlineData("Hootsuite", "Corporate Twitter account", "Hootsuite", "Hootsuite, Corporate Twitter account")]
    // A name that already contains the organisation.
    [InlineData("Hootsuite (company statement)", "Corporate Twitter account", "Hootsuite", "Hootsuite (company statement), Corporate Twitter account")]
    // A role that already names the organisation.
    [InlineData("Melanie Gaboriault", "Hootsuite spokeswoman", "Hootsuite", "Melanie Gaboriault, Hootsuite spokeswoman")]
    // A name that uses the organisation's short form, given in brackets after its full name.
    [InlineData("ICE (agency statement)", "Press office", "U.S. Immigration and Customs Enforcement (ICE)", "ICE (agency statement), Press office")]
    // Case does not make a repeat new.
    [InlineData("ACME Corp", null, "Acme Corp", "ACME Corp")]
    [InlineData("City Hall", "city hall", null, "City Hall")]
    // Only whole words count: "Post" is not in "Jane Postman".
    [InlineData("Jane Postman", "Editor", "Post", "Jane Postman, Editor, Post")]
    // The short form must be the word itself: "ICE" is not in "Justice Department".
    [InlineData("Justice Department", "Spokesperson", "U.S. Immigration and Customs Enforcement (ICE)", "Justice Department, Spokesperson, U.S. Immigration and Customs Enforcement (ICE)")]
    // Whatever is known.
    [InlineData("Ana Ruiz", "Mayor", null, "Ana Ruiz, Mayor")]
    [InlineData("Ana Ruiz", null, "City", "Ana Ruiz, City")]
    [InlineData("Ana Ruiz", " ", "", "Ana Ruiz")]
    public void A_label_never_repeats_the_name_role_or_organisation(string name, string? role, string? organisation, string expected)
    {
        var person = new Person("p", name, role, organisation);
        Assert.Equal(expected, person.Label);
        Assert.Equal(expected == name ? "" : expected[(name.Length + 2)..], person.Description);
    }

    [Fact]
    public void The_who_said_what_explanation_names_a_company_account_once()
    {
        var company = new Person("co", "Hootsuite (company statement)", "Corporate Twitter account", "Hootsuite");
        var quotation = new Quotation("q1", "We will not proceed.", "co", "tweet", null, "a1", SourceLocation.None);
        var ev = new NewsEvent("e", "E", new DatePeriod(new DateOnly(2020, 9, 24), null), "", [], [company], [], [], [], "pack");
        Assert.Equal("Hootsuite (company statement), Corporate Twitter account, in a tweet.",
            WhoSaidWhatType.Explanation(ev, quotation, withSource: false));
    }
}
