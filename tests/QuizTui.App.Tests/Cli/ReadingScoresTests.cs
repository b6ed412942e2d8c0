using System.Text.Json;
using QuizTui.App.Tests.Support;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;
using QuizTui.Storage;

namespace QuizTui.App.Tests.Cli;

/// <summary>
/// <c>stats</c> and <c>export scores</c> only read: they never change, move or create the score
/// database or anything beside it, whether the file, its folder or its disk can be written or not.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadingScoresTests : IDisposable
{
    private const string Profile = "alice";
    private const int Answers = 3;
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-reading-").FullName;

    public ReadingScoresTests() => Sandbox.OpenToEveryone(_work);

    public void Dispose()
    {
        // Folders made read-only by a test are made writable again so they can be removed.
        foreach (string folder in Directory.EnumerateDirectories(_work, "*", SearchOption.AllDirectories).Prepend(_work))
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.UserWrite);
        Directory.Delete(_work, recursive: true);
    }

    public static TheoryData<string> ReadingCommands() => new("stats --format json", "export scores --format csv");

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void A_database_in_a_read_only_folder_is_read_and_nothing_changes_there(string command)
    {
        string folder = Folder("backup");
        string db = DatabaseWithAnswers(folder);
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var before = Snapshot(folder);

        var run = CliRunner.RunWrapped(_work, NoEnvironment, Sandbox.Unprivileged, [.. command.Split(' '), "--db", db, "--profile", Profile]);

        AssertReadEveryAnswer(command, run, Answers);
        Assert.Equal(before, Snapshot(folder));
    }

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void A_database_in_a_writable_folder_is_left_byte_for_byte_with_no_wal_or_shm_behind(string command)
    {
        string folder = Folder("scores");
        string db = DatabaseWithAnswers(folder);
        var before = Snapshot(folder);
        Assert.Equal(["scores.db"], before.Keys);

        var run = CliRunner.Run(_work, [.. command.Split(' '), "--db", db, "--profile", Profile]);

        AssertReadEveryAnswer(command, run, Answers);
        Assert.Equal(before, Snapshot(folder));
    }

    [Fact]
    public void A_backup_on_a_read_only_disk_exports_every_answer_even_those_still_in_its_write_ahead_log()
    {
        // Copied while the app was open: the last answers are only in scores.db-wal, and the
        // shared-memory file, which SQLite rebuilds, was not copied.
        string live = Folder("live");
        string backup = Folder("backup");
        using (var store = ScoreDatabase.Open(Path.Combine(live, "scores.db")))
        {
            Answer(store, Answers);
            Assert.True(new FileInfo(Path.Combine(live, "scores.db-wal")).Length > 0, "the answers should still be in the write-ahead log");
            File.Copy(Path.Combine(live, "scores.db"), Path.Combine(backup, "scores.db"));
            File.Copy(Path.Combine(live, "scores.db-wal"), Path.Combine(backup, "scores.db-wal"));
        }
        string disk = Folder("disk");
        var before = Snapshot(backup);

        var run = CliRunner.RunWrapped(_work, NoEnvironment, Sandbox.ReadOnlyMount(backup, disk),
            "export", "scores", "--format", "csv", "--db", Path.Combine(disk, "scores.db"), "--profile", Profile);

        AssertReadEveryAnswer("export scores", run, Answers);
        Assert.Equal(before, Snapshot(backup));
    }

    [Fact]
    public void Scores_are_read_while_the_app_has_the_database_open()
    {
        string folder = Folder("scores");
        using var store = ScoreDatabase.Open(Path.Combine(folder, "scores.db"));
        Answer(store, Answers);
        var before = Snapshot(folder).Keys.ToList();

        var run = CliRunner.Run(_work, "export", "scores", "--db", Path.Combine(folder, "scores.db"), "--profile", Profile);

        AssertReadEveryAnswer("export scores", run, Answers);
        Assert.Equal(before, Snapshot(folder).Keys);
    }

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void An_empty_file_given_as_the_database_is_not_turned_into_one(string command)
    {
        string db = Path.Combine(_work, "empty.db");
        File.WriteAllBytes(db, []);

        var run = CliRunner.Run(_work, [.. command.Split(' '), "--db", db]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{db} is empty", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        Assert.Empty(File.ReadAllBytes(db));
        Assert.Equal([db], Directory.GetFiles(_work, "empty.db*"));
    }

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void A_damaged_database_gets_a_clear_message_and_is_left_exactly_as_it_was(string command)
    {
        string folder = Folder("scores");
        string db = DatabaseWithAnswers(folder, answers: 400);
        byte[] bytes = File.ReadAllBytes(db);
        // Scribble over every page after the first (page 1 holds the schema).
        for (int i = 4096; i < bytes.Length; i++)
            bytes[i] = (byte)(i * 7);
        File.WriteAllBytes(db, bytes);

        var run = CliRunner.Run(_work, [.. command.Split(' '), "--db", db, "--profile", Profile]);

        Assert.Equal(2, run.ExitCode);
        string message = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("quiztui: ", message, StringComparison.Ordinal);
        Assert.Contains($"The score database {db} is damaged", message, StringComparison.Ordinal);
        Assert.Contains("left as it is", message, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        Assert.Equal(bytes, File.ReadAllBytes(db));
        Assert.Equal(["scores.db"], Snapshot(folder).Keys);
    }

    private static readonly Dictionary<string, string?> NoEnvironment = [];

    private static void AssertReadEveryAnswer(string command, CliRunner.Outcome run, int answers)
    {
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        if (command.StartsWith("stats", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal(answers, json.RootElement.GetProperty("answers").GetInt32());
        }
        else
        {
            var rows = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("profile,", rows[0], StringComparison.Ordinal);
            Assert.Equal(answers, rows.Length - 1);
        }
    }

    private string Folder(string name)
    {
        string folder = Path.Combine(_work, name);
        Directory.CreateDirectory(folder);
        Sandbox.OpenToEveryone(folder);
        return folder;
    }

    /// <summary>A closed score database in the folder with <paramref name="answers"/> answers by alice.</summary>
    private static string DatabaseWithAnswers(string folder, int answers = Answers)
    {
        string db = Path.Combine(folder, "scores.db");
        using (var store = ScoreDatabase.Open(db))
            Answer(store, answers);
        return db;
    }

    private static void Answer(IScoreStore store, int answers)
    {
        var newsEvent = Sample.Event();
        var quiz = newsEvent.Quizzes.OfType<ComprehensionQuiz>().First();
        var now = DateTimeOffset.Now;
        for (int done = 0; done < answers;)
        {
            var session = QuizSessionBuilder.Start(newsEvent, quiz, seed: done, now);
            var attempt = Runs.Start(store, Profile, session);
            while (!session.IsFinished && done < answers)
            {
                Runs.Answer(store, attempt, session, SkippedAnswer.Instance, TimeSpan.FromSeconds(2), now);
                done++;
            }
        }
    }

    /// <summary>Every file in the folder with its bytes, by name.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
