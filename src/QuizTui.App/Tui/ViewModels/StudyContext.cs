using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.App.Tui.ViewModels;

/// <summary>What every screen shares: the content, the learner's store, the clock, and the run options.</summary>
/// <param name="Seed">A fixed seed for every quiz run (<c>--seed</c>); null picks a new one per run.</param>
/// <param name="KeyLabel">The keys of a command, as the status bar and help show them.</param>
public sealed record StudyContext(
    ContentLibrary Library,
    IScoreStore Store,
    string Profile,
    TimeProvider Clock,
    int? Seed,
    Func<UiCommand, string> KeyLabel)
{
    public DateTimeOffset Now => Clock.GetUtcNow();

    public int NextSeed() => Seed ?? Random.Shared.Next();

    public Progress ProgressOf(NewsEvent newsEvent) => Progress.Of(Store.Attempts(Profile, newsEvent.Id));

    public Progress ProgressOf(NewsEvent newsEvent, Quiz quiz) =>
        Progress.Of(Store.Attempts(Profile, newsEvent.Id).Where(a => a.QuizId == quiz.Id));
}

/// <summary>A learner's record on a quiz or an event: finished attempts and the best score.</summary>
public sealed record Progress(int Attempts, int QuizzesTried, double? BestFraction, AttemptRecord? Best, AttemptRecord? Latest)
{
    public static Progress Of(IEnumerable<AttemptRecord> attempts)
    {
        var finished = attempts.Where(a => a.FinishedAt is not null).ToList();
        var best = finished
            .Where(a => a.QuestionCount > 0)
            .OrderByDescending(a => a.Score / a.QuestionCount)
            .ThenBy(a => a.FinishedAt)
            .FirstOrDefault();
        return new Progress(
            finished.Count,
            finished.Select(a => a.QuizId).Distinct().Count(),
            best is null ? null : best.Score / best.QuestionCount,
            best,
            finished.OrderByDescending(a => a.FinishedAt).FirstOrDefault());
    }
}
