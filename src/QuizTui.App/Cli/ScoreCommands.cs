using System.CommandLine;
using Humanizer;
using QuizTui.Core.Progress;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Storage;

namespace QuizTui.App.Cli;

/// <summary>What the score commands share: opening the database, writing the output, one-line errors.</summary>
internal static class ScoreCommands
{
    /// <summary>
    /// The content the scores describe (titles, question text, who said what): bundled plus --content.
    /// Packs with errors are left out; scores for them are shown by id and their questions count as retired.
    /// </summary>
    public static ContentLibrary LoadContent(ParseResult parse)
    {
        try
        {
            return ContentSources.Load(parse).Library;
        }
        catch (ContentIoException e)
        {
            Console.Error.WriteLine($"quiztui: warning: {e.Message}; scores from that content are shown by id.");
            return ContentLibrary.Empty;
        }
    }

    /// <summary>
    /// Resolves <c>--db</c>/<c>QUIZTUI_DB</c> and <c>--profile</c>, and opens the store read-only; null after
    /// printing why not. <paramref name="noDatabaseYet"/> is set when there is simply no database
    /// file there: these commands only read, so they do not create one (a mistyped --db would
    /// otherwise leave an empty database behind and report "nothing answered").
    /// </summary>
    public static SqliteScoreStore? OpenStore(ParseResult parse, out StorageSettings? settings, out bool noDatabaseYet)
    {
        settings = null;
        noDatabaseYet = false;
        try
        {
            settings = StorageSettings.Resolve(parse.GetValue(GlobalOptions.Database), parse.GetValue(GlobalOptions.Profile));
            if (DatabaseIsAFolder(parse, settings.DatabasePath) is { } folder)
            {
                Error(folder);
                return null;
            }
            if (!File.Exists(settings.DatabasePath))
            {
                noDatabaseYet = true;
                Error($"no score database at {TerminalText.Escape(settings.DatabasePath)} yet, so nothing has been answered there. "
                    + "It is made when you first take a quiz in the app; --db or QUIZTUI_DB name another file.");
                return null;
            }
            // These commands only read scores: the database, and its folder, are never changed, moved
            // or created, and a damaged file or one that is not a database is named and left alone.
            return ScoreDatabase.OpenReadOnly(settings.DatabasePath);
        }
        catch (ArgumentException e)
        {
            Error(e.Message.Split(" (Parameter", 2)[0]);
        }
        catch (ScoreStoreException e)
        {
            Error(e.Message);
        }
        return null;
    }

    public static void Error(string message) => Console.Error.WriteLine("quiztui: " + message);

    /// <summary>How many unresolved questions the warning names before it says how many more there are.</summary>
    private const int UnresolvedListed = 10;

    /// <summary>
    /// One warning line on standard error naming the questions of <paramref name="rows"/> that the
    /// content loaded does not have (so their question text and right answer are empty), and how to
    /// fix that; nothing when every question was found.
    /// </summary>
    /// <param name="consequence">What the missing text means for this command's output.</param>
    public static void WarnUnresolved(IEnumerable<ExportRow> rows, string consequence)
    {
        var missing = ScoreExport.Unresolved(rows);
        if (missing.Count == 0)
        {
            return;
        }
        string listed = string.Join(", ", missing.Take(UnresolvedListed).Select(k => $"{k.EventId}/{k.QuizId}/{k.QuestionId}"));
        if (missing.Count > UnresolvedListed)
        {
            listed += $" and {missing.Count - UnresolvedListed} more";
        }
        Error($"warning: {"question".ToQuantity(missing.Count)} {(missing.Count == 1 ? "is" : "are")} not in the content loaded, so {consequence}: {listed}. "
            + "Pass --content DIR with the pack they come from (and check it with 'quiztui validate DIR': a pack with errors is left out).");
    }

    /// <summary>
    /// What to say when the database path names a folder (a folder given to --db by mistake), or
    /// null. Checked before the store is opened, so the folder is left as it was.
    /// </summary>
    public static string? DatabaseIsAFolder(ParseResult parse, string databasePath)
    {
        if (!Directory.Exists(databasePath))
            return null;
        string named = parse.GetValue(GlobalOptions.Database) is not null ? "--db"
            : Environment.GetEnvironmentVariable("QUIZTUI_DB") is { Length: > 0 } ? "QUIZTUI_DB"
            : "the score database path";
        return $"{named} {TerminalText.Escape(databasePath)} is a folder; give the database file, such as {TerminalText.Escape(Path.Combine(databasePath, "quiztui.db"))}";
    }

    /// <summary>
    /// Writes to the file named by <c>--output</c>, or to standard output. A file that cannot be
    /// written is <see cref="ExitCodes.UsageOrIo"/>; standard output that cannot be (a full disk)
    /// is an <see cref="OutputNotWrittenException"/>.
    /// </summary>
    public static int WriteOutput(string? path, Action<Stream> write)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            GuardedOutput.Guard(() =>
            {
                using var stdout = Console.OpenStandardOutput();
                write(stdout);
                stdout.Flush();
            });
            return ExitCodes.Ok;
        }
        if (Directory.Exists(path))
        {
            Error($"cannot write {TerminalText.Escape(path)}: it is a folder; give a file name, such as {TerminalText.Escape(Path.Combine(path, "scores.csv"))}");
            return ExitCodes.UsageOrIo;
        }
        try
        {
            using var file = File.Create(path);
            write(file);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error($"cannot write {TerminalText.Escape(path)}: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }

    public static Option<string> FormatOption(string defaultValue, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            HelpName = string.Join("|", formats),
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> OutputOption() => new("--output", "-o")
    {
        Description = "Write to this file instead of the terminal.",
        HelpName = "FILE",
    };
}
