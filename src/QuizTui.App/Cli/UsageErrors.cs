using System.CommandLine;
using System.CommandLine.Parsing;
using QuizTui.Core.Loading;

namespace QuizTui.App.Cli;

/// <summary>
/// Usage mistakes (an unknown option, a missing argument, a value not allowed) reported in a few
/// lines on standard error, with a "did you mean" and the help to read, instead of the whole help text.
/// </summary>
internal static class UsageErrors
{
    /// <summary>
    /// Arguments are files, folders and ids; a token such as <c>--frobnicate</c> that reaches one is a
    /// mistyped option, not a path (unless a file of that name exists). <c>-</c> alone means standard input.
    /// </summary>
    public static void RejectOptionLikeArguments(Command command)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens)
                {
                    string value = token.Value;
                    if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                        result.AddError($"Unrecognized option '{value}'.");
                }
            });
        }
        foreach (var sub in command.Subcommands)
            RejectOptionLikeArguments(sub);
    }

    /// <summary>Writes each error, a suggestion for a mistyped name, and where to read more; returns 2.</summary>
    public static int Report(ParseResult parse, TextWriter error)
    {
        var names = new List<string>();
        foreach (var sub in parse.CommandResult.Command.Subcommands)
            names.Add(sub.Name);
        for (SymbolResult? r = parse.CommandResult; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
                names.AddRange(c.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
        }

        foreach (var e in parse.Errors)
        {
            string message = string.Join(" ", e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            error.WriteLine($"quiztui: {message}");
        }
        var unknown = parse.UnmatchedTokens
            .Concat(parse.Errors.Select(e => e.Message).Where(m => m.StartsWith("Unrecognized option '", StringComparison.Ordinal))
                .Select(m => m["Unrecognized option '".Length..^2]))
            .Distinct();
        foreach (string token in unknown)
        {
            if (Suggestions.Closest(token, names) is { } suggestion)
                error.WriteLine($"Did you mean '{suggestion}' instead of '{token}'?");
        }
        error.WriteLine($"See '{CommandPath(parse.CommandResult)} --help' for usage and examples.");
        return ExitCodes.UsageOrIo;
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c && c.Parent is not null)
                names.Insert(0, c.Command.Name);
        }
        names.Insert(0, "quiztui");
        return string.Join(' ', names);
    }
}
