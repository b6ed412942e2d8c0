using System.CommandLine;
using QuizTui.Core.Authoring;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui new event ID</c>: a new pack folder with a commented event.yaml.</summary>
internal static class NewEventCommand
{
    private static readonly Argument<string> Id = new("ID")
    {
        Description = "The event id: lowercase words joined by hyphens, e.g. city-vote-2024. Also the folder name.",
    };

    private static readonly Option<string> Dir = new("--dir")
    {
        Description = "Where to create the pack folder (default: the current folder).",
        HelpName = "DIR",
        DefaultValueFactory = _ => ".",
    };

    public static Command Create()
    {
        var command = new Command("event", """
            Create a new content pack: the folder DIR/ID with a commented event.yaml, empty
            articles/ and quizzes/ folders, and .schemas/ holding the JSON Schemas that the
            files' first line points at (so editors such as VS Code with the YAML extension
            complete keys and flag mistakes, wherever the pack lives). Refuses to overwrite
            an existing event.yaml.

            Examples:
              quiztui new event city-vote-2024                create ./city-vote-2024/
              quiztui new event city-vote-2024 --dir ~/packs  create ~/packs/city-vote-2024/
            """ + ExitCodes.Help(ExitCodes.UsageOrIo))
        {
            Id,
            Dir,
        };
        command.SetAction(parse => PackAuthoring.Run(() => Execute(parse.GetValue(Id)!, parse.GetValue(Dir) ?? ".")));
        return command;
    }

    private static int Execute(string id, string dir)
    {
        PackAuthoring.CheckId(id, "event");
        if (File.Exists(dir))
            throw new AuthoringException($"--dir {dir} is a file; give the folder to create the pack in");
        string pack = Path.Combine(dir, id);
        string eventFile = Path.Combine(pack, "event.yaml");
        PackAuthoring.WriteNew(eventFile, Scaffolds.EventYaml(id, DateOnly.FromDateTime(DateTime.Now)));
        Directory.CreateDirectory(Path.Combine(pack, "articles"));
        Directory.CreateDirectory(Path.Combine(pack, "quizzes"));
        PackAuthoring.EnsureSchemas(pack);
        Console.WriteLine($"""
            Created {eventFile} (with {Path.Combine(pack, Scaffolds.SchemaFolder)}/ for editor completion).

            Next:
              1. Edit {eventFile}: title, period, overview, and the people quoted
                 (replace the four sample people).
              2. Add an article:    quiztui new article --event {pack} --id ARTICLE-ID
              3. Add quizzes:       quiztui new quiz --event {pack} --kind who-said-what
                                    quiztui new quiz --event {pack} --kind comprehension --article ARTICLE-ID
              4. Check your work:   quiztui validate {pack}
              5. Try it:            quiztui --content {pack}
            """);
        return ExitCodes.Ok;
    }
}
