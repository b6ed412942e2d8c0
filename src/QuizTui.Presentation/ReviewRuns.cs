using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Presentation;

/// <summary>Review and cram runs, started from Home, an event or the results of an earlier one.</summary>
public static class ReviewRuns
{
    /// <summary>
    /// A review run of the questions due today, mixed across quizzes: of <paramref name="preferred"/>
    /// when it has any due, else of the first event that has. Null when nothing is due.
    /// </summary>
    public static QuizModel? Review(StudyContext context, NewsEvent? preferred = null)
    {
        var due = context.Tracker.Due();
        if (due.Count == 0)
            return null;
        var newsEvent = preferred is not null && due.Any(d => d.Key.EventId == preferred.Id)
            ? preferred
            : context.Library.Events.FirstOrDefault(e => due.Any(d => d.Key.EventId == e.Id));
        if (newsEvent is null)
            return null;
        var session = ReviewPlanner.StartReview(newsEvent, due, context.NextSeed(), context.Now);
        return session is null ? null : QuizModel.Run(context, session);
    }

    /// <summary>Cram practice: every question of the event, whatever the schedule.</summary>
    public static QuizModel Cram(StudyContext context, NewsEvent newsEvent) =>
        QuizModel.Run(context, ReviewPlanner.StartCram(newsEvent, context.NextSeed(), context.Now));
}
