using System.Globalization;
using Humanizer;
using System.Text.Json;
using QuizTui.Core.Formats;
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
/// Score exports: one row per answer, as CSV (<see cref="SpreadsheetCsv"/>) or JSON
/// (<see cref="ScoreExportJson"/>); and reading them back, as <c>quiztui report</c> does with the
/// files students hand in.
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

    /// <summary>
    /// Rows for answers; question text and right answer come from today's content, and are empty
    /// for a question the content does not have (retired, or from a pack not loaded: see <see cref="Unresolved"/>).
    /// </summary>
    public static IReadOnlyList<ExportRow> Rows(IEnumerable<AnswerRecord> answers, ContentLibrary library, IReadOnlyList<AttemptRecord> attempts)
    {
        var kinds = attempts.ToDictionary(a => a.Id, a => a.Kind);
        var questions = Describe(library);
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

    /// <summary>
    /// The rows with an empty question text given the text and right answer from the content, where
    /// it has the question (a report on exports made without the pack the questions come from).
    /// </summary>
    public static IReadOnlyList<ExportRow> FillFromContent(IEnumerable<ExportRow> rows, ContentLibrary library)
    {
        var questions = Describe(library);
        return rows.Select(r =>
            r.QuestionText.Length == 0 && questions.TryGetValue(new QuestionKey(r.EventId, r.QuizId, r.QuestionId), out var q)
                ? r with { QuestionText = q.Text, CorrectAnswer = r.CorrectAnswer.Length > 0 ? r.CorrectAnswer : q.Correct }
                : r).ToList();
    }

    /// <summary>The questions of the rows that have no question text, each once, in the order first met.</summary>
    public static IReadOnlyList<QuestionKey> Unresolved(IEnumerable<ExportRow> rows) =>
        rows.Where(r => r.QuestionText.Length == 0)
            .Select(r => new QuestionKey(r.EventId, r.QuizId, r.QuestionId))
            .Distinct()
            .ToList();

    /// <summary>What a row shows of each question of the content: its text (the quotation, for who-said-what) and its right answer.</summary>
    private static Dictionary<QuestionKey, (string Text, string Correct)> Describe(ContentLibrary library)
    {
        var questions = new Dictionary<QuestionKey, (string Text, string Correct)>();
        foreach (var e in library.Events)
        {
            foreach (var quiz in e.Quizzes)
            {
                foreach (var q in QuizSessionBuilder.AllQuestions(e, quiz))
                {
                    var described = q.ShownQuotation is { } quotation
                        ? (quotation.Text, e.FindPerson(quotation.SpeakerId)?.Name ?? quotation.SpeakerId)
                        : (q.Prompt, q.DescribeCorrectAnswer());
                    questions.TryAdd(new QuestionKey(e.Id, quiz.Id, q.Id), described);
                }
            }
        }
        return questions;
    }

    public static string VerdictKey(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    public static string KindKey(AttemptKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The columns whose cells are numbers; every other cell is text, guarded against formulas.</summary>
    private static readonly HashSet<string> NumberColumns = ["score", "time_taken_ms", "attempt_id"];

    /// <summary>CSV with the header row, also when there are no rows.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<ExportRow> rows)
    {
        using var csv = SpreadsheetCsv.Writer(writer, Columns);
        foreach (var row in rows)
        {
            using var line = csv.NewRow();
            var fields = Fields(row);
            for (int i = 0; i < Columns.Count; i++)
                line[Columns[i]].Set(NumberColumns.Contains(Columns[i]) ? fields[i] : SpreadsheetCsv.Guard(fields[i]));
        }
    }

    /// <param name="profile">The learner exported, or null when several are.</param>
    public static void WriteJson(Stream stream, IEnumerable<ExportRow> rows, string? profile, DateTimeOffset exportedAt)
    {
        var export = new ScoreExportJson(FormatName, FormatVersion, profile, Iso(exportedAt), rows.Select(r => new ScoreAnswerJson(
            r.Profile, Iso(r.AnsweredAt), r.EventId, r.QuizId, r.QuestionId, r.QuestionType, r.Skill, r.Answer, r.AnswerText,
            r.Score, r.Verdict, r.TimeTakenMs, r.AttemptId, r.RunKind, r.QuestionText, r.CorrectAnswer)).ToList());
        PublicJsonText.Write(stream, export, PublicJsonText.Context.ScoreExportJson);
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
        if (text.Trim().Length == 0)
        {
            problems.Add(new ExportProblem(fileName, 0, "the file is empty"));
            return rows;
        }
        try
        {
            using var reader = SpreadsheetCsv.Reader(text);
            var header = reader.Header.ColNames.Select(f => f.Trim().ToLowerInvariant()).ToList();
            var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new ExportProblem(fileName, 1,
                    $"not a QuizTui score export: missing {"column".ToQuantity(missing.Count, ShowQuantityAs.None)} {string.Join(", ", missing)} (make one with 'quiztui export scores')"));
                return rows;
            }
            foreach (var record in reader)
            {
                int line = record.LineNumberFrom;
                if (record.ColCount == 1 && record[0].Span.IsEmpty)
                    continue;
                if (record.ColCount != header.Count)
                {
                    problems.Add(new ExportProblem(fileName, line, $"expected {header.Count} fields, found {record.ColCount}"));
                    continue;
                }
                var fields = new string[header.Count];
                for (int i = 0; i < fields.Length; i++)
                    fields[i] = NumberColumns.Contains(header[i]) ? record[i].ToString() : SpreadsheetCsv.Unguard(record[i].ToString());
                string Get(string column)
                {
                    int i = header.IndexOf(column);
                    return i < 0 ? "" : fields[i];
                }
                if (ToRow(Get, fileName, line, problems) is { } row)
                    rows.Add(row);
            }
        }
        catch (InvalidDataException e)
        {
            problems.Add(new ExportProblem(fileName, 0, "not readable as CSV: " + e.Message.ReplaceLineEndings(" ")));
        }
        return rows;
    }

    /// <summary>Reads a <see cref="ScoreExportJson"/>, or a bare list of its answers.</summary>
    private static List<ExportRow> ReadJson(string text, string fileName, List<ExportProblem> problems)
    {
        var rows = new List<ExportRow>();
        try
        {
            IReadOnlyList<ScoreAnswerJson>? answers = text.StartsWith('[')
                ? JsonSerializer.Deserialize(text, PublicJsonText.Context.ListScoreAnswerJson)
                : JsonSerializer.Deserialize(text, PublicJsonText.Context.ScoreExportJson)?.Answers;
            if (answers is null)
            {
                problems.Add(new ExportProblem(fileName, 0, "not a QuizTui score export: no \"answers\" list (make one with 'quiztui export scores --format json')"));
                return rows;
            }
            int n = 0;
            foreach (var item in answers)
            {
                n++;
                if (item is null)
                {
                    problems.Add(new ExportProblem(fileName, 0, $"answer {n} is not an object"));
                    continue;
                }
                var values = item.Columns();
                var missing = RequiredColumns.Where(c => values[c] is null).ToList();
                if (missing.Count > 0)
                {
                    problems.Add(new ExportProblem(fileName, 0, $"answer {n} lacks {string.Join(", ", missing)}"));
                    continue;
                }
                if (ToRow(column => values.GetValueOrDefault(column) ?? "", fileName, 0, problems, n) is { } row)
                    rows.Add(row);
            }
        }
        catch (JsonException e)
        {
            problems.Add(new ExportProblem(fileName, (int)(e.LineNumber ?? -1) + 1, "not valid JSON: " + e.Message.Split(" Path:", 2)[0].Split(" LineNumber", 2)[0]));
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
