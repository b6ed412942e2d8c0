using System.Globalization;
using System.Text;
using System.Text.Json;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Progress;

/// <summary>One answer as exported for gradebooks and spreadsheets; docs/scores-export.md describes each column.</summary>
public sealed record ExportRow(
    string Profile,
    DateTimeOffset AnsweredAt,
    string EventId,
    string QuizId,
    string QuestionId,
    string QuestionType,
    string Skill,
    string Answer,
    string AnswerText,
    double Score,
    string Verdict,
    long TimeTakenMs,
    long AttemptId,
    string RunKind,
    string QuestionText,
    string CorrectAnswer);

/// <summary>A line of an export that could not be read.</summary>
public sealed record ExportProblem(string File, int Line, string Message)
{
    /// <summary>One line, safe to print; values the message quotes ('…') are escaped and cut when long.</summary>
    public override string ToString() =>
        (Line > 0 ? $"{TerminalText.Escape(File)}:{Line}: " : $"{TerminalText.Escape(File)}: ") + TerminalText.ShortenQuoted(Message, '\'');
}

/// <summary>
/// Score exports: one row per answer, as CSV (RFC 4180, header row, UTF-8) or JSON; and reading
/// them back, as <c>quiztui report</c> does with the files students hand in.
/// </summary>
public static class ScoreExport
{
    public const string FormatName = "quiztui-scores";
    public const int FormatVersion = 1;

    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "profile", "answered_at", "event_id", "quiz_id", "question_id", "question_type", "skill", "answer", "answer_text",
        "score", "verdict", "time_taken_ms", "attempt_id", "run_kind", "question_text", "correct_answer",
    ];

    /// <summary>The columns a report cannot do without.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["profile", "event_id", "quiz_id", "question_id", "verdict"];

    /// <summary>Rows for answers; question text and right answer come from today's content (empty when retired).</summary>
    public static IReadOnlyList<ExportRow> Rows(IEnumerable<AnswerRecord> answers, ContentLibrary library, IReadOnlyList<AttemptRecord> attempts)
    {
        var kinds = attempts.ToDictionary(a => a.Id, a => a.Kind);
        var questions = new Dictionary<QuestionKey, (string Text, string Correct)>();
        foreach (var e in library.Events)
        {
            foreach (var quiz in e.Quizzes)
            {
                foreach (var q in QuizSessionBuilder.AllQuestions(e, quiz))
                {
                    var described = q is WhoSaidWhatQuestion w
                        ? (w.Quotation.Text, e.FindPerson(w.Quotation.SpeakerId)?.Name ?? w.Quotation.SpeakerId)
                        : (q.Prompt, q.DescribeCorrectAnswer());
                    questions.TryAdd(new QuestionKey(e.Id, quiz.Id, q.Id), described);
                }
            }
        }
        return answers.Select(a =>
        {
            questions.TryGetValue(new QuestionKey(a.EventId, a.QuizId, a.QuestionId), out var q);
            return new ExportRow(
                a.Profile,
                a.AnsweredAt,
                a.EventId,
                a.QuizId,
                a.QuestionId,
                a.QuestionType,
                a.Skill.Key(),
                a.Answer,
                a.AnswerText,
                a.Score,
                VerdictKey(a.Verdict),
                (long)Math.Round(a.TimeTaken.TotalMilliseconds),
                a.AttemptId,
                KindKey(kinds.GetValueOrDefault(a.AttemptId)),
                q.Text ?? "",
                q.Correct ?? "");
        }).ToList();
    }

    public static string VerdictKey(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    public static string KindKey(AttemptKind kind) => kind.ToString().ToLowerInvariant();

    public static void WriteCsv(TextWriter writer, IEnumerable<ExportRow> rows)
    {
        writer.Write(string.Join(",", Columns));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            var fields = Fields(row);
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                    writer.Write(',');
                writer.Write(Csv.Quote(fields[i]));
            }
            writer.Write("\r\n");
        }
    }

    /// <param name="profile">The learner exported, or null when several are.</param>
    public static void WriteJson(Stream stream, IEnumerable<ExportRow> rows, string? profile, DateTimeOffset exportedAt)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        if (profile is null)
            json.WriteNull("profile");
        else
            json.WriteString("profile", profile);
        json.WriteString("exported_at", Iso(exportedAt));
        json.WriteStartArray("answers");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("profile", row.Profile);
            json.WriteString("answered_at", Iso(row.AnsweredAt));
            json.WriteString("event_id", row.EventId);
            json.WriteString("quiz_id", row.QuizId);
            json.WriteString("question_id", row.QuestionId);
            json.WriteString("question_type", row.QuestionType);
            json.WriteString("skill", row.Skill);
            json.WriteString("answer", row.Answer);
            json.WriteString("answer_text", row.AnswerText);
            json.WriteNumber("score", row.Score);
            json.WriteString("verdict", row.Verdict);
            json.WriteNumber("time_taken_ms", row.TimeTakenMs);
            json.WriteNumber("attempt_id", row.AttemptId);
            json.WriteString("run_kind", row.RunKind);
            json.WriteString("question_text", row.QuestionText);
            json.WriteString("correct_answer", row.CorrectAnswer);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads an export, CSV or JSON (told apart by the first character), collecting problems instead of stopping.</summary>
    public static IReadOnlyList<ExportRow> Read(string text, string fileName, List<ExportProblem> problems)
    {
        string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') || trimmed.StartsWith('[')
            ? ReadJson(trimmed, fileName, problems)
            : ReadCsv(trimmed, fileName, problems);
    }

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string[] Fields(ExportRow r) =>
    [
        r.Profile, Iso(r.AnsweredAt), r.EventId, r.QuizId, r.QuestionId, r.QuestionType, r.Skill, r.Answer, r.AnswerText,
        Number(r.Score), r.Verdict, r.TimeTakenMs.ToString(CultureInfo.InvariantCulture), r.AttemptId.ToString(CultureInfo.InvariantCulture),
        r.RunKind, r.QuestionText, r.CorrectAnswer,
    ];

    private static List<ExportRow> ReadCsv(string text, string fileName, List<ExportProblem> problems)
    {
        var rows = new List<ExportRow>();
        var records = Csv.Parse(text);
        if (records.Count == 0)
        {
            problems.Add(new ExportProblem(fileName, 0, "the file is empty"));
            return rows;
        }
        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ExportProblem(fileName, records[0].Line,
                $"not a QuizTui score export: missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (make one with 'quiztui export scores')"));
            return rows;
        }
        foreach (var record in records.Skip(1))
        {
            if (record.Fields is [""])
                continue;
            if (record.Fields.Count != header.Count)
            {
                problems.Add(new ExportProblem(fileName, record.Line, $"expected {header.Count} fields, found {record.Fields.Count}"));
                continue;
            }
            string Get(string column)
            {
                int i = header.IndexOf(column);
                return i < 0 ? "" : record.Fields[i];
            }
            if (ToRow(Get, fileName, record.Line, problems) is { } row)
                rows.Add(row);
        }
        return rows;
    }

    private static List<ExportRow> ReadJson(string text, string fileName, List<ExportProblem> problems)
    {
        var rows = new List<ExportRow>();
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var answers = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("answers", out var a) && a.ValueKind == JsonValueKind.Array ? a
                : default;
            if (answers.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new ExportProblem(fileName, 0, "not a QuizTui score export: no \"answers\" list (make one with 'quiztui export scores --format json')"));
                return rows;
            }
            int n = 0;
            foreach (var item in answers.EnumerateArray())
            {
                n++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new ExportProblem(fileName, 0, $"answer {n} is not an object"));
                    continue;
                }
                string Get(string column) => item.TryGetProperty(column, out var v)
                    ? v.ValueKind switch
                    {
                        JsonValueKind.String => v.GetString() ?? "",
                        JsonValueKind.Number => v.GetRawText(),
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => "",
                    }
                    : "";
                var missing = RequiredColumns.Where(c => !item.TryGetProperty(c, out _)).ToList();
                if (missing.Count > 0)
                {
                    problems.Add(new ExportProblem(fileName, 0, $"answer {n} lacks {string.Join(", ", missing)}"));
                    continue;
                }
                if (ToRow(Get, fileName, 0, problems, n) is { } row)
                    rows.Add(row);
            }
        }
        catch (JsonException e)
        {
            problems.Add(new ExportProblem(fileName, (int)(e.LineNumber ?? -1) + 1, "not valid JSON: " + e.Message.Split(" LineNumber", 2)[0]));
        }
        return rows;
    }

    private static ExportRow? ToRow(Func<string, string> get, string fileName, int line, List<ExportProblem> problems, int item = 0)
    {
        string where = item > 0 ? $"answer {item}: " : "";
        string verdict = get("verdict").Trim().ToLowerInvariant();
        if (!Enum.TryParse<Verdict>(verdict, ignoreCase: true, out var parsedVerdict) || !Enum.IsDefined(parsedVerdict) || verdict.Any(char.IsDigit))
        {
            problems.Add(new ExportProblem(fileName, line, $"{where}verdict '{get("verdict")}' is not right, partial, wrong or skipped"));
            return null;
        }
        string scoreText = get("score");
        double score = parsedVerdict == Verdict.Right ? 1 : 0;
        if (scoreText.Length > 0 && !double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out score))
        {
            problems.Add(new ExportProblem(fileName, line, $"{where}score '{scoreText}' is not a number"));
            return null;
        }
        DateTimeOffset at = default;
        string atText = get("answered_at");
        if (atText.Length > 0 && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
        {
            problems.Add(new ExportProblem(fileName, line, $"{where}answered_at '{atText}' is not an ISO 8601 date and time"));
            return null;
        }
        foreach (string column in RequiredColumns)
        {
            if (get(column).Trim().Length == 0)
            {
                problems.Add(new ExportProblem(fileName, line, $"{where}{column} is empty"));
                return null;
            }
        }
        _ = long.TryParse(get("time_taken_ms"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long taken);
        _ = long.TryParse(get("attempt_id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long attempt);
        return new ExportRow(
            get("profile").Trim(), at, get("event_id").Trim(), get("quiz_id").Trim(), get("question_id").Trim(), get("question_type"),
            get("skill"), get("answer"), get("answer_text"), score, verdict, taken, attempt, get("run_kind"), get("question_text"), get("correct_answer"));
    }
}

/// <summary>RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
public static class Csv
{
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 && !field.StartsWith(' ') && !field.EndsWith(' ')
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Quote));

    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <summary>Parses CSV text into records, each with the line it starts on. Accepts CRLF or LF.</summary>
    public static List<Record> Parse(string text)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int line = 1, recordLine = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(new Record(recordLine, fields.ToList()));
                    fields.Clear();
                    any = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }
        if (any || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new Record(recordLine, fields.ToList()));
        }
        return records;
    }
}
