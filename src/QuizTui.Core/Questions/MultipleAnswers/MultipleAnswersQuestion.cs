using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>Every right answer among the choices, with partial credit.</summary>
public sealed record MultipleAnswersQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<Choice> Choices)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override QuestionType Type => MultipleAnswersType.Instance;

    /// <summary>Partial credit: (right picks − wrong picks) ÷ correct choices, never below zero.</summary>
    protected override Grade GradeAnswer(Answer answer)
    {
        if (answer is not ChoiceAnswer choice)
            return Model.Grade.Wrong;
        var picked = choice.Indices.Where(i => i >= 0 && i < Choices.Count).Distinct().ToList();
        int correctCount = Choices.Count(c => c.IsCorrect);
        int rightPicks = picked.Count(i => Choices[i].IsCorrect);
        int wrongPicks = picked.Count - rightPicks;
        double score = correctCount == 0 ? 0 : Math.Max(0, (rightPicks - wrongPicks) / (double)correctCount);
        return Model.Grade.FromScore(score);
    }

    public override string DescribeCorrectAnswer() =>
        ChoiceText.Describe(Choices, Enumerable.Range(0, Choices.Count).Where(i => Choices[i].IsCorrect));
    public override string DescribeAnswer(Answer answer) => ChoiceText.DescribeAnswer(Choices, answer);

    /// <summary>A choice's feedback shows when it is the only one picked.</summary>
    public override string? FeedbackFor(Answer answer) =>
        answer is ChoiceAnswer { Indices: [var one] } ? ChoiceText.FeedbackFor(Choices, one) : null;
}
