using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class PlacesAndBodiesRoundTests
{
    [Fact]
    public void A_project_s_name_goes_on_through_on()
    {
        const string article = """
            Ferry deal questioned

            The watchdog group the Project on Harbour Oversight has called the deal "a gift to one shipyard."
            """;

        var quote = Quote(RulesAlone(article), "a gift to one shipyard");

        Assert.Equal("Project on Harbour Oversight", quote.Speaker);
    }

    [Fact]
    public void A_name_before_a_lowercase_committee_is_named_with_it()
    {
        const string article = """
            Harbour prize awarded

            The Halvard committee cited "her years of work on the harbour" as the reason for the award.
            """;

        var quote = Quote(RulesAlone(article), "her years of work");

        Assert.Equal("Halvard committee", quote.Speaker);
    }

    [Fact]
    public void Initials_of_a_place_before_a_body_s_name_are_part_of_it()
    {
        const string article = """
            Crops and the heat

            The N.W. Department of Farming notes, "Heat harms wheat more than any pest," which the study confirms.
            """;

        var quote = Quote(RulesAlone(article), "Heat harms wheat");

        Assert.Equal("N.W. Department of Farming", quote.Speaker);
    }

    [Fact]
    public void A_document_named_after_a_body_is_that_body_s()
    {
        const string article = """
            New ferry forms

            The Norland Harbour Office will send forms to ferry owners in the NL, officials said. The plan was drawn up last year.

            The ferries run from the NL to Westmark, and the NL pays for them. Fares in the NL are set each May.

            A leaked letter seen by the Kell Courier says the forms are due in May. The Harbour Office letter reads "we may extend the forms to other owners", but there is no plan yet.
            """;

        var quote = Quote(RulesAlone(article), "we may extend the forms");

        Assert.Equal("Norland Harbour Office", quote.Speaker);
    }

    [Fact]
    public void A_state_after_a_town_after_in_is_where_not_who()
    {
        const string article = """
            Ruiz on the mines

            Ana Ruiz, at a meeting in Kellburg, Westmark, said she was "going to close the old mines."
            """;

        var quote = Quote(RulesAlone(article), "going to close the old mines");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void A_party_and_its_state_after_a_name_describe_the_name()
    {
        const string article = """
            Senators on the port bill

            Hurrying into a meeting, Senator Ana Ruiz, Republican of Westmark, called out, "This bill is not helping."
            """;

        var quote = Quote(RulesAlone(article), "This bill is not helping");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Theory]
    [InlineData("Kell's transport ministry said the fares would stay frozen.", "Kell's transport ministry")]
    [InlineData("The Norland army said soldiers had helped lift the crew off the ferry.", "Norland army")]
    public void It_after_a_body_named_in_lowercase_words_is_that_body_not_an_organisation_named_earlier(string sentence, string body)
    {
        var article = $"""
            Storm strands island ferry

            Lindenport Ferries cancelled every sailing on Monday.

            {sentence} "Everyone on board is safe and warm," it said.
            """;

        var quote = Quote(RulesAlone(article), "Everyone on board");

        Assert.Equal(body, quote.Speaker);
    }
}
