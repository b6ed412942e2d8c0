using System.CommandLine;
using System.Globalization;
using QuizTui.App.Tui;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Presentation;
using QuizTui.Storage;

namespace QuizTui.App.Cli;

/// <summary>What <c>quiztui</c> with no command does: open the full-screen app.</summary>
internal static class AppCommand
{
    public static readonly Option<int?> Seed = new("--seed")
    {
        Description = "Shuffle questions and choices from this seed, so a run can be replayed (default: a new order each run).",
        HelpName = "N",
        CustomParser = result =>
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed))
                return seed;
            result.AddError($"--seed takes a whole number, such as --seed 7, not '{token}'.");
            return null;
        },
    };

    public static readonly Option<string> Theme = new("--theme")
    {
        Description = "Colours of the app: default, high-contrast or mono. NO_COLOR in the environment means mono.",
        HelpName = "NAME",
        DefaultValueFactory = _ => "default",
    };

    public static void AddTo(RootCommand root)
    {
        Theme.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && Tui.Theme.Parse(value) is null)
                result.AddError($"Unknown theme '{value}'. Use default, high-contrast or mono.");
        });
        root.Options.Add(Seed);
        root.Options.Add(Theme);
        root.SetAction(parse => Run(parse, root));
    }

    private static int Run(ParseResult parse, RootCommand root)
    {
        StorageSettings settings;
        try
        {
            settings = StorageSettings.Resolve(parse.GetValue(GlobalOptions.Database), parse.GetValue(GlobalOptions.Profile));
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"quiztui: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }
        if (ScoreCommands.DatabaseIsAFolder(parse, settings.DatabasePath) is { } folder)
        {
            Console.Error.WriteLine($"quiztui: {folder}");
            return ExitCodes.UsageOrIo;
        }
        // Opening the database (SQLite, schema checks) overlaps with loading the content; without a
        // terminal the app will not start, so the database is left alone. Opening never changes a
        // damaged file: it is set aside only below, once the app is sure to show Home, which says where it went.
        bool hasTerminal = !Console.IsOutputRedirected && !Console.IsInputRedirected;
        var storeTask = hasTerminal
            ? Task.Run(() => OpenStore(() => ScoreDatabase.Open(settings.DatabasePath)))
            : Task.FromResult<(SqliteScoreStore? Store, ScoreStoreException? Problem)>((null, null));
        // Packs left out (errors, unreadable folders) are named on Home and again after the app
        // closes, so the line is still there in the terminal when the student looks for it.
        IReadOnlyList<string> leftOut = [];
        try
        {
            var content = ContentSources.LoadForStudy(GlobalOptions.ContentDirectories(parse));
            leftOut = content.LeftOut;
            if (RefuseToStart(new LoadResult(content.Library, []), root, hasTerminal) is { } code)
                return code;
            var (store, problem) = storeTask.GetAwaiter().GetResult();
            if (problem is { Problem: ScoreStoreProblem.Corrupt })
            {
                (store, problem) = OpenStore(() => ScoreDatabase.OpenKeepingDamagedAside(settings.DatabasePath));
                storeTask = Task.FromResult((store, problem));
            }
            if (store is null)
            {
                Console.Error.WriteLine($"quiztui: {problem?.Message}");
                return ExitCodes.UsageOrIo;
            }
            using var joined = ClassSession.Start(store, settings.Profile, content.Library);
            var library = joined?.Library() ?? content.Library;
            if (joined is not null)
                leftOut = [.. leftOut, .. joined.LeftOut];
            var options = new TuiOptions(
                Tui.Theme.Choose(parse.GetValue(Theme), Environment.GetEnvironmentVariable("NO_COLOR")),
                parse.GetValue(Seed),
                settings.Profile,
                Notices: [.. leftOut, .. store.Notices],
                Class: joined);
            // The class's wrapper nudges its sender after each answer the database takes, answers
            // saved late by TuiApp's retrying store included.
            int exit = TuiApp.Run(library, joined?.Wrap(store) ?? store, options);
            // Home may not have been drawn before an unexpected error: what it had to say is said here too.
            if (exit != 0)
            {
                foreach (string notice in store.Notices)
                    Console.Error.WriteLine($"quiztui: {notice}");
            }
            return exit;
        }
        finally
        {
            foreach (string note in leftOut)
                Console.Error.WriteLine($"quiztui: note: {note}");
            // The store is disposed whether or not the app started.
            storeTask.GetAwaiter().GetResult().Store?.Dispose();
        }
    }

    /// <summary>
    /// The exit code when the app must not start on this content (errors, nothing to study, no
    /// terminal), after saying why; null when it may start.
    /// </summary>
    internal static int? RefuseToStart(LoadResult content, Command root, bool hasTerminal)
    {
        if (content.HasErrors)
        {
            Console.Error.WriteLine(Strings.ContentHasErrors);
            foreach (var d in content.Diagnostics)
                Console.Error.WriteLine(d.ToString());
            return ExitCodes.InputHasErrors;
        }
        if (content.Library.Events.Count == 0)
        {
            Console.Error.WriteLine(Strings.NoContent);
            return ExitCodes.InputHasErrors;
        }
        if (!hasTerminal)
        {
            Console.Error.WriteLine(Strings.NeedsTerminal);
            Console.Error.WriteLine(Strings.CommandsWithoutTerminal);
            foreach (var command in root.Subcommands.Where(c => !c.Hidden && c.Name != PreviewCommand.Name))
                Console.Error.WriteLine($"  quiztui {command.Name,-12} {FirstLine(command.Description)}");
            Console.Error.WriteLine(Strings.HelpForCommands);
            return ExitCodes.UsageOrIo;
        }
        return null;
    }

    /// <summary>The app's score store, or why it cannot be opened.</summary>
    private static (SqliteScoreStore? Store, ScoreStoreException? Problem) OpenStore(Func<SqliteScoreStore> open)
    {
        try
        {
            return (open(), null);
        }
        catch (ScoreStoreException ex)
        {
            return (null, ex);
        }
    }

    private static string FirstLine(string? text) =>
        (text ?? "").Split('\n', 2)[0].Trim();
}
