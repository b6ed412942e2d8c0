using System.CommandLine;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Storage;

namespace QuizTui.App.Cli;

/// <summary>What the score commands share: exit codes, opening the database, one-line errors.</summary>
internal static class ScoreCommands
{
    public const int Ok = 0;
    /// <summary>The input data has a problem (an export that cannot be read, a bad row).</summary>
    public const int DataProblem = 1;
    /// <summary>Wrong usage, or a file or the database could not be read or written.</summary>
    public const int UsageOrIo = 2;

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
    /// Resolves <c>--db</c>/<c>QUIZTUI_DB</c> and <c>--profile</c>, and opens the store; null after
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
                Error($"no score database at {settings.DatabasePath} yet, so nothing has been answered there. "
                    + "It is made when you first take a quiz in the app; --db or QUIZTUI_DB name another file.");
                return null;
            }
            // These commands only read scores: a file that is plainly not a database (a score export
            // given to --db by mistake, say) is left alone instead of being set aside and replaced.
            if (NotADatabase(settings.DatabasePath))
            {
                Error($"{settings.DatabasePath} is not a score database, so it was left untouched; --db names the SQLite file "
                    + "where answers are kept (a score export is read with 'quiztui report FILE').");
                return null;
            }
            var store = ScoreDatabase.Open(settings.DatabasePath);
            foreach (string notice in store.Notices)
                Console.Error.WriteLine("quiztui: " + notice);
            return store;
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

    /// <summary>True for an existing, non-empty file that does not start with SQLite's header.</summary>
    private static bool NotADatabase(string path)
    {
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length == 0)
                return false;
            Span<byte> header = stackalloc byte[16];
            using var file = File.OpenRead(path);
            int read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            return read < header.Length || !header.SequenceEqual("SQLite format 3\0"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Writes to the file named by <c>--output</c>, or to standard output.</summary>
    public static int WriteOutput(string? path, Action<Stream> write)
    {
        try
        {
            if (string.IsNullOrEmpty(path) || path == "-")
            {
                using var stdout = Console.OpenStandardOutput();
                write(stdout);
                stdout.Flush();
            }
            else
            {
                if (Directory.Exists(path))
                {
                    Error($"cannot write {TerminalText.Escape(path)}: it is a folder; give a file name, such as {TerminalText.Escape(Path.Combine(path, "scores.csv"))}");
                    return UsageOrIo;
                }
                using var file = File.Create(path);
                write(file);
            }
            return Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error($"cannot write {path}: {e.Message}");
            return UsageOrIo;
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
