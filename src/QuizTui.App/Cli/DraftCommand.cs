using System.CommandLine;
using QuizTui.Core.Drafting;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui draft quotes</c>: a draft quotation bank from a plain-text news article.</summary>
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

            JSON output is an array of objects with text, speaker (null when unresolved),
            speakerResolved, kind (speech or label), line, column, paragraph, confidence,
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

        var command = new Command("draft", "Draft content from source material. See: quiztui draft quotes --help");
        command.Subcommands.Add(quotes);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        string path = parse.GetValue(ArticleFile)!;
        string text = InputFiles.ReadText(path, out string? problem);
        if (problem is not null)
        {
            Console.Error.WriteLine($"quiztui: cannot read the article {path}: {problem}.");
            return ExitCodes.UsageOrIo;
        }

        NewsEvent? newsEvent = null;
        if (parse.GetValue(EventDir) is { } eventDir)
        {
            try
            {
                var loaded = ContentLoader.LoadDirectories([eventDir]);
                newsEvent = loaded.Library.Events.FirstOrDefault();
                if (newsEvent is null)
                {
                    Console.Error.WriteLine($"quiztui: no usable event in {eventDir}; run quiztui validate {eventDir} to see why.");
                    return ExitCodes.InputHasErrors;
                }
            }
            catch (ContentIoException e)
            {
                Console.Error.WriteLine($"quiztui: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
        }

        var drafts = QuotationDrafter.Extract(text);
        if (parse.GetValue(Format) == "json")
        {
            Console.Out.WriteLine(DraftQuotationWriter.ToJson(drafts));
            return ExitCodes.Ok;
        }

        string prefix = Path.GetFileNameWithoutExtension(path);
        Func<string, string>? speakerId = newsEvent is null
            ? null
            : name => SpeakerMatcher.Match(newsEvent, name)?.Id ?? DraftQuotationWriter.SpeakerId(name);
        Func<string, bool>? known = newsEvent is null ? null : name => SpeakerMatcher.Match(newsEvent, name) is not null;
        Console.Out.Write(DraftQuotationWriter.ToYaml(drafts, prefix, parse.GetValue(Labels), speakerId, known));
        int unresolved = drafts.Count(d => d.Kind == QuotationKind.Speech && !d.SpeakerResolved);
        Console.Error.WriteLine($"{drafts.Count(d => d.Kind == QuotationKind.Speech)} quotations drafted, {unresolved} with no speaker found. Review each one, then run quiztui validate.");
        return ExitCodes.Ok;
    }
}
