using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

public class QuotationGoldTests
{
    [Theory]
    [InlineData("I—and the team—agree", "I -- and the team -- agree")]
    [InlineData("it’s “done”", "it's \"done\"")]
    [InlineData("wait…  and\u00A0see", "wait... and see")]
    public void Normalising_ignores_typography_and_spacing(string a, string b) =>
        Assert.Equal(QuotationText.Normalise(a), QuotationText.Normalise(b));

    [Fact]
    public void Keys_ignore_trailing_punctuation_and_case() =>
        Assert.Equal(QuotationText.Key("Divided company."), QuotationText.Key("divided company"));

    [Fact]
    public void A_seed_gold_file_reads_with_its_seed_name_and_quotations()
    {
        var (seed, gold) = QuotationGoldFile.Parse("""
            seed: sample.txt
            quotations:
              - text: "We will open in May,"
                speaker: Ana Ruiz
                kind: speech
              - text: "Then we will see."
                speaker: the user
              - text: "quiet hours"
                kind: label
            """);

        Assert.Equal("sample.txt", seed);
        Assert.Equal(
            [("We will open in May,", "Ana Ruiz", QuotationKind.Speech), ("Then we will see.", "the user", QuotationKind.Speech), ("quiet hours", null, QuotationKind.Label)],
            gold.Select(g => (g.Text, g.Speaker, g.Kind)));
    }

    [Fact]
    public void An_article_gold_file_gives_its_source_and_licence()
    {
        var article = QuotationGoldFile.ParseArticle("""
            article: sample.txt
            source: https://example.org/sample
            outlet: Example Times
            date: 2020-01-02
            licence: CC BY 2.5
            genre: sport
            text_in_repo: false
            excerpt: A short opening sentence.
            quotations:
              - text: "We will open in May,"
                speaker: Ana Ruiz
                kind: speech
            """);

        Assert.Equal(("sample.txt", "https://example.org/sample", "Example Times", "2020-01-02"), (article.Article, article.Source, article.Outlet, article.Date));
        Assert.Equal(("CC BY 2.5", "sport", false, "A short opening sentence."), (article.Licence, article.Genre, article.TextInRepo, article.Excerpt));
        Assert.Equal("Ana Ruiz", Assert.Single(article.Quotations).Speaker);
    }

    [Theory]
    [InlineData("kind: quote\n    speaker: Ana Ruiz", "quotation 1: kind 'quote' is neither 'speech' nor 'label'")]
    [InlineData("kind: speech", "quotation 1 is speech but has no 'speaker'")]
    public void A_gold_quotation_with_an_unknown_kind_or_no_speaker_is_rejected_by_number(string fields, string message)
    {
        var yaml = "article: a.txt\nquotations:\n  - text: \"Yes.\"\n    " + fields + "\n";
        var error = Assert.Throws<FormatException>(() => QuotationGoldFile.ParseArticle(yaml));
        Assert.Equal(message, error.Message);
    }
}

