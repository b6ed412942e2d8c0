using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.Core.Questions;

/// <summary>A question entry whose common keys are read: what a written type's reader works from.</summary>
/// <param name="Fields">The entry's keys, checked against its type's keys.</param>
/// <param name="Pack">The pack being read: quotations, key points and the references to check.</param>
internal sealed record QuestionEntry(
    Fields Fields,
    PackContent Pack,
    string Id,
    string Prompt,
    string? Explanation,
    Skill Skill,
    IReadOnlyList<string> ArticleIds,
    SourceLocation Location);
