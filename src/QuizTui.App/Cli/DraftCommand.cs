using System.CommandLine;
using Humanizer;
using QuizTui.Core.Drafting;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.App.Cli;

/// <summary>
/// <c>quiztui draft quotes</c>: a draft quotation bank from a plain-text news article;
/// <c>quiztui draft pack</c>: a whole pack drafted from several.
/// </summary>
internal static class DraftCommand
{
    private static readonly Argument<string> ArticleFile = new("ARTICLE")
    {
        Description = "A news article saved as plain text (UTF-8).",
    };

    private static readonly Option<string?> EventDir = new("--event")
    {
        Description = "A content pack folder: speakers are matched to the people in its event.yaml, so the draft uses their ids.",
        HelpName = "DIR",
    };

    private static readonly Option<string> Format = new("--format")
    {
        Description = "yaml (default): a quotations: list to paste into an article file; json: every field, for tools.",
        DefaultValueFactory = _ => "yaml",
    };

    private static readonly Option<bool> Labels = new("--labels")
    {
        Description = "Also list short quoted labels and scare quotes (left out by default; always in json, marked kind: label).",
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("yaml", "json");
        var quotes = new Command("quotes", """
            Read a plain-text news article and list its direct quotations with their speakers, as a
            draft quotation bank to review. It handles curly and straight quote marks, attribution
            before or after the quotation, surnames and pronouns that refer back to someone named
            earlier, quotations split by their attribution or running over several paragraphs, and
            organisations as speakers. Short quoted labels are left out. A speaker it cannot tell is
            written as `unknown` with a comment, and with --event, a speaker missing from event.yaml
            is marked NOT IN event.yaml: check every entry before you use it.

            JSON output is an array of objects with text, speaker and speaker_id (left out when
            unresolved), speaker_resolved, speaker_kind, kind (speech or label), line, column,
            paragraph, confidence, confidence_level (high, medium or low), needs_check,
            attribution, channel and reason.

            Examples:
              quiztui draft quotes article.txt
              quiztui draft quotes article.txt --event ~/packs/city-vote > vote-quotes.yaml
                  then copy the entries you keep into the article's own quotations: list
              quiztui draft quotes article.txt --format json
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            ArticleFile,
            EventDir,
            Format,
            Labels,
        };
        quotes.SetAction(Run);

        var command = new Command("draft", "Draft content from source material. See: quiztui draft quotes --help, quiztui draft pack --help");
        command.Subcommands.Add(quotes);
        command.Subcommands.Add(CreatePack());
        return command;
    }

    private static readonly Argument<string[]> PackArticles = new("ARTICLE")
    {
        Description = "News articles about one event, each saved as plain text (UTF-8).",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string> PackEvent = new("--event")
    {
        Description = "The event id: lowercase words joined by hyphens, e.g. city-vote-2024.",
        HelpName = "ID",
        Required = true,
    };

    private static readonly Option<string> PackOut = new("--out")
    {
        Description = "The pack folder to write (created if needed; it must not hold an event.yaml yet).",
        HelpName = "DIR",
        Required = true,
    };

    private static Command CreatePack()
    {
        var pack = new Command("pack", """
            Draft a whole content pack from news articles about one event. It writes event.yaml
            with everyone the articles name or quote (name, role and organisation as the articles give
            them) and the articles in date order; one article file per text with its outlet, date
            and headline when the text states them, and its quotations with their speakers; and a
            who-said-what quiz whose wrong answers are the event's other speakers. Versions of a
            quotation printed by several articles get the same speaker, so the compare view
            shows them side by side.

            What only you can write (titles, overview, summaries, key points, timeline) is left as
            FILL IN: places, and what the draft is unsure of (a speaker found with low confidence,
            a guessed headline or date, a quotation with no speaker) is marked CHECK:. Each is a
            warning in quiztui validate (QT600, QT601), so the pack opens at once in quiztui
            preview while validate lists the work left. Nothing is overwritten, and nothing is
            written at all when an article cannot be read, is empty or is not UTF-8 text, when
            the id is not valid or when DIR already holds a pack: each is a usage error saying
            which and why. Control characters in an article (terminal colour codes, say) are left
            out of the draft, and the command says so.

            Examples:
              quiztui draft pack sources/*.txt --event city-vote-2024 --out ~/packs/city-vote-2024
              quiztui validate ~/packs/city-vote-2024
              quiztui preview ~/packs/city-vote-2024
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            PackArticles,
            PackEvent,
            PackOut,
        };
        pack.SetAction(parse => PackAuthoring.Run(() => RunPack(parse.GetValue(PackArticles)!, parse.GetValue(PackEvent)!, parse.GetValue(PackOut)!)));
        return pack;
    }

    private static int RunPack(string[] paths, string eventId, string outDir)
    {
        PackAuthoring.CheckId(eventId, "event");
        if (File.Exists(outDir))
            throw new AuthoringException($"--out {outDir} is a file; give the folder to write the pack in");
        if (File.Exists(Path.Combine(outDir, "event.yaml")) || File.Exists(Path.Combine(outDir, "event.yml")))
            throw new AuthoringException($"{outDir} already holds a pack (it has an event.yaml), which is never overwritten; give a new folder with --out, or add one more article to it with quiztui new article --event {outDir} and quiztui draft quotes ARTICLE.txt --event {outDir}");
        // Each article's file name is its seed, so two files may not share one; the same file twice says so.
        var sameName = paths.GroupBy(Path.GetFileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (sameName is not null)
        {
            throw new AuthoringException(sameName.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Count() == 1
                ? $"the article {sameName.First()} is given twice; name each article once"
                : $"two articles are named {sameName.Key}; each article's file name is its seed, so rename one");
        }
        var sources = new List<ArticleSource>();
        foreach (string path in paths)
        {
            string text = ReadArticle(path, out string? problem);
            if (problem is not null)
            {
                throw new AuthoringException($"cannot read the article {path}: {problem}");
            }
            sources.Add(new ArticleSource(Path.GetFileName(path), text));
        }

        var draft = PackDrafter.Draft(eventId, sources, DateOnly.FromDateTime(DateTime.Now));
        foreach (var file in draft.Files)
        {
            string path = Path.Combine(outDir, file.Path.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path))
                throw new AuthoringException($"{path} already exists; not overwriting it (give a new folder with --out)");
        }
        CreateOutFolder(outDir);
        foreach (var file in draft.Files)
            PackAuthoring.WriteNew(Path.Combine(outDir, file.Path.Replace('/', Path.DirectorySeparatorChar)), file.Text);
        PackAuthoring.EnsureSchemas(outDir);

        var check = ContentLoader.LoadDirectories([outDir]);
        var s = draft.Summary;
        Console.WriteLine($"""
            Drafted the pack {eventId} in {outDir}:
              {"article".ToQuantity(s.Articles)}, {"quotation".ToQuantity(s.Quotations)} with speakers ({s.ToCheck} marked CHECK:), {s.Unresolved} with no speaker (left commented out),
              {"person".ToQuantity(s.People)} in event.yaml, {s.Linked} quotations printed by more than one article.
            """);
        if (check.HasErrors)
        {
            foreach (var diagnostic in check.Diagnostics.Where(d => d.IsError))
                Console.Error.WriteLine(diagnostic);
            Console.Error.WriteLine("quiztui: the drafted pack has errors (listed above); this is a bug in the drafter, please report it with the articles.");
            return ExitCodes.InputHasErrors;
        }
        Console.WriteLine($"""

            Next:
              1. quiztui validate {outDir}   lists {"place".ToQuantity(check.WarningCount)} to fill in or check
              2. quiztui preview {outDir}    opens the pack as students will see it
            """);
        return ExitCodes.Ok;
    }

    private static int Run(ParseResult parse)
    {
        string path = parse.GetValue(ArticleFile)!;
        string text = ReadArticle(path, out string? problem);
        if (problem is not null)
        {
            Console.Error.WriteLine($"quiztui: cannot read the article {TerminalText.Escape(path)}: {problem}");
            return ExitCodes.UsageOrIo;
        }

        // The people of the pack, read as scaffolding reads them: articles the timeline names but
        // that are not written yet (this draft is for one of them) do not stand in the way.
        IReadOnlyList<Person>? people = null;
        if (parse.GetValue(EventDir) is { } eventDir)
        {
            try
            {
                people = PackAuthoring.LoadPack(eventDir).People;
            }
            catch (AuthoringException e)
            {
                Console.Error.WriteLine($"quiztui: {e.Message}");
                return e.ExitCode;
            }
        }

        var drafts = QuotationDrafter.Extract(text);
        if (parse.GetValue(Format) == "json")
        {
            Console.Out.Write(DraftQuotationWriter.ToJson(drafts));
            return ExitCodes.Ok;
        }

        string prefix = Path.GetFileNameWithoutExtension(path);
        Func<string, string>? speakerId = people is null
            ? null
            : name => SpeakerMatcher.Match(people, name)?.Id ?? DraftQuotationWriter.SpeakerId(name);
        Func<string, bool>? known = people is null ? null : name => SpeakerMatcher.Match(people, name) is not null;
        Console.Out.Write(DraftQuotationWriter.ToYaml(drafts, prefix, parse.GetValue(Labels), speakerId, known));
        int unresolved = drafts.Count(d => d.Kind == QuotationKind.Speech && !d.SpeakerResolved);
        int suggested = drafts.Count(d => d.Kind == QuotationKind.Speech && d.SpeakerGuessed);
        string suggestions = suggested == 0 ? "" : $", {suggested} with only a suggested speaker (no attribution in the text)";
        Console.Error.WriteLine($"{"quotation".ToQuantity(drafts.Count(d => d.Kind == QuotationKind.Speech))} drafted, {unresolved} with no speaker found{suggestions}. Review each one, then run quiztui validate.");
        return ExitCodes.Ok;
    }

    /// <summary>Creates the --out folder before any file is written, so a folder that cannot be made is one clear error.</summary>
    private static void CreateOutFolder(string outDir)
    {
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string? above = Path.GetDirectoryName(Path.GetFullPath(outDir));
            while (above is not null && !Path.Exists(above))
            {
                above = Path.GetDirectoryName(above);
            }
            string why = above is not null && File.Exists(above)
                ? $"{above} is a file, not a folder"
                : e.Message.TrimEnd('.');
            throw new AuthoringException($"cannot create the pack folder {outDir}: {why}; give a folder you can write in with --out");
        }
    }

    /// <summary>
    /// An article's text, made plain for drafting; or, in <paramref name="problem"/>, why it
    /// cannot be drafted (unreadable, not text, empty). Control characters left out are noted on
    /// standard error, so the instructor knows the quotations differ from the file there.
    /// </summary>
    private static string ReadArticle(string path, out string? problem)
    {
        string text = InputFiles.ReadText(path, out problem);
        if (problem is not null)
        {
            return "";
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "it is empty; save the article's text in it, or leave the file out";
            return "";
        }
        text = PlainArticleText.Clean(text, out int removed);
        if (removed > 0)
        {
            Console.Error.WriteLine($"quiztui: {TerminalText.Escape(path)}: left out {"control character".ToQuantity(removed)} (terminal colour codes and the like), which are not words of the article");
        }
        return text;
    }
}
