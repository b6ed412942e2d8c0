using System.CommandLine;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui export</c>: a parent for the export subcommands, each in its own file.</summary>
internal static class ExportCommand
{
    private const string Description = """
        Export data from QuizTui to other programs. Pick what to export with a subcommand.

        Examples:
          quiztui export content --format json > content.json
          quiztui export gift --quiz compare-coverage > compare.gift
          quiztui export scores --format csv > scores.csv
        """;

    internal static Command Create()
    {
        var command = new Command("export", Description);
        command.Subcommands.Add(ExportContentCommand.Create());
        command.Subcommands.Add(ExportGiftCommand.Create());
        command.Subcommands.Add(ExportScoresCommand.Create());
        return command;
    }
}
