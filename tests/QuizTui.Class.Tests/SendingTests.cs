using System.Diagnostics;
using System.Globalization;
using QuizTui.Storage;

namespace QuizTui.Class.Tests;

/// <summary>
/// Answers go to the local database first and reach the server later: offline, with a wrong
/// password, killed mid-send, from two computers of one student. None is lost, none doubled.
/// </summary>
public sealed class SendingTests(PgCluster cluster, ITestOutputHelper output) : IDisposable
{
    private readonly TestClass _class = new(cluster);

    public void Dispose() => _class.Dispose();

    [Fact]
    public async Task Answers_given_while_the_server_is_unreachable_wait_and_are_sent_when_it_is_back()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var store = _class.Store("ann");
        int closedPort = ClosedPort();
        var offline = _class.Student(ann, port: closedPort);

        TestClass.Answer(store, 5);
        var failure = await Assert.ThrowsAsync<ClassException>(() => OutboxSender.SendAsync(store, offline, cancel: TestContext.Current.CancellationToken));

        Assert.Equal(ClassProblem.Unreachable, failure.Problem);
        Assert.Contains($"cannot reach the class server {ann.Login}@127.0.0.1:{closedPort}/quiztui", failure.Message, StringComparison.Ordinal);
        Assert.Equal(5, store.OutboxCount());
        // Local work goes on: more answers are kept and queued.
        TestClass.Answer(store, 3, seed: 2);
        Assert.Equal(8, store.OutboxCount());
        Assert.Equal(8, store.AnswerLog("me").Count);

        var result = await OutboxSender.SendAsync(store, _class.Student(ann), cancel: TestContext.Current.CancellationToken);

        Assert.Equal(new SendResult(8, 0), result);
        Assert.Equal(store.AnswerUids("me").Order(StringComparer.Ordinal), _class.ServerAnswerIds(ann.Login));
    }

    [Fact]
    public async Task A_server_that_goes_down_and_comes_back_gets_everything_answered_meanwhile()
    {
        // A cluster of its own, since this one is stopped and started.
        using var own = new PgCluster();
        using var @class = new TestClass(own);
        var ann = ClassAdmin.AddStudent(@class.Instructor, "ann");
        var store = @class.Store("ann");
        var server = @class.Student(ann);
        await using var sync = new ClassSync(store, server, options: new ClassSyncOptions { SendInterval = TimeSpan.FromMilliseconds(200), RetryInterval = TimeSpan.FromMilliseconds(200) });
        sync.Start();
        TestClass.Answer(store, 2);
        await WaitUntil(() => sync.Status is { Reachable: true, Waiting: 0 }, "the first answers sent");

        own.Stop();
        TestClass.Answer(store, 4, seed: 2);
        sync.Nudge();
        // A round may fail while the answers are still being given; the next one counts them all.
        await WaitUntil(() => sync.Status is { Reachable: false, Waiting: >= 4 }, "the server seen as unreachable with the 4 answers waiting");
        Assert.DoesNotContain(ann.Password, sync.Status.Problem!, StringComparison.Ordinal);

        own.Start();
        await WaitUntil(() => sync.Status is { Reachable: true, Waiting: 0 }, "the answers kept meanwhile sent");
        // The instructor's connections from before the restart were cut: the first use says so, the next works.
        Assert.Equal(ClassProblem.Unreachable, Assert.Throws<ClassException>(() => @class.ServerAnswerIds(ann.Login)).Problem);
        Assert.Equal(store.AnswerUids("me").Order(StringComparer.Ordinal), @class.ServerAnswerIds(ann.Login));
    }

    [Fact]
    public async Task A_batch_the_server_refuses_one_answer_of_keeps_none_of_it_and_all_of_it_waits()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var store = _class.Store("ann");
        TestClass.Answer(store, 5);
        string refused = store.PeekOutbox(10)[2].Answer!.QuestionId;
        string s = _class.Schema;
        cluster.Execute($"""
            CREATE FUNCTION {s}.refuse_for_the_test() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF NEW.question_id = '{refused}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
                RETURN NEW;
            END
            $body$;
            CREATE TRIGGER refuse_for_the_test BEFORE INSERT ON {s}.answers FOR EACH ROW EXECUTE FUNCTION {s}.refuse_for_the_test();
            """);

        await Assert.ThrowsAsync<ClassException>(() => OutboxSender.SendAsync(store, _class.Student(ann), cancel: TestContext.Current.CancellationToken));

        Assert.Empty(_class.ServerAnswerIds(ann.Login));
        Assert.Equal(5, store.OutboxCount());
        cluster.Execute($"DROP TRIGGER refuse_for_the_test ON {s}.answers;");
        Assert.Equal(new SendResult(5, 0), await OutboxSender.SendAsync(store, _class.Student(ann), cancel: TestContext.Current.CancellationToken));
        Assert.Equal(store.AnswerUids("me").Order(StringComparer.Ordinal), _class.ServerAnswerIds(ann.Login));
    }

    [Fact]
    public async Task A_wrong_password_is_a_clear_refusal_that_names_no_password_and_keeps_the_answers()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var store = _class.Store("ann");
        TestClass.Answer(store, 3);
        const string wrong = "not-the-password-Zq7";

        var failure = await Assert.ThrowsAsync<ClassException>(() => OutboxSender.SendAsync(store, _class.Student(ann, password: wrong), cancel: TestContext.Current.CancellationToken));

        Assert.Equal(ClassProblem.LoginRefused, failure.Problem);
        Assert.Contains($"the class server {ann.Login}@127.0.0.1:{cluster.Port}/quiztui refused the login", failure.Message, StringComparison.Ordinal);
        Assert.Contains("password", failure.Message, StringComparison.Ordinal);
        foreach (string secret in new[] { wrong, ann.Password, "Password=" })
            Assert.DoesNotContain(secret, failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, store.OutboxCount());
        Assert.Empty(_class.ServerAnswerIds(ann.Login));
    }

    [Fact]
    public async Task A_copy_the_server_already_has_is_ignored_when_a_crash_came_between_its_commit_and_the_local_acknowledgement()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        string db = Path.Combine(_class.Folder, "ann.db");
        using (var store = _class.Store("ann"))
            TestClass.Answer(store, 6);
        // The state on disk just before sending: as if the acknowledgement never reached the disk.
        string before = db + ".before";
        CopyDatabase(db, before);

        using (var store = ScoreDatabase.Open(db))
            Assert.Equal(new SendResult(7, 0), await OutboxSender.SendAsync(store, _class.Student(ann), cancel: TestContext.Current.CancellationToken));
        CopyDatabase(before, db);
        using (var store = ScoreDatabase.Open(db))
        {
            Assert.Equal(7, store.OutboxCount());
            Assert.Equal(new SendResult(7, 0), await OutboxSender.SendAsync(store, _class.Student(ann), cancel: TestContext.Current.CancellationToken));
            Assert.Equal(store.AnswerUids("me").Order(StringComparer.Ordinal), _class.ServerAnswerIds(ann.Login));
        }
        Assert.Equal(1L, cluster.Scalar<long>($"SELECT count(*) FROM {_class.Schema}.finished_runs;"));
    }

    [Fact]
    public async Task A_client_killed_while_sending_loses_and_doubles_nothing()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        string db = Path.Combine(_class.Folder, "ann.db");
        const int answers = 3000;
        using (var store = _class.Store("ann"))
        {
            for (int run = 0; run < answers / 60; run++)
                TestClass.Answer(store, 60, seed: run);
        }

        // Kill the sender at several moments, then let one finish.
        int kills = 0;
        for (int round = 0; round < 4; round++)
        {
            using var child = StartClient(db, ann);
            string? line;
            int batches = 0;
            while ((line = await child.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken)) is not null && !line.StartsWith("done", StringComparison.Ordinal))
            {
                // Each round lets a different number of batches through, then kills in the middle of the next.
                if (++batches > round + 1)
                {
                    child.Kill(entireProcessTree: true);
                    kills++;
                    break;
                }
            }
            Assert.True(child.WaitForExit(30_000));
            output.WriteLine($"round {round}: {batches} batch(es) acknowledged before the kill; exit {child.ExitCode}");
        }
        Assert.True(kills >= 3, $"only {kills} kills happened; the sender finished too soon");
        using (var final = StartClient(db, ann))
        {
            string rest = await final.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            Assert.True(final.WaitForExit(60_000));
            Assert.True(final.ExitCode == 0, rest + await final.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        using var check = ScoreDatabase.Open(db);
        Assert.Equal(0, check.OutboxCount());
        var local = check.AnswerUids("me").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(answers, local.Count);
        Assert.Equal(local, _class.ServerAnswerIds(ann.Login));
        Assert.Equal(answers / 60L, cluster.Scalar<long>($"SELECT count(*) FROM {_class.Schema}.finished_runs;"));
        // The summaries kept by the server count each answer and run once, copies sent again included.
        var activity = await ClassReportFeed.ActivityAsync(_class.Instructor, TestContext.Current.CancellationToken);
        Assert.Equal(((long)answers, answers / 60L), (activity.Answers, activity.FinishedRuns));
        Assert.Equal((long)answers, cluster.Scalar<long>($"SELECT sum(answers) FROM {_class.Schema}.question_answers;"));
    }

    [Fact]
    public async Task Two_computers_of_one_student_both_send_and_the_server_keeps_each_answer_once()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var laptop = _class.Store("ann-laptop");
        var desktop = _class.Store("ann-desktop");
        await using var laptopSync = new ClassSync(laptop, _class.Student(ann), options: new ClassSyncOptions { SendInterval = TimeSpan.FromMilliseconds(100) });
        await using var desktopSync = new ClassSync(desktop, _class.Student(ann), options: new ClassSyncOptions { SendInterval = TimeSpan.FromMilliseconds(100) });
        laptopSync.Start();
        desktopSync.Start();

        var writers = new[]
        {
            Task.Run(() => { for (int i = 0; i < 5; i++) { TestClass.Answer(laptop, 10, seed: i); laptopSync.Nudge(); } }, TestContext.Current.CancellationToken),
            Task.Run(() => { for (int i = 0; i < 5; i++) { TestClass.Answer(desktop, 10, seed: 100 + i); desktopSync.Nudge(); } }, TestContext.Current.CancellationToken),
        };
        await Task.WhenAll(writers);
        await WaitUntil(() => laptopSync.Status.Waiting == 0 && desktopSync.Status.Waiting == 0 && _class.ServerAnswerIds(ann.Login).Count == 100, "both computers' answers on the server");

        var expected = laptop.AnswerUids("me").Concat(desktop.AnswerUids("me")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(100, expected.Distinct().Count());
        Assert.Equal(expected, _class.ServerAnswerIds(ann.Login));
        var report = await ClassReportQuery.ReadAsync(_class.Instructor, Core.Model.ContentLibrary.Empty, TestContext.Current.CancellationToken);
        var student = Assert.Single(report.Students);
        Assert.Equal(("ann", 100, 10), (student.Student, student.Answers, student.RunsFinished));
    }

    [Fact]
    public async Task The_sender_keeps_one_connection_while_answers_keep_coming_and_closes_it_once_they_stop()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var store = _class.Store("ann");
        var idleLifetime = TimeSpan.FromSeconds(1.5);
        await using var sync = new ClassSync(store, _class.Student(ann),
            options: new ClassSyncOptions { SendInterval = TimeSpan.FromMilliseconds(100), PackInterval = null, ConnectionIdleLifetime = idleLifetime });
        sync.Start();

        // Answers 0.3 s apart for twice the idle lifetime: the connection is never idle that long.
        var serverProcesses = new HashSet<int>();
        var clock = Stopwatch.StartNew();
        for (int i = 0; clock.Elapsed < 2 * idleLifetime; i++)
        {
            TestClass.Answer(store, 1, seed: i);
            sync.Nudge();
            await WaitUntil(() => _class.ServerAnswerIds(ann.Login).Count == i + 1, $"answer {i + 1} on the server");
            serverProcesses.UnionWith(ServerProcessesOf(ann.Login));
            await Task.Delay(300, TestContext.Current.CancellationToken);
        }

        Assert.Single(serverProcesses);
        await WaitUntil(() => ServerProcessesOf(ann.Login).Count == 0, "the sender's connection closed after it was idle", seconds: 10);
        // The next answer opens a connection again.
        TestClass.Answer(store, 1, seed: 99);
        sync.Nudge();
        await WaitUntil(() => sync.Status is { Reachable: true, Waiting: 0 } && ServerProcessesOf(ann.Login).Count == 1, "the next answer sent on a new connection");
        Assert.Equal(store.AnswerUids("me").Order(StringComparer.Ordinal), _class.ServerAnswerIds(ann.Login));
    }

    /// <summary>The server processes serving a login now (one per open connection).</summary>
    private List<int> ServerProcessesOf(string login)
    {
        using var connection = new Npgsql.NpgsqlConnection(cluster.AdminConnection().ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE usename = $1;", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = login });
        using var reader = command.ExecuteReader();
        var pids = new List<int>();
        while (reader.Read())
            pids.Add(reader.GetInt32(0));
        return pids;
    }

    private Process StartClient(string db, StudentLogin login)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "QuizTui.Class.Tests.Client.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { dll, "send", db, "me", cluster.ServerUriSettings().ConnectionString, login.Login, login.Password, _class.Names.Name })
            info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    private static void CopyDatabase(string from, string to)
    {
        foreach (string suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(from + suffix))
                File.Copy(from + suffix, to + suffix, overwrite: true);
            else
                File.Delete(to + suffix);
        }
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    internal static async Task WaitUntil(Func<bool> condition, string what, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds))
                Assert.Fail($"waited {seconds.ToString(CultureInfo.InvariantCulture)} s for {what}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
