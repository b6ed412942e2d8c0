using System.Diagnostics;
using System.Globalization;
using QuizTui.App.Tests.Cli;
using QuizTui.App.Tests.Support;
using QuizTui.Class.Tests;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>
/// A class on a real PostgreSQL server, in tmux: a joined student sees the class's pack on Home and
/// the server's state in the status line; the instructor's dashboard shows their answer within
/// seconds, at 80x24 and after resizing.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ClassInTmuxTests(PgCluster cluster) : IClassFixture<PgCluster>
{
    [Fact]
    public void A_joined_students_answer_shows_on_the_instructors_dashboard()
    {
        using var student = new Tmux();
        using var dashboard = new Tmux();
        string className = "c-" + Guid.NewGuid().ToString("N")[..8];
        var (user, password) = cluster.NewInstructor();
        // The instructor's password comes from ~/.pgpass, as for every PostgreSQL tool.
        string pgpass = Path.Combine(dashboard.Home, ".pgpass");
        File.WriteAllText(pgpass, $"127.0.0.1:{cluster.Port}:quiztui:{user}:{password}\n");
        File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var teacher = new Dictionary<string, string?>
        {
            ["HOME"] = dashboard.Home,
            ["XDG_CONFIG_HOME"] = Path.Combine(dashboard.Home, ".config"),
            ["PGPASSWORD"] = null,
        };
        Run(teacher, "class", "init", "--server", $"postgresql://{user}@127.0.0.1:{cluster.Port}/quiztui", "--name", className);
        Run(teacher, "class", "add-student", "ann", "--dir", dashboard.Home);
        string pack = Path.Combine(dashboard.Home, "packs");
        Run(teacher, "new", "event", "city-vote", "--dir", pack);
        Run(teacher, "class", "publish", Path.Combine(pack, "city-vote"));
        Run(new Dictionary<string, string?> { ["HOME"] = student.Home, ["XDG_CONFIG_HOME"] = null, ["XDG_DATA_HOME"] = Path.Combine(student.Home, "data") },
            "join", Path.Combine(dashboard.Home, "ann.quiztui-class"), "--db", student.Database);

        // The student: the class's pack beside the bundled one, and the server online.
        student.Start(80, 24, "--seed", "1");
        var home = student.WaitFor("Hootsuite and the ICE contract", "Sample event title", "class: online, 0 to send");
        Assert.Contains("Enter open", home);

        dashboard.Start(80, 24, "class", "dashboard");
        dashboard.WaitFor($"Class {className}", "ann", "never", "q quit");

        // Answer the first question of the bundled who-said-what quiz.
        student.Keys("Enter");
        student.WaitFor("Quizzes", "o about");
        student.Keys("7");
        student.WaitFor("Who said this?", "Question 1 of 10");
        student.Keys("1");
        student.WaitFor("Enter next", "class: online, 0 to send");
        var arrived = Stopwatch.StartNew();
        while (cluster.Scalar<long>($"SELECT count(*) FROM quiztui_{className.Replace('-', '_')}.answers;") == 0)
        {
            Assert.True(arrived.Elapsed < TimeSpan.FromSeconds(10), "the answer did not reach the server");
            Thread.Sleep(20);
        }
        arrived.Restart();
        var board = dashboard.WaitUntil(s => s.Contains("1 answer —", StringComparison.Ordinal) && s.Contains("just now", StringComparison.Ordinal), "the answer on the dashboard");
        Assert.True(arrived.Elapsed < TimeSpan.FromSeconds(2), $"the dashboard took {arrived.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains("Hardest questions", board);
        Assert.Contains("who-said-what", board);

        // Larger, then back to 80x24: everything still laid out.
        dashboard.Resize(120, 40);
        var wide = dashboard.WaitFor("Quizzes", "Speakers the class mixes up", "1 answer —");
        Assert.All(wide.Split('\n'), line => Assert.True(line.Length <= 120));
        dashboard.Resize(80, 24);
        dashboard.WaitFor($"Class {className}", "Students", "q quit");

        dashboard.Keys("q");
        dashboard.WaitFor("[exit 0]");
        student.Keys("C-q");
        student.WaitFor("Your answers so far are kept.");
        student.Keys("y");
        student.WaitFor("[exit 0]");
        foreach (var tmuxHome in new[] { student.Home, dashboard.Home })
        {
            string state = Path.Combine(tmuxHome, "state");
            Assert.False(Directory.Exists(state) && Directory.EnumerateFiles(state, "crash.log", SearchOption.AllDirectories).Any(), "a crash log was written");
        }
    }

    [Fact]
    public void A_new_version_published_while_a_student_runs_reaches_their_home_within_a_minute()
    {
        using var student = new Tmux();
        var (user, password) = cluster.NewInstructor();
        var teacher = new Dictionary<string, string?> { ["HOME"] = student.Home, ["XDG_CONFIG_HOME"] = Path.Combine(student.Home, "teacher"), ["PGPASSWORD"] = password };
        Run(teacher, "class", "init", "--server", $"postgresql://{user}@127.0.0.1:{cluster.Port}/quiztui", "--name", "c-" + Guid.NewGuid().ToString("N")[..8]);
        Run(teacher, "class", "add-student", "ann", "--dir", student.Home);
        string pack = Path.Combine(student.Home, "packs");
        Run(teacher, "new", "event", "city-vote", "--dir", pack);
        Run(teacher, "class", "publish", Path.Combine(pack, "city-vote"));
        Run(new Dictionary<string, string?> { ["HOME"] = student.Home, ["XDG_CONFIG_HOME"] = null }, "join", Path.Combine(student.Home, "ann.quiztui-class"), "--db", student.Database);
        student.Start(80, 24, "--seed", "1");
        student.WaitFor("Sample event title", "class: online");

        string eventFile = Path.Combine(pack, "city-vote", "event.yaml");
        File.WriteAllText(eventFile, File.ReadAllText(eventFile).Replace("title: Sample event title", "title: City vote, second version", StringComparison.Ordinal));
        Run(teacher, "class", "publish", Path.Combine(pack, "city-vote"));
        var published = Stopwatch.StartNew();

        var home = student.WaitFor(TimeSpan.FromSeconds(60), "City vote, second version");
        Assert.True(published.Elapsed < TimeSpan.FromMinutes(1), $"took {published.Elapsed.TotalSeconds:0} s");
        Assert.DoesNotContain("Sample event title", home);
        Assert.Contains("Hootsuite and the ICE contract", home);
        Assert.Contains("class: online", home);

        student.Keys("q");
        student.WaitFor("[exit 0]");
    }

    [Fact]
    public void A_student_whose_class_server_is_down_studies_as_usual_and_sees_it_in_the_status_line()
    {
        using var student = new Tmux();
        var (user, password) = cluster.NewInstructor();
        var teacher = new Dictionary<string, string?> { ["HOME"] = student.Home, ["XDG_CONFIG_HOME"] = Path.Combine(student.Home, "teacher"), ["PGPASSWORD"] = password };
        Run(teacher, "class", "init", "--server", $"postgresql://{user}@127.0.0.1:{cluster.Port}/quiztui", "--name", "c-" + Guid.NewGuid().ToString("N")[..8]);
        Run(teacher, "class", "add-student", "ann", "--dir", student.Home);
        // The join file of a server that has gone away.
        string file = Path.Combine(student.Home, "ann.quiztui-class");
        File.WriteAllText(file, File.ReadAllText(file).Replace($"Port={cluster.Port.ToString(CultureInfo.InvariantCulture)}", "Port=1", StringComparison.Ordinal));
        Run(new Dictionary<string, string?> { ["HOME"] = student.Home, ["XDG_CONFIG_HOME"] = null }, "join", file, "--db", student.Database);

        student.Start(80, 24, "--seed", "1");
        student.WaitFor("Hootsuite and the ICE contract", "class: offline, 0 to send");
        student.Keys("Enter");
        student.WaitFor("Quizzes");
        student.Keys("7");
        student.WaitFor("Question 1 of 10");
        student.Keys("1");
        student.WaitFor("Enter next", "class: offline, 1 to send");
        student.Keys("C-q");
        student.WaitFor("Your answers so far are kept.");
        student.Keys("y");
        student.WaitFor("[exit 0]");
        using var store = Storage.ScoreDatabase.Open(student.Database);
        Assert.Single(store.AnswerLogOfEveryone());
        Assert.Equal(1, store.OutboxCount());
    }

    private static void Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var run = CliRunner.Run(Path.GetTempPath(), environment, args);
        Assert.True(run.ExitCode == 0, $"quiztui {string.Join(' ', args)}: {run.Stderr}{run.Stdout}");
    }
}
