using System.CommandLine;
using QuizTui.Core.Authoring;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui new article --event DIR</c>: a commented article file in a pack.</summary>
internal static class NewArticleCommand
{
    private static readonly Option<string> Event = new("--event")
    {
        Description = "The content pack folder (the one holding event.yaml).",
        HelpName = "DIR",
        Required = true,
    };

    private static readonly Option<string?> Id = new("--id")
    {
        Description = "The article id, e.g. herald-2024-05-02 (default: the first free article-N). Also the file name.",
        HelpName = "ID",
    };

    public static Command Create()
    {
        var command = new Command("article", """
            Create DIR/articles/ID.yaml: a commented article with a summary, key points and a
            sample quotation spoken by the first person of event.yaml, so the pack validates
            as it is. Refuses to overwrite an existing file or reuse an id of the event.
            The new file is then checked; references to articles and quotations not written
            yet are not errors.

            Examples:
              quiztui new article --event ~/packs/city-vote-2024
              quiztui new article --event ~/packs/city-vote-2024 --id herald-2024-05-02
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            Event,
            Id,
        };
        command.SetAction(parse => PackAuthoring.Run(() => Execute(parse.GetValue(Event)!, parse.GetValue(Id))));
        return command;
    }

    private static int Execute(string pack, string? id)
    {
        var outline = PackAuthoring.LoadPack(pack);
        var taken = outline.Ids;
        string articles = Path.Combine(pack, "articles");
        if (id is null)
        {
            for (int n = 1; ; n++)
            {
                id = $"article-{n}";
                if (!taken.Contains(id) && !taken.Contains(id + "-quote-1") && !File.Exists(Path.Combine(articles, id + ".yaml")))
                    break;
            }
        }
        PackAuthoring.CheckId(id, "article");
        foreach (string newId in new[] { id, id + "-point-1", id + "-quote-1" })
        {
            if (taken.Contains(newId))
                throw new AuthoringException($"the id '{newId}' is already used in {pack}; choose another --id");
        }
        string speaker = outline.PeopleIds.FirstOrDefault() ?? "";
        string file = Path.Combine(articles, id + ".yaml");
        PackAuthoring.WriteNew(file, Scaffolds.ArticleYaml(id, DateOnly.FromDateTime(DateTime.Now), speaker.Length > 0 ? speaker : null));
        PackAuthoring.EnsureSchemas(pack);
        int status = PackAuthoring.CheckWritten(file);
        Console.WriteLine($"""
            Created {file}.

            Next:
              1. Fill in outlet, published, headline, seed, summary and key points.
              2. Replace the sample quotation with the article's own, word for word, each with
                 its speaker's id from event.yaml.
              3. Add a quiz on it:  quiztui new quiz --event {pack} --kind comprehension --article {id}
              4. Check your work:   quiztui validate {pack}
            """);
        return status;
    }
}
