using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and outlets.
public class SpanPrecisionTests
{
    private static IReadOnlyList<DraftQuotation> Speech(string article) =>
        QuotationDrafter.Extract(article).Where(d => d.Kind == QuotationKind.Speech).ToList();

    [Fact]
    public void A_headline_with_its_byline_is_a_title_not_speech()
    {
        const string article = """
            READING LIST

            "Ferry fares to rise again in spring as the council runs short," by the Valley Courier's Ana Ruiz.

            "Lindenport opens its new harbour library," by Ivo Marsh of Coast Weekly.
            """;

        Assert.Empty(Speech(article));
    }

    [Fact]
    public void A_headline_with_the_comma_outside_the_marks_and_a_byline_is_a_title()
    {
        const string article = """
            Also worth reading: "Why the tram line stalled for a decade", by Mara Quell.
            """;

        Assert.Empty(Speech(article));
    }

    [Theory]
    [InlineData("Ana Ruiz told Valley Radio's \"Harbour Hour at Nine\" that the ferry would sail again.")]
    [InlineData("Speaking on \"Lindenport Tonight,\" Ivo Marsh said the pier would reopen in May.")]
    [InlineData("Mara Quell wrote in the Coast Weekly's \"Letters From the Quay\" that fares were too high.")]
    public void A_programme_or_column_title_after_a_possessive_or_on_is_a_title_not_speech(string article)
    {
        Assert.Empty(Speech(article));
    }

    [Theory]
    [InlineData("Ana Ruiz said the council's \"quiet hours\" rule had gone too far, calling it \"a rule nobody asked for\".", "a rule nobody asked for")]
    [InlineData("Ivo Marsh insisted on \"Fair Fares for Every Family in the Harbour Towns Today, Not Next Year,\" he said.", "Fair Fares for Every Family")]
    [InlineData("Ana Ruiz's \"We will reopen the pier this spring,\" was the line of the night.", "We will reopen the pier")]
    public void Speech_after_a_possessive_or_on_that_is_not_a_short_title_stays_speech(string article, string startsWith)
    {
        Assert.Contains(Speech(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));
    }

    [Fact]
    public void Words_given_in_the_passive_by_someone_stay_speech()
    {
        const string article = """
            The closure of the old pier was described as "a loss for every family in Lindenport" by Mayor Ana Ruiz on Monday.
            """;

        Assert.Contains(Speech(article), d => d.Text.StartsWith("a loss for every family", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_woven_into_the_reporters_sentence_before_a_comma_and_by_stay_speech()
    {
        const string article = """
            Ana Ruiz said the "harsh words, thrown without any cause at all," by Ivo Marsh last week had hurt the town.
            """;

        Assert.Contains(Speech(article), d => d.Text.StartsWith("harsh words", StringComparison.Ordinal));
    }

    [Fact]
    public void Speech_followed_by_a_comma_and_a_lower_case_by_stays_speech()
    {
        const string article = """
            "We will open the pier again," Ana Ruiz said. "We owe it to the town," by her own account, was the line she repeated all week.
            """;

        Assert.Contains(Speech(article), d => d.Text.StartsWith("We owe it to the town", StringComparison.Ordinal));
    }
}
