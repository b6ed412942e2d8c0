using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>
/// A store that passes every call to another one. A store that adds something to a few calls
/// (telling a tracker or a sender what changed) overrides just those and inherits the rest.
/// </summary>
public abstract class ScoreStoreDecorator(IScoreStore inner) : IScoreStore
{
    protected IScoreStore Inner { get; } = inner;

    public virtual AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt, AttemptKind kind = AttemptKind.Quiz) =>
        Inner.StartAttempt(profile, eventId, quizId, seed, questionCount, startedAt, kind);
    public virtual AnswerRecord RecordAnswer(AnswerRecord answer) => Inner.RecordAnswer(answer);
    public virtual void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt) => Inner.FinishAttempt(attemptId, score, finishedAt);
    public virtual void AbandonAttempt(long attemptId, DateTimeOffset at) => Inner.AbandonAttempt(attemptId, at);
    public virtual AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId) => Inner.FindUnfinishedAttempt(profile, eventId, quizId);
    public virtual IReadOnlyList<AttemptRecord> UnfinishedAttempts(string profile) => Inner.UnfinishedAttempts(profile);
    public virtual AttemptRecord? FindAttempt(long attemptId) => Inner.FindAttempt(attemptId);
    public virtual IReadOnlyList<AnswerRecord> AnswersOf(long attemptId) => Inner.AnswersOf(attemptId);
    public virtual IReadOnlyList<AttemptRecord> Attempts(string profile, string? eventId = null) => Inner.Attempts(profile, eventId);
    public virtual IReadOnlyList<AnswerRecord> AnswerLog(string profile, DateTimeOffset? since = null) => Inner.AnswerLog(profile, since);
    public virtual IReadOnlyList<ProfileRecord> Profiles() => Inner.Profiles();
    public virtual ProfileRecord EnsureProfile(string name, DateTimeOffset at) => Inner.EnsureProfile(name, at);
    public virtual IReadOnlyList<ReviewState> ReviewStates(string profile) => Inner.ReviewStates(profile);
}
