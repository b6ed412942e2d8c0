using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>A word or two typed by the learner, right when it matches an accepted answer.</summary>
public sealed record ShortAnswerQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<string> Accepted)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override QuestionType Type => ShortAnswerType.Instance;
    protected override Grade GradeAnswer(Answer answer) =>
        answer is TextAnswer text && Accepted.Any(a => TextFolding.FoldForAnswer(a) == TextFolding.FoldForAnswer(text.Text))
            ? Model.Grade.Right
            : Model.Grade.Wrong;
    public override string DescribeCorrectAnswer() => string.Join(" / ", Accepted);
    public override string DescribeAnswer(Answer answer) =>
        answer switch { TextAnswer a => a.Text, _ => ChoiceText.NoAnswer };
}
