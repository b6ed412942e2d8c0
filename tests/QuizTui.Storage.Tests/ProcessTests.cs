using System.Diagnostics;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;

namespace QuizTui.Storage.Tests;

/// <summary>Real child processes on a real file: killed mid-quiz, and two writing at once.</summary>
public sealed class ProcessTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Answers_given_before_a_kill_are_kept_and_the_run_can_be_resumed()
    {
        using var child = StartWriter("record", _folder.Db, "ann", 3);
        string? line;
        var lines = new List<string>();
        var timeout = Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        while ((line = ReadLine(child, timeout)) is not null && line != "ready")
            lines.Add(line);
        Assert.Equal("ready", line);
        Assert.Equal(["recorded 1", "recorded 2", "recorded 3"], lines);

        child.Kill(entireProcessTree: true);
        Assert.True(child.WaitForExit(10_000));
        output.WriteLine($"writer killed, exit code {child.ExitCode}");

        using var store = ScoreDatabase.Open(_folder.Db);
        var attempt = store.FindUnfinishedAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId);
        Assert.NotNull(attempt);
        Assert.Null(attempt.FinishedAt);
        var answers = store.AnswersOf(attempt.Id);
        Assert.Equal(3, answers.Count);

        var session = Runs.Resume(SampleEvent.Build(6), attempt, answers);
        Assert.NotNull(session);
        Assert.Equal(1234, session.Seed);
        Assert.Equal(3, session.AnsweredCount);
        Assert.Equal(3, session.CurrentIndex);
        Assert.Equal(answers.Select(a => a.QuestionId), session.Questions.Take(3).Select(q => q.Question.Id));
        Assert.Equal(2, session.Answers.OfType<GivenAnswer>().Count(a => a.Grade.IsRight));

        // Carry on where the killed run stopped.
        while (!session.IsFinished)
            Runs.Answer(store, attempt, session, new Core.Model.ChoiceAnswer([0]), TimeSpan.FromSeconds(1), DateTimeOffset.Now);
        var result = Runs.Finish(store, attempt, session, DateTimeOffset.Now);
        Assert.Equal(5, result.Score);
        Assert.Null(store.FindUnfinishedAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId));
        Assert.Equal(6, store.AnswersOf(attempt.Id).Count);
    }

    [Fact]
    public async Task Two_processes_writing_at_once_lose_nothing()
    {
        const int each = 150;
        using (ScoreDatabase.Open(_folder.Db))
        {
            // Created up front so both writers find the schema in place.
        }
        using var first = StartWriter("hammer", _folder.Db, "ann", each);
        using var second = StartWriter("hammer", _folder.Db, "bob", each);
        var outputs = new[] { first.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken), second.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken) };
        Assert.True(first.WaitForExit(120_000) && second.WaitForExit(120_000), "writers did not finish");
        string[] errors = await Task.WhenAll(outputs);
        Assert.True(first.ExitCode == 0, errors[0]);
        Assert.True(second.ExitCode == 0, errors[1]);

        using var store = ScoreDatabase.Open(_folder.Db);
        foreach (string profile in new[] { "ann", "bob" })
        {
            Assert.Equal(each, store.AnswerLog(profile).Count);
            var attempt = Assert.Single(store.Attempts(profile));
            Assert.NotNull(attempt.FinishedAt);
            Assert.Equal(each, store.AnswersOf(attempt.Id).Count);
        }
        var ids = store.AnswerLogOfEveryone().Select(a => a.Id).ToList();
        Assert.Equal(2 * each, ids.Distinct().Count());
    }

    private static Process StartWriter(string mode, string db, string profile, int count)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "QuizTui.Storage.Tests.Writer.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { dll, mode, db, profile, count.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    private static string? ReadLine(Process process, Task timeout)
    {
        var read = process.StandardOutput.ReadLineAsync();
        return Task.WhenAny(read, timeout).Result == read ? read.Result : null;
    }
}
