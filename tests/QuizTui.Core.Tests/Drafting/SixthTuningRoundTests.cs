using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Rules chosen on tune6's errors (docs/quotation-drafting.md, "tune6 round"). Every article here is
// invented for these tests: fictional towns, people and events.
public class SixthTuningRoundTests
{
    [Theory]
    [InlineData("Datuk")]
    [InlineData("Dato'")]
    [InlineData("Alhaji")]
    [InlineData("Shri")]
    public void An_honorific_of_another_country_is_not_part_of_the_name(string honorific)
    {
        var article = $"""
            Harbour commander {honorific} Razak Amin Tahir said boats had been stopped off Pulau Kelam.

            “Two of them turned back,” Razak Tahir said. “The rest were escorted to port.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Razak Amin Tahir", d.Speaker));
    }
}
