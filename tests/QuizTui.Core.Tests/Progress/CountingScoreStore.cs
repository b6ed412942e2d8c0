using QuizTui.Core.Progress;

namespace QuizTui.Core.Tests.Progress;

/// <summary>An in-memory score store that counts what is read from it, to show when something asks it again.</summary>
internal sealed class CountingScoreStore(IScoreStore? inner = null) : IScoreStore
{
    private readonly IScoreStore _inner = inner ?? new InMemoryScoreStore();

    /// <summary>Every read so far, by the name of the method called.</summary>
    public List<string> Reads { get; } = [];

    public AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt, AttemptKind kind = AttemptKind.Quiz) =>
        _inner.StartAttempt(profile, eventId, quizId, seed, questionCount, startedAt, kind);

    public AnswerRecord RecordAnswer(AnswerRecord answer) => _inner.RecordAnswer(answer);
    public void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt) => _inner.FinishAttempt(attemptId, score, finishedAt);
    public void AbandonAttempt(long attemptId, DateTimeOffset at) => _inner.AbandonAttempt(attemptId, at);
    public ProfileRecord EnsureProfile(string name, DateTimeOffset at) => _inner.EnsureProfile(name, at);

    public AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId) => Read(nameof(FindUnfinishedAttempt), () => _inner.FindUnfinishedAttempt(profile, eventId, quizId));
    public IReadOnlyList<AttemptRecord> UnfinishedAttempts(string profile) => Read(nameof(UnfinishedAttempts), () => _inner.UnfinishedAttempts(profile));
    public AttemptRecord? FindAttempt(long attemptId) => Read(nameof(FindAttempt), () => _inner.FindAttempt(attemptId));
    public IReadOnlyList<AnswerRecord> AnswersOf(long attemptId) => Read(nameof(AnswersOf), () => _inner.AnswersOf(attemptId));
    public IReadOnlyList<AttemptRecord> Attempts(string profile, string? eventId = null) => Read(nameof(Attempts), () => _inner.Attempts(profile, eventId));
    public IReadOnlyList<AnswerRecord> AnswerLog(string profile, DateTimeOffset? since = null) => Read(nameof(AnswerLog), () => _inner.AnswerLog(profile, since));
    public IReadOnlyList<ProfileRecord> Profiles() => Read(nameof(Profiles), _inner.Profiles);
    public IReadOnlyList<ReviewState> ReviewStates(string profile) => Read(nameof(ReviewStates), () => _inner.ReviewStates(profile));

    private T Read<T>(string what, Func<T> read)
    {
        Reads.Add(what);
        return read();
    }
}
