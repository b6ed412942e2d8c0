using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

public class QuotationSpanScoringTests
{
    private static GoldQuotation Speech(string text, string speaker) => new(text, speaker, QuotationKind.Speech);

    private static DraftQuotation Draft(string text, string? speaker, QuotationKind kind = QuotationKind.Speech) =>
        new() { Text = text, Speaker = speaker, SpeakerResolved = speaker is not null, Kind = kind };

    [Fact]
    public void A_draft_with_the_gold_words_matches_and_names_the_speaker()
    {
        var score = QuotationSpanScoring.Score(
            [Draft("We will open the bridge in May,", "Ana Ruiz")],
            [Speech("We will open the bridge in May,", "Ana Ruiz")]);

        Assert.Equal((1, 1, 1, 1), (score.GoldSpans, score.DraftSpans, score.Matched, score.SpeakerCorrect));
        Assert.Equal(1.0, score.F1);
        Assert.Equal(1.0, score.SpeakerAccuracy);
    }

    [Fact]
    public void Quote_marks_dashes_and_spacing_are_folded_before_comparing()
    {
        var score = QuotationSpanScoring.Score(
            [Draft("It’s “done” — for  now", "Ana Ruiz")],
            [Speech("It's \"done\" -- for now.", "Ana Ruiz")]);

        Assert.Equal(1, score.Matched);
    }

    [Theory]
    // Gold of eight words; the draft keeps the first four: exactly half of the gold.
    [InlineData("one two three four", true)]
    // Three of eight is less than half of the gold.
    [InlineData("one two three", false)]
    // The gold's eight words and eight more: the shared words are half of the draft.
    [InlineData("one two three four five six seven eight and then a few more words here too", true)]
    // Eight shared words in a draft of seventeen: less than half of the draft.
    [InlineData("one two three four five six seven eight and then a few more words here too now", false)]
    // Words in another order share less than they hold.
    [InlineData("eight seven six five four three two one", false)]
    public void A_match_needs_at_least_half_overlap_both_ways(string draft, bool matches)
    {
        var score = QuotationSpanScoring.Score([Draft(draft, "Ana Ruiz")], [Speech("one two three four five six seven eight", "Ana Ruiz")]);

        Assert.Equal(matches ? 1 : 0, score.Matched);
        Assert.Equal(matches ? 0 : 1, score.Missed.Count);
        Assert.Equal(matches ? 0 : 1, score.Spurious.Count);
    }

    [Fact]
    public void Each_quotation_is_paired_once_the_largest_overlap_first()
    {
        GoldQuotation[] gold = [Speech("the council will meet again on Monday to vote", "Ana Ruiz")];
        DraftQuotation[] drafts =
        [
            Draft("the council will meet again on Monday", "Ana Ruiz"),
            Draft("the council will meet again on Monday to vote", "Ben Ode"),
        ];

        var score = QuotationSpanScoring.Score(drafts, gold);

        var match = Assert.Single(score.Matches);
        Assert.Same(drafts[1], match.Draft);
        Assert.False(match.SpeakerCorrect);
        Assert.Same(drafts[0], Assert.Single(score.Spurious));
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(2 * 0.5 / 1.5, score.F1, 9);
    }

    [Fact]
    public void Only_speech_counts_a_label_offered_as_speech_is_spurious_and_speech_offered_as_label_is_missed()
    {
        GoldQuotation[] gold =
        [
            new("witch hunt", null, QuotationKind.Label),
            Speech("We made a plea to the president once again", "Chuck Schumer"),
        ];
        DraftQuotation[] drafts =
        [
            Draft("witch hunt", "Donald Trump"),
            Draft("We made a plea to the president once again", null, QuotationKind.Label),
        ];

        var score = QuotationSpanScoring.Score(drafts, gold);

        Assert.Equal((1, 1, 0), (score.GoldSpans, score.DraftSpans, score.Matched));
        Assert.Equal("witch hunt", Assert.Single(score.Spurious).Text);
        Assert.Equal("We made a plea to the president once again", Assert.Single(score.Missed).Text);
        Assert.Equal(0.0, score.F1);
    }

    [Theory]
    [InlineData("Ana Ruiz", "Ana Ruiz", true)]
    [InlineData("Ana Ruiz", "ana  RUIZ.", true)]
    [InlineData("Jean-Jacques Muyembe", "Jean Jacques Muyembe", true)]
    [InlineData("Sergey M.", "Sergey M", true)]
    [InlineData("Tong Yung-soo", "Tong Yung–soo", true)]
    [InlineData("Tong Yung-soo", "Tong Yung", false)]
    [InlineData("Ana Ruiz", "Dr. Ana Ruiz", false)]
    [InlineData("Ana Ruiz", "Ruiz", false)]
    [InlineData("Ana Ruiz", "Ana Ruis", false)]
    [InlineData("Ana Ruiz", "Ana Maria Ruiz", false)]
    [InlineData("Bradford Council", "the Bradford Council", false)]
    [InlineData("St. Clair County", "St", false)]
    [InlineData("Ana Ruiz", null, false)]
    [InlineData("Tomas Verde", "Tomas Verde Jr.", true)]
    [InlineData("Tomas Verde Jr.", "Tomas Verde", true)]
    [InlineData("Tomas Verde Sr.", "Tomas Verde Sr", true)]
    [InlineData("Tomas Verde III", "Tomas Verde", true)]
    [InlineData("Tomas Verde Jr.", "Tomas Verde Sr.", false)]
    [InlineData("Verde Jr.", "Tomas Verde", false)]
    [InlineData("Jr.", "Jr", true)]
    public void Speakers_are_compared_strictly_on_the_full_name(string gold, string? draft, bool same) =>
        Assert.Equal(same, QuotationSpanScoring.SameSpeaker(gold, draft));

    [Fact]
    public void Words_drop_brackets_ellipses_and_punctuation_but_keep_apostrophes_inside_words()
    {
        Assert.Equal(["t", "he", "house", "isn't", "moving", "forward"], QuotationSpanScoring.Words("[T]he House isn’t [...] moving — forward…"));
        Assert.Empty(QuotationSpanScoring.Words(" … "));
    }

    [Fact]
    public void Totals_add_counts_and_keep_every_quotation_behind_them()
    {
        var a = QuotationSpanScoring.Score([Draft("one two three", "Ana Ruiz")], [Speech("one two three", "Ana Ruiz")]);
        var b = QuotationSpanScoring.Score([Draft("four five six", "Ben Ode")], [Speech("four five six", "Cy Lee"), Speech("seven eight", "Cy Lee")]);

        var total = SpanScore.Zero + a + b;

        Assert.Equal((2, 3, 2, 2, 1), (total.Articles, total.GoldSpans, total.DraftSpans, total.Matched, total.SpeakerCorrect));
        Assert.Equal(0.5, total.SpeakerAccuracy);
        Assert.Equal("seven eight", Assert.Single(total.Missed).Text);
    }

    [Fact]
    public void Nothing_to_score_is_not_a_perfect_f1_unless_both_sides_are_empty()
    {
        Assert.Equal(1.0, QuotationSpanScoring.Score([], []).F1);
        Assert.Equal(0.0, QuotationSpanScoring.Score([], [Speech("a b c", "Ana Ruiz")]).F1);
        Assert.Equal(0.0, QuotationSpanScoring.Score([Draft("a b c", "Ana Ruiz")], []).F1);
    }

    [Theory]
    [InlineData("Joe Biden", "Joe Biden", SpeakerMiss.None)]
    [InlineData("Joe Biden", null, SpeakerMiss.Unresolved)]
    [InlineData("Joe Biden", "Biden", SpeakerMiss.PartName)]
    [InlineData("Ana Ruiz", "Dr. Ana Ruiz", SpeakerMiss.PartName)]
    [InlineData("Ana Ruiz", "Tomas Ruiz", SpeakerMiss.OtherSpeaker)]
    public void A_wrong_speaker_is_told_apart_as_none_part_of_the_name_or_someone_else(string gold, string? draft, SpeakerMiss expected) =>
        Assert.Equal(expected, QuotationSpanScoring.MissKind(gold, draft));

    [Fact]
    public void Totals_count_each_kind_of_wrong_speaker()
    {
        var score = QuotationSpanScoring.Score(
            [Draft("one two three", null), Draft("four five six", "Ruiz"), Draft("seven eight nine", "Cy Lee"), Draft("ten eleven", "Ana Ruiz")],
            [Speech("one two three", "Ana Ruiz"), Speech("four five six", "Ana Ruiz"), Speech("seven eight nine", "Ana Ruiz"), Speech("ten eleven", "Ana Ruiz")]);

        Assert.Equal((1, 1, 1, 1), (score.SpeakerUnresolved, score.SpeakerPartName, score.SpeakerOther, score.SpeakerCorrect));
    }
}
