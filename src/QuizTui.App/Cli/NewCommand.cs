using System.CommandLine;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui new</c>: starting files for instructors' content packs.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", """
            Create commented starting files for a content pack: an event, an article, a quiz.
            Each file validates as written; replace the sample values, then run quiztui validate.

            Examples:
              quiztui new event city-vote-2024 --dir ~/packs
              quiztui new article --event ~/packs/city-vote-2024 --id herald-2024-05-02
              quiztui new quiz --event ~/packs/city-vote-2024 --kind comprehension --article herald-2024-05-02
              quiztui new quiz --event ~/packs/city-vote-2024 --kind who-said-what
            """);
        // Each kind of file lives in its own file and adds itself here.
        command.Subcommands.Add(NewEventCommand.Create());
        command.Subcommands.Add(NewArticleCommand.Create());
        command.Subcommands.Add(NewQuizCommand.Create());
        return command;
    }
}
