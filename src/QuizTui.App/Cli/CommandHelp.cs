using System.CommandLine;
using System.Text.RegularExpressions;

namespace QuizTui.App.Cli;

/// <summary>
/// A command's help lists its subcommands by their first sentence: each has its own --help with
/// the details and examples, so the list stays one screen instead of repeating all of them.
/// </summary>
internal static partial class CommandHelp
{
    public static void ListSubcommandsBriefly(Command command)
    {
        foreach (var sub in command.Subcommands)
        {
            if (sub.Description is { Length: > 0 } description)
                sub.Description = FirstSentence(description);
        }
    }

    internal static string FirstSentence(string description)
    {
        string paragraph = description.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0];
        string flat = Spaces().Replace(paragraph, " ").Trim();
        int end = flat.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? flat : flat[..(end + 1)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
