using System.CommandLine;
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
            if (!File.Exists(settings.DatabasePath))
            {
                noDatabaseYet = true;
                Error($"no score database at {settings.DatabasePath} yet, so nothing has been answered there. "
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
        try
        {
            using var file = File.Create(path);
            write(file);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error($"cannot write {path}: {e.Message}");
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
