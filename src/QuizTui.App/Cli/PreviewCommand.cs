using System.CommandLine;
using QuizTui.App.Tui;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui preview</c>: opens one pack or one quiz in the app, for an instructor checking their work.</summary>
internal static class PreviewCommand
{
    /// <summary>The command's name; like the app itself it needs a terminal.</summary>
    public const string Name = "preview";

    private static readonly Argument<string> Target = new("PATH")
    {
        Description = "A content pack folder, or one quiz file inside a pack.",
    };

    public static Command Create()
    {
        var command = new Command(Name, """
            Open a content pack, or one quiz of it, in the full-screen app, to check your work as a
            student will see it. Only that pack is shown, and answers given in a preview are not
            kept: your scores and your students' are untouched. Content with errors is not opened;
            its diagnostics are printed instead (exit 1), as quiztui validate prints them.

            Examples:
              quiztui preview ~/packs/city-vote
              quiztui preview ~/packs/city-vote/quizzes/vote-quiz.yaml
              quiztui preview --seed 7 ~/packs/city-vote/quizzes/who-said-what.yaml
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            Target,
            AppCommand.Seed,
            AppCommand.Theme,
        };
        command.SetAction(parse => Run(parse, command.Parents.OfType<Command>().FirstOrDefault() ?? command));
        return command;
    }

    private static int Run(ParseResult parse, Command root)
    {
        string path = parse.GetValue(Target)!;
        string? quizFile = File.Exists(path) ? Path.GetFullPath(path) : null;
        string? packFolder = quizFile is null ? path : PackFolderOf(quizFile);
        if (packFolder is null)
        {
            Console.Error.WriteLine($"quiztui: {path} is not inside a content pack (no event.yaml in the folders above it).");
            return ExitCodes.UsageOrIo;
        }
        if (quizFile is null && Directory.Exists(packFolder) && !File.Exists(Path.Combine(packFolder, "event.yaml")))
        {
            Console.Error.WriteLine($"quiztui: {path} is not a content pack (it has no event.yaml); give the pack folder or one of its quiz files.");
            return ExitCodes.UsageOrIo;
        }

        LoadResult content;
        try
        {
            content = ContentLoader.LoadDirectories([packFolder]);
        }
        catch (ContentIoException ex)
        {
            Console.Error.WriteLine($"quiztui: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }
        bool hasTerminal = !Console.IsOutputRedirected && !Console.IsInputRedirected;
        if (AppCommand.RefuseToStart(content, root, hasTerminal) is { } code)
            return code;

        var newsEvent = content.Library.Events[0];
        string? quizId = null;
        if (quizFile is not null)
        {
            var quiz = newsEvent.Quizzes.FirstOrDefault(q => Path.GetFullPath(q.Location.File) == quizFile);
            if (quiz is null)
            {
                Console.Error.WriteLine($"quiztui: {path} is not a quiz of the pack {newsEvent.Id}; give a file under quizzes/ or the pack folder.");
                return ExitCodes.UsageOrIo;
            }
            quizId = quiz.Id;
        }

        var options = new TuiOptions(
            Theme.Choose(parse.GetValue(AppCommand.Theme), Environment.GetEnvironmentVariable("NO_COLOR")),
            parse.GetValue(AppCommand.Seed),
            "preview",
            new StartScreen(newsEvent.Id, quizId));
        // A preview keeps nothing: an in-memory store, never the learner's database.
        return TuiApp.Run(content.Library, new InMemoryScoreStore(), options);
    }

    /// <summary>The pack folder holding a file: the nearest folder above it with an event.yaml.</summary>
    private static string? PackFolderOf(string file)
    {
        for (string? dir = Path.GetDirectoryName(file); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "event.yaml")))
                return dir;
        }
        return null;
    }
}
