using QuizTui.Core.Progress;

namespace QuizTui.Storage;

/// <summary>
/// Stands between the app and the score database so that a database that cannot take a write for a
/// while (a full disk, another program holding the write lock past the busy timeout) costs the
/// learner neither an answer nor the app. A write the database refuses with a
/// <see cref="ScoreStoreException"/> is kept in memory, in order, and everything written after it
/// waits behind it; saving is tried again on the next write, every <see cref="RetryEvery"/>, and by
/// <see cref="TrySaveNow"/> before the app exits. <see cref="Unsaved"/> says what is waiting and why.
/// </summary>
/// <remarks>
/// A run started while nothing can be saved gets a provisional id (from <see cref="FirstProvisionalId"/>
/// up, above any id SQLite gives, so ids still sort in the order runs began); its answers and its
/// finish follow it into the database, and the run keeps that id in everything this store returns.
/// Reads show what is waiting as if it were saved, so screens see one consistent history.
/// </remarks>
public sealed class RetryingScoreStore : IScoreStore, ISaveStatus, IDisposable
{
    public static readonly TimeSpan DefaultRetryEvery = TimeSpan.FromSeconds(5);

    internal const long FirstProvisionalId = 1L << 62;

    private readonly IScoreStore _inner;
    private readonly TimeProvider _clock;
    private readonly Action<Action> _inBackground;
    /// <summary>Guards the fields below; never held while the database is called.</summary>
    private readonly Lock _lock = new();
    /// <summary>Held while kept writes are being saved and while reading, so a read never sees a write twice or not at all.</summary>
    private readonly Lock _saving = new();
    private readonly List<KeptWrite> _kept = [];
    private readonly Dictionary<long, long> _realIds = [];
    private readonly Dictionary<long, long> _provisionalIds = [];
    private long _nextProvisionalId = FirstProvisionalId;
    private string? _reason;
    private ITimer? _timer;
    private bool _disposed;

    /// <param name="inner">The database.</param>
    /// <param name="clock">Drives the retry timer (tests step it by hand).</param>
    /// <param name="retryEvery">How often saving is tried again while anything is kept.</param>
    /// <param name="inBackground">Runs the save tried on the next write off the caller's thread (tests run it inline).</param>
    public RetryingScoreStore(IScoreStore inner, TimeProvider? clock = null, TimeSpan? retryEvery = null, Action<Action>? inBackground = null)
    {
        _inner = inner;
        _clock = clock ?? TimeProvider.System;
        RetryEvery = retryEvery ?? DefaultRetryEvery;
        _inBackground = inBackground ?? (work => Task.Run(work));
    }

    public TimeSpan RetryEvery { get; }

    public event Action? Changed;

    /// <summary>
    /// What is kept, and why; null when nothing the learner would miss is (a learner's last-used
    /// time may still wait to be saved: it is saved with the next write or dropped on exit).
    /// </summary>
    public UnsavedWork? Unsaved
    {
        get
        {
            lock (_lock)
            {
                int writes = _kept.Count(w => w is not ProfileWrite);
                return writes == 0 ? null : new UnsavedWork(_kept.Count(w => w is AnswerWrite), writes, _reason ?? "", RetryEvery);
            }
        }
    }

    public AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt, AttemptKind kind = AttemptKind.Quiz)
    {
        if (TryNow(() => _inner.StartAttempt(profile, eventId, quizId, seed, questionCount, startedAt, kind), out var started, out bool behind))
            return started;
        long id;
        lock (_lock)
            id = _nextProvisionalId++;
        var attempt = new AttemptRecord(id, profile, eventId, quizId, seed, questionCount, startedAt, null, 0, kind);
        Keep(new StartWrite(attempt), behind);
        return attempt;
    }

    public AnswerRecord RecordAnswer(AnswerRecord answer)
    {
        if (TryNow(() => _inner.RecordAnswer(answer with { AttemptId = RealId(answer.AttemptId) }) with { AttemptId = answer.AttemptId }, out var stored, out bool behind))
            return stored;
        Keep(new AnswerWrite(answer), behind);
        return answer;
    }

    public void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt)
    {
        if (!TryNow(() => { _inner.FinishAttempt(RealId(attemptId), score, finishedAt); return true; }, out _, out bool behind))
            Keep(new FinishWrite(attemptId, score, finishedAt), behind);
    }

    public void AbandonAttempt(long attemptId, DateTimeOffset at)
    {
        if (!TryNow(() => { _inner.AbandonAttempt(RealId(attemptId), at); return true; }, out _, out bool behind))
            Keep(new AbandonWrite(attemptId, at), behind);
    }

    public ProfileRecord EnsureProfile(string name, DateTimeOffset at)
    {
        if (TryNow(() => _inner.EnsureProfile(name, at), out var profile, out bool behind))
            return profile;
        Keep(new ProfileWrite(name, at), behind);
        return new ProfileRecord(name, at, at);
    }

    public bool TrySaveNow()
    {
        lock (_saving)
            return SaveKept();
    }

    public AttemptRecord? FindAttempt(long attemptId) =>
        Read(kept =>
        {
            var attempt = kept.OfType<StartWrite>().FirstOrDefault(s => s.Attempt.Id == attemptId)?.Attempt
                ?? (IsKeptStart(attemptId) ? null : Shown(_inner.FindAttempt(RealId(attemptId))));
            return attempt is null ? null : WithKeptChanges(attempt, kept);
        });

    public IReadOnlyList<AttemptRecord> Attempts(string profile, string? eventId = null) =>
        Read(kept => _inner.Attempts(profile, eventId).Select(a => Shown(a)!)
            .Concat(kept.OfType<StartWrite>().Select(s => s.Attempt).Where(a => a.Profile == profile && (eventId is null || a.EventId == eventId)))
            .Select(a => WithKeptChanges(a, kept))
            .OrderBy(a => a.StartedAt).ThenBy(a => a.Id)
            .ToList());

    public IReadOnlyList<AttemptRecord> UnfinishedAttempts(string profile) =>
        Read(kept => _inner.UnfinishedAttempts(profile).Select(a => Shown(a)!)
            .Concat(kept.OfType<StartWrite>().Select(s => s.Attempt).Where(a => a.Profile == profile && a.Kind == AttemptKind.Quiz))
            .Select(a => WithKeptChanges(a, kept))
            .Where(a => a.FinishedAt is null)
            .OrderByDescending(a => a.StartedAt).ThenByDescending(a => a.Id)
            .ToList());

    public AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId) =>
        UnfinishedAttempts(profile).FirstOrDefault(a => a.EventId == eventId && a.QuizId == quizId);

    public IReadOnlyList<AnswerRecord> AnswersOf(long attemptId) => Read(kept => AnswersOf(attemptId, kept));

    public IReadOnlyList<AnswerRecord> AnswerLog(string profile, DateTimeOffset? since = null) =>
        Read(kept => _inner.AnswerLog(profile, since).Select(Shown)
            .Concat(KeptAnswers(kept).Where(a => a.Profile == profile && (since is null || a.AnsweredAt >= since)))
            .ToList());

    public IReadOnlyList<ProfileRecord> Profiles() =>
        Read(kept =>
        {
            var profiles = _inner.Profiles().ToDictionary(p => p.Name, StringComparer.Ordinal);
            foreach (var write in kept)
            {
                var (name, at) = write switch
                {
                    StartWrite s => (s.Attempt.Profile, s.Attempt.StartedAt),
                    ProfileWrite p => (p.Name, p.At),
                    _ => (null, default),
                };
                if (name is not null && !profiles.ContainsKey(name))
                    profiles[name] = new ProfileRecord(name, at, at);
            }
            return profiles.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        });

    public IReadOnlyList<ReviewState> ReviewStates(string profile) =>
        Read(kept =>
        {
            var states = _inner.ReviewStates(profile).ToDictionary(s => s.Key);
            foreach (var answer in KeptAnswers(kept).Where(a => a.Profile == profile))
            {
                var key = new QuestionKey(answer.EventId, answer.QuizId, answer.QuestionId);
                states.TryGetValue(key, out var state);
                states[key] = LeitnerScheduler.Step(state, answer);
            }
            return states.Values.ToList();
        });

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>
    /// Writes straight to the database when nothing is kept. False when the write must be kept:
    /// <paramref name="behind"/> says whether it only waits behind earlier kept writes (then saving
    /// them is tried again now) or the database itself refused it.
    /// </summary>
    private bool TryNow<T>(Func<T> write, out T result, out bool behind)
    {
        result = default!;
        lock (_lock)
        {
            behind = _kept.Count > 0;
            if (behind)
                return false;
        }
        try
        {
            result = write();
            return true;
        }
        catch (ScoreStoreException e)
        {
            lock (_lock)
                _reason = e.Message;
            return false;
        }
    }

    private void Keep(KeptWrite write, bool behind)
    {
        lock (_lock)
        {
            _kept.Add(write);
            if (_timer is null && !_disposed)
                _timer = _clock.CreateTimer(_ => SaveInBackground(), null, RetryEvery, RetryEvery);
        }
        Changed?.Invoke();
        if (behind)
            _inBackground(SaveInBackground);
    }

    /// <summary>Saves what is kept unless a save is already under way (it carries on with anything kept since).</summary>
    private void SaveInBackground()
    {
        lock (_lock)
        {
            if (_disposed)
                return;
        }
        if (!_saving.TryEnter())
            return;
        try
        {
            SaveKept();
        }
        finally
        {
            _saving.Exit();
        }
    }

    /// <summary>Saves kept writes in order until one fails; true when nothing is left. Called holding <see cref="_saving"/>.</summary>
    private bool SaveKept()
    {
        while (true)
        {
            KeptWrite next;
            lock (_lock)
            {
                if (_kept.Count == 0)
                    return true;
                next = _kept[0];
            }
            try
            {
                Save(next);
            }
            catch (Exception e)
            {
                // Anything but a ScoreStoreException is unexpected here, on a timer's thread where it
                // would end the app: it is kept as the reason, and the write stays kept.
                lock (_lock)
                    _reason = e is ScoreStoreException ? e.Message : $"Saving failed: {e.Message}";
                Changed?.Invoke();
                return false;
            }
            lock (_lock)
            {
                _kept.RemoveAt(0);
                if (_kept.Count == 0)
                {
                    _reason = null;
                    _timer?.Dispose();
                    _timer = null;
                }
            }
            Changed?.Invoke();
        }
    }

    private void Save(KeptWrite write)
    {
        switch (write)
        {
            case StartWrite s:
                var a = s.Attempt;
                long real = _inner.StartAttempt(a.Profile, a.EventId, a.QuizId, a.Seed, a.QuestionCount, a.StartedAt, a.Kind).Id;
                lock (_lock)
                {
                    _realIds[a.Id] = real;
                    _provisionalIds[real] = a.Id;
                }
                break;
            case AnswerWrite w:
                _inner.RecordAnswer(w.Answer with { AttemptId = RealId(w.Answer.AttemptId) });
                break;
            case FinishWrite f:
                _inner.FinishAttempt(RealId(f.AttemptId), f.Score, f.At);
                break;
            case AbandonWrite w:
                _inner.AbandonAttempt(RealId(w.AttemptId), w.At);
                break;
            case ProfileWrite p:
                _inner.EnsureProfile(p.Name, p.At);
                break;
        }
    }

    /// <summary>Reads the database and what is kept together, while no kept write is on its way in.</summary>
    private T Read<T>(Func<IReadOnlyList<KeptWrite>, T> read)
    {
        lock (_saving)
        {
            List<KeptWrite> kept;
            lock (_lock)
                kept = [.. _kept];
            return read(kept);
        }
    }

    private long RealId(long id)
    {
        lock (_lock)
            return _realIds.GetValueOrDefault(id, id);
    }

    private bool IsKeptStart(long id)
    {
        lock (_lock)
            return id >= FirstProvisionalId && !_realIds.ContainsKey(id);
    }

    /// <summary>A run read from the database, under the id its caller knows it by.</summary>
    private AttemptRecord? Shown(AttemptRecord? attempt)
    {
        if (attempt is null)
            return null;
        lock (_lock)
            return _provisionalIds.TryGetValue(attempt.Id, out long id) ? attempt with { Id = id } : attempt;
    }

    private AnswerRecord Shown(AnswerRecord answer)
    {
        lock (_lock)
            return _provisionalIds.TryGetValue(answer.AttemptId, out long id) ? answer with { AttemptId = id } : answer;
    }

    private static IEnumerable<AnswerRecord> KeptAnswers(IReadOnlyList<KeptWrite> kept) => kept.OfType<AnswerWrite>().Select(w => w.Answer);

    /// <summary>The newest answer to each question of a run, saved or kept, in the order they were given.</summary>
    private List<AnswerRecord> AnswersOf(long attemptId, IReadOnlyList<KeptWrite> kept)
    {
        var answers = IsKeptStart(attemptId) ? [] : _inner.AnswersOf(RealId(attemptId)).Select(Shown).ToList();
        foreach (var answer in KeptAnswers(kept).Where(a => a.AttemptId == attemptId))
        {
            answers.RemoveAll(a => a.QuestionId == answer.QuestionId);
            answers.Add(answer);
        }
        return answers;
    }

    /// <summary>A run as it will be once the kept finish or abandon of it is saved.</summary>
    private AttemptRecord WithKeptChanges(AttemptRecord attempt, IReadOnlyList<KeptWrite> kept)
    {
        foreach (var write in kept)
        {
            if (write is FinishWrite f && f.AttemptId == attempt.Id)
                attempt = attempt with { FinishedAt = f.At, Score = f.Score, Abandoned = false };
            else if (write is AbandonWrite w && w.AttemptId == attempt.Id && attempt.FinishedAt is null)
                attempt = attempt with { FinishedAt = w.At, Abandoned = true, Score = AnswersOf(attempt.Id, kept).Sum(a => a.Score) };
        }
        return attempt;
    }

    /// <summary>A write the database has not taken yet.</summary>
    private abstract record KeptWrite;
    private sealed record StartWrite(AttemptRecord Attempt) : KeptWrite;
    private sealed record AnswerWrite(AnswerRecord Answer) : KeptWrite;
    private sealed record FinishWrite(long AttemptId, double Score, DateTimeOffset At) : KeptWrite;
    private sealed record AbandonWrite(long AttemptId, DateTimeOffset At) : KeptWrite;
    private sealed record ProfileWrite(string Name, DateTimeOffset At) : KeptWrite;
}
