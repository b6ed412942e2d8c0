using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using QuizTui.Class;
using QuizTui.Class.Tests;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;
using QuizTui.Storage;
using QuizTui.Storage.Tests;

namespace QuizTui.Benchmarks;

/// <summary>
/// A class on a local PostgreSQL server (a throwaway cluster, fsync on): STUDENTS simulated students
/// answer QUESTIONS questions each, all at once, each with their own SQLite file and the app's own
/// sender (<see cref="ClassSync"/>, nudged after every answer); then the class report is read over
/// REPORT_ANSWERS answers. Ends with one line:
/// <c>students=N answers=N lost=N duplicated=N p95_ms=N report_ms=N</c>.
/// </summary>
/// <remarks>
/// Usage: class [STUDENTS=300] [QUESTIONS=60] [REPORT_ANSWERS=1000000] [THINK_MS=1000]. Each student
/// waits THINK_MS on average (0.5 to 1.5 times, at random) before each answer, as a person reading
/// the question would. The delay of an answer is the server's time of receipt minus the time it was
/// recorded locally (one machine, one clock). The breakdown lines split that delay into the local
/// write (answer given to committed in SQLite) and the sending (committed to received), and show the
/// answers given after the first seconds, when every app has logged in, on their own.
/// </remarks>
internal static class ClassBenchmark
{
    private static readonly Argument<int> Students = new("STUDENTS") { DefaultValueFactory = _ => 300, Description = "Simulated students answering at once." };

    private static readonly Argument<int> Questions = new("QUESTIONS") { DefaultValueFactory = _ => 60, Description = "Questions each student answers." };

    private static readonly Argument<int> ReportAnswers = new("REPORT_ANSWERS") { DefaultValueFactory = _ => 1_000_000, Description = "Answers the class report is read over." };

    private static readonly Argument<int> ThinkMs = new("THINK_MS") { DefaultValueFactory = _ => 1000, Description = "Mean milliseconds a student waits before each answer." };

    /// <summary>The <c>class</c> command.</summary>
    public static Command Create()
    {
        var command = new Command("class", "A class on a throwaway PostgreSQL cluster: answers sent at once, then the class report.")
        {
            Students, Questions, ReportAnswers, ThinkMs,
        };
        command.SetAction(parse => Run(parse.GetValue(Students), parse.GetValue(Questions), parse.GetValue(ReportAnswers), parse.GetValue(ThinkMs)));
        return command;
    }

    private static int Run(int students, int questions, int reportAnswers, int thinkMs)
    {
        // Each simulated student writes SQLite synchronously, as the app does on its own thread; in
        // one process, 300 of them would starve the thread pool the senders run on.
        ThreadPool.SetMinThreads(2 * students + 16, 2 * students + 16);
        // Commit times are kept so an answer's arrival is taken at its commit (when the class can see
        // it), not at its insert.
        // QUIZTUI_BENCH_STATEMENTS=1 also prints the statements the server spent most time on
        // (pg_stat_statements, the triggers' statements included).
        bool statements = Environment.GetEnvironmentVariable("QUIZTUI_BENCH_STATEMENTS") == "1";
        using var cluster = PgCluster.Create(maxConnections: students + 50, durable: true,
            statements ? ["track_commit_timestamp=on", "shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"] : ["track_commit_timestamp=on"]);
        if (statements)
            cluster.Execute("CREATE EXTENSION pg_stat_statements;");
        Console.WriteLine($"PostgreSQL from {cluster.Binaries}, port {cluster.Port}");
        var (user, password) = cluster.NewInstructor();
        var names = ClassNames.For("bench");
        using var instructor = ClassServer.Create(cluster.Connection(user, password), names);
        ClassAdmin.Init(instructor);
        string folder = Directory.CreateTempSubdirectory("quiztui-class-bench-").FullName;
        try
        {
            var (lost, duplicated, answers, p95) = Answering(cluster, instructor, names, folder, students, questions, thinkMs);
            if (statements)
                PrintStatements(cluster, "while answering");
            double reportMs = Report(cluster, instructor, names, reportAnswers, students);
            if (statements)
                PrintStatements(cluster, "filling the class and reading the report");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"students={students} answers={answers} lost={lost} duplicated={duplicated} p95_ms={p95:0} report_ms={reportMs:0}"));
            return lost == 0 && duplicated == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Lost, int Duplicated, int Answers, double P95) Answering(
        PgCluster cluster, ClassServer instructor, ClassNames names, string folder, int students, int questions, int thinkMs)
    {
        var clock = Stopwatch.StartNew();
        var logins = Enumerable.Range(0, students).Select(i => ClassAdmin.AddStudent(instructor, $"student-{i:000}")).ToList();
        Console.WriteLine($"{students} students added in {clock.Elapsed.TotalSeconds:0.0} s; answering {questions} questions each, {thinkMs} ms apart on average");

        var newsEvent = SampleEvent.Build(questions);
        var quiz = newsEvent.FindQuiz(SampleEvent.QuizId)!;
        var clients = logins.Select((login, i) =>
        {
            var store = ScoreDatabase.Open(Path.Combine(folder, $"s{i}.db"));
            store.QueueForClass("me", DateTimeOffset.Now);
            var settings = cluster.ServerUriSettings();
            settings.Username = login.Login;
            settings.Password = login.Password;
            var server = ClassServer.Create(settings, names);
            var sync = new ClassSync(store, server, packs: null, new ClassSyncOptions { PackInterval = null });
            sync.Start();
            return (Store: store, Server: server, Sync: sync);
        }).ToList();

        clock.Restart();
        var started = DateTimeOffset.Now;
        using var waits = ServerWaits.Start(cluster);
        // When each answer was given and when the local database had committed it, per student, to
        // tell the local write apart from the sending in the breakdown.
        var committed = new ConcurrentDictionary<(string Login, long AnsweredMs), DateTimeOffset>();
        var tasks = clients.Select((c, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            var session = QuizSessionBuilder.Start(newsEvent, quiz, i, DateTimeOffset.Now);
            var attempt = Runs.Start(c.Store, "me", session);
            for (int q = 0; q < questions; q++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(thinkMs * (0.5 + random.NextDouble())));
                var answeredAt = DateTimeOffset.Now;
                Runs.Answer(c.Store, attempt, session, new ChoiceAnswer([random.Next(3)]), TimeSpan.FromSeconds(5), answeredAt);
                committed[(logins[i].Login, answeredAt.ToUnixTimeMilliseconds())] = DateTimeOffset.Now;
                c.Sync.Nudge();
            }
            Runs.Finish(c.Store, attempt, session, DateTimeOffset.Now);
            c.Sync.Nudge();
        })).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine($"all answered in {clock.Elapsed.TotalSeconds:0.0} s");
        waits.Stop();
        var drained = Stopwatch.StartNew();
        while (clients.Any(c => c.Store.OutboxCount() > 0) && drained.Elapsed < TimeSpan.FromMinutes(3))
            Thread.Sleep(100);
        int stillWaiting = clients.Sum(c => c.Store.OutboxCount());
        Console.WriteLine(stillWaiting == 0
            ? $"outboxes empty {drained.Elapsed.TotalSeconds:0.0} s later"
            : $"after {drained.Elapsed.TotalSeconds:0.0} s, {stillWaiting} items still wait in outboxes (counted as lost below)");

        var local = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in clients)
        {
            c.Sync.DisposeAsync().AsTask().GetAwaiter().GetResult();
            local.UnionWith(c.Store.AnswerUids("me"));
            c.Server.Dispose();
            c.Store.Dispose();
        }
        var server = new List<string>();
        var delays = new List<double>();
        var toReceived = new List<double>();
        var writes = new List<double>();
        var sends = new List<double>();
        var commits = new List<double>();
        var afterStart = new List<double>();
        using (var connection = new NpgsqlConnection(cluster.AdminConnection().ConnectionString))
        {
            connection.Open();
            // received_at is taken when the row is formed, before the server's triggers run and
            // before the commit; the class sees the answer only at the commit.
            using var command = new NpgsqlCommand(
                $"SELECT id::text, student, answered_at, received_at, pg_xact_commit_timestamp(xmin) FROM {ClassNames.Quote(names.Schema)}.answers;", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                server.Add(reader.GetString(0));
                var answeredAt = reader.GetFieldValue<DateTimeOffset>(2);
                var receivedAt = reader.GetFieldValue<DateTimeOffset>(3);
                var committedAt = reader.GetFieldValue<DateTimeOffset>(4);
                double delay = (committedAt - answeredAt).TotalMilliseconds;
                delays.Add(delay);
                toReceived.Add((receivedAt - answeredAt).TotalMilliseconds);
                commits.Add((committedAt - receivedAt).TotalMilliseconds);
                if (committed.TryGetValue((reader.GetString(1), answeredAt.ToUnixTimeMilliseconds()), out var done))
                {
                    writes.Add((done - answeredAt).TotalMilliseconds);
                    sends.Add((receivedAt - done).TotalMilliseconds);
                }
                if (answeredAt - started >= FirstSeconds)
                    afterStart.Add(delay);
            }
        }
        var onServer = server.ToHashSet(StringComparer.Ordinal);
        int lost = local.Count(id => !onServer.Contains(id));
        int duplicated = server.Count - onServer.Count + onServer.Count(id => !local.Contains(id));
        double p95 = Percentile(delays, 0.95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recorded locally to committed on the server: median {Percentile(delays, 0.5):0} ms, p95 {p95:0} ms, max {Percentile(delays, 1):0} ms " +
            $"(to the row's insert, before its triggers and commit: median {Percentile(toReceived, 0.5):0} ms, p95 {Percentile(toReceived, 0.95):0} ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  of which the local write (given to committed in SQLite): median {Percentile(writes, 0.5):0} ms, p95 {Percentile(writes, 0.95):0} ms; " +
            $"committed locally to inserted on the server: median {Percentile(sends, 0.5):0} ms, p95 {Percentile(sends, 0.95):0} ms ({sends.Count} answers matched); " +
            $"inserted to committed on the server: median {Percentile(commits, 0.5):0} ms, p95 {Percentile(commits, 0.95):0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  answers given after the first {FirstSeconds.TotalSeconds:0} s (every app connected, every student started): median {Percentile(afterStart, 0.5):0} ms, p95 {Percentile(afterStart, 0.95):0} ms"));
        Console.WriteLine(waits.Summary());
        return (lost, duplicated, local.Count, p95);
    }

    /// <summary>Fills the class to <paramref name="total"/> answers (COPY, then the summaries worked out once, as the schema's migration does), and times the report.</summary>
    private static double Report(PgCluster cluster, ClassServer instructor, ClassNames names, int total, int students)
    {
        string s = ClassNames.Quote(names.Schema);
        long have = cluster.Scalar<long>($"SELECT count(*) FROM {s}.answers;");
        var roles = new List<string>();
        instructor.Run(connection =>
        {
            using var command = new NpgsqlCommand($"SELECT role FROM {s}.students ORDER BY name;", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                roles.Add(reader.GetString(0));
            return 0;
        });
        var clock = Stopwatch.StartNew();
        using (var connection = new NpgsqlConnection(cluster.AdminConnection().ConnectionString))
        {
            connection.Open();
            new NpgsqlCommand($"ALTER TABLE {s}.answers DISABLE TRIGGER answers_summary;", connection).ExecuteNonQuery();
            var random = new Random(7);
            var start = DateTimeOffset.UtcNow.AddDays(-30);
            string[] skills = ["main-idea", "detail", "inference", "vocabulary", "sourcing", "comparison", "who-said-what"];
            using (var copy = connection.BeginBinaryImport(
                $"COPY {s}.answers (id, student, attempt_id, run_kind, event_id, quiz_id, question_id, question_type, skill, answer, answer_text, score, verdict, time_taken_ms, answered_at, answered_offset) FROM STDIN (FORMAT BINARY)"))
            {
                for (long i = have; i < total; i++)
                {
                    int quiz = random.Next(7), question = random.Next(60), choice = random.Next(3);
                    // Quiz 6 asks who said what; quiz 5 takes written answers, scored by the share of a
                    // checklist ticked (right, partly right or wrong), so the report reads texts and partial credit.
                    bool who = quiz == 6, written = quiz == 5;
                    double score = choice == 0 ? 1.0 : written && choice == 1 ? 0.5 : 0.0;
                    string verdict = choice == 0 ? "right" : written && choice == 1 ? "partial" : "wrong";
                    copy.StartRow();
                    copy.Write(Guid.CreateVersion7(), NpgsqlTypes.NpgsqlDbType.Uuid);
                    copy.Write(roles[random.Next(Math.Min(students, roles.Count))], NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write(Guid.NewGuid(), NpgsqlTypes.NpgsqlDbType.Uuid);
                    copy.Write("quiz", NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write("bench-event", NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write($"quiz-{quiz}", NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write($"question-{question}", NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write(who ? "who-said-what" : written ? "written" : "single-choice", NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write(skills[who ? 6 : question % 6], NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write(who ? $"speaker:person-{choice}" : written ? $"written:{choice}:A few sentences, number {i}." : $"choice:{choice}", NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write(who ? $"Person {choice}" : written ? $"A few sentences, number {i}." : $"Answer {choice}", NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write(score, NpgsqlTypes.NpgsqlDbType.Double);
                    copy.Write(verdict, NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write(4000L, NpgsqlTypes.NpgsqlDbType.Bigint);
                    copy.Write(start.AddSeconds(i * 2.5), NpgsqlTypes.NpgsqlDbType.TimestampTz);
                    copy.Write(0, NpgsqlTypes.NpgsqlDbType.Integer);
                }
                copy.Complete();
            }
            new NpgsqlCommand($"TRUNCATE {ServerSchema.SummaryTables(names)}; {ServerSchema.FillSummaries(names)} ALTER TABLE {s}.answers ENABLE TRIGGER answers_summary; ANALYZE;", connection)
            { CommandTimeout = 600 }.ExecuteNonQuery();
        }
        long answers = cluster.Scalar<long>($"SELECT count(*) FROM {s}.answers;");
        long summaries = cluster.Scalar<long>($"SELECT (SELECT count(*) FROM {s}.question_answers) + (SELECT count(*) FROM {s}.student_questions) + (SELECT count(*) FROM {s}.speaker_confusions);");
        Console.WriteLine($"class filled to {answers:N0} answers ({summaries:N0} rows in the largest summaries) in {clock.Elapsed.TotalSeconds:0} s");

        var times = new List<double>();
        LiveClassReport? report = null;
        for (int run = 0; run < 6; run++)
        {
            clock.Restart();
            report = ClassReportQuery.Read(instructor, ContentLibrary.Empty);
            if (run > 0)
                times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"class report over {report!.Answers:N0} answers, {report.Students.Count} students, {report.Quizzes.Sum(q => q.Questions.Count)} questions: median {times[times.Count / 2]:0} ms of {times.Count} (first, cold: see above), max {times[^1]:0} ms"));
        return times[times.Count / 2];
    }

    /// <summary>Prints the statements the server spent most time on since the last call, and starts counting again.</summary>
    private static void PrintStatements(PgCluster cluster, string during)
    {
        using var connection = new NpgsqlConnection(cluster.AdminConnection().ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""
            SELECT calls, total_exec_time, total_plan_time, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
            FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 15;
            """, connection);
        using var reader = command.ExecuteReader();
        Console.WriteLine($"  statements by time on the server {during} (calls, ms executing, ms planning, statement):");
        while (reader.Read())
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {reader.GetInt64(0),7} {reader.GetDouble(1),9:0} {reader.GetDouble(2),7:0}  {reader.GetString(3)}"));
        reader.Close();
        using var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset();", connection);
        reset.ExecuteNonQuery();
    }

    /// <summary>The start of the run, when 300 apps log in (SCRAM) and start at once, shown apart in the breakdown.</summary>
    private static readonly TimeSpan FirstSeconds = TimeSpan.FromSeconds(10);

    /// <summary>
    /// What the server's sessions were doing while the students answered: pg_stat_activity sampled
    /// every 50 ms, each busy session counted by what it waited for (a row lock held by another
    /// transaction, the flush of the log at commit, nothing: on the processor).
    /// </summary>
    private sealed class ServerWaits : IDisposable
    {
        private readonly NpgsqlConnection _connection;
        private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;
        private readonly long _sessionsBefore;
        private long _sessionsAfter;
        private int _samples;

        private ServerWaits(PgCluster cluster)
        {
            _connection = new NpgsqlConnection(cluster.AdminConnection().ConnectionString);
            _connection.Open();
            _sessionsBefore = Sessions();
            _thread = new Thread(Sample) { IsBackground = true, Name = "server waits" };
            _thread.Start();
        }

        public static ServerWaits Start(PgCluster cluster) => new(cluster);

        private void Sample()
        {
            using var command = new NpgsqlCommand("""
                SELECT coalesce(wait_event_type || ':' || wait_event, 'on the processor'), count(*)::int
                FROM pg_stat_activity
                WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()
                GROUP BY 1;
                """, _connection);
            while (!_stop.IsCancellationRequested)
            {
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                        _counts[reader.GetString(0)] = _counts.GetValueOrDefault(reader.GetString(0)) + reader.GetInt32(1);
                }
                _samples++;
                _stop.Token.WaitHandle.WaitOne(50);
            }
        }

        /// <summary>Logins the server has accepted so far: each is a new server process, its caches cold, after a SCRAM exchange.</summary>
        private long Sessions()
        {
            using var command = new NpgsqlCommand("SELECT sessions FROM pg_stat_database WHERE datname = current_database();", _connection);
            return (long)command.ExecuteScalar()!;
        }

        public void Stop()
        {
            _stop.Cancel();
            _thread.Join();
            _sessionsAfter = Sessions();
        }

        public string Summary()
        {
            long total = _counts.Values.Sum();
            var parts = _counts.OrderByDescending(c => c.Value).Take(6)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {100.0 * c.Value / Math.Max(1, total):0}%"));
            return string.Create(CultureInfo.InvariantCulture,
                $"  server sessions busy: {(double)total / Math.Max(1, _samples):0.0} on average over {_samples} samples; of their time: {string.Join(", ", parts)}; logins while answering: {_sessionsAfter - _sessionsBefore}");
        }

        public void Dispose()
        {
            if (!_stop.IsCancellationRequested)
                Stop();
            _stop.Dispose();
            _connection.Dispose();
        }
    }

    private static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(share * sorted.Count) - 1];
    }
}
