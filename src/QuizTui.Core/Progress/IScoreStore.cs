using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>A run of a quiz as kept in the log. <see cref="FinishedAt"/> is null while it is unfinished.</summary>
public sealed record AttemptRecord(
    long Id,
    string Profile,
    string EventId,
    string QuizId,
    int Seed,
    int QuestionCount,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    double Score);

/// <summary>One answer as kept in the log: enough to regrade, replay a scheduler or export a gradebook row.</summary>
public sealed record AnswerRecord(
    long AttemptId,
    string Profile,
    string EventId,
    string QuizId,
    string QuestionId,
    string QuestionType,
    Skill Skill,
    string Answer,
    string AnswerText,
    double Score,
    Verdict Verdict,
    TimeSpan TimeTaken,
    DateTimeOffset AnsweredAt);

/// <summary>
/// Where answers are kept. Declared here so the core and the screens depend on the idea, not on
/// SQLite; each answer is stored the moment it is given.
/// </summary>
public interface IScoreStore
{
    AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt);

    void RecordAnswer(AnswerRecord answer);

    void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt);

    /// <summary>The newest unfinished attempt of a quiz, to offer resuming it.</summary>
    AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId);

    IReadOnlyList<AnswerRecord> AnswersOf(long attemptId);

    IReadOnlyList<AttemptRecord> Attempts(string profile, string? eventId = null);

    IReadOnlyList<AnswerRecord> AnswerLog(string profile, DateTimeOffset? since = null);
}
