using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>
/// A few sentences typed by the learner, then checked by the learner against a model answer and a
/// short checklist of what a good answer contains. The score is the share of the checklist ticked.
/// </summary>
/// <param name="ModelAnswer">An answer that has every point of the checklist, shown once the text is submitted.</param>
/// <param name="Checklist">What a good answer contains, one point each, in the order shown.</param>
public sealed record WrittenQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    string ModelAnswer, IReadOnlyList<string> Checklist)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override QuestionType Type => WrittenType.Instance;

    /// <summary>
    /// The share of the checklist ticked: every point is right, some is partly right, none is wrong.
    /// A text left before it was checked (skipped, or the run left mid-typing) counts as skipped.
    /// </summary>
    protected override Grade GradeAnswer(Answer answer) => answer switch
    {
        WrittenAnswer { Ticked: null } => Model.Grade.Skipped,
        WrittenAnswer { Ticked: { } ticked } when Checklist.Count > 0 =>
            Model.Grade.FromScore(ticked.Where(i => i >= 0 && i < Checklist.Count).Distinct().Count() / (double)Checklist.Count),
        _ => Model.Grade.Wrong,
    };

    public override string DescribeCorrectAnswer() => ModelAnswer;

    /// <summary>The text as typed.</summary>
    public override string DescribeAnswer(Answer answer) =>
        answer is WrittenAnswer { Text.Length: > 0 } written ? written.Text : ChoiceText.NoAnswer;
}
