using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class ClauseFragmentSpeakerTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_lone_function_word_is_no_speaker()
    {
        const string article = """
            Acknowledging that the levy "is a heavy burden on the town," though, Mara Quell did suggest that the pier must be mended.
            """;

        Assert.Null(Quotation(article, "is a heavy burden").Speaker);
    }

    [Fact]
    public void A_description_without_a_verb_is_still_given()
    {
        const string article = """
            "We have waited long enough for a bridge," a woman in the queue said.
            """;

        Assert.Equal("woman in the queue", Quotation(article, "We have waited").Speaker);
    }
}
