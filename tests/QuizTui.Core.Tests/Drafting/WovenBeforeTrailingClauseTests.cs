using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class WovenBeforeTrailingClauseTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    // ---- words woven into a sentence whose clause after them has a verb of its own ----

    [Fact]
    public void A_prepositional_phrase_after_woven_words_is_not_the_speaker_of_a_later_verb()
    {
        const string article = """
            Councillor Ada Mbeki spoke at the ferry hearing on Monday.

            Mbeki said she was "a firm believer" in the winter timetable, which she argued kept the island's school open.
            """;

        Assert.Equal("Ada Mbeki", Speech(article, "a firm believer").Speaker);
    }

    [Fact]
    public void Of_after_woven_words_opens_no_subject()
    {
        const string article = """
            Harbour master Ines Calloway has run the port for ten years.

            Calloway called the decision "the worst outcome" of the whole review, which the board said it regretted.
            """;

        Assert.Equal("Ines Calloway", Speech(article, "the worst outcome").Speaker);
    }
}
