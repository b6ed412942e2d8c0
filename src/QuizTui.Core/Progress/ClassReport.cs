using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Humanizer;
using QuizTui.Core.Formats;
using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>One question across the class.</summary>
/// <param name="Students">Distinct learners who answered it.</param>
/// <param name="Answers">Answers given, counting every attempt.</param>
/// <param name="PercentRight">Share of the answers that were right, 0 to 100.</param>
/// <param name="CommonWrongAnswer">The wrong (or partly right) answer given most often, in words; null (left out of JSON) when none.</param>
public sealed record QuestionSummary(
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
/// (the same export handed in twice) are counted once. As JSON (<c>quiztui report --format json</c>)
/// it is written as it is, a public format of <see cref="Formats.PublicJson"/>.
/// </summary>
/// <param name="Duplicates">Rows seen before and not counted again.</param>
public sealed record ClassReport(int Students, int Answers, [property: JsonPropertyName("duplicates_ignored")] int Duplicates, IReadOnlyList<QuizSummary> Quizzes)
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
                            q.Key, text,
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

    /// <summary>One row per question; the question and the wrong answer are text cells, guarded against formulas.</summary>
    public void WriteCsv(TextWriter writer)
    {
        using var csv = SpreadsheetCsv.Writer(writer, CsvColumns);
        foreach (var (quiz, q) in Quizzes.SelectMany(z => z.Questions.Select(q => (z, q))))
        {
            using var row = csv.NewRow();
            row["event_id"].Set(quiz.EventId);
            row["quiz_id"].Set(quiz.QuizId);
            row["question_id"].Set(q.QuestionId);
            row["question_text"].Set(SpreadsheetCsv.Guard(q.QuestionText));
            row["students"].Set(Int(q.Students));
            row["answers"].Set(Int(q.Answers));
            row["right"].Set(Int(q.Right));
            row["percent_right"].Set(q.PercentRight.ToString("0.#", CultureInfo.InvariantCulture));
            row["common_wrong_answer"].Set(SpreadsheetCsv.Guard(q.CommonWrongAnswer ?? ""));
            row["common_wrong_count"].Set(Int(q.CommonWrongCount));
        }
    }

    /// <summary><c>quiztui report --format json</c>: this report, keys in snake_case.</summary>
    public void WriteJson(Stream stream) => PublicJsonText.Write(stream, this, PublicJsonText.Context.ClassReport);

    /// <summary>A plain-text table per quiz, for a terminal.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"student".ToQuantity(Students)}, {"answer".ToQuantity(Answers)}");
        if (Duplicates > 0)
            sb.Append(CultureInfo.InvariantCulture, $" ({"repeated row".ToQuantity(Duplicates)} ignored)");
        sb.Append('\n');
        foreach (var quiz in Quizzes)
        {
            sb.Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"{TerminalText.Escape(quiz.EventId)} / {TerminalText.Escape(quiz.QuizId)}: {"student".ToQuantity(quiz.Students)}, {"answer".ToQuantity(quiz.Answers)}, {quiz.PercentRight:0.#}% right\n");
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
