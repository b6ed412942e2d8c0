using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class OpeningWordsBeforeNamesTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_preposition_opening_a_sentence_is_no_first_name_for_the_surname()
    {
        const string article = """
            Lune prepares for a long race.

            At a social club earlier this month, Ivo Lune's top advisers met supporters.

            Despite Lune's standing, his donors remain confident.

            "Every time I've run for office, I've been the underdog," Lune said.
            """;

        Assert.Equal("Ivo Lune", Quotation(article, "Every time").Speaker);
    }
}
