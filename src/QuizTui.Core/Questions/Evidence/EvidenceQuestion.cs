using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

public enum EvidenceKind
{
    Quotation,
    KeyPoint,
}

/// <summary>A piece of support offered in part B of an evidence question, resolved to its text.</summary>
public sealed record EvidenceChoice(EvidenceKind Kind, string RefId, string Text, bool IsCorrect);

/// <summary>Two parts: an answer (part A), then the quotation or key point that supports it (part B).</summary>
public sealed record EvidenceQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<Choice> Choices, string EvidencePrompt, IReadOnlyList<EvidenceChoice> Evidence)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public const string DefaultEvidencePrompt = "Which of these supports your answer?";
    public override QuestionType Type => EvidenceType.Instance;
    public int CorrectIndex => Choices.ToList().FindIndex(c => c.IsCorrect);
    public int CorrectEvidenceIndex => Evidence.ToList().FindIndex(e => e.IsCorrect);

    /// <summary>Full credit for both parts; half for part A alone; nothing when part A is wrong.</summary>
    protected override Grade GradeAnswer(Answer answer)
    {
        if (answer is not EvidenceAnswer a || a.Choice != CorrectIndex)
            return Model.Grade.Wrong;
        return a.Evidence == CorrectEvidenceIndex ? Model.Grade.Right : Model.Grade.FromScore(0.5);
    }

    public override string DescribeCorrectAnswer() =>
        $"{Choices[CorrectIndex].Text} — supported by: {Evidence[CorrectEvidenceIndex].Text}";

    public override string DescribeAnswer(Answer answer) => answer switch
    {
        EvidenceAnswer a => $"{ChoiceText.At(Choices, a.Choice)} — supported by: {(a.Evidence >= 0 && a.Evidence < Evidence.Count ? Evidence[a.Evidence].Text : "?")}",
        _ => ChoiceText.NoAnswer,
    };

    /// <summary>The feedback of the choice picked in part A.</summary>
    public override string? FeedbackFor(Answer answer) =>
        answer is EvidenceAnswer a ? ChoiceText.FeedbackFor(Choices, a.Choice) : null;
}
