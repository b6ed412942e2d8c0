using System.Globalization;
using System.Text;
using System.Text.Json;
using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>One question across the class.</summary>
/// <param name="Students">Distinct learners who answered it.</param>
/// <param name="Answers">Answers given, counting every attempt.</param>
/// <param name="PercentRight">Share of the answers that were right, 0 to 100.</param>
/// <param name="CommonWrongAnswer">The wrong (or partly right) answer given most often, in words; null when none.</param>
public sealed record QuestionSummary(
    string EventId,
    string QuizId,
    string QuestionId,
    string QuestionText,
    int Students,
    int Answers,
    int Right,
    double PercentRight,
    string? CommonWrongAnswer,
    int CommonWrongCount);

public sealed record QuizSummary(string EventId, string QuizId, int Students, int Answers, double PercentRight, IReadOnlyList<QuestionSummary> Questions);

/// <summary>
/// A class summary from the score exports students hand in: per quiz and per question, how many
/// answered, the percentage right, and the most common wrong answer. Rows repeated across files
/// (the same export handed in twice) are counted once.
/// </summary>
public sealed record ClassReport(int Students, int Answers, int Duplicates, IReadOnlyList<QuizSummary> Quizzes)
{
    public static ClassReport Build(IEnumerable<ExportRow> rows)
    {
        var seen = new HashSet<(string, long, string, string, string, DateTimeOffset)>();
        var unique = new List<ExportRow>();
        int duplicates = 0;
        foreach (var row in rows)
        {
            if (seen.Add((row.Profile, row.AttemptId, row.EventId, row.QuizId, row.QuestionId, row.AnsweredAt)))
                unique.Add(row);
            else
                duplicates++;
        }

        var quizzes = unique
            .GroupBy(r => (r.EventId, r.QuizId))
            .OrderBy(g => g.Key.EventId, StringComparer.Ordinal).ThenBy(g => g.Key.QuizId, StringComparer.Ordinal)
            .Select(quiz =>
            {
                var questions = quiz
                    .GroupBy(r => r.QuestionId)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(q =>
                    {
                        int right = q.Count(r => r.Verdict == "right");
                        var wrong = q.Where(r => r.Verdict is "wrong" or "partial")
                            .GroupBy(r => r.AnswerText.Length > 0 ? r.AnswerText : r.Answer)
                            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                            .FirstOrDefault();
                        string text = q.Select(r => r.QuestionText).LastOrDefault(t => t.Length > 0) ?? "";
                        return new QuestionSummary(
                            quiz.Key.EventId, quiz.Key.QuizId, q.Key, text,
                            q.Select(r => r.Profile).Distinct().Count(), q.Count(), right, Percent(right, q.Count()),
                            wrong?.Key, wrong?.Count() ?? 0);
                    })
                    .ToList();
                int answers = quiz.Count();
                return new QuizSummary(quiz.Key.EventId, quiz.Key.QuizId, quiz.Select(r => r.Profile).Distinct().Count(), answers,
                    Percent(quiz.Count(r => r.Verdict == "right"), answers), questions);
            })
            .ToList();
        return new ClassReport(unique.Select(r => r.Profile).Distinct().Count(), unique.Count, duplicates, quizzes);
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);

    public static readonly IReadOnlyList<string> CsvColumns =
        ["event_id", "quiz_id", "question_id", "question_text", "students", "answers", "right", "percent_right", "common_wrong_answer", "common_wrong_count"];

    /// <summary>One row per question.</summary>
    public void WriteCsv(TextWriter writer)
    {
        writer.Write(Csv.Line(CsvColumns) + "\r\n");
        foreach (var q in Quizzes.SelectMany(z => z.Questions))
        {
            writer.Write(Csv.Line([
                q.EventId, q.QuizId, q.QuestionId, q.QuestionText, Int(q.Students), Int(q.Answers), Int(q.Right),
                q.PercentRight.ToString("0.#", CultureInfo.InvariantCulture), q.CommonWrongAnswer ?? "", Int(q.CommonWrongCount)]) + "\r\n");
        }
    }

    public void WriteJson(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("students", Students);
        json.WriteNumber("answers", Answers);
        json.WriteNumber("duplicates_ignored", Duplicates);
        json.WriteStartArray("quizzes");
        foreach (var quiz in Quizzes)
        {
            json.WriteStartObject();
            json.WriteString("event_id", quiz.EventId);
            json.WriteString("quiz_id", quiz.QuizId);
            json.WriteNumber("students", quiz.Students);
            json.WriteNumber("answers", quiz.Answers);
            json.WriteNumber("percent_right", quiz.PercentRight);
            json.WriteStartArray("questions");
            foreach (var q in quiz.Questions)
            {
                json.WriteStartObject();
                json.WriteString("question_id", q.QuestionId);
                json.WriteString("question_text", q.QuestionText);
                json.WriteNumber("students", q.Students);
                json.WriteNumber("answers", q.Answers);
                json.WriteNumber("right", q.Right);
                json.WriteNumber("percent_right", q.PercentRight);
                if (q.CommonWrongAnswer is null)
                    json.WriteNull("common_wrong_answer");
                else
                    json.WriteString("common_wrong_answer", q.CommonWrongAnswer);
                json.WriteNumber("common_wrong_count", q.CommonWrongCount);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A plain-text table per quiz, for a terminal.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Students} student{(Students == 1 ? "" : "s")}, {Answers} answer{(Answers == 1 ? "" : "s")}");
        if (Duplicates > 0)
            sb.Append(CultureInfo.InvariantCulture, $" ({Duplicates} repeated row{(Duplicates == 1 ? "" : "s")} ignored)");
        sb.Append('\n');
        foreach (var quiz in Quizzes)
        {
            sb.Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"{TerminalText.Escape(quiz.EventId)} / {TerminalText.Escape(quiz.QuizId)}: {quiz.Students} students, {quiz.Answers} answers, {quiz.PercentRight:0.#}% right\n");
            var lines = new List<string[]> { new[] { "question", "students", "answers", "% right", "most common wrong answer" } };
            foreach (var q in quiz.Questions)
            {
                string label = q.QuestionText.Length > 0 ? $"{q.QuestionId} {TextTable.Clip(q.QuestionText, 40)}" : q.QuestionId;
                string wrong = q.CommonWrongAnswer is null ? "–" : $"{TextTable.Clip(q.CommonWrongAnswer, 40)} (×{q.CommonWrongCount})";
                lines.Add([label, Int(q.Students), Int(q.Answers), q.PercentRight.ToString("0.#", CultureInfo.InvariantCulture) + "%", wrong]);
            }
            sb.Append(TextTable.Render(lines, rightAligned: [1, 2, 3]));
        }
        return sb.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Aligned plain-text columns.</summary>
public static class TextTable
{
    public static string Render(IReadOnlyList<string[]> rows, IReadOnlyCollection<int>? rightAligned = null)
    {
        if (rows.Count == 0)
            return "";
        // Cells come from content and from the exports students hand in: shown escaped, one line each.
        rows = rows.Select(r => r.Select(cell => TerminalText.Escape(cell)).ToArray()).ToList();
        int columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                bool last = c == row.Length - 1;
                string cell = rightAligned?.Contains(c) == true ? row[c].PadLeft(widths[c]) : last ? row[c] : row[c].PadRight(widths[c]);
                sb.Append(cell);
                if (!last)
                    sb.Append("  ");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static string Clip(string text, int width)
    {
        string oneLine = TerminalText.Escape(text.ReplaceLineEndings(" "));
        return oneLine.Length <= width ? oneLine : oneLine[..(width - 1)] + "…";
    }
}
