using System.CommandLine;

namespace QuizTui.App.Cli;

/// <summary>Options every command understands.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string[]> Content = new("--content")
    {
        Description = "Add a content pack folder (or a folder of packs) to the bundled content. Repeatable. QUIZTUI_CONTENT adds more (folders separated by ':').",
        HelpName = "DIR",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string?> Database = new("--db")
    {
        Description = "The score database file (default: $XDG_DATA_HOME/quiztui/quiztui.db; also QUIZTUI_DB).",
        HelpName = "PATH",
        Recursive = true,
    };

    public static readonly Option<string?> Profile = new("--profile")
    {
        Description = "The learner whose scores are read and written (default: your login name).",
        HelpName = "NAME",
        Recursive = true,
    };

    /// <summary>Folders named by <c>--content</c> and then by <c>QUIZTUI_CONTENT</c>.</summary>
    public static IReadOnlyList<string> ContentDirectories(ParseResult parse)
    {
        var dirs = new List<string>(parse.GetValue(Content) ?? []);
        string? fromEnvironment = Environment.GetEnvironmentVariable("QUIZTUI_CONTENT");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            dirs.AddRange(fromEnvironment.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return dirs;
    }
}
