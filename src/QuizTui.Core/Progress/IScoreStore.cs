using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>What a run was: a quiz as written, a review of due questions, or cram practice of everything.</summary>
public enum AttemptKind
{
    Quiz,
    Review,
    Cram,
}

/// <summary>
/// A run of a quiz as kept in the log. <see cref="FinishedAt"/> is null while it is unfinished.
/// Review and cram runs mix questions of several quizzes; their <see cref="QuizId"/> is
/// <see cref="Quizzes.QuizSessionBuilder.ReviewQuizId"/> or <see cref="Quizzes.QuizSessionBuilder.CramQuizId"/> and each answer names its own quiz.
/// </summary>
/// <param name="Abandoned">True when the learner chose not to resume it; such a run is never offered again.</param>
public sealed record AttemptRecord(
    long Id,
    string Profile,
    string EventId,
    string QuizId,
    int Seed,
    int QuestionCount,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    double Score,
    AttemptKind Kind = AttemptKind.Quiz,
    bool Abandoned = false)
{
    public bool IsFinished => FinishedAt is not null;

    /// <summary>Score as a share of the questions of the run (0 to 1).</summary>
    public double Fraction => QuestionCount == 0 ? 0 : Score / QuestionCount;
}

/// <summary>One answer as kept in the log: enough to regrade, replay a scheduler or export a gradebook row.</summary>
/// <param name="Answer">The answer as <see cref="Model.Answer.Encode"/> writes it.</param>
/// <param name="AnswerText">The answer in words, as shown to the learner.</param>
/// <param name="Id">The position in the log, given by the store (0 before it is stored).</param>
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
    DateTimeOffset AnsweredAt,
    long Id = 0);

/// <summary>A learner known to the store.</summary>
public sealed record ProfileRecord(string Name, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt);

/// <summary>
/// Where answers are kept. Declared here so the core and the screens depend on the idea, not on
/// SQLite; each answer is stored the moment it is given.
/// </summary>
/// <remarks>
/// The answer log is append-only. Answering the same question again within one run (going back
/// to change an answer) adds a row; <see cref="AnswersOf"/> gives the newest answer per question,
/// <see cref="AnswerLog"/> gives every row, so schedulers and exports see all that happened.
/// </remarks>
public interface IScoreStore
{
    /// <summary>Opens a run. The seed is kept so the run can be rebuilt and resumed after a crash.</summary>
    AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt, AttemptKind kind = AttemptKind.Quiz);

    /// <summary>Stores one answer, durably, before returning. Returns the record with its log id.</summary>
    AnswerRecord RecordAnswer(AnswerRecord answer);

    void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt);

    /// <summary>Closes an unfinished run the learner chose not to resume; its answers stay in the log.</summary>
    void AbandonAttempt(long attemptId, DateTimeOffset at);

    /// <summary>The newest unfinished, not abandoned quiz run of a quiz, to offer resuming it.</summary>
    AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId);

    /// <summary>Every unfinished, not abandoned quiz run of a learner, newest first (for a "resume" list on Home).</summary>
    IReadOnlyList<AttemptRecord> UnfinishedAttempts(string profile);

    AttemptRecord? FindAttempt(long attemptId);

    /// <summary>The newest answer to each question of a run, in the order they were given.</summary>
    IReadOnlyList<AnswerRecord> AnswersOf(long attemptId);

    IReadOnlyList<AttemptRecord> Attempts(string profile, string? eventId = null);

    /// <summary>Every answer of a learner, oldest first.</summary>
    IReadOnlyList<AnswerRecord> AnswerLog(string profile, DateTimeOffset? since = null);

    /// <summary>Learners with anything stored, and any added with <see cref="EnsureProfile"/>, by name.</summary>
    IReadOnlyList<ProfileRecord> Profiles();

    /// <summary>Adds the learner if new and marks them as the last used.</summary>
    ProfileRecord EnsureProfile(string name, DateTimeOffset at);

    /// <summary>The review boxes of a learner's questions, kept up to date as answers are recorded.</summary>
    IReadOnlyList<ReviewState> ReviewStates(string profile);
}
