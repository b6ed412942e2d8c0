using System.Globalization;

namespace QuizTui.Core.Progress;

/// <summary>
/// <c>quiztui export scores --format json</c> (docs/scores-export.md): the answers with the CSV's
/// columns as keys. <see cref="Profile"/> is left out for an export of every learner.
/// </summary>
public sealed record ScoreExportJson(string Format, int Version, string? Profile, string ExportedAt, IReadOnlyList<ScoreAnswerJson>? Answers);

/// <summary>
/// One answer of a <see cref="ScoreExportJson"/>. Every key may be missing on reading (a file
/// made by hand or another program): <c>quiztui report</c> says which of the required ones are.
/// </summary>
public sealed record ScoreAnswerJson(
    string? Profile,
    string? AnsweredAt,
    string? EventId,
    string? QuizId,
    string? QuestionId,
    string? QuestionType,
    string? Skill,
    string? Answer,
    string? AnswerText,
    double? Score,
    string? Verdict,
    long? TimeTakenMs,
    long? AttemptId,
    string? RunKind,
    string? QuestionText,
    string? CorrectAnswer)
{
    /// <summary>The values by CSV column name, numbers as invariant text; null for a missing key.</summary>
    public IReadOnlyDictionary<string, string?> Columns() => new Dictionary<string, string?>
    {
        ["profile"] = Profile,
        ["answered_at"] = AnsweredAt,
        ["event_id"] = EventId,
        ["quiz_id"] = QuizId,
        ["question_id"] = QuestionId,
        ["question_type"] = QuestionType,
        ["skill"] = Skill,
        ["answer"] = Answer,
        ["answer_text"] = AnswerText,
        ["score"] = Score?.ToString("R", CultureInfo.InvariantCulture),
        ["verdict"] = Verdict,
        ["time_taken_ms"] = TimeTakenMs?.ToString(CultureInfo.InvariantCulture),
        ["attempt_id"] = AttemptId?.ToString(CultureInfo.InvariantCulture),
        ["run_kind"] = RunKind,
        ["question_text"] = QuestionText,
        ["correct_answer"] = CorrectAnswer,
    };
}
