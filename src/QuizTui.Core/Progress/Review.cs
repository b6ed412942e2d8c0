using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Progress;

/// <summary>A question due for review, with where it stands.</summary>
public sealed record DueQuestion(QuestionKey Key, ReviewState State, DateOnly DueOn, string Prompt);

/// <summary>What is due for review, and runs to review it or to cram everything.</summary>
public static class ReviewPlanner
{
    /// <summary>Questions due on <paramref name="today"/> that are still in the content, most overdue first.</summary>
    /// <param name="eventId">Only this event's questions; null for all.</param>
    public static IReadOnlyList<DueQuestion> Due(ContentLibrary library, IEnumerable<ReviewState> states, DateOnly today, TimeZoneInfo? zone = null, string? eventId = null)
    {
        zone ??= TimeZoneInfo.Local;
        var prompts = new Dictionary<QuestionKey, string>();
        foreach (var e in library.Events.Where(e => eventId is null || e.Id == eventId))
        {
            foreach (var quiz in e.Quizzes)
            {
                foreach (var q in QuizSessionBuilder.AllQuestions(e, quiz))
                    prompts.TryAdd(new QuestionKey(e.Id, quiz.Id, q.Id), q.ShownQuotation?.Text ?? q.Prompt);
            }
        }
        var due = new List<DueQuestion>();
        foreach (var state in states)
        {
            if (prompts.TryGetValue(state.Key, out string? prompt) && LeitnerScheduler.DueOn(state, zone) is { } on && on <= today)
                due.Add(new DueQuestion(state.Key, state, on, prompt));
        }
        return due.OrderBy(d => d.DueOn).ThenBy(d => d.State.Box).ThenBy(d => d.Key.ToString(), StringComparer.Ordinal).ToList();
    }

    /// <summary>How many questions are due, for "7 questions due for review" on Home.</summary>
    public static int DueCount(ContentLibrary library, IEnumerable<ReviewState> states, DateOnly today, TimeZoneInfo? zone = null, string? eventId = null) =>
        Due(library, states, today, zone, eventId).Count;

    /// <summary>
    /// A review run of an event's due questions, mixed across its quizzes, at most
    /// <paramref name="maxQuestions"/> of them (the most overdue). Null when nothing is due.
    /// </summary>
    public static QuizSession? StartReview(NewsEvent newsEvent, IEnumerable<DueQuestion> due, int seed, DateTimeOffset startedAt, int maxQuestions = 20)
    {
        var items = due.Where(d => d.Key.EventId == newsEvent.Id).Take(maxQuestions).Select(d => (d.Key.QuizId, d.Key.QuestionId)).ToList();
        if (items.Count == 0)
            return null;
        return QuizSessionBuilder.StartReview(newsEvent, items, seed, startedAt);
    }

    /// <summary>Cram practice: every question of every quiz of the event, whatever the schedule.</summary>
    public static QuizSession StartCram(NewsEvent newsEvent, int seed, DateTimeOffset startedAt) =>
        QuizSessionBuilder.StartReview(newsEvent, QuizSessionBuilder.EveryQuestion(newsEvent), seed, startedAt, cram: true);
}
