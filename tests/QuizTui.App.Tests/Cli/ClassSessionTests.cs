using Microsoft.Data.Sqlite;
using QuizTui.App.Cli;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Storage;

namespace QuizTui.App.Tests.Cli;

/// <summary>
/// The store the app writes through while a class is joined: the retrying store outside, the class
/// sender's nudge inside, so the sender hears of every answer when the database takes it.
/// </summary>
public sealed class ClassSessionTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly string _folder = Directory.CreateTempSubdirectory("quiztui-class-session-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_answer_kept_while_the_database_is_held_nudges_the_sender_when_it_is_saved_and_is_queued_for_the_class()
    {
        string path = Path.Combine(_folder, "scores.db");
        using var database = ScoreDatabase.Open(path, new ScoreDatabaseOptions { BusyTimeout = TimeSpan.FromMilliseconds(200) });
        database.QueueForClass("ann", T0);
        int nudges = 0;
        using var app = new RetryingScoreStore(new ClassSession.NudgingStore(database, () => nudges++), inBackground: work => work());
        var attempt = app.StartAttempt("ann", "e", "q", 1, 2, T0);
        using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        other.Open();
        var hold = other.BeginTransaction(deferred: false);

        app.RecordAnswer(Answer(attempt, "q1", T0.AddSeconds(1)));

        Assert.Equal(1, app.Unsaved?.Answers);
        Assert.Equal(0, nudges);
        Assert.Equal(0, database.OutboxCount());

        hold.Rollback();
        Assert.True(app.TrySaveNow());

        Assert.Equal(1, nudges);
        Assert.Equal("q1", Assert.Single(database.PeekOutbox(10)).Answer!.QuestionId);
        app.RecordAnswer(Answer(attempt, "q2", T0.AddSeconds(2)));
        app.FinishAttempt(attempt.Id, 2, T0.AddSeconds(3));
        Assert.Equal(3, nudges);
        Assert.Equal(3, database.OutboxCount());
    }

    private static AnswerRecord Answer(AttemptRecord attempt, string questionId, DateTimeOffset at) =>
        new(attempt.Id, attempt.Profile, attempt.EventId, attempt.QuizId, questionId, "single-choice", Skill.Detail,
            "choice:0", "right", 1, Verdict.Right, TimeSpan.FromSeconds(2), at);
}
