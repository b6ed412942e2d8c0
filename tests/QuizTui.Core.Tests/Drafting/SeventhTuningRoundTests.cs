using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Rules chosen on tune7's errors (docs/quotation-drafting.md, "tune7 round"). Every article here is
// invented for these tests: fictional towns, people and events.
public class SeventhTuningRoundTests
{
    [Theory]
    [InlineData("Minister of Home Affairs")]
    [InlineData("Minister of i-Tavola Affairs")]
    [InlineData("Commissioner of Police and Prisons")]
    public void The_field_of_an_office_named_with_of_is_not_part_of_the_name_after_it(string office)
    {
        var article = $"""
            {office} Tevita Lomani says the sea wall at Lindenport needs urgent repair.

            Lomani said the money set aside last year had not been spent on the wall.

            “The cost keeps rising every winter we wait.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        var draft = Assert.Single(drafts);
        Assert.Equal("Tevita Lomani", draft.Speaker);
    }

    [Fact]
    public void A_name_in_capitals_heading_the_remarks_after_it_is_their_speaker()
    {
        const string article = """
            What the coaches said after the final

            HOME COACH, MARTA ILVES:

            “We gave everything and it was not enough.”

            “The second goal hurt us.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Marta Ilves", d.Speaker));
    }

    [Fact]
    public void A_single_word_in_capitals_before_a_colon_is_still_read_as_an_acronym()
    {
        const string article = """
            The union answered the same day.

            UNITE: “We will not accept the offer.”
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("UNITE", draft.Speaker);
    }

    [Fact]
    public void A_quotation_closed_in_the_next_paragraph_is_carried_on_by_the_remarks_after_it()
    {
        const string article = """
            What the coaches said after the final

            HOME COACH, MARTA ILVES:

            “We gave everything and it was not enough.”

            “We had our chances early on. The wind did not help either.

            The way the players kept going at the end made me proud”.

            “Now we rest and plan for the cup.”

            “I do not agree with the late penalty.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(4, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Marta Ilves", d.Speaker));
    }
}
