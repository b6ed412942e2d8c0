using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>A number typed by the learner, right within the tolerance.</summary>
public sealed record NumericQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    decimal Answer, decimal Tolerance, string? Unit)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override QuestionType Type => NumericType.Instance;
    protected override Grade GradeAnswer(Answer answer) =>
        answer is NumberAnswer n && Math.Abs(n.Value - Answer) <= Tolerance ? Model.Grade.Right : Model.Grade.Wrong;
    public override string DescribeCorrectAnswer() =>
        Format(Answer) + (Tolerance > 0 ? $" (± {Format(Tolerance)})" : "");
    public override string DescribeAnswer(Answer answer) =>
        answer switch { NumberAnswer a => Format(a.Value), _ => ChoiceText.NoAnswer };

    private string Format(decimal value) =>
        value.ToString("#,0.########", System.Globalization.CultureInfo.InvariantCulture) + (Unit is null ? "" : " " + Unit);
}
