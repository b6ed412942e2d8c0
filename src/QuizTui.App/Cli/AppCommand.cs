using System.CommandLine;
using System.Globalization;
using QuizTui.App.Tui;
using QuizTui.Core.Loading;
using QuizTui.Core.Progress;
using QuizTui.Storage;

namespace QuizTui.App.Cli;

/// <summary>What <c>quiztui</c> with no command does: open the full-screen app.</summary>
internal static class AppCommand
{
    public static readonly Option<int?> Seed = new("--seed")
    {
        Description = "Shuffle questions and choices from this seed, so a run can be replayed (default: a new order each run).",
        HelpName = "N",
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
        LoadResult content;
        try
        {
            content = ContentSources.Load(parse);
        }
        catch (ContentIoException ex)
        {
            Console.Error.WriteLine($"quiztui: {ex.Message}");
            return 2;
        }
        if (content.HasErrors)
        {
            Console.Error.WriteLine(Strings.ContentHasErrors);
            foreach (var d in content.Diagnostics)
                Console.Error.WriteLine(d.ToString());
            return 1;
        }
        if (content.Library.Events.Count == 0)
        {
            Console.Error.WriteLine(Strings.NoContent);
            return 1;
        }

        if (Console.IsOutputRedirected || Console.IsInputRedirected)
        {
            Console.Error.WriteLine(Strings.NeedsTerminal);
            Console.Error.WriteLine(Strings.CommandsWithoutTerminal);
            foreach (var command in root.Subcommands.Where(c => !c.Hidden))
                Console.Error.WriteLine($"  quiztui {command.Name,-12} {FirstLine(command.Description)}");
            Console.Error.WriteLine(Strings.HelpForCommands);
            return 2;
        }

        StorageSettings settings;
        try
        {
            settings = StorageSettings.Resolve(parse.GetValue(GlobalOptions.Database), parse.GetValue(GlobalOptions.Profile));
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"quiztui: {ex.Message}");
            return 2;
        }

        var options = new TuiOptions(
            Tui.Theme.Choose(parse.GetValue(Theme), Environment.GetEnvironmentVariable("NO_COLOR")),
            parse.GetValue(Seed),
            settings.Profile);
        using var store = OpenStore(settings, out string? problem);
        if (store is null)
        {
            Console.Error.WriteLine($"quiztui: {problem}");
            return 1;
        }
        return TuiApp.Run(content.Library, store, options);
    }

    /// <summary>The one place the app's score store is created.</summary>
    private static SqliteScoreStore? OpenStore(StorageSettings settings, out string? problem)
    {
        try
        {
            problem = null;
            return ScoreDatabase.Open(settings.DatabasePath);
        }
        catch (ScoreStoreException ex)
        {
            problem = ex.Message;
            return null;
        }
    }

    private static string FirstLine(string? text) =>
        (text ?? "").Split('\n', 2)[0].Trim();
}
