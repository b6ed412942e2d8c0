using System.Text;
using System.Text.Json;
using QuizTui.Core.Formats;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using static QuizTui.Core.Tests.Progress.ProgressFixtures;

namespace QuizTui.Core.Tests.Formats;

/// <summary>Each public JSON format reads back, through the one contract, to what was written.</summary>
public sealed class PublicJsonTests
{
    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static ProgressReport SampleProgress(IReadOnlyList<AnswerRecord> answers) =>
        ProgressCalculator.Compute(Library(), "ann", answers.Count == 0 ? [] : [Run(1, T0, score: 2)], answers, null, T0.AddDays(2), TimeZoneInfo.Utc);

    [Fact]
    public void Stats_json_reads_back_to_the_report_it_was_written_from()
    {
        var report = SampleProgress(
        [
            Answer("quote-mary", Verdict.Wrong, T0, Who, Skill.WhoSaidWhat, "speaker:melanie"),
            Answer("q1", Verdict.Right, T0),
        ]);
        string json = Written(s => ProgressReportWriter.WriteJson(s, report));

        var read = JsonSerializer.Deserialize(json, PublicJsonText.Context.ProgressReportJson)!;

        Assert.Equal(json, PublicJsonText.Write(read, PublicJsonText.Context.ProgressReportJson));
        var expected = ProgressReportJson.From(report);
        Assert.Equal((expected.Profile, expected.ComputedAt, expected.Answers, expected.DueForReview), (read.Profile, read.ComputedAt, read.Answers, read.DueForReview));
        Assert.Equal(expected.Streak, read.Streak);
        Assert.Equal(expected.MixUps, read.MixUps);
        Assert.Equal(expected.Speakers, read.Speakers);
        Assert.Equal(0.6667, read.Events[0].Quizzes[0].Scores[0].Score);
    }

    [Fact]
    public void Stats_json_of_nothing_answered_has_zero_answers_and_leaves_out_figures_it_does_not_have()
    {
        string json = Written(s => ProgressReportWriter.WriteJson(s, SampleProgress([])));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(0, root.GetProperty("answers").GetInt32());
        Assert.Equal(0, root.GetProperty("overall").GetProperty("attempts").GetInt32());
        Assert.False(root.GetProperty("overall").TryGetProperty("best", out _), "a best score of no attempt is left out, not null");
        Assert.False(root.GetProperty("streak").TryGetProperty("last_day", out _), "a last day never practised is left out");
        Assert.Equal(JsonValueKind.Array, root.GetProperty("retired_questions").ValueKind);
    }

    [Fact]
    public void Class_report_json_reads_back_with_snake_case_keys()
    {
        var rows = ScoreExport.Rows(
            [Answer("q1", Verdict.Right, T0) with { Profile = "ann" }, Answer("q2", Verdict.Wrong, T0) with { Profile = "bob", AnswerText = "Tempting" }],
            Library(), [Run(1, T0, 1)]);
        var report = ClassReport.Build(rows);
        string json = Written(report.WriteJson);

        var read = JsonSerializer.Deserialize(json, PublicJsonText.Context.ClassReport)!;

        Assert.Equal(json, PublicJsonText.Write(read, PublicJsonText.Context.ClassReport));
        Assert.Contains("\"duplicates_ignored\": 0", json, StringComparison.Ordinal);
        var q2 = read.Quizzes.SelectMany(q => q.Questions).Single(q => q.QuestionId == "q2");
        Assert.Equal(("Tempting", 1, 0.0), (q2.CommonWrongAnswer, q2.CommonWrongCount, q2.PercentRight));
        Assert.DoesNotContain("\"common_wrong_answer\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_json_reads_back_to_the_same_diagnostics()
    {
        var result = new LoadResult(ContentLibrary.Empty,
        [
            new Diagnostic("pack/event.yaml", 3, 1, Severity.Error, "QT110", "unknown key `surprise`: “quoted”."),
            new Diagnostic("pack/quizzes/a.yaml", 9, 5, Severity.Warning, "QT301", "a warning"),
        ]);
        string json = PublicJsonText.Write(ValidationReportJson.From(result, 2), PublicJsonText.Context.ValidationReportJson);

        var read = JsonSerializer.Deserialize(json, PublicJsonText.Context.ValidationReportJson)!;

        Assert.Equal((2, 1, 1), (read.Files, read.Errors, read.Warnings));
        Assert.Equal(ValidationReportJson.From(result, 2).Diagnostics, read.Diagnostics);
        Assert.Contains("\"column\": 5", json, StringComparison.Ordinal);
        Assert.Contains("“quoted”", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_a_terminal_acts_on_are_written_as_escapes_and_read_back_exactly()
    {
        string hostile = "odd\u202Ename\u2066\u2028\u001b[2J\u009b\u007f.yaml";
        var result = new LoadResult(ContentLibrary.Empty,
            [new Diagnostic("pack/quizzes/" + hostile, 1, 1, Severity.Error, "QT110", "“quoted” — é")]);

        string json = PublicJsonText.Write(ValidationReportJson.From(result, 1), PublicJsonText.Context.ValidationReportJson);

        Assert.DoesNotContain(json, c => c != '\n' && TerminalText.NeedsEscape(c));
        Assert.Contains(@"odd\u202Ename\u2066\u2028\u001B[2J\u009B\u007F.yaml", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("“quoted” — é", json, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize(json, PublicJsonText.Context.ValidationReportJson)!;
        Assert.Equal("pack/quizzes/" + hostile, Assert.Single(read.Diagnostics).File);
    }

    [Fact]
    public void Score_export_json_reads_back_through_the_contract()
    {
        var rows = ScoreExport.Rows([Answer("q1", Verdict.Partial, T0, score: 0.5) with { Profile = "ann" }], Library(), [Run(1, T0, 1)]);
        string json = Written(s => ScoreExport.WriteJson(s, rows, null, T0));

        var read = JsonSerializer.Deserialize(json, PublicJsonText.Context.ScoreExportJson)!;

        Assert.Equal(json, PublicJsonText.Write(read, PublicJsonText.Context.ScoreExportJson));
        Assert.Null(read.Profile);
        Assert.DoesNotContain("\"profile\": null", json, StringComparison.Ordinal);
        var answer = Assert.Single(read.Answers!);
        Assert.Equal(("ann", 0.5, "partial"), (answer.Profile, answer.Score, answer.Verdict));
    }
}
