using System.CommandLine;
using System.Globalization;
using System.Text;
using QuizTui.Core.Progress;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui export scores</c>: one row per answer, for gradebooks and spreadsheets.</summary>
internal static class ExportScoresCommand
{
    private static readonly string Description = """
        Export answers, one row per answer, for a gradebook or a spreadsheet: when it was given,
        which event, quiz and question, the answer, right/wrong or partial credit, the time taken.
        docs/scores-export.md describes every column. CSV follows RFC 4180 (UTF-8, a header row).

        A student hands the file to their instructor, who combines several with 'quiztui report'.
        Question text and right answers come from the content: for an instructor's pack, pass
        --content DIR as when studying it; questions not found are named on standard error.

        Examples:
          quiztui export scores > my-scores.csv
          quiztui export scores --format json -o my-scores.json
          quiztui export scores --profile sam --since 2025-03-01
          quiztui export scores --all-profiles -o class.csv     everyone on this computer
          quiztui export scores --content ~/packs/city-vote-2024 > my-scores.csv
        """ + ExitCodes.Help(ExitCodes.UsageOrIo);

    internal static Command Create()
    {
        var format = ScoreCommands.FormatOption("csv", "csv", "json");
        var output = ScoreCommands.OutputOption();
        var since = new Option<string?>("--since")
        {
            Description = "Only answers given on or after this date (YYYY-MM-DD, your local time) or moment (ISO 8601).",
            HelpName = "DATE",
        };
        var everyone = new Option<bool>("--all-profiles")
        {
            Description = "Export every learner in the database instead of one.",
        };
        var command = new Command("scores", Description) { format, output, since, everyone };
        command.SetAction(parse =>
        {
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!TryParseSince(text, out var parsed))
                {
                    ScoreCommands.Error($"--since: '{text}' is not a date like 2025-03-01 or 2025-03-01T14:00:00+01:00");
                    return ExitCodes.UsageOrIo;
                }
                from = parsed;
            }
            bool all = parse.GetValue(everyone);
            using var store = ScoreCommands.OpenStore(parse, out var settings, out bool noDatabaseYet);
            if (settings is null || (store is null && !noDatabaseYet))
                return ExitCodes.UsageOrIo;
            if (store is null)
            {
                // Nothing answered yet: an export with no rows (a CSV header, an empty JSON list),
                // so a script never gets empty output.
                return Write(parse.GetValue(output), parse.GetValue(format), [], all ? null : settings.Profile);
            }
            try
            {
                var answers = all ? store.AnswerLogOfEveryone(from) : store.AnswerLog(settings.Profile, from);
                var attempts = all
                    ? store.Profiles().SelectMany(p => store.Attempts(p.Name)).ToList()
                    : store.Attempts(settings.Profile);
                var rows = ScoreExport.Rows(answers, ScoreCommands.LoadContent(parse), attempts);
                ScoreCommands.WarnUnresolved(rows, "their question_text and correct_answer are empty");
                if (rows.Count == 0)
                {
                    string when = from is null ? " yet" : $" since {parse.GetValue(since)}";
                    var others = all ? [] : store.AnswerLogOfEveryone(from).Select(a => a.Profile).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                    ScoreCommands.Error(all
                        ? $"no answers in the database{when} (the export has only its header)"
                        : $"no answers for profile '{settings.Profile}'{when} (the export has only its header)"
                          + (others.Count > 0 ? $"; this database has answers{(from is null ? "" : " in that time")} from {string.Join(", ", others)} (choose with --profile NAME, or --all-profiles)" : ""));
                }
                return Write(parse.GetValue(output), parse.GetValue(format), rows, all ? null : settings.Profile);
            }
            catch (Storage.ScoreStoreException e)
            {
                ScoreCommands.Error(e.Message);
                return ExitCodes.UsageOrIo;
            }
        });
        return command;
    }

    private static int Write(string? path, string? format, IReadOnlyList<ExportRow> rows, string? profile) => format == "json"
        ? ScoreCommands.WriteOutput(path, s => ScoreExport.WriteJson(s, rows, profile, DateTimeOffset.Now))
        : ScoreCommands.WriteOutput(path, s =>
        {
            using var writer = new StreamWriter(s, new UTF8Encoding(false), leaveOpen: true);
            ScoreExport.WriteCsv(writer, rows);
        });

    internal static bool TryParseSince(string text, out DateTimeOffset since)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local);
            since = new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local));
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out since);
    }
}
