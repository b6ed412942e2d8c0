using System.Text;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using static QuizTui.Core.Tests.Progress.ProgressFixtures;

namespace QuizTui.Core.Tests.Progress;

public sealed class ScoreExportTests
{
    private static IReadOnlyList<ExportRow> Rows(string profile, params AnswerRecord[] answers) =>
        ScoreExport.Rows(answers.Select(a => a with { Profile = profile }), Library(), [Run(1, T0, 1) with { Profile = profile }]);

    private static string Csv(IEnumerable<ExportRow> rows)
    {
        var writer = new StringWriter();
        ScoreExport.WriteCsv(writer, rows);
        return writer.ToString();
    }

    private static string Json(IEnumerable<ExportRow> rows)
    {
        using var stream = new MemoryStream();
        ScoreExport.WriteJson(stream, rows, "x", T0);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Csv_has_the_documented_header_and_escapes_per_rfc_4180()
    {
        var answer = Answer("q1", Verdict.Wrong, T0) with { AnswerText = "He said \"no\", then\nleft" };
        string csv = Csv(Rows("ann", answer));
        string[] lines = csv.Split("\r\n");
        Assert.Equal(string.Join(",", ScoreExport.Columns), lines[0]);
        Assert.StartsWith("ann,2025-03-10T09:00:00.000+00:00,ice,reading,q1,single-choice,detail,choice:1,\"He said \"\"no\"\", then\nleft\",0,wrong,3000,1,quiz,What happened?,Right", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_and_json_read_back_to_the_same_rows()
    {
        var rows = Rows("ann",
            Answer("q1", Verdict.Wrong, T0) with { AnswerText = "a, \"b\"\r\nc" },
            Answer("q2", Verdict.Partial, T0.AddMinutes(1), score: 0.5),
            Answer("quote-mary", Verdict.Wrong, T0.AddMinutes(2), Who, Skill.WhoSaidWhat, "speaker:melanie"));
        var problems = new List<ExportProblem>();
        Assert.Equal(rows, ScoreExport.Read(Csv(rows), "a.csv", problems));
        Assert.Equal(rows, ScoreExport.Read(Json(rows), "a.json", problems));
        Assert.Empty(problems);
        Assert.Equal("We made a mistake.", rows[2].QuestionText);
        Assert.Equal("Mary Houtmann", rows[2].CorrectAnswer);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com\",\"see\")")]
    [InlineData("+1+2")]
    [InlineData("-3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tindented")]
    [InlineData("\rreturn")]
    [InlineData("'already quoted")]
    public void A_typed_answer_a_spreadsheet_would_run_is_written_as_text_and_read_back_as_typed(string typed)
    {
        var rows = Rows("ann", Answer("q1", Verdict.Wrong, T0) with { AnswerText = typed });

        string csv = Csv(rows);
        var problems = new List<ExportProblem>();
        var read = ScoreExport.Read(csv, "ann.csv", problems);

        string cell = csv.Split("\r\n")[1].Split(",choice:1,", 2)[1];
        Assert.StartsWith("'", cell.TrimStart('"'), StringComparison.Ordinal);
        Assert.Empty(problems);
        Assert.Equal(typed, Assert.Single(read).AnswerText);
    }

    [Fact]
    public void An_export_with_no_answers_still_has_its_header()
    {
        Assert.Equal(string.Join(",", ScoreExport.Columns) + "\r\n", Csv([]));
    }

    [Fact]
    public void Json_keeps_plus_signs_quotes_and_accents_readable()
    {
        var answer = Answer("q1", Verdict.Wrong, T0) with { AnswerText = "“Genève” isn't <it>" };
        string json = Json(Rows("ann", answer));
        Assert.Contains("\"answer_text\": \"“Genève” isn't <it>\"", json, StringComparison.Ordinal);
        Assert.Contains("+00:00\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_are_reported_with_file_and_line_and_the_rest_is_kept()
    {
        string csv = string.Join(",", ScoreExport.Columns) + "\n"
            + "ann,2025-03-10T09:00:00Z,ice,reading,q1,single-choice,detail,choice:0,Right,1,right,100,1,quiz,,\n"
            + "ann,2025-03-10T09:00:00Z,ice,reading,q2,single-choice,detail,choice:0,Right,1,maybe,100,1,quiz,,\n"
            + "ann,too,few\n";
        var problems = new List<ExportProblem>();
        var rows = ScoreExport.Read(csv, "ann.csv", problems);
        Assert.Single(rows);
        Assert.Equal(["ann.csv:3: verdict 'maybe' is not right, partial, wrong or skipped", "ann.csv:4: expected 16 fields, found 3"], problems.Select(p => p.ToString()));

        problems.Clear();
        ScoreExport.Read("{ \"answers\": [ {\"profile\": \"x\"} ] }", "x.json", problems);
        Assert.Contains("answer 1 lacks", problems.Single().Message, StringComparison.Ordinal);
        problems.Clear();
        ScoreExport.Read("{ broken", "y.json", problems);
        Assert.StartsWith("not valid JSON", problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_report_of_one_student_and_one_answer_says_so_in_the_singular()
    {
        var report = ClassReport.Build(Rows("ann", Answer("q1", Verdict.Right, T0)));

        string table = report.ToTable();

        Assert.StartsWith("1 student, 1 answer\n", table, StringComparison.Ordinal);
        Assert.Contains($"/ {Comprehension}: 1 student, 1 answer, 100% right", table, StringComparison.Ordinal);
        Assert.DoesNotContain("1 students", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_report_from_several_students_exports()
    {
        var ann = Rows("ann",
            Answer("q1", Verdict.Right, T0),
            Answer("q2", Verdict.Wrong, T0) with { AnswerText = "Tempting" });
        var bob = Rows("bob",
            Answer("q1", Verdict.Wrong, T0) with { AnswerText = "Other" },
            Answer("q2", Verdict.Wrong, T0) with { AnswerText = "Tempting" });
        var cy = Rows("cy",
            Answer("q2", Verdict.Wrong, T0.AddMinutes(1)) with { AnswerText = "Other" },
            Answer("quote-mary", Verdict.Right, T0, Who, Skill.WhoSaidWhat, "speaker:mary"));
        var problems = new List<ExportProblem>();
        var read = ScoreExport.Read(Csv(ann), "ann.csv", problems)
            .Concat(ScoreExport.Read(Json(bob), "bob.json", problems))
            .Concat(ScoreExport.Read(Csv(cy), "cy.csv", problems))
            .Concat(ScoreExport.Read(Csv(ann), "ann-again.csv", problems));
        var report = ClassReport.Build(read);

        Assert.Empty(problems);
        Assert.Equal((3, 6, 2), (report.Students, report.Answers, report.Duplicates));
        var reading = report.Quizzes.Single(q => q.QuizId == Comprehension);
        Assert.Equal(3, reading.Students);
        Assert.Equal(20.0, reading.PercentRight);
        var q1 = reading.Questions.Single(q => q.QuestionId == "q1");
        Assert.Equal((2, 2, 1, 50.0, "Other", 1), (q1.Students, q1.Answers, q1.Right, q1.PercentRight, q1.CommonWrongAnswer, q1.CommonWrongCount));
        var q2 = reading.Questions.Single(q => q.QuestionId == "q2");
        Assert.Equal((3, 0.0, "Tempting", 2), (q2.Students, q2.PercentRight, q2.CommonWrongAnswer, q2.CommonWrongCount));
        Assert.Equal("When?", q2.QuestionText);
        Assert.Null(report.Quizzes.Single(q => q.QuizId == Who).Questions.Single().CommonWrongAnswer);

        string table = report.ToTable();
        Assert.Contains("3 students, 6 answers (2 repeated rows ignored)", table, StringComparison.Ordinal);
        Assert.Contains("Tempting (×2)", table, StringComparison.Ordinal);
        var csv = new StringWriter();
        report.WriteCsv(csv);
        Assert.Contains("ice,reading,q2,When?,3,3,0,0,Tempting,2", csv.ToString(), StringComparison.Ordinal);
        using var json = new MemoryStream();
        report.WriteJson(json);
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToArray());
        Assert.Equal(3, doc.RootElement.GetProperty("students").GetInt32());
    }
}
