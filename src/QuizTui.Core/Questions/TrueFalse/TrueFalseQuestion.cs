using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>A statement that is true or false.</summary>
public sealed record TrueFalseQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    bool Answer)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override QuestionType Type => TrueFalseType.Instance;
    protected override Grade GradeAnswer(Answer answer) =>
        answer is TrueFalseAnswer given && given.Value == Answer ? Model.Grade.Right : Model.Grade.Wrong;
    public override string DescribeCorrectAnswer() => Answer ? "True" : "False";
    public override string DescribeAnswer(Answer answer) =>
        answer switch { TrueFalseAnswer a => a.Value ? "True" : "False", _ => ChoiceText.NoAnswer };
}
