using QuizTui.Core.Model;

namespace QuizTui.Core.Tests.Quizzes;

public sealed class GradingTests
{
    private static readonly SourceLocation At = SourceLocation.None;

    private static Choice Right(string text) => new(text, true, null);
    private static Choice Wrong(string text) => new(text, false, null);

    [Fact]
    public void Single_choice_is_right_only_for_the_correct_choice()
    {
        var q = new SingleChoiceQuestion("q", "?", null, Skill.Detail, [], At, [Wrong("a"), Right("b"), Wrong("c")]);
        Assert.Equal(Verdict.Right, q.Grade(new ChoiceAnswer([1])).Verdict);
        Assert.Equal(Verdict.Wrong, q.Grade(new ChoiceAnswer([0])).Verdict);
        Assert.Equal(Verdict.Wrong, q.Grade(new ChoiceAnswer([1, 2])).Verdict);
        Assert.Equal(Verdict.Skipped, q.Grade(SkippedAnswer.Instance).Verdict);
        Assert.Equal("b", q.DescribeCorrectAnswer());
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, 1.0, Verdict.Right)]
    [InlineData(new[] { 0 }, 0.5, Verdict.Partial)]
    [InlineData(new[] { 0, 1, 2 }, 0.5, Verdict.Partial)]
    [InlineData(new[] { 0, 2, 3 }, 0.0, Verdict.Wrong)]
    [InlineData(new int[0], 0.0, Verdict.Wrong)]
    public void Multiple_answers_gives_partial_credit_for_right_picks_less_wrong_picks(int[] picks, double score, Verdict verdict)
    {
        var q = new MultipleAnswersQuestion("q", "?", null, Skill.Detail, [], At, [Right("a"), Right("b"), Wrong("c"), Wrong("d")]);
        var grade = q.Grade(new ChoiceAnswer(picks));
        Assert.Equal(score, grade.Score, 3);
        Assert.Equal(verdict, grade.Verdict);
    }

    [Theory]
    [InlineData("Three years", true)]
    [InlineData("  three-years! ", true)]
    [InlineData("3 years", true)]
    [InlineData("three", false)]
    public void Short_answer_folds_case_punctuation_and_spacing(string typed, bool right)
    {
        var q = new ShortAnswerQuestion("q", "?", null, Skill.Detail, [], At, ["three years", "3 years"]);
        Assert.Equal(right, q.Grade(new TextAnswer(typed)).IsRight);
    }

    [Theory]
    [InlineData("508832", true)]
    [InlineData("508000", true)]
    [InlineData("507000", false)]
    public void Numeric_accepts_answers_within_the_tolerance(string typed, bool right)
    {
        var q = new NumericQuestion("q", "?", null, Skill.Detail, [], At, 508_832m, 1_000m, "US$");
        Assert.Equal(right, q.Grade(new NumberAnswer(decimal.Parse(typed, System.Globalization.CultureInfo.InvariantCulture))).IsRight);
    }

    [Fact]
    public void Ordering_is_right_only_in_the_written_order()
    {
        var q = new OrderingQuestion("q", "?", null, Skill.Detail, [], At, ["first", "second", "third"]);
        Assert.True(q.Grade(new OrderAnswer([0, 1, 2])).IsRight);
        Assert.False(q.Grade(new OrderAnswer([1, 0, 2])).IsRight);
        Assert.Equal("second → first → third", q.DescribeAnswer(new OrderAnswer([1, 0, 2])));
    }

    [Fact]
    public void Matching_gives_credit_per_pair()
    {
        var q = new MatchingQuestion("q", "?", null, Skill.Detail, [], At, [new("a", "1"), new("b", "2"), new("c", "3"), new("d", "4")]);
        Assert.Equal(1.0, q.Grade(new MatchAnswer([0, 1, 2, 3])).Score);
        Assert.Equal(0.5, q.Grade(new MatchAnswer([0, 1, 3, 2])).Score);
        Assert.Equal(Verdict.Wrong, q.Grade(new MatchAnswer([1, 0, 3, 2])).Verdict);
    }

    [Fact]
    public void Evidence_needs_both_parts_for_full_credit()
    {
        var q = new EvidenceQuestion("q", "?", null, Skill.Inference, [], At, [Right("yes"), Wrong("no")], EvidenceQuestion.DefaultEvidencePrompt,
            [new EvidenceChoice(EvidenceKind.Quotation, "q1", "quoted", true), new EvidenceChoice(EvidenceKind.KeyPoint, "k1", "point", false)]);
        Assert.Equal(Verdict.Right, q.Grade(new EvidenceAnswer(0, 0)).Verdict);
        Assert.Equal(0.5, q.Grade(new EvidenceAnswer(0, 1)).Score);
        Assert.Equal(Verdict.Wrong, q.Grade(new EvidenceAnswer(1, 0)).Verdict);
    }

    [Fact]
    public void An_answer_of_the_wrong_shape_scores_zero()
    {
        var q = new TrueFalseQuestion("q", "?", null, Skill.Detail, [], At, true);
        Assert.Equal(Verdict.Wrong, q.Grade(new TextAnswer("true")).Verdict);
        Assert.True(q.Grade(new TrueFalseAnswer(true)).IsRight);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("choice:2,0")]
    [InlineData("bool:false")]
    [InlineData("text:three: years, or so")]
    [InlineData("number:508832.5")]
    [InlineData("order:2,0,1")]
    [InlineData("match:1,0,-1")]
    [InlineData("evidence:1,3")]
    [InlineData("speaker:tom-keiser")]
    public void Answers_round_trip_through_their_log_encoding(string encoded)
    {
        Assert.True(Answer.TryDecode(encoded, out var answer));
        Assert.Equal(encoded, answer.Encode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("choice:a")]
    [InlineData("bool:maybe")]
    [InlineData("evidence:1")]
    [InlineData("colour:red")]
    public void Malformed_encodings_are_refused(string encoded) => Assert.False(Answer.TryDecode(encoded, out _));
}
