using System.Diagnostics;
using Microsoft.Data.Sqlite;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using static QuizTui.Storage.Tests.Records;

namespace QuizTui.Storage.Tests;

/// <summary>
/// Writes the database refuses for a while (a full disk, another program holding the write lock)
/// are kept in memory in order, shown by every read, and saved on the next write, on a timer and
/// before exit.
/// </summary>
public sealed class RetryingStoreTests(ITestOutputHelper output) : IDisposable
{
    private static readonly ScoreDatabaseOptions ShortWait = new() { BusyTimeout = TimeSpan.FromMilliseconds(200) };
    private readonly TempFolder _folder = new();
    private readonly ManualTimers _timers = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Retries on the test's thread, by the test's timers.</summary>
    private RetryingScoreStore Retrying(IScoreStore database) => new(database, _timers, TimeSpan.FromSeconds(5), work => work());

    [Fact]
    public void An_answer_refused_by_a_full_disk_is_kept_and_saved_with_the_next_answer_once_there_is_room()
    {
        using var database = ScoreDatabase.Open(_folder.Db, ShortWait);
        using var store = Retrying(database);
        int changes = 0;
        store.Changed += () => changes++;
        var attempt = store.StartAttempt("ann", "e", "q", 1, 3, T0);
        FillTheDisk(database);

        var kept = store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0.AddSeconds(1)));

        Assert.Equal(0, kept.Id);
        var unsaved = Assert.IsType<UnsavedWork>(store.Unsaved);
        Assert.Equal(1, unsaved.Answers);
        Assert.Contains($"The disk holding the score database {database.DatabasePath} is full", unsaved.Reason, StringComparison.Ordinal);
        Assert.Empty(database.AnswerLog("ann"));
        Assert.Equal(["q1"], store.AnswerLog("ann").Select(a => a.QuestionId));
        Assert.Equal(1, _timers.Running);
        Assert.True(changes > 0);
        output.WriteLine(unsaved.Reason);

        database.ExecuteOnConnection("PRAGMA max_page_count = 1073741823;");
        store.RecordAnswer(Answer(attempt, "q2", Verdict.Wrong, T0.AddSeconds(2)));

        Assert.Null(store.Unsaved);
        Assert.Equal(["q1", "q2"], database.AnswerLog("ann").Select(a => a.QuestionId));
        Assert.Equal(0, _timers.Running);
    }

    [Fact]
    public void A_written_answer_refused_by_a_full_disk_keeps_its_typed_text_and_is_saved_whole_once_there_is_room()
    {
        const string typed = "Staff objected,\nand the chief executive reversed it: \"a divided company\".";
        using var database = ScoreDatabase.Open(_folder.Db, ShortWait);
        using var store = Retrying(database);
        var attempt = store.StartAttempt("ann", "e", "q", 1, 3, T0);
        FillTheDisk(database);
        var written = Answer(attempt, "w1", Verdict.Partial, T0.AddSeconds(1)) with
        {
            QuestionType = "written",
            Answer = new WrittenAnswer(typed, [0, 2]).Encode(),
            AnswerText = typed,
            Score = 0.5,
        };

        store.RecordAnswer(written);

        Assert.NotNull(store.Unsaved);
        Assert.Empty(database.AnswerLog("ann"));
        Assert.Equal(typed, Assert.Single(store.AnswersOf(attempt.Id)).AnswerText);

        database.ExecuteOnConnection("PRAGMA max_page_count = 1073741823;");
        Assert.True(store.TrySaveNow());

        var saved = Assert.Single(database.AnswerLog("ann"));
        Assert.Equal(typed, saved.AnswerText);
        Assert.True(QuizTui.Core.Model.Answer.TryDecode(saved.Answer, out var decoded));
        Assert.Equal(new WrittenAnswer(typed, [0, 2]), decoded);
    }

    [Fact]
    public void Answers_given_while_another_program_holds_the_database_wait_in_order_and_the_timer_saves_them_when_it_lets_go()
    {
        using var database = ScoreDatabase.Open(_folder.Db, ShortWait);
        using var store = Retrying(database);
        var attempt = store.StartAttempt("ann", "e", "q", 1, 3, T0);
        using var other = new SqliteConnection($"Data Source={_folder.Db};Pooling=False");
        other.Open();
        var hold = other.BeginTransaction(deferred: false);

        store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0.AddSeconds(1)));
        store.RecordAnswer(Answer(attempt, "q2", Verdict.Wrong, T0.AddSeconds(2)));
        store.FinishAttempt(attempt.Id, 1, T0.AddSeconds(3));

        var unsaved = Assert.IsType<UnsavedWork>(store.Unsaved);
        Assert.Equal((2, 3), (unsaved.Answers, unsaved.Writes));
        Assert.Contains("is in use by another program", unsaved.Reason, StringComparison.Ordinal);
        _timers.Fire();
        Assert.Equal(2, store.Unsaved?.Answers);

        hold.Rollback();
        _timers.Fire();

        Assert.Null(store.Unsaved);
        Assert.Equal(0, _timers.Running);
        Assert.Equal(["q1", "q2"], database.AnswerLog("ann").Select(a => a.QuestionId));
        var saved = Assert.Single(database.Attempts("ann"));
        Assert.Equal((T0.AddSeconds(3), 1.0), (saved.FinishedAt, saved.Score));
    }

    [Fact]
    public void A_run_started_while_the_database_is_held_keeps_one_id_that_its_answers_and_finish_follow_into_the_database()
    {
        using var database = ScoreDatabase.Open(_folder.Db, ShortWait);
        using var store = Retrying(database);
        using var other = new SqliteConnection($"Data Source={_folder.Db};Pooling=False");
        other.Open();
        var hold = other.BeginTransaction(deferred: false);

        var attempt = store.StartAttempt("ann", "e", "q", 1, 3, T0);
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0.AddSeconds(1)));
        store.RecordAnswer(Answer(attempt, "q2", Verdict.Wrong, T0.AddSeconds(2)));
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Wrong, T0.AddSeconds(3)));

        Assert.True(attempt.Id >= RetryingScoreStore.FirstProvisionalId);
        // Every read shows the run as if it were saved.
        Assert.Equal(attempt.Id, Assert.Single(store.UnfinishedAttempts("ann")).Id);
        Assert.Equal(attempt.Id, store.FindUnfinishedAttempt("ann", "e", "q")?.Id);
        Assert.Equal([("q2", Verdict.Wrong), ("q1", Verdict.Wrong)], store.AnswersOf(attempt.Id).Select(a => (a.QuestionId, a.Verdict)));
        Assert.Equal(3, store.AnswerLog("ann").Count);
        Assert.Equal(["ann"], store.Profiles().Select(p => p.Name));
        Assert.Equal(LeitnerScheduler.Replay(store.AnswerLog("ann")).Values.OrderBy(s => s.QuestionId), store.ReviewStates("ann").OrderBy(s => s.QuestionId));
        store.AbandonAttempt(attempt.Id, T0.AddSeconds(4));
        var abandoned = store.FindAttempt(attempt.Id)!;
        Assert.True(abandoned.Abandoned);
        Assert.Equal(0, abandoned.Score);
        Assert.Empty(store.UnfinishedAttempts("ann"));
        Assert.Empty(database.Attempts("ann"));

        hold.Rollback();
        Assert.True(store.TrySaveNow());

        var saved = Assert.Single(database.Attempts("ann"));
        Assert.True(saved.Id < RetryingScoreStore.FirstProvisionalId);
        Assert.True(saved.Abandoned);
        Assert.Equal(3, database.AnswerLog("ann").Count);
        Assert.Equal(2, database.AnswersOf(saved.Id).Count);
        // The caller still knows the run by its first id, and what it writes next reaches the saved run.
        Assert.Equal(attempt.Id, Assert.Single(store.Attempts("ann")).Id);
        Assert.All(store.AnswerLog("ann"), a => Assert.Equal(attempt.Id, a.AttemptId));
        store.RecordAnswer(Answer(attempt, "q3", Verdict.Right, T0.AddSeconds(5)));
        Assert.Equal(3, database.AnswersOf(saved.Id).Count);
        Assert.Null(store.Unsaved);
    }

    [Fact]
    public void Answers_of_a_class_member_kept_while_the_database_is_held_wait_for_the_class_server_once_saved_in_the_order_given()
    {
        using var database = ScoreDatabase.Open(_folder.Db, ShortWait);
        database.QueueForClass("ann", T0);
        using var store = Retrying(database);
        var attempt = store.StartAttempt("ann", "e", "q", 1, 2, T0);
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0.AddSeconds(1)));
        using var other = new SqliteConnection($"Data Source={_folder.Db};Pooling=False");
        other.Open();
        var hold = other.BeginTransaction(deferred: false);

        store.RecordAnswer(Answer(attempt, "q2", Verdict.Wrong, T0.AddSeconds(2)));
        store.FinishAttempt(attempt.Id, 1, T0.AddSeconds(3));

        Assert.Equal(2, store.Unsaved?.Writes);
        Assert.Equal(1, database.OutboxCount());

        hold.Rollback();
        _timers.Fire();

        Assert.Null(store.Unsaved);
        var waiting = database.PeekOutbox(10);
        Assert.Equal([OutboxKind.Answer, OutboxKind.Answer, OutboxKind.Finish], waiting.Select(i => i.Kind));
        Assert.Equal(["q1", "q2"], waiting.Take(2).Select(i => i.Answer!.QuestionId));
        Assert.Equal(database.AnswerUids("ann"), waiting.Take(2).Select(i => i.Uid));
        Assert.Equal((T0.AddSeconds(3), 1.0), (waiting[2].Attempt.FinishedAt, waiting[2].Attempt.Score));
    }

    [Fact]
    public void Before_exit_saving_is_tried_once_more_and_what_stays_unsaved_is_counted()
    {
        using var database = ScoreDatabase.Open(_folder.Db, ShortWait);
        using var store = Retrying(database);
        var attempt = store.StartAttempt("ann", "e", "q", 1, 3, T0);
        using var other = new SqliteConnection($"Data Source={_folder.Db};Pooling=False");
        other.Open();
        var hold = other.BeginTransaction(deferred: false);
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0.AddSeconds(1)));
        store.RecordAnswer(Answer(attempt, "q2", Verdict.Right, T0.AddSeconds(2)));

        Assert.False(store.TrySaveNow());
        Assert.Equal(2, store.Unsaved?.Answers);

        hold.Rollback();
        Assert.True(store.TrySaveNow());
        Assert.Equal(2, database.AnswerLog("ann").Count);
    }

    [Fact]
    public void A_learners_last_used_time_waiting_to_be_saved_is_not_reported_as_unsaved_work()
    {
        using var database = ScoreDatabase.Open(_folder.Db, ShortWait);
        using var store = Retrying(database);
        using var other = new SqliteConnection($"Data Source={_folder.Db};Pooling=False");
        other.Open();
        var hold = other.BeginTransaction(deferred: false);

        var profile = store.EnsureProfile("ann", T0);

        Assert.Equal("ann", profile.Name);
        Assert.Null(store.Unsaved);
        Assert.Equal(["ann"], store.Profiles().Select(p => p.Name));
        hold.Rollback();
        Assert.True(store.TrySaveNow());
        Assert.Equal(["ann"], database.Profiles().Select(p => p.Name));
    }

    [Fact]
    public void Nothing_is_kept_and_no_timer_runs_while_the_database_takes_every_write()
    {
        using var database = ScoreDatabase.Open(_folder.Db, ShortWait);
        using var store = Retrying(database);
        var attempt = store.StartAttempt("ann", "e", "q", 1, 1, T0);
        var stored = store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0));
        store.FinishAttempt(attempt.Id, 1, T0.AddSeconds(1));

        Assert.True(stored.Id > 0);
        Assert.Null(store.Unsaved);
        Assert.Equal(0, _timers.Running);
        Assert.Equal(attempt.Id, Assert.Single(database.Attempts("ann")).Id);
    }

    [Fact]
    public void A_disk_io_error_with_no_space_left_is_reported_as_a_full_disk()
    {
        var ioError = new SqliteException("SQLite Error 10: 'disk I/O error'.", 10, 778);

        var full = ScoreDatabase.Translate(ioError, "/data/scores.db", new ScoreDatabaseOptions { FreeSpace = _ => 0 });
        var other = ScoreDatabase.Translate(ioError, "/data/scores.db", new ScoreDatabaseOptions { FreeSpace = _ => 50L << 30 });

        Assert.Equal(ScoreStoreProblem.Full, full.Problem);
        Assert.Equal("The disk holding the score database /data/scores.db is full. Free some space on it.", full.Message);
        Assert.Equal(ScoreStoreProblem.Failed, other.Problem);
        Assert.Contains("disk I/O error", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_full_disk_is_reported_as_full()
    {
        if (!OperatingSystem.IsLinux() || Run("unshare", "-m", "--propagation", "private", "true").ExitCode != 0)
            Assert.Skip("a small disk needs a private mount namespace (unshare -m) for a tmpfs, which this machine does not allow");
        string disk = _folder.File("disk");
        Directory.CreateDirectory(disk);
        string writer = Path.Combine(AppContext.BaseDirectory, "QuizTui.Storage.Tests.Writer.dll");

        var (code, text) = Run("unshare", "-m", "--propagation", "private", "sh", "-c",
            "mount -t tmpfs -o size=256k tmpfs \"$1\" && shift && exec \"$@\"", "sh", disk,
            "dotnet", writer, "fill", Path.Combine(disk, "scores.db"), "ann", "100000");

        output.WriteLine(text);
        Assert.True(code == 3, $"exit {code}: {text}");
        Assert.Contains("Full: The disk holding the score database", text, StringComparison.Ordinal);
    }

    /// <summary>Writes answers of another learner through the store until the database's size limit is reached.</summary>
    private static void FillTheDisk(SqliteScoreStore database)
    {
        var filler = database.StartAttempt("filler", "e", "q", 1, 1, T0);
        long pages = (long)database.ExecuteOnConnection("PRAGMA page_count;")!;
        database.ExecuteOnConnection($"PRAGMA max_page_count = {pages};");
        var error = Assert.Throws<ScoreStoreException>(() =>
        {
            for (int i = 0; i < 10_000; i++)
                database.RecordAnswer(Answer(filler, "f" + i, Verdict.Right, T0));
        });
        Assert.Equal(ScoreStoreProblem.Full, error.Problem);
    }

    private static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            string stderr = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), $"{file} did not finish");
            return (process.ExitCode, stdout.Result + stderr);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
