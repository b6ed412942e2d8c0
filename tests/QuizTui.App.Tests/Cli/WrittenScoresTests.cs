using System.Globalization;
using System.Text.Json;
using QuizTui.App.Tests.Support;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;

namespace QuizTui.App.Tests.Cli;

/// <summary>
/// Written answers in the scores a student exports and in the class report an instructor makes
/// from them: the text exactly as typed, line breaks kept, and the score the share of the
/// checklist ticked; a text left unchecked is kept too, as a skip.
/// </summary>
public sealed class WrittenScoresTests : IDisposable
{
    private const string Checked = "I would report $508,832: CRN ties it to a contract summary.\nThe three years rest on one tweet.";
    private const string Unchecked = "The morning story and the update disagree";

    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-written-scores-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>
    /// A database where alice wrote two answers in the bundled pack's written quiz: the first checked,
    /// with points 1 and 3 ticked; the second skipped with its text typed.
    /// </summary>
    private (string Db, WrittenQuestion First, WrittenQuestion Second) Answers()
    {
        var newsEvent = Assert.Single(ContentLoader.LoadDirectories([RepoPaths.BundledPack]).Library.Events);
        var quiz = Assert.Single(newsEvent.Quizzes, q => q.Id == "written-answers");
        var session = QuizSessionBuilder.Start(newsEvent, quiz, seed: 1, DateTimeOffset.Now);
        var first = Assert.IsType<WrittenQuestion>(session.Questions[0].Question);
        var second = Assert.IsType<WrittenQuestion>(session.Questions[1].Question);
        string db = Path.Combine(_work, "scores.db");
        using (var store = QuizTui.Storage.ScoreDatabase.Open(db))
        {
            var attempt = Runs.Start(store, "alice", session);
            Runs.Answer(store, attempt, session, new WrittenAnswer(Checked, [0, 2]), TimeSpan.FromMinutes(3), DateTimeOffset.Now);
            Runs.Answer(store, attempt, session, new WrittenAnswer(Unchecked, null), TimeSpan.FromMinutes(1), DateTimeOffset.Now);
        }
        return (db, first, second);
    }

    [Fact]
    public void A_json_export_carries_the_text_as_typed_and_the_share_of_the_checklist_ticked()
    {
        var (db, first, second) = Answers();

        var run = CliRunner.Run(_work, "export", "scores", "--db", db, "--profile", "alice", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var answers = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("answers").EnumerateArray().ToList();
        var a = Assert.Single(answers, x => x.GetProperty("question_id").GetString() == first.Id);
        Assert.Equal("written", a.GetProperty("question_type").GetString());
        Assert.Equal(Checked, a.GetProperty("answer_text").GetString());
        Assert.Equal("written:0,2:" + Checked, a.GetProperty("answer").GetString());
        Assert.Equal(2.0 / first.Checklist.Count, a.GetProperty("score").GetDouble(), 3);
        Assert.Equal("partial", a.GetProperty("verdict").GetString());
        Assert.Equal(first.ModelAnswer, a.GetProperty("correct_answer").GetString());
        var b = Assert.Single(answers, x => x.GetProperty("question_id").GetString() == second.Id);
        Assert.Equal(Unchecked, b.GetProperty("answer_text").GetString());
        Assert.Equal(0, b.GetProperty("score").GetDouble());
        Assert.Equal("skipped", b.GetProperty("verdict").GetString());
    }

    [Fact]
    public void A_csv_export_keeps_the_line_break_inside_its_cell_and_the_class_report_shows_each_text()
    {
        var (db, first, second) = Answers();
        string export = Path.Combine(_work, "alice.csv");
        Assert.Equal(0, CliRunner.Run(_work, "export", "scores", "--db", db, "--profile", "alice", "-o", export).ExitCode);

        // Read back as the report reads it: the text comes back whole, line break and all.
        var problems = new List<ExportProblem>();
        var rows = ScoreExport.Read(File.ReadAllText(export), export, problems);
        Assert.Empty(problems);
        Assert.Equal(Checked, Assert.Single(rows, r => r.QuestionId == first.Id).AnswerText);

        var table = CliRunner.Run(_work, "report", export);
        var json = CliRunner.Run(_work, "report", export, "--format", "json");

        Assert.Equal(0, table.ExitCode);
        string percent = Math.Round(200.0 / first.Checklist.Count).ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"Written answers to {first.Id}:\n  alice ({percent}% of the checklist, ", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("    I would report $508,832: CRN ties it to a contract summary.\n    The three years rest on one tweet.\n", table.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Written answers to {second.Id}:\n  alice (not checked, ", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("    " + Unchecked + "\n", table.Stdout, StringComparison.Ordinal);

        Assert.Equal(0, json.ExitCode);
        var questions = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("quizzes").EnumerateArray()
            .SelectMany(q => q.GetProperty("questions").EnumerateArray()).ToList();
        var summary = Assert.Single(questions, q => q.GetProperty("question_id").GetString() == first.Id);
        var written = Assert.Single(summary.GetProperty("written_answers").EnumerateArray());
        Assert.Equal(("alice", Checked), (written.GetProperty("profile").GetString(), written.GetProperty("text").GetString()));
        Assert.Equal(Math.Round(200.0 / first.Checklist.Count, 1), summary.GetProperty("percent_score").GetDouble());
        Assert.False(summary.TryGetProperty("common_wrong_answer", out _));
    }
}
