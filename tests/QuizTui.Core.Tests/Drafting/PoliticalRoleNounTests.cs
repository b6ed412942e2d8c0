using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class PoliticalRoleNounTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void An_aide_in_an_appositive_describes_the_name_before_it()
    {
        const string article = """
            Nelson Oro, a former aide, said: "He is very much in touch with his background."
            """;

        Assert.Equal("Nelson Oro", Quotation(article, "He is very much").Speaker);
    }

    [Fact]
    public void A_lobbyist_in_an_appositive_describes_the_name_before_it()
    {
        const string article = """
            Tova Brenn, a longtime lobbyist for the harbour fund, said the board was "asleep at the wheel."
            """;

        Assert.Equal("Tova Brenn", Quotation(article, "asleep at").Speaker);
    }
}
