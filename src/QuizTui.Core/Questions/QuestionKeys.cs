using QuizTui.Core.Loading;

namespace QuizTui.Core.Questions;

/// <summary>The keys every question entry has, from which each written type's keys are made.</summary>
internal static class QuestionKeys
{
    public static readonly IReadOnlyList<string> Common = ["id", "type", "prompt", "explanation", "skill", "articles"];
    public static readonly IReadOnlyList<string> CommonRequired = ["id", "type", "prompt", "skill"];

    /// <summary>The keys of a question of one type: the common ones, then its own.</summary>
    /// <param name="description">How messages name such a question: "a numeric question".</param>
    public static KeySet For(string type, string description, IReadOnlyList<string> own, IReadOnlyList<string> ownRequired) =>
        new("question:" + type, description, [.. Common, .. own], [.. CommonRequired, .. ownRequired]);
}
