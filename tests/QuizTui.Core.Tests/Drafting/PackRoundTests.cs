using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: an invented country, its city, bodies and people.
/// <summary>Roles, bodies and datelines that a pack drafted from wire and business stories met.</summary>
public class PackRoundTests
{
    private static DraftedPerson Person(string article, string name) =>
        Assert.Single(QuotationDrafter.Draft(article).People, p => p.Name == name);

    [Fact]
    public void A_role_at_a_body_in_a_place_is_the_role_before_the_body_and_the_body_its_organisation()
    {
        const string article = "\"Something will have to give,\" said Mira Olsen, a transport analyst at Harwick Securities in Lindenport.";

        var person = Person(article, "Mira Olsen");

        Assert.Equal("transport analyst", person.Role);
        Assert.Equal("Harwick Securities", person.Organisation);
    }

    [Theory]
    [InlineData("The transport ministry defended the plan to raise fares in June. \"Without higher fares the lines cannot be kept open,\" a ministry spokeswoman said.", "transport ministry")]
    [InlineData("The health ministry did not say when the clinic would reopen.\n\n\"The building is not yet safe,\" a ministry spokesman said.", "health ministry")]
    public void An_unnamed_voice_of_a_body_the_article_names_in_lowercase_words_speaks_for_that_body(string article, string body)
    {
        var quote = Assert.Single(QuotationDrafter.Draft(article).Quotations);

        Assert.Equal(body, quote.Speaker);
        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_voice_of_a_body_with_no_field_named_before_stays_the_role()
    {
        const string article = "The new ministry opened on Monday. \"We are ready,\" a ministry spokeswoman said.";

        Assert.Equal("ministry spokeswoman", Assert.Single(QuotationDrafter.Draft(article).Quotations).Speaker);
    }

    [Fact]
    public void An_army_named_by_its_country_speaks_as_a_body_through_it()
    {
        const string article = "The Norland Army said it had moved two battalions to the border. \"These exercises were planned months ago,\" it said.";

        var quote = Assert.Single(QuotationDrafter.Draft(article).Quotations);

        Assert.Equal("Norland Army", quote.Speaker);
        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
        Assert.False(quote.SpeakerGuessed);
    }

    [Fact]
    public void Words_before_a_title_after_a_role_and_a_comma_are_the_office_not_a_person()
    {
        const string article = "Vessaria will finish the dam despite the recall of Norland's ambassador, Vessarian Prime Minister Dario Lenz said on Wednesday.";

        var people = QuotationDrafter.Draft(article).People;

        Assert.Equal(["Dario Lenz"], people.Select(p => p.Name));
    }

    [Fact]
    public void A_body_that_acts_on_the_person_before_the_role_is_their_organisation_and_its_verb_no_part_of_the_role()
    {
        const string article = """
            Kell United dismissed head coach Anton Reiss on Friday after the cup defeat.

            "I gave everything to this club," Reiss said.
            """;

        var person = Person(article, "Anton Reiss");

        Assert.Equal("head coach", person.Role);
        Assert.Equal("Kell United", person.Organisation);
    }
}
