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
    public void Scores_count_speech_only_and_check_speakers()
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
        Assert.Equal(3, gold.Count);

        DraftQuotation[] drafts =
        [
            new() { Text = "We will open in May,", Speaker = "Ana Ruiz", SpeakerResolved = true },
            new() { Text = "Then we will see.", Speaker = "user", SpeakerResolved = true },
            new() { Text = "quiet hours", Kind = QuotationKind.Speech },
        ];
        var score = QuotationGoldFile.Score(drafts, gold);

        Assert.Equal(2, score.GoldSpeech);
        Assert.Equal(3, score.DraftSpeech);
        Assert.Equal(2, score.Matched);
        Assert.Equal(2, score.SpeakerCorrect);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(["quiet hours"], score.Spurious);
    }
}
