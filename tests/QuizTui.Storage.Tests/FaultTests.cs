using System.Diagnostics;
using Microsoft.Data.Sqlite;
using QuizTui.Core.Model;
using static QuizTui.Storage.Tests.Records;

namespace QuizTui.Storage.Tests;

public sealed class FaultTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 5, TimeSpan.Zero);
    private static readonly ScoreDatabaseOptions FixedClock = new() { Clock = () => Now };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_that_is_not_a_database_is_kept_aside_and_a_fresh_one_started()
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("These are my notes, not a database.\n", 200)));
        File.WriteAllBytes(_folder.Db, bytes);

        using var store = ScoreDatabase.OpenKeepingDamagedAside(_folder.Db, FixedClock);

        string aside = _folder.Db + ".corrupt-20250314-093005";
        Assert.Equal(bytes, File.ReadAllBytes(aside));
        string notice = Assert.Single(store.Notices);
        Assert.Contains(aside, notice, StringComparison.Ordinal);
        Assert.Contains("not a database", notice, StringComparison.Ordinal);
        Assert.Empty(store.AnswerLog("ann"));
        var attempt = store.StartAttempt("ann", "e", "q", 1, 1, T0);
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0));
        output.WriteLine(notice);
    }

    [Fact]
    public void Opening_a_damaged_database_leaves_it_exactly_as_it_is()
    {
        byte[] bytes = WriteDamagedDatabase();

        var error = Assert.Throws<ScoreStoreException>(() => ScoreDatabase.Open(_folder.Db, FixedClock));

        Assert.Equal(ScoreStoreProblem.Corrupt, error.Problem);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("left as it is", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_folder.Db));
        Assert.Equal([_folder.Db], Directory.GetFiles(_folder.Path));
        output.WriteLine(error.Message);
    }

    [Fact]
    public void Opening_a_file_that_is_not_a_database_leaves_it_exactly_as_it_is()
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("These are my notes, not a database.\n", 200)));
        File.WriteAllBytes(_folder.Db, bytes);

        var error = Assert.Throws<ScoreStoreException>(() => ScoreDatabase.Open(_folder.Db, FixedClock));

        Assert.Equal(ScoreStoreProblem.Corrupt, error.Problem);
        Assert.Equal(bytes, File.ReadAllBytes(_folder.Db));
        Assert.Equal([_folder.Db], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void A_damaged_database_is_kept_aside_under_a_new_name_each_time()
    {
        byte[] bytes = WriteDamagedDatabase();
        File.WriteAllText(_folder.Db + ".corrupt-20250314-093005", "an earlier damaged file");

        using var fresh = ScoreDatabase.OpenKeepingDamagedAside(_folder.Db, FixedClock);

        string aside = _folder.Db + ".corrupt-20250314-093005-2";
        Assert.Equal(bytes, File.ReadAllBytes(aside));
        Assert.Equal("an earlier damaged file", File.ReadAllText(_folder.Db + ".corrupt-20250314-093005"));
        Assert.Contains(aside, Assert.Single(fresh.Notices), StringComparison.Ordinal);
        Assert.Empty(fresh.AnswerLog("ann"));
        output.WriteLine(fresh.Notices[0]);
    }

    [Fact]
    public void A_read_only_location_is_reported_with_the_path_and_the_override()
    {
        string folder = Path.Combine(_folder.Path, "locked");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "quiztui.db");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (CanWrite(folder))
        {
            // Running as root (or on a file system ignoring modes): permissions do not stop writes, so
            // use a location no one can write: a path whose parent folder is a regular file.
            output.WriteLine("The folder is writable despite mode 0555 (running as root?); using a path under a regular file instead.");
            string file = Path.Combine(_folder.Path, "not-a-folder");
            File.WriteAllText(file, "");
            path = Path.Combine(file, "quiztui.db");
        }

        var error = Assert.Throws<ScoreStoreException>(() => ScoreDatabase.Open(path));

        Assert.Equal(ScoreStoreProblem.ReadOnly, error.Problem);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("--db", error.Message, StringComparison.Ordinal);
        Assert.Contains("QUIZTUI_DB", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        output.WriteLine(error.Message);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void A_folder_where_sqlite_cannot_create_files_is_reported_as_read_only()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs Linux's /proc, which refuses new files even to root");
        // /proc refuses new files even to root.
        var error = Assert.Throws<ScoreStoreException>(() => ScoreDatabase.Open("/proc/quiztui-test.db"));
        Assert.Equal(ScoreStoreProblem.ReadOnly, error.Problem);
        Assert.Contains("/proc/quiztui-test.db", error.Message, StringComparison.Ordinal);
        output.WriteLine(error.Message);
    }

    [Fact]
    public void A_folder_given_as_the_database_is_reported()
    {
        var error = Assert.Throws<ScoreStoreException>(() => ScoreDatabase.Open(_folder.Path));
        Assert.Equal(ScoreStoreProblem.ReadOnly, error.Problem);
        Assert.Contains("folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_locked_by_another_writer_waits_then_says_so_and_stores_nothing()
    {
        using var store = ScoreDatabase.Open(_folder.Db, new ScoreDatabaseOptions { BusyTimeout = TimeSpan.FromSeconds(1) });
        var attempt = store.StartAttempt("ann", "e", "q", 1, 1, T0);
        using var other = new SqliteConnection($"Data Source={_folder.Db};Pooling=False");
        other.Open();
        using (var hold = other.BeginTransaction(deferred: false))
        {
            Schema.Execute(other, hold, "UPDATE profiles SET last_used_at = last_used_at;");
            var clock = Stopwatch.StartNew();
            var error = Assert.Throws<ScoreStoreException>(() => store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0)));
            clock.Stop();
            Assert.Equal(ScoreStoreProblem.Locked, error.Problem);
            Assert.Contains("in use by another program", error.Message, StringComparison.Ordinal);
            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(10));
            output.WriteLine($"{error.Message} (after {clock.ElapsedMilliseconds} ms)");

            var opening = Assert.Throws<ScoreStoreException>(() => ScoreDatabase.Open(_folder.Db, new ScoreDatabaseOptions { BusyTimeout = TimeSpan.FromSeconds(1) }));
            Assert.Equal(ScoreStoreProblem.Locked, opening.Problem);
            hold.Rollback();
        }
        Assert.Empty(store.AnswerLog("ann"));
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0));
        Assert.Single(store.AnswerLog("ann"));
    }

    [Fact]
    public async Task A_short_lock_is_waited_out()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        var attempt = store.StartAttempt("ann", "e", "q", 1, 1, T0);
        using var other = new SqliteConnection($"Data Source={_folder.Db};Pooling=False");
        other.Open();
        var hold = other.BeginTransaction(deferred: false);
        Schema.Execute(other, hold, "UPDATE profiles SET last_used_at = last_used_at;");
        var release = Task.Run(async () =>
        {
            await Task.Delay(300, TestContext.Current.CancellationToken);
            hold.Commit();
        }, TestContext.Current.CancellationToken);
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0));
        await release;
        Assert.Single(store.AnswerLog("ann"));
    }

    /// <summary>A score database with 500 answers whose pages after the first (the schema) are scribbled over; returns its bytes.</summary>
    private byte[] WriteDamagedDatabase()
    {
        using (var store = ScoreDatabase.Open(_folder.Db))
        {
            var attempt = store.StartAttempt("ann", "e", "q", 1, 1, T0);
            for (int i = 0; i < 500; i++)
                store.RecordAnswer(Answer(attempt, "q" + i, Verdict.Right, T0.AddSeconds(i)));
        }
        Assert.False(File.Exists(_folder.Db + "-wal") && new FileInfo(_folder.Db + "-wal").Length > 0, "the log should be checkpointed on close");
        byte[] bytes = File.ReadAllBytes(_folder.Db);
        for (int i = 4096; i < bytes.Length; i++)
            bytes[i] = (byte)(i * 7);
        File.WriteAllBytes(_folder.Db, bytes);
        return bytes;
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            string probe = Path.Combine(folder, ".probe");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
