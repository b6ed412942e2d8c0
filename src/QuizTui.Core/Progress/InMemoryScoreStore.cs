namespace QuizTui.Core.Progress;

/// <summary>
/// A store that forgets on exit: for previewing content without touching a learner's history.
/// Behaves like the SQLite store in every other way.
/// </summary>
public sealed class InMemoryScoreStore : IScoreStore
{
    private readonly List<AttemptRecord> _attempts = [];
    private readonly List<AnswerRecord> _answers = [];
    private readonly Dictionary<string, ProfileRecord> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Profile, QuestionKey Key), ReviewState> _review = [];
    private readonly Lock _lock = new();

    public AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt, AttemptKind kind = AttemptKind.Quiz)
    {
        lock (_lock)
        {
            Touch(profile, startedAt);
            var attempt = new AttemptRecord(_attempts.Count + 1, profile, eventId, quizId, seed, questionCount, startedAt, null, 0, kind);
            _attempts.Add(attempt);
            return attempt;
        }
    }

    public AnswerRecord RecordAnswer(AnswerRecord answer)
    {
        lock (_lock)
        {
            if (!_attempts.Any(a => a.Id == answer.AttemptId))
                throw new ArgumentException($"Attempt {answer.AttemptId} does not exist.", nameof(answer));
            var stored = answer with { Id = _answers.Count + 1 };
            _answers.Add(stored);
            var key = (stored.Profile, new QuestionKey(stored.EventId, stored.QuizId, stored.QuestionId));
            _review.TryGetValue(key, out var state);
            _review[key] = LeitnerScheduler.Step(state, stored);
            return stored;
        }
    }

    public void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt)
    {
        lock (_lock)
        {
            int i = _attempts.FindIndex(a => a.Id == attemptId);
            if (i >= 0)
                _attempts[i] = _attempts[i] with { FinishedAt = finishedAt, Score = score };
        }
    }

    public void AbandonAttempt(long attemptId, DateTimeOffset at)
    {
        lock (_lock)
        {
            int i = _attempts.FindIndex(a => a.Id == attemptId);
            if (i >= 0 && _attempts[i].FinishedAt is null)
            {
                double score = _answers.Where(a => a.AttemptId == attemptId).GroupBy(a => a.QuestionId).Sum(g => g.Last().Score);
                _attempts[i] = _attempts[i] with { FinishedAt = at, Score = score, Abandoned = true };
            }
        }
    }

    public AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId)
    {
        lock (_lock)
            return _attempts.LastOrDefault(a => a.Profile == profile && a.EventId == eventId && a.QuizId == quizId && a.FinishedAt is null && a.Kind == AttemptKind.Quiz);
    }

    public IReadOnlyList<AttemptRecord> UnfinishedAttempts(string profile)
    {
        lock (_lock)
            return _attempts.Where(a => a.Profile == profile && a.FinishedAt is null && a.Kind == AttemptKind.Quiz).Reverse().ToList();
    }

    public AttemptRecord? FindAttempt(long attemptId)
    {
        lock (_lock)
            return _attempts.FirstOrDefault(a => a.Id == attemptId);
    }

    public IReadOnlyList<AnswerRecord> AnswersOf(long attemptId)
    {
        lock (_lock)
        {
            return _answers.Where(a => a.AttemptId == attemptId)
                .GroupBy(a => a.QuestionId)
                .Select(g => g.Last())
                .OrderBy(a => a.Id)
                .ToList();
        }
    }

    public IReadOnlyList<AttemptRecord> Attempts(string profile, string? eventId = null)
    {
        lock (_lock)
            return _attempts.Where(a => a.Profile == profile && (eventId is null || a.EventId == eventId)).ToList();
    }

    public IReadOnlyList<AnswerRecord> AnswerLog(string profile, DateTimeOffset? since = null)
    {
        lock (_lock)
            return _answers.Where(a => a.Profile == profile && (since is null || a.AnsweredAt >= since)).ToList();
    }

    public IReadOnlyList<ProfileRecord> Profiles()
    {
        lock (_lock)
            return _profiles.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public ProfileRecord EnsureProfile(string name, DateTimeOffset at)
    {
        lock (_lock)
            return Touch(name, at);
    }

    public IReadOnlyList<ReviewState> ReviewStates(string profile)
    {
        lock (_lock)
            return _review.Where(kv => kv.Key.Profile == profile).Select(kv => kv.Value).ToList();
    }

    private ProfileRecord Touch(string name, DateTimeOffset at)
    {
        var profile = _profiles.TryGetValue(name, out var known)
            ? known with { LastUsedAt = at }
            : new ProfileRecord(name, at, at);
        _profiles[name] = profile;
        return profile;
    }
}
