using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>One right answer among the choices.</summary>
public sealed record SingleChoiceQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<Choice> Choices)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override QuestionType Type => SingleChoiceType.Instance;
    public int CorrectIndex => Choices.ToList().FindIndex(c => c.IsCorrect);

    protected override Grade GradeAnswer(Answer answer) =>
        answer is ChoiceAnswer { Indices: [var picked] } && picked == CorrectIndex ? Model.Grade.Right : Model.Grade.Wrong;

    public override string DescribeCorrectAnswer() => ChoiceText.Describe(Choices, [CorrectIndex]);
    public override string DescribeAnswer(Answer answer) => ChoiceText.DescribeAnswer(Choices, answer);

    public override string? FeedbackFor(Answer answer) =>
        answer is ChoiceAnswer { Indices: [var one] } ? ChoiceText.FeedbackFor(Choices, one) : null;
}
