using System.CommandLine;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui export</c>: a parent for the export subcommands, each in its own file.</summary>
internal static class ExportCommand
{
    private const string Description = """
        Export data from QuizTui to other programs. Pick what to export with a subcommand.

        Examples:
          quiztui export scores --format csv > scores.csv
        """;

    internal static Command Create()
    {
        var command = new Command("export", Description);
        command.Subcommands.Add(ExportScoresCommand.Create());
        // Other export subcommands add themselves here.
        return command;
    }
}
