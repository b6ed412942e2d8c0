using System.CommandLine;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui import</c>: turns questions from other tools into content files.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", """
            Turn questions written for other tools into quiz files of the content format.

            Example:
              quiztui import gift week3.gift --article herald-2024-05-02 -o ~/packs/city-vote-2024/quizzes/
            """);
        // Each import format lives in its own file and adds itself here.
        command.Subcommands.Add(ImportGiftCommand.Create());
        return command;
    }
}
