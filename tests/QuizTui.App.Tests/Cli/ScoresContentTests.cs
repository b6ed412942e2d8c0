using System.Text.Json;
using QuizTui.App.Tests.Support;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;

namespace QuizTui.App.Tests.Cli;

/// <summary>
/// Scores of an instructor's pack: an export without the pack says which questions it could not
/// describe and how to fix it, and a report given the pack describes them.
/// </summary>
public sealed class ScoresContentTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-scores-content-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>A copy of the bundled pack under another event id: content the bundled app does not have.</summary>
    private string InstructorPack()
    {
        string pack = Path.Combine(_work, "class-pack");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.BundledPack, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(pack, Path.GetRelativePath(RepoPaths.BundledPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        string eventFile = Path.Combine(pack, "event.yaml");
        File.WriteAllText(eventFile, File.ReadAllText(eventFile).Replace("\nid: hootsuite-ice-2020\n", "\nid: class-pack\n", StringComparison.Ordinal));
        return pack;
    }

    /// <summary>A database where alice answered the first two questions of a comprehension quiz of the pack.</summary>
    private (string Db, IReadOnlyList<Question> Answered, string QuizId) Answers(string pack)
    {
        var loaded = ContentLoader.LoadDirectories([pack]);
        var newsEvent = Assert.Single(loaded.Library.Events);
        Assert.Equal("class-pack", newsEvent.Id);
        var quiz = newsEvent.Quizzes.OfType<ComprehensionQuiz>().First();
        string db = Path.Combine(_work, "scores.db");
        var session = QuizSessionBuilder.Start(newsEvent, quiz, seed: 1, DateTimeOffset.Now);
        using (var store = QuizTui.Storage.ScoreDatabase.Open(db))
        {
            var attempt = Runs.Start(store, "alice", session);
            foreach (var _ in session.Questions.Take(2))
            {
                Runs.Answer(store, attempt, session, SkippedAnswer.Instance, TimeSpan.FromSeconds(2), DateTimeOffset.Now);
            }
        }
        return (db, session.Questions.Take(2).Select(p => p.Question).ToList(), quiz.Id);
    }

    [Fact]
    public void An_export_without_the_pack_names_the_questions_it_could_not_describe_and_says_to_pass_content()
    {
        string pack = InstructorPack();
        var (db, answered, quizId) = Answers(pack);

        var run = CliRunner.Run(_work, "export", "scores", "--db", db, "--profile", "alice", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("quiztui: warning: 2 questions are not in the content loaded, so their question_text and correct_answer are empty: ", warning, StringComparison.Ordinal);
        Assert.All(answered, q => Assert.Contains($"class-pack/{quizId}/{q.Id}", warning, StringComparison.Ordinal));
        Assert.Contains("Pass --content DIR", warning, StringComparison.Ordinal);
        Assert.All(Answers(JsonDocument.Parse(run.Stdout)), a => Assert.Equal("", a.GetProperty("question_text").GetString()));

        var withPack = CliRunner.Run(_work, "export", "scores", "--db", db, "--profile", "alice", "--format", "json", "--content", pack);

        Assert.Equal(0, withPack.ExitCode);
        Assert.Equal("", withPack.Stderr);
        Assert.Equal(answered.Select(q => q.Prompt), Answers(JsonDocument.Parse(withPack.Stdout)).Select(a => a.GetProperty("question_text").GetString()));
    }

    [Fact]
    public void A_report_on_exports_made_without_the_pack_takes_question_text_from_content()
    {
        string pack = InstructorPack();
        var (db, answered, _) = Answers(pack);
        string export = Path.Combine(_work, "alice.csv");
        Assert.Equal(0, CliRunner.Run(_work, "export", "scores", "--db", db, "--profile", "alice", "-o", export).ExitCode);

        var without = CliRunner.Run(_work, "report", export, "--format", "json");
        var with = CliRunner.Run(_work, "report", export, "--format", "json", "--content", pack);

        Assert.Equal(0, without.ExitCode);
        Assert.Contains("quiztui: warning: 2 questions are not in the content loaded, so the report shows them by id: ", without.Stderr, StringComparison.Ordinal);
        Assert.All(ReportQuestions(without.Stdout), q => Assert.Equal("", q.GetProperty("question_text").GetString()));
        Assert.Equal(0, with.ExitCode);
        Assert.Equal("", with.Stderr);
        Assert.Equal(answered.Select(q => q.Prompt).Order(), ReportQuestions(with.Stdout).Select(q => q.GetProperty("question_text").GetString()!).Order());
    }

    private static List<JsonElement> Answers(JsonDocument export) => [.. export.RootElement.GetProperty("answers").EnumerateArray()];

    private static List<JsonElement> ReportQuestions(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("quizzes").EnumerateArray().SelectMany(q => q.GetProperty("questions").EnumerateArray())];
}
