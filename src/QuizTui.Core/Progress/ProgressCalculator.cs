using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Progress;

/// <summary>
/// Computes a learner's <see cref="ProgressReport"/> from their runs, their answer log and the
/// content. Progress is keyed by content ids, so reworded questions keep their history, and
/// questions gone from the content show as retired. One pass over the log; no I/O, no terminal.
/// </summary>
public static class ProgressCalculator
{
    /// <param name="reviewStates">The store's review boxes; null replays them from <paramref name="answers"/>.</param>
    /// <param name="zone">The learner's time zone, for days practised and due dates (null: local).</param>
    public static ProgressReport Compute(
        ContentLibrary library,
        string profile,
        IReadOnlyList<AttemptRecord> attempts,
        IReadOnlyList<AnswerRecord> answers,
        IReadOnlyList<ReviewState>? reviewStates,
        DateTimeOffset now,
        TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Local;
        var index = ContentIndex.Build(library);
        var log = SortedByTime(answers);

        // Runs, grouped by event and quiz (quiz runs only: review and cram mix quizzes).
        var quizAttempts = attempts.Where(a => a.Kind == AttemptKind.Quiz).OrderBy(a => a.StartedAt).ThenBy(a => a.Id).ToList();
        var attemptsByQuiz = quizAttempts.GroupBy(a => (a.EventId, a.QuizId)).ToDictionary(g => g.Key, g => g.ToList());

        var eventAnswered = new Dictionary<string, int>(StringComparer.Ordinal);
        var articleAnswers = new Dictionary<(string EventId, string ArticleId), (int Count, double Sum)>();
        var skillCount = new int[Enum.GetValues<Skill>().Length];
        var skillSum = new double[skillCount.Length];
        var skillRecent = new Queue<double>[skillCount.Length];
        for (int i = 0; i < skillRecent.Length; i++)
            skillRecent[i] = new Queue<double>(ProgressReport.RecentWindow);
        var speakerStats = new Dictionary<(string EventId, string PersonId), (int Answered, int Right)>();
        var mixUps = new Dictionary<(string EventId, string Actual, string Given), int>();
        var retired = new Dictionary<QuestionKey, (string Type, int Count, double Sum, DateTimeOffset Last)>();
        var days = new HashSet<DateOnly>();
        var eventsInHistory = new List<string>();
        var quizzesInHistory = new HashSet<(string, string)>();
        long offsetFrom = long.MinValue;
        var offset = TimeSpan.Zero;

        foreach (var answer in log)
        {
            if (eventAnswered.TryGetValue(answer.EventId, out int n))
            {
                eventAnswered[answer.EventId] = n + 1;
            }
            else
            {
                eventAnswered[answer.EventId] = 1;
                eventsInHistory.Add(answer.EventId);
            }
            quizzesInHistory.Add((answer.EventId, answer.QuizId));

            int skill = (int)answer.Skill;
            if (skill >= 0 && skill < skillCount.Length)
            {
                skillCount[skill]++;
                skillSum[skill] += answer.Score;
                var recent = skillRecent[skill];
                if (recent.Count == ProgressReport.RecentWindow)
                    recent.Dequeue();
                recent.Enqueue(answer.Score);
            }

            var key = new QuestionKey(answer.EventId, answer.QuizId, answer.QuestionId);
            if (index.Questions.TryGetValue(key, out var info))
            {
                foreach (string articleId in info.ArticleIds)
                {
                    articleAnswers.TryGetValue((answer.EventId, articleId), out var acc);
                    articleAnswers[(answer.EventId, articleId)] = (acc.Count + 1, acc.Sum + answer.Score);
                }
                if (info.SpeakerId is { } actual)
                {
                    bool right = answer.Verdict == Verdict.Right;
                    speakerStats.TryGetValue((answer.EventId, actual), out var s);
                    speakerStats[(answer.EventId, actual)] = (s.Answered + 1, s.Right + (right ? 1 : 0));
                    if (!right && answer.Answer.StartsWith(SpeakerPrefix, StringComparison.Ordinal))
                    {
                        string given = answer.Answer[SpeakerPrefix.Length..];
                        var mix = (answer.EventId, actual, given);
                        mixUps[mix] = mixUps.GetValueOrDefault(mix) + 1;
                    }
                }
            }
            else if (index.Events.ContainsKey(answer.EventId))
            {
                retired.TryGetValue(key, out var r);
                retired[key] = (answer.QuestionType, r.Count + 1, r.Sum + answer.Score, answer.AnsweredAt > r.Last ? answer.AnsweredAt : r.Last);
            }

            // Local day. The zone's offset is looked up again once an hour of answer time has passed
            // (offsets change at most hourly and never near midnight), which keeps 100,000 answers fast.
            long ticks = answer.AnsweredAt.UtcTicks;
            if (offsetFrom == long.MinValue || ticks < offsetFrom || ticks - offsetFrom >= TimeSpan.TicksPerHour)
            {
                offset = zone.GetUtcOffset(answer.AnsweredAt.UtcDateTime);
                offsetFrom = ticks;
            }
            var day = DateOnly.FromDateTime(answer.AnsweredAt.UtcDateTime + offset);
            days.Add(day);
        }

        // Review: due questions still in the content.
        var states = reviewStates ?? LeitnerScheduler.Replay(log).Values.ToList();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var dueByEvent = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            if (state.Profile == profile && index.Questions.ContainsKey(state.Key) && LeitnerScheduler.IsDue(state, today, zone))
                dueByEvent[state.EventId] = dueByEvent.GetValueOrDefault(state.EventId) + 1;
        }

        // Events: the content's, in order, then any only in history.
        var events = new List<EventProgress>();
        var eventIds = library.Events.Select(e => e.Id)
            .Concat(eventsInHistory.Where(id => !index.Events.ContainsKey(id)).Order(StringComparer.Ordinal))
            .Concat(quizAttempts.Select(a => a.EventId).Where(id => !index.Events.ContainsKey(id) && !eventAnswered.ContainsKey(id)).Distinct().Order(StringComparer.Ordinal))
            .ToList();
        foreach (string eventId in eventIds)
        {
            index.Events.TryGetValue(eventId, out var newsEvent);
            var quizzes = new List<QuizProgress>();
            var seenQuizzes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var quiz in newsEvent?.Quizzes ?? [])
            {
                seenQuizzes.Add(quiz.Id);
                var runs = attemptsByQuiz.GetValueOrDefault((eventId, quiz.Id)) ?? [];
                quizzes.Add(new QuizProgress(eventId, quiz.Id, quiz.Title, (quiz as ComprehensionQuiz)?.ArticleId, Summarise(runs), Series(runs), true));
            }
            var gone = attemptsByQuiz.Keys.Where(k => k.EventId == eventId).Select(k => k.QuizId)
                .Concat(quizzesInHistory.Where(k => k.Item1 == eventId).Select(k => k.Item2))
                .Where(id => !seenQuizzes.Contains(id))
                .Distinct()
                .Order(StringComparer.Ordinal);
            foreach (string quizId in gone)
            {
                var runs = attemptsByQuiz.GetValueOrDefault((eventId, quizId)) ?? [];
                quizzes.Add(new QuizProgress(eventId, quizId, quizId, null, Summarise(runs), Series(runs), false));
            }

            var articles = new List<ArticleProgress>();
            foreach (var article in newsEvent?.Articles ?? [])
            {
                var runs = newsEvent!.Quizzes.OfType<ComprehensionQuiz>().Where(q => q.ArticleId == article.Id)
                    .SelectMany(q => attemptsByQuiz.GetValueOrDefault((eventId, q.Id)) ?? [])
                    .OrderBy(a => a.StartedAt).ToList();
                var acc = articleAnswers.GetValueOrDefault((eventId, article.Id));
                articles.Add(new ArticleProgress(eventId, article.Id, article.Outlet, article.Headline, Summarise(runs), acc.Count, acc.Count == 0 ? null : acc.Sum / acc.Count));
            }

            var eventRuns = quizAttempts.Where(a => a.EventId == eventId).ToList();
            events.Add(new EventProgress(
                eventId,
                newsEvent?.Title ?? eventId,
                newsEvent is not null,
                Summarise(eventRuns),
                quizzes,
                articles,
                eventAnswered.GetValueOrDefault(eventId),
                dueByEvent.GetValueOrDefault(eventId)));
        }

        var skills = Enum.GetValues<Skill>()
            .Select(s => (int)s)
            .Select(i => new SkillMastery(
                (Skill)i,
                skillCount[i],
                skillCount[i] == 0 ? null : skillSum[i] / skillCount[i],
                skillRecent[i].Count == 0 ? null : skillRecent[i].Average()))
            .ToList();

        var speakers = speakerStats
            .Select(kv => new SpeakerAccuracy(kv.Key.EventId, kv.Key.PersonId, index.PersonName(kv.Key.EventId, kv.Key.PersonId), kv.Value.Answered, kv.Value.Right))
            .OrderBy(s => s.Accuracy).ThenByDescending(s => s.Answered).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

        var mixUpList = mixUps
            .Select(kv => new SpeakerMixUp(
                kv.Key.EventId,
                kv.Key.Actual,
                index.PersonName(kv.Key.EventId, kv.Key.Actual),
                kv.Key.Given,
                index.PersonName(kv.Key.EventId, kv.Key.Given),
                kv.Value))
            .OrderByDescending(m => m.Count).ThenBy(m => m.ActualName, StringComparer.Ordinal).ThenBy(m => m.GivenName, StringComparer.Ordinal)
            .ToList();

        var retiredList = retired
            .Select(kv => new RetiredQuestion(kv.Key.EventId, kv.Key.QuizId, kv.Key.QuestionId, kv.Value.Type, kv.Value.Count, kv.Value.Sum / kv.Value.Count, kv.Value.Last))
            .OrderBy(r => r.EventId, StringComparer.Ordinal).ThenBy(r => r.QuizId, StringComparer.Ordinal).ThenBy(r => r.QuestionId, StringComparer.Ordinal)
            .ToList();

        return new ProgressReport(
            profile,
            now,
            log.Count,
            Summarise(quizAttempts),
            events,
            skills,
            speakers,
            mixUpList,
            Streak(days, today),
            retiredList,
            dueByEvent.Values.Sum());
    }

    private const string SpeakerPrefix = "speaker:";

    /// <summary>Attempts, best, last and average of finished runs (abandoned ones count as attempts only).</summary>
    public static ScoreSummary Summarise(IReadOnlyList<AttemptRecord> runs)
    {
        if (runs.Count == 0)
            return ScoreSummary.Empty;
        int finished = 0;
        double best = double.MinValue, sum = 0;
        double? last = null;
        DateTimeOffset lastFinished = DateTimeOffset.MinValue;
        DateTimeOffset lastAt = DateTimeOffset.MinValue;
        foreach (var run in runs)
        {
            var at = run.FinishedAt ?? run.StartedAt;
            if (at > lastAt)
                lastAt = at;
            if (run.FinishedAt is not { } end || run.Abandoned)
                continue;
            finished++;
            double f = run.Fraction;
            sum += f;
            best = Math.Max(best, f);
            if (end >= lastFinished)
            {
                lastFinished = end;
                last = f;
            }
        }
        return finished == 0
            ? new ScoreSummary(runs.Count, 0, null, null, null, lastAt)
            : new ScoreSummary(runs.Count, finished, best, last, sum / finished, lastAt);
    }

    private static List<ScorePoint> Series(IReadOnlyList<AttemptRecord> runs) =>
        runs.Where(r => r.FinishedAt is not null && !r.Abandoned)
            .Select(r => new ScorePoint(r.FinishedAt!.Value, r.Fraction, r.Id))
            .OrderBy(p => p.At)
            .ToList();

    /// <summary>The streak of local days practised, given the days and today.</summary>
    public static PracticeStreak Streak(IReadOnlySet<DateOnly> days, DateOnly today)
    {
        if (days.Count == 0)
            return PracticeStreak.None;
        var sorted = days.Order().ToList();
        int longest = 1, run = 1;
        for (int i = 1; i < sorted.Count; i++)
        {
            run = sorted[i].DayNumber == sorted[i - 1].DayNumber + 1 ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }
        bool practisedToday = days.Contains(today);
        var day = practisedToday ? today : today.AddDays(-1);
        int current = 0;
        while (days.Contains(day))
        {
            current++;
            day = day.AddDays(-1);
        }
        return new PracticeStreak(current, longest, days.Count, sorted[^1], practisedToday);
    }

    private static List<AnswerRecord> SortedByTime(IReadOnlyList<AnswerRecord> answers)
    {
        var list = answers as List<AnswerRecord> ?? answers.ToList();
        for (int i = 1; i < list.Count; i++)
        {
            if (list[i].AnsweredAt < list[i - 1].AnsweredAt)
                return [.. list.OrderBy(a => a.AnsweredAt).ThenBy(a => a.Id)];
        }
        return list;
    }

    /// <summary>Lookups from content ids to what the report needs.</summary>
    private sealed class ContentIndex
    {
        public Dictionary<string, NewsEvent> Events { get; } = new(StringComparer.Ordinal);
        public Dictionary<QuestionKey, QuestionInfo> Questions { get; } = [];
        private readonly Dictionary<(string, string), string> _names = [];

        public string PersonName(string eventId, string personId) =>
            _names.TryGetValue((eventId, personId), out string? name) ? name : personId;

        public static ContentIndex Build(ContentLibrary library)
        {
            var index = new ContentIndex();
            foreach (var e in library.Events)
            {
                index.Events.TryAdd(e.Id, e);
                foreach (var p in e.People)
                    index._names.TryAdd((e.Id, p.Id), p.Name);
                foreach (var quiz in e.Quizzes)
                {
                    foreach (var q in QuizSessionBuilder.AllQuestions(e, quiz))
                        index.Questions.TryAdd(new QuestionKey(e.Id, quiz.Id, q.Id), new QuestionInfo(q.ArticleIds, q.ShownQuotation?.SpeakerId));
                }
            }
            return index;
        }
    }

    private sealed record QuestionInfo(IReadOnlyList<string> ArticleIds, string? SpeakerId);
}
