using System.CommandLine;
using QuizTui.Core.Authoring;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui new quiz --event DIR --kind KIND</c>: a commented quiz file in a pack.</summary>
internal static class NewQuizCommand
{
    private static readonly Option<string> Event = new("--event")
    {
        Description = "The content pack folder (the one holding event.yaml).",
        HelpName = "DIR",
        Required = true,
    };

    private static readonly Option<string> Kind = new("--kind")
    {
        Description = "who-said-what: learners name the speaker of each quotation; comprehension: questions on an article or the event.",
        HelpName = "KIND",
        Required = true,
    };

    private static readonly Option<string?> Article = new("--article")
    {
        Description = "The article the quiz is about. Without it, a comprehension quiz covers the whole event and a who-said-what quiz uses every quotation.",
        HelpName = "ID",
    };

    private static readonly Option<string?> Id = new("--id")
    {
        Description = "The quiz id (default: made from the article or event id). Also the file name.",
        HelpName = "ID",
    };

    public static Command Create()
    {
        Kind.AcceptOnlyFromAmong("who-said-what", "comprehension");
        var command = new Command("quiz", """
            Create DIR/quizzes/ID.yaml: a commented quiz that validates as it is.
            A comprehension quiz starts with two sample questions and, at the end, a commented
            example of every question type to copy. A who-said-what quiz needs quotations in
            the articles and at least three people in event.yaml.
            Refuses to overwrite an existing file or reuse an id of the event.
            The new file is then checked; references to articles and quotations not written
            yet are not errors.

            Examples:
              quiztui new quiz --event ~/packs/city-vote-2024 --kind comprehension --article herald-2024-05-02
              quiztui new quiz --event ~/packs/city-vote-2024 --kind comprehension --id whole-story
              quiztui new quiz --event ~/packs/city-vote-2024 --kind who-said-what
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            Event,
            Kind,
            Article,
            Id,
        };
        command.SetAction(parse => PackAuthoring.Run(() =>
            Execute(parse.GetValue(Event)!, parse.GetValue(Kind)!, parse.GetValue(Article), parse.GetValue(Id))));
        return command;
    }

    private static int Execute(string pack, string kind, string? articleId, string? id)
    {
        var outline = PackAuthoring.LoadPack(pack);
        var taken = outline.Ids;
        var article = articleId is null ? null : outline.FindArticle(articleId)
            ?? throw new AuthoringException($"no article '{articleId}' in {pack}; its articles: {Known(outline.Articles.Select(a => a.Id))}");
        string quizzes = Path.Combine(pack, "quizzes");
        bool whoSaidWhat = kind == "who-said-what";
        string baseId = (article?.Id ?? outline.EventId ?? Path.GetFileName(Path.GetFullPath(pack))) + (whoSaidWhat ? "-who-said-what" : "-quiz");
        if (id is null)
        {
            id = baseId;
            for (int n = 2; taken.Contains(id) || File.Exists(Path.Combine(quizzes, id + ".yaml")); n++)
                id = $"{baseId}-{n}";
        }
        PackAuthoring.CheckId(id, "quiz");
        if (taken.Contains(id))
            throw new AuthoringException($"the id '{id}' is already used in {pack}; choose another --id");

        string text;
        if (whoSaidWhat)
        {
            var quotations = article?.QuotationIds;
            if ((quotations ?? outline.QuotationIds.ToList()).Count == 0)
                throw new AuthoringException($"{(article is null ? pack : "article " + article.Id)} has no quotations yet; add some to an article first (a who-said-what quiz asks who said each one)");
            text = Scaffolds.WhoSaidWhatQuizYaml(id, quotations);
        }
        else
        {
            foreach (string questionId in new[] { id + "-main-idea", id + "-detail" })
            {
                if (taken.Contains(questionId))
                    throw new AuthoringException($"the id '{questionId}' is already used in {pack}; choose another --id");
            }
            string cited = article?.Id ?? outline.Articles.FirstOrDefault()?.Id
                ?? throw new AuthoringException($"{pack} has no articles yet; questions rest on articles, so add one first: quiztui new article --event {pack}");
            // The commented evidence example cites real ids, so it validates once uncommented.
            IReadOnlyList<ArticleOutline> sources = article is null ? outline.Articles : [article];
            string? keyPoint = sources.SelectMany(a => a.KeyPointIds).FirstOrDefault();
            string? quotation = sources.SelectMany(a => a.QuotationIds).FirstOrDefault();
            text = Scaffolds.ComprehensionQuizYaml(id, article?.Id, cited, keyPoint, quotation);
        }
        string file = Path.Combine(quizzes, id + ".yaml");
        PackAuthoring.WriteNew(file, text);
        PackAuthoring.EnsureSchemas(pack);
        int status = PackAuthoring.CheckWritten(file);
        Console.WriteLine(whoSaidWhat
            ? $"""
              Created {file}.

              Next:
                1. Set the title; narrow `quotations` to a list of ids if the quiz should not use them all.
                2. Check your work:  quiztui validate {pack}
                3. Try it:           quiztui --content {pack}
              """
            : $"""
              Created {file}.

              Next:
                1. Set the title and replace the two sample questions with your own; copy more
                   question types from the examples at the end of the file.
                2. Give every question a skill and an explanation saying where the answer is found.
                3. Check your work:  quiztui validate {pack}
                4. Try it:           quiztui --content {pack}
              """);
        return status;
    }

    private static string Known(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "(none yet)" : string.Join(", ", list);
    }
}
