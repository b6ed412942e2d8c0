using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>
/// A learner's progress kept in memory for the screens. Runs and review boxes are read once, on
/// first use (cheap: Home's first frame needs them); the answer log, which can be long, only when
/// the progress screen first needs it (or when <see cref="Preload"/> runs in the background); the
/// unfinished runs to offer resuming, once, when Home first asks. Every run started, answer
/// recorded, run finished or abandoned through <see cref="Store"/> updates the figures in place,
/// so nothing is read again from the database, and a screen drawn again asks nothing of it.
/// </summary>
public sealed class ProgressTracker
{
    private readonly Lock _lock = new();
    private readonly ContentLibrary _library;
    private readonly IScoreStore _inner;
    private readonly string _profile;
    private readonly TimeProvider _clock;
    private readonly TimeZoneInfo _zone;
    private List<AttemptRecord>? _attempts;
    private Dictionary<QuestionKey, ReviewState>? _review;
    private List<AnswerRecord>? _log;
    /// <summary>Per unfinished run, each question with a stored row: true when answered, false when it only keeps unfinished work.</summary>
    private List<(AttemptRecord Attempt, Dictionary<string, bool> Questions)>? _unfinished;
    private (ProgressReport Report, int Version, DateOnly Day)? _summary;
    private (ProgressReport Report, int Version, DateOnly Day)? _full;
    private int _version;

    public ProgressTracker(ContentLibrary library, IScoreStore store, string profile, TimeProvider clock, TimeZoneInfo? zone = null)
    {
        _library = library;
        _inner = store;
        _profile = profile;
        _clock = clock;
        _zone = zone ?? TimeZoneInfo.Local;
        Store = new RecordingStore(store, this);
    }

    /// <summary>The score store to write through: it passes every call on and keeps these figures in step.</summary>
    public IScoreStore Store { get; }

    /// <summary>True once the answer log has been read.</summary>
    public bool LogLoaded
    {
        get
        {
            lock (_lock)
                return _log is not null;
        }
    }

    /// <summary>How many times the answer log was read from the store (once at most, in normal use).</summary>
    public int LogLoads { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _zone).DateTime);

    /// <summary>
    /// Per event, quiz and article: attempts, best, last, average and when; due reviews. Computed
    /// from the runs and review boxes only (no answer log), so it is fast enough for Home's first frame.
    /// </summary>
    public ProgressReport Summary
    {
        get
        {
            lock (_lock)
            {
                EnsureRuns();
                var today = Today;
                if (_summary is { } s && s.Version == _version && s.Day == today)
                    return s.Report;
                var report = ProgressCalculator.Compute(_library, _profile, _attempts!, [], _review!.Values.ToList(), _clock.GetUtcNow(), _zone);
                _summary = (report, _version, today);
                return report;
            }
        }
    }

    /// <summary>Everything the progress screen shows, over the whole answer log (read once, then kept up to date).</summary>
    public ProgressReport Full
    {
        get
        {
            lock (_lock)
            {
                EnsureRuns();
                EnsureLog();
                var today = Today;
                if (_full is { } f && f.Version == _version && f.Day == today)
                    return f.Report;
                var report = ProgressCalculator.Compute(_library, _profile, _attempts!, _log!, _review!.Values.ToList(), _clock.GetUtcNow(), _zone);
                _full = (report, _version, today);
                return report;
            }
        }
    }

    /// <summary>The review boxes of the learner's questions, as they stand now.</summary>
    public IReadOnlyList<ReviewState> ReviewStates
    {
        get
        {
            lock (_lock)
            {
                EnsureRuns();
                return _review!.Values.ToList();
            }
        }
    }

    /// <summary>Questions due today, still in the content, most overdue first.</summary>
    public IReadOnlyList<DueQuestion> Due(string? eventId = null) =>
        ReviewPlanner.Due(_library, ReviewStates, Today, _zone, eventId);

    /// <summary>The most unfinished runs read from the store to offer resuming them.</summary>
    public const int UnfinishedRunsKept = 10;

    /// <summary>
    /// Unfinished quiz runs with at least one answer, whose quiz is still in the content, newest
    /// first: what Home offers to resume. Read once (the runs, then the answers of each of the
    /// newest <see cref="UnfinishedRunsKept"/>), then kept in step with what is recorded.
    /// </summary>
    public IReadOnlyList<UnfinishedRun> Unfinished
    {
        get
        {
            lock (_lock)
            {
                EnsureUnfinished();
                var runs = new List<UnfinishedRun>();
                foreach (var (attempt, questions) in _unfinished!)
                {
                    // A run with only a text kept is offered too: resuming puts the text back.
                    if (questions.Count > 0 && _library.FindEvent(attempt.EventId) is { } newsEvent && newsEvent.FindQuiz(attempt.QuizId) is { } quiz)
                        runs.Add(new UnfinishedRun(attempt, newsEvent, quiz, questions.Count(q => q.Value)));
                }
                return runs;
            }
        }
    }

    /// <summary>Reads the answer log and computes the full report (for a background task after the first frame).</summary>
    public void Preload() => _ = Full;

    private void EnsureRuns()
    {
        _attempts ??= _inner.Attempts(_profile).ToList();
        _review ??= _inner.ReviewStates(_profile).ToDictionary(s => s.Key);
    }

    private void EnsureUnfinished()
    {
        if (_unfinished is not null)
            return;
        _unfinished = _inner.UnfinishedAttempts(_profile)
            .Where(a => _library.FindEvent(a.EventId)?.FindQuiz(a.QuizId) is not null)
            .Take(UnfinishedRunsKept)
            .Select(a => (a, Questions(_inner.AnswersOf(a.Id))))
            .ToList();
    }

    private static Dictionary<string, bool> Questions(IEnumerable<AnswerRecord> answers)
    {
        var questions = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var answer in answers)
            Add(questions, answer);
        return questions;
    }

    private static void Add(Dictionary<string, bool> questions, AnswerRecord answer) =>
        questions[answer.QuestionId] = questions.GetValueOrDefault(answer.QuestionId) || !Runs.IsUnfinishedWork(answer);

    private void EnsureLog()
    {
        if (_log is not null)
            return;
        _log = _inner.AnswerLog(_profile).ToList();
        LogLoads++;
    }

    private void Changed() => _version++;

    private void Started(AttemptRecord attempt)
    {
        if (attempt.Profile != _profile)
            return;
        lock (_lock)
        {
            _attempts?.Add(attempt);
            if (attempt.Kind == AttemptKind.Quiz && !attempt.IsFinished)
                _unfinished?.Insert(0, (attempt, new Dictionary<string, bool>(StringComparer.Ordinal)));
            Changed();
        }
    }

    private void Answered(AnswerRecord answer)
    {
        if (answer.Profile != _profile)
            return;
        lock (_lock)
        {
            if (_review is not null)
            {
                var key = new QuestionKey(answer.EventId, answer.QuizId, answer.QuestionId);
                _review.TryGetValue(key, out var state);
                _review[key] = LeitnerScheduler.Step(state, answer);
            }
            _log?.Add(answer);
            if (_unfinished?.Find(u => u.Attempt.Id == answer.AttemptId).Questions is { } questions)
                Add(questions, answer);
            Changed();
        }
    }

    private void Closed(long attemptId)
    {
        lock (_lock)
        {
            _unfinished?.RemoveAll(u => u.Attempt.Id == attemptId);
            if (_attempts is null)
                return;
            int i = _attempts.FindIndex(a => a.Id == attemptId);
            if (i < 0)
                return;
            if (_inner.FindAttempt(attemptId) is { } updated)
                _attempts[i] = updated;
            Changed();
        }
    }

    /// <summary>Passes every call to the real store and tells the tracker what changed.</summary>
    private sealed class RecordingStore(IScoreStore inner, ProgressTracker tracker) : ScoreStoreDecorator(inner)
    {
        public override AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt, AttemptKind kind = AttemptKind.Quiz)
        {
            var attempt = Inner.StartAttempt(profile, eventId, quizId, seed, questionCount, startedAt, kind);
            tracker.Started(attempt);
            return attempt;
        }

        public override AnswerRecord RecordAnswer(AnswerRecord answer)
        {
            var stored = Inner.RecordAnswer(answer);
            tracker.Answered(stored);
            return stored;
        }

        public override void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt)
        {
            Inner.FinishAttempt(attemptId, score, finishedAt);
            tracker.Closed(attemptId);
        }

        public override void AbandonAttempt(long attemptId, DateTimeOffset at)
        {
            Inner.AbandonAttempt(attemptId, at);
            tracker.Closed(attemptId);
        }
    }
}

/// <summary>A run left unfinished, with its event and quiz, and how many of its questions are answered (a text kept unchecked is not an answer).</summary>
public sealed record UnfinishedRun(AttemptRecord Attempt, NewsEvent Event, Quiz Quiz, int Answered);
