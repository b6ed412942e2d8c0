using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Storage;

namespace QuizTui.Benchmarks;

/// <summary>
/// The score store on a real file: the time to record one answer (its own transaction, WAL,
/// synchronous), and the time to open the progress screen with 100,000 answers in history
/// (open the database, load the log, compute the report; target: compute under 100 ms).
/// Usage: scores [ANSWERS] [RECORDS]
/// </summary>
public static class ScoreBenchmark
{
    private static readonly Argument<int> Answers = new("ANSWERS")
    {
        Description = "Answers in the history the progress screen opens over.",
        DefaultValueFactory = _ => 100_000,
    };

    private static readonly Argument<int> Records = new("RECORDS")
    {
        Description = "Answers recorded one by one for the recording times.",
        DefaultValueFactory = _ => 300,
    };

    /// <summary>The <c>scores</c> command.</summary>
    public static Command Create()
    {
        var command = new Command("scores", "The score store on a real file: recording one answer, and opening the progress screen over a long history.")
        {
            Answers, Records,
        };
        command.SetAction(parse => Run(parse.GetValue(Answers), parse.GetValue(Records)));
        return command;
    }

    private static int Run(int history, int records)
    {
        string folder = Path.Combine(Path.GetTempPath(), "quiztui-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var newsEvent = BuildEvent();
            var library = new ContentLibrary([newsEvent]);
            RecordAnswers(Path.Combine(folder, "record.db"), records);
            OpenProgress(Path.Combine(folder, "history.db"), library, history);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void RecordAnswers(string path, int count)
    {
        using var store = ScoreDatabase.Open(path);
        var start = DateTimeOffset.Now;
        var attempt = store.StartAttempt("bench", "bench-event", "quiz-0", 1, count, start);
        var times = new List<double>(count);
        for (int i = 0; i < count; i++)
        {
            var answer = new AnswerRecord(attempt.Id, "bench", "bench-event", "quiz-0", "q" + (i % 30), "single-choice", Skill.Detail,
                "choice:1", "Tempting", 0, Verdict.Wrong, TimeSpan.FromSeconds(4), start.AddSeconds(i));
            long t = Stopwatch.GetTimestamp();
            store.RecordAnswer(answer);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"record an answer ({count} answers, each its own transaction, WAL, synchronous=FULL, on {Path.GetDirectoryName(path)}):");
        Console.WriteLine($"  median {times[count / 2]:0.000} ms, p95 {times[(int)(count * 0.95)]:0.000} ms, max {times[^1]:0.000} ms");
    }

    private static void OpenProgress(string path, ContentLibrary library, int count)
    {
        var (attempts, answers) = History(library.Events[0], count);
        using (var store = ScoreDatabase.Open(path))
        {
            long t = Stopwatch.GetTimestamp();
            store.BulkInsert(attempts, answers);
            Console.WriteLine($"history: {answers.Count:N0} answers in {attempts.Count:N0} runs written in {Stopwatch.GetElapsedTime(t).TotalMilliseconds:0} ms ({new FileInfo(path).Length / 1024:N0} KiB)");
        }

        var open = new List<double>();
        var load = new List<double>();
        var compute = new List<double>();
        ProgressReport? report = null;
        for (int round = 0; round < 7; round++)
        {
            long t0 = Stopwatch.GetTimestamp();
            using var store = ScoreDatabase.Open(path);
            long t1 = Stopwatch.GetTimestamp();
            var runs = store.Attempts("bench");
            long ta = Stopwatch.GetTimestamp();
            var log = store.AnswerLog("bench");
            long tb = Stopwatch.GetTimestamp();
            var states = store.ReviewStates("bench");
            long t2 = Stopwatch.GetTimestamp();
            if (Environment.GetEnvironmentVariable("QUIZTUI_BENCH_DETAIL") is not null)
                Console.WriteLine($"    runs {Stopwatch.GetElapsedTime(t1, ta).TotalMilliseconds:0} ms, log {Stopwatch.GetElapsedTime(ta, tb).TotalMilliseconds:0} ms, boxes {Stopwatch.GetElapsedTime(tb, t2).TotalMilliseconds:0} ms");
            report = ProgressCalculator.Compute(library, "bench", runs, log, states, DateTimeOffset.Now);
            long t3 = Stopwatch.GetTimestamp();
            if (round == 0)
                continue;    // warm-up
            open.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
            load.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
            compute.Add(Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds);
        }
        Console.WriteLine($"progress screen with {report!.TotalAnswers:N0} answers in history (median of {open.Count}):");
        Console.WriteLine($"  open database (quick check, migrations)  {Median(open),8:0.0} ms");
        Console.WriteLine($"  load runs, answer log and review boxes   {Median(load),8:0.0} ms");
        Console.WriteLine($"  compute the progress report              {Median(compute),8:0.0} ms  (target < 100 ms)");
        Console.WriteLine($"  total                                    {Median(open) + Median(load) + Median(compute),8:0.0} ms");
        Console.WriteLine($"  ({report.Events[0].Quizzes.Count} quizzes, {report.Speakers.Count} speakers, {report.MixUps.Count} mix-ups, {report.DueForReview} due, streak {report.Streak.Current} days)");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static NewsEvent BuildEvent()
    {
        var at = SourceLocation.None;
        var people = Enumerable.Range(0, 12).Select(i => new Person("p" + i, "Person " + i, null, null)).ToList();
        var quotations = Enumerable.Range(0, 40).Select(i => new Quotation("quote-" + i, "Words " + i, "p" + (i % 12), "statement", null, "a" + (i % 4), at)).ToList();
        var articles = Enumerable.Range(0, 4).Select(i => new Article("a" + i, "Outlet " + i, new DateOnly(2020, 9, 24), "Headline " + i, false, null, "s", null, "Summary", [],
            quotations.Where(q => q.ArticleId == "a" + i).ToList())).ToList();
        Choice[] choices = [new("Right", true, null), new("Tempting", false, null), new("Other", false, null)];
        var quizzes = new List<Quiz>();
        for (int z = 0; z < 4; z++)
        {
            var questions = Enumerable.Range(0, 30)
                .Select(i => (Question)new SingleChoiceQuestion("q" + i, "Question " + i, null, (Skill)(i % 6), ["a" + z], at, choices))
                .ToList();
            quizzes.Add(new ComprehensionQuiz("quiz-" + z, "Quiz " + z, null, at, "a" + z, questions));
        }
        quizzes.Add(new WhoSaidWhatQuiz("who", "Who said it", null, at, null, 10, 4, null));
        return new NewsEvent("bench-event", "Benchmark event", new DatePeriod(new DateOnly(2020, 9, 24), null), "", [], people, [], articles, quizzes, "");
    }

    /// <summary>Runs of 10 questions over a year, some of them on questions since removed from the content.</summary>
    private static (List<AttemptRecord>, List<AnswerRecord>) History(NewsEvent newsEvent, int count)
    {
        var random = new Random(1);
        var attempts = new List<AttemptRecord>();
        var answers = new List<AnswerRecord>(count);
        var start = DateTimeOffset.Now.AddDays(-365);
        long run = 0;
        for (int i = 0; i < count; i += 10)
        {
            run++;
            var at = start.AddMinutes(i * 5.2);
            int quiz = random.Next(5);
            string quizId = quiz == 4 ? "who" : "quiz-" + quiz;
            double score = 0;
            for (int k = 0; k < 10 && i + k < count; k++)
            {
                bool right = random.NextDouble() < 0.7;
                score += right ? 1 : 0;
                var answeredAt = at.AddSeconds(k * 20);
                answers.Add(quiz == 4
                    ? new AnswerRecord(run, "bench", newsEvent.Id, quizId, "quote-" + random.Next(40), "who-said-what", Skill.WhoSaidWhat,
                        right ? "speaker:p0" : "speaker:p" + random.Next(12), "Person", right ? 1 : 0, right ? Verdict.Right : Verdict.Wrong, TimeSpan.FromSeconds(5), answeredAt)
                    : new AnswerRecord(run, "bench", newsEvent.Id, quizId, "q" + random.Next(32), "single-choice", (Skill)random.Next(6),
                        right ? "choice:0" : "choice:1", right ? "Right" : "Tempting", right ? 1 : 0, right ? Verdict.Right : Verdict.Wrong, TimeSpan.FromSeconds(5), answeredAt));
            }
            attempts.Add(new AttemptRecord(run, "bench", newsEvent.Id, quizId, (int)run, 10, at, at.AddMinutes(4), score));
        }
        return (attempts, answers);
    }
}
