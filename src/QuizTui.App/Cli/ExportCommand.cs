using System.CommandLine;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui export</c>: writes loaded content out in other formats.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Write the loaded content (bundled packs and --content) out in other formats.");
        // Each export format lives in its own file and adds itself here.
        command.Subcommands.Add(ExportGiftCommand.Create());
        return command;
    }
}
