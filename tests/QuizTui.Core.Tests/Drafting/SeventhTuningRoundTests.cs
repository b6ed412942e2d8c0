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
            {office} Tevita Lomani says some villages of Nadrau are falling apart.

            Lomani said the royalties paid last year had not been used to repair a single home.

            “The whole burden falls on a few families.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        var draft = Assert.Single(drafts);
        Assert.Equal("Tevita Lomani", draft.Speaker);
    }
}
