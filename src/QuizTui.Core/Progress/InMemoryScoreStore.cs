namespace QuizTui.Core.Progress;

/// <summary>
/// A store that forgets on exit: for previewing content without touching a learner's history.
/// </summary>
public sealed class InMemoryScoreStore : IScoreStore
{
    private readonly List<AttemptRecord> _attempts = [];
    private readonly List<AnswerRecord> _answers = [];
    private readonly Lock _lock = new();

    public AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt)
    {
        lock (_lock)
        {
            var attempt = new AttemptRecord(_attempts.Count + 1, profile, eventId, quizId, seed, questionCount, startedAt, null, 0);
            _attempts.Add(attempt);
            return attempt;
        }
    }

    public void RecordAnswer(AnswerRecord answer)
    {
        lock (_lock)
        {
            _answers.RemoveAll(a => a.AttemptId == answer.AttemptId && a.QuestionId == answer.QuestionId);
            _answers.Add(answer);
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

    public AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId)
    {
        lock (_lock)
            return _attempts.LastOrDefault(a => a.Profile == profile && a.EventId == eventId && a.QuizId == quizId && a.FinishedAt is null);
    }

    public IReadOnlyList<AnswerRecord> AnswersOf(long attemptId)
    {
        lock (_lock)
            return _answers.Where(a => a.AttemptId == attemptId).ToList();
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
}
