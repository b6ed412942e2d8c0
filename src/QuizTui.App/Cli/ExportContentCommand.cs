using System.CommandLine;
using QuizTui.Core.Export;
using QuizTui.Core.Loading;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui export content</c>: the fully resolved content model as JSON.</summary>
internal static class ExportContentCommand
{
    private static readonly Option<string?> EventId = new("--event")
    {
        Description = "Export only the event with this id (default: every loaded event).",
        HelpName = "ID",
    };

    private static readonly Option<string> Format = new("--format")
    {
        Description = "The output format. json is the only one: every reference resolved (quotations carry the speaker's name, the article id and the seed file).",
        DefaultValueFactory = _ => "json",
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("json");
        var command = new Command("content", """
            Write the loaded content (bundled packs plus --content) as JSON, with every reference
            resolved, for scripts, other tools and checks. Each quotation has its text, speaker
            (name), speaker_id, article_id, seed, channel and context.

            Content with errors is not exported: the diagnostics are printed instead (exit 1).

            Examples:
              quiztui export content --format json > content.json
              quiztui export content --event hootsuite-ice-2020 --format json
              quiztui export content --content ~/packs/city-vote --event city-vote --format json
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            EventId,
            Format,
        };
        command.SetAction(parse =>
        {
            LoadResult result;
            try
            {
                result = ContentSources.Load(parse);
            }
            catch (ContentIoException e)
            {
                Console.Error.WriteLine($"quiztui: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
            if (result.HasErrors)
            {
                foreach (var d in result.Diagnostics)
                    Console.Error.WriteLine(d.ToString());
                Console.Error.WriteLine("quiztui: the content has errors; fix them (see quiztui validate) and export again.");
                return ExitCodes.InputHasErrors;
            }
            string? eventId = parse.GetValue(EventId);
            if (eventId is not null && result.Library.FindEvent(eventId) is null)
            {
                Console.Error.WriteLine($"quiztui: no event with id '{eventId}'. Loaded: {string.Join(", ", result.Library.Events.Select(e => e.Id))}.");
                return ExitCodes.UsageOrIo;
            }
            Console.Out.WriteLine(ContentJsonExporter.ToJson(result.Library, eventId));
            return ExitCodes.Ok;
        });
        return command;
    }
}
