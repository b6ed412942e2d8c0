using System.CommandLine;

namespace QuizTui.App.Cli;

/// <summary>The <c>quiztui</c> command line: the app itself with no command, and the tools beside it.</summary>
internal static class QuizTuiCommand
{
    public const string Description = """
        QuizTui: study how the news covered an event.

        With no command, opens the full-screen app on the bundled content (and any --content packs):
        read article summaries, take the who-said-what and comprehension quizzes, and follow your
        progress over days. The commands below work without the full-screen app.

        Examples:
          quiztui                               open the app
          quiztui --content ~/packs/my-event    open the app with an extra content pack
          quiztui validate ~/packs/my-event     check an instructor's content
          quiztui stats                         your progress as text
          quiztui export scores > scores.csv    your answers for a gradebook
          quiztui report exports/*.csv          a class summary for an instructor
          quiztui join ann.quiztui-class        join a class; answers are sent to its server
        """;

    public static RootCommand Build()
    {
        var root = new RootCommand(Description)
        {
            GlobalOptions.Content,
            GlobalOptions.Database,
            GlobalOptions.Profile,
        };
        // Each command lives in its own file and adds itself here.
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DraftCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        root.Subcommands.Add(ClassCommand.Create());
        foreach (var command in JoinCommands.Create())
            root.Subcommands.Add(command);
        AppCommand.AddTo(root);
        UsageErrors.RejectOptionLikeArguments(root);
        return root;
    }
}
