using System.Globalization;
using QuizTui.App.Cli;
using QuizTui.App.Tests.Support;
using QuizTui.Class.Tests;

namespace QuizTui.App.Tests.Cli;

/// <summary>The class commands run as an instructor and a student run them, against a real PostgreSQL server.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ClassCommandLineTests(PgCluster cluster) : IClassFixture<PgCluster>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-class-cli-").FullName;
    private readonly string _class = "c-" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>Someone's own home: config, data and state folders of their own.</summary>
    private Dictionary<string, string?> Home(string who, string? pgPassword = null)
    {
        string home = Directory.CreateDirectory(Path.Combine(_work, who)).FullName;
        return new()
        {
            ["HOME"] = home,
            ["XDG_CONFIG_HOME"] = Path.Combine(home, "config"),
            ["XDG_DATA_HOME"] = Path.Combine(home, "data"),
            ["XDG_STATE_HOME"] = Path.Combine(home, "state"),
            ["PGPASSWORD"] = pgPassword,
        };
    }

    private (Dictionary<string, string?> Env, string Password) SetUpClass()
    {
        var (user, password) = cluster.NewInstructor();
        var teacher = Home("teacher", password);
        var init = CliRunner.Run(_work, teacher, "class", "init", "--server", $"postgresql://{user}@127.0.0.1:{cluster.Port}/quiztui", "--name", _class);
        Assert.True(init.ExitCode == ExitCodes.Ok, init.Stderr);
        Assert.Contains($"Class {_class} is set up on {user}@127.0.0.1:{cluster.Port}/quiztui", init.Stdout, StringComparison.Ordinal);
        return (teacher, password);
    }

    [Theory]
    [InlineData("class publish")]
    [InlineData("class report")]
    [InlineData("join")]
    [InlineData("sync")]
    public void The_help_of_a_class_command_lists_the_code_for_a_class_server_that_cannot_be_used(string command)
    {
        var help = CliRunner.Run(_work, [.. command.Split(' '), "--help"]);

        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        var meaning = ExitCodes.All.Single(c => c.Code == ExitCodes.ClassServerUnavailable).Meaning;
        Assert.Contains($"  3   {meaning}", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instructor_sets_up_a_class_adds_students_and_a_student_joins_and_sends()
    {
        var (teacher, teacherPassword) = SetUpClass();
        var again = CliRunner.Run(_work, teacher, "class", "init", "--server", $"postgresql://x@127.0.0.1:{cluster.Port}/quiztui", "--name", _class);
        Assert.Equal(ExitCodes.ClassServerUnavailable, again.ExitCode);

        var add = CliRunner.Run(_work, teacher, "class", "add-student", "ann", "bob", "--dir", _work);
        Assert.True(add.ExitCode == ExitCodes.Ok, add.Stderr);
        string joinFile = Path.Combine(_work, "ann.quiztui-class");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(joinFile));
        Assert.DoesNotContain(teacherPassword, File.ReadAllText(Path.Combine(_work, "teacher", "config", "quiztui", "teaching.json")), StringComparison.Ordinal);

        var student = Home("ann");
        string db = Path.Combine(_work, "ann.db");
        var join = CliRunner.Run(_work, student, "join", joinFile, "--db", db, "--profile", "ann");
        Assert.True(join.ExitCode == ExitCodes.Ok, join.Stderr);
        Assert.Contains($"Joined {_class} as ann", join.Stdout, StringComparison.Ordinal);
        string settings = Path.Combine(_work, "ann", "config", "quiztui", "class.json");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(settings));

        using (var store = Storage.ScoreDatabase.Open(db))
        {
            var newsEvent = Sample.Event();
            var quiz = newsEvent.Quizzes.OfType<Core.Model.ComprehensionQuiz>().First();
            var session = Core.Quizzes.QuizSessionBuilder.Start(newsEvent, quiz, 1, DateTimeOffset.Now);
            var attempt = Core.Progress.Runs.Start(store, "ann", session);
            Core.Progress.Runs.Answer(store, attempt, session, new Core.Model.ChoiceAnswer([0]), TimeSpan.FromSeconds(2), DateTimeOffset.Now);
        }
        var status = CliRunner.Run(_work, student, "sync", "--status", "--db", db);
        Assert.True(status.ExitCode == ExitCodes.Ok, status.Stderr);
        Assert.Contains("1 waiting to be sent", status.Stdout, StringComparison.Ordinal);
        var sync = CliRunner.Run(_work, student, "sync", "--db", db);
        Assert.Equal(ExitCodes.Ok, sync.ExitCode);
        Assert.Contains("Sent 1 to", sync.Stdout, StringComparison.Ordinal);

        var report = CliRunner.Run(_work, teacher, "class", "report");
        Assert.True(report.ExitCode == ExitCodes.Ok, report.Stderr);
        // The report reads the clock: on a slow run the answer may be a minute or two old.
        Assert.Matches(@"ann\s+1\s+(0|100)%\s+0\s+(just now|\d+ min ago)", report.Stdout);
        Assert.Matches(@"bob\s+0\s+–\s+0\s+never", report.Stdout);
        var csv = CliRunner.Run(_work, teacher, "class", "report", "--format", "csv", "--table", "students");
        Assert.StartsWith("student,answers,percent_right,quizzes_finished", csv.Stdout, StringComparison.Ordinal);

        var leave = CliRunner.Run(_work, student, "leave", "--db", db);
        Assert.Equal(ExitCodes.Ok, leave.ExitCode);
        Assert.False(File.Exists(settings));
        Assert.Equal(ExitCodes.UsageOrIo, CliRunner.Run(_work, student, "sync", "--db", db).ExitCode);
    }

    [Fact]
    public void Publish_refuses_a_pack_with_errors_listing_each_where_it_is_and_takes_a_clean_one()
    {
        var (teacher, _) = SetUpClass();
        string pack = Path.Combine(_work, "pack");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.BundledPack, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(pack, Path.GetRelativePath(RepoPaths.BundledPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        string quiz = Path.Combine(pack, "quizzes", "who-said-what.yaml");
        string good = File.ReadAllText(quiz);
        File.WriteAllText(quiz, good.Replace("\ntitle:", "\ntitel:", StringComparison.Ordinal));

        var refused = CliRunner.Run(_work, teacher, "class", "publish", pack);

        Assert.Equal(ExitCodes.InputHasErrors, refused.ExitCode);
        Assert.Matches(@"who-said-what\.yaml:\d+:1: error QT110: unknown key `titel`", refused.Stderr);
        Assert.Contains("was not published", refused.Stderr, StringComparison.Ordinal);

        File.WriteAllText(quiz, good);
        var published = CliRunner.Run(_work, teacher, "class", "publish", pack);
        Assert.True(published.ExitCode == ExitCodes.Ok, published.Stderr);
        Assert.Contains("published to " + _class + " as version 1", published.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_or_an_unreachable_server_is_one_clear_line_with_no_password_and_no_connection_string()
    {
        var (teacher, _) = SetUpClass();
        CliRunner.Run(_work, teacher, "class", "add-student", "ann", "--dir", _work);
        string joinFile = Path.Combine(_work, "ann.quiztui-class");
        string realPassword = System.Text.Json.JsonDocument.Parse(File.ReadAllText(joinFile)).RootElement.GetProperty("password").GetString()!;
        string wrongFile = Path.Combine(_work, "wrong.quiztui-class");
        File.WriteAllText(wrongFile, File.ReadAllText(joinFile).Replace(realPassword, "Wrong-Pass-123", StringComparison.Ordinal));
        var student = Home("ann");

        var refused = CliRunner.Run(_work, student, "join", wrongFile, "--db", Path.Combine(_work, "ann.db"));
        Assert.Equal(ExitCodes.ClassServerUnavailable, refused.ExitCode);
        Assert.Contains("refused the login", refused.Stderr, StringComparison.Ordinal);

        string closed = File.ReadAllText(joinFile).Replace($"Port={cluster.Port.ToString(CultureInfo.InvariantCulture)}", "Port=1", StringComparison.Ordinal);
        string offlineFile = Path.Combine(_work, "offline.quiztui-class");
        File.WriteAllText(offlineFile, closed);
        var offline = CliRunner.Run(_work, student, "join", offlineFile, "--db", Path.Combine(_work, "ann.db"));
        Assert.Equal(ExitCodes.Ok, offline.ExitCode);
        Assert.Contains("cannot reach the class server", offline.Stdout, StringComparison.Ordinal);
        var sync = CliRunner.Run(_work, student, "sync", "--db", Path.Combine(_work, "ann.db"));
        Assert.Equal(ExitCodes.ClassServerUnavailable, sync.ExitCode);
        Assert.Contains("cannot reach the class server", sync.Stderr, StringComparison.Ordinal);

        var teacherWrong = CliRunner.Run(_work, new Dictionary<string, string?>(teacher) { ["PGPASSWORD"] = "Teacher-Wrong-456" }, "class", "report");
        Assert.Equal(ExitCodes.ClassServerUnavailable, teacherWrong.ExitCode);

        foreach (var run in new[] { refused, offline, sync, teacherWrong })
        {
            string all = run.Stdout + run.Stderr;
            foreach (string secret in new[] { realPassword, "Wrong-Pass-123", "Teacher-Wrong-456", "Password=", "Host=" })
                Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
            Assert.Single(all.Trim().Split('\n'));
        }
        string crashLogs = Path.Combine(_work, "ann", "state");
        foreach (string log in Directory.Exists(crashLogs) ? Directory.EnumerateFiles(crashLogs, "*", SearchOption.AllDirectories) : [])
            Assert.DoesNotContain(realPassword, File.ReadAllText(log), StringComparison.Ordinal);
    }
}
