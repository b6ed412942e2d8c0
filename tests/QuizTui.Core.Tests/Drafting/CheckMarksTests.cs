using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

public class CheckMarksTests
{
    private static GoldQuotation Speech(string text, string speaker) => new(text, speaker, QuotationKind.Speech);

    private static DraftQuotation Draft(string text, string? speaker, ConfidenceLevel level) =>
        new() { Text = text, Speaker = speaker, SpeakerResolved = speaker is not null, Kind = QuotationKind.Speech, ConfidenceLevel = level };

    /// <summary>Four matched quotations: right and sure, wrong and sure, right but marked, wrong and marked.</summary>
    private static SpanScore FourCases() => QuotationSpanScoring.Score(
        [
            Draft("We will open the bridge in May", "Ana Ruiz", DraftConfidence.NamedInSentence),
            Draft("The council has not decided", "Ivo Lune", DraftConfidence.PronounAgrees),
            Draft("Nobody told us anything about it", "Ruiz", DraftConfidence.NameNotGivenInFull),
            Draft("It is far too early to say", null, DraftConfidence.Unresolved),
            Draft("A quotation the gold does not have at all", "Ana Ruiz", DraftConfidence.NamedInSentence),
        ],
        [
            Speech("We will open the bridge in May", "Ana Ruiz"),
            Speech("The council has not decided", "Ana Ruiz"),
            Speech("Nobody told us anything about it", "Ruiz"),
            Speech("It is far too early to say", "Ivo Lune"),
        ]);

    [Fact]
    public void Marks_are_counted_over_matched_quotations_only()
    {
        var marks = FourCases().Marks;

        Assert.Equal((4, 2, 2, 1), (marks.Matched, marks.Right, marks.Marked, marks.MarkedRight));
        Assert.Equal(1, marks.MarkedWrong);
        Assert.Equal(2, marks.Unmarked);
        // The wrong pronoun pick is the one misattribution nobody is warned about.
        Assert.Equal(1, marks.UnmarkedWrong);
        Assert.Equal(0.5, marks.UnmarkedAccuracy);
    }

    [Fact]
    public void With_nothing_unmarked_the_unmarked_accuracy_is_one()
    {
        var marks = CheckMarks.Of([]);

        Assert.Equal(0, marks.UnmarkedWrong);
        Assert.Equal(1.0, marks.UnmarkedAccuracy);
    }

    [Fact]
    public void A_label_is_never_marked_even_at_a_low_level()
    {
        var label = Draft("open race", "Ana Ruiz", DraftConfidence.Unresolved) with { Kind = QuotationKind.Label };

        Assert.False(label.NeedsCheck);
    }

    [Fact]
    public void Marks_add_up_over_articles()
    {
        var twice = FourCases() + FourCases();

        Assert.Equal(new CheckMarks(8, 4, 4, 2), twice.Marks);
    }

    [Fact]
    public void Levels_are_tallied_in_the_order_of_the_table()
    {
        var tallies = LevelTally.Of(FourCases().Matches);

        Assert.Equal(
            [("named-in-sentence", 1, 1), ("name-not-in-full", 1, 1), ("pronoun", 1, 0), ("unresolved", 1, 0)],
            tallies.Select(t => (t.Level, t.Count, t.Right)));
        Assert.Equal(0.8, tallies.Single(t => t.Level == "pronoun").Value);
        Assert.Equal(0.0, tallies.Single(t => t.Level == "pronoun").Accuracy);
    }

    [Fact]
    public void A_draft_without_a_level_is_tallied_apart()
    {
        var score = QuotationSpanScoring.Score(
            [new DraftQuotation { Text = "We will open the bridge in May", Speaker = "Ana Ruiz", SpeakerResolved = true }],
            [Speech("We will open the bridge in May", "Ana Ruiz")]);

        var tally = Assert.Single(LevelTally.Of(score.Matches));
        Assert.Equal("(none)", tally.Level);
        Assert.True(double.IsNaN(tally.Value));
    }

    [Fact]
    public void The_drafter_gives_each_quotation_the_level_its_confidence_comes_from()
    {
        var draft = QuotationDrafter.Draft(
            "\"We will open the bridge in May,\" Mayor Ana Ruiz said on Monday.\n\n"
            + "Ruiz spoke to reporters. \"It is not a question of money,\" she said.\n\n"
            + "\"Nobody asked us,\" a resident said.");

        var levels = draft.Quotations.Select(q => (q.Level, q.Confidence)).ToList();
        Assert.Equal(
            [("named-in-sentence", 0.95), ("pronoun", 0.8), ("role-without-name", 0.5)],
            levels);
        Assert.All(draft.Quotations, q => Assert.Equal(DraftConfidence.All.Single(l => l.Name == q.Level).Value, q.Confidence));
    }

    [Fact]
    public void A_continuation_takes_the_weaker_link_as_its_level()
    {
        var draft = QuotationDrafter.Draft(
            "Ana Ruiz opened the bridge. \"It took three years,\" she said. \"We are proud of it.\"\n\n"
            + "\"It is finished,\" Ivo Lune said. \"Now the road.\"");

        Assert.Equal(
            ["pronoun", "pronoun", "named-in-sentence", "continues-in-paragraph"],
            draft.Quotations.Select(q => q.Level));
    }
}
