namespace QuizTui.Core.Model;

/// <summary>A choice of a single-choice, multiple-answers or evidence (part A) question.</summary>
/// <param name="Feedback">Shown when a learner picks this choice.</param>
public sealed record Choice(string Text, bool IsCorrect, string? Feedback);

/// <summary>How choices and answers to them are put in words.</summary>
internal static class ChoiceText
{
    public const string NoAnswer = "(no answer)";

    public static string At(IReadOnlyList<Choice> choices, int index) =>
        index >= 0 && index < choices.Count ? choices[index].Text : "?";

    public static string Describe(IReadOnlyList<Choice> choices, IEnumerable<int> indices)
    {
        var texts = indices.Select(i => At(choices, i)).ToList();
        return texts.Count == 0 ? "(none)" : string.Join("; ", texts);
    }

    public static string DescribeAnswer(IReadOnlyList<Choice> choices, Answer answer) =>
        answer is ChoiceAnswer a ? Describe(choices, a.Indices) : NoAnswer;

    /// <summary>The feedback of the one choice picked, if it has any.</summary>
    public static string? FeedbackFor(IReadOnlyList<Choice> choices, int picked) =>
        picked >= 0 && picked < choices.Count ? choices[picked].Feedback : null;
}
