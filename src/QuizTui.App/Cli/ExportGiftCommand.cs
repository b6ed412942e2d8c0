using System.CommandLine;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui export gift</c>: quizzes as Moodle GIFT.</summary>
internal static class ExportGiftCommand
{
    private static readonly Option<string?> Event = new("--event")
    {
        Description = "Only this event (default: every loaded event).",
        HelpName = "ID",
    };

    private static readonly Option<string?> Quiz = new("--quiz")
    {
        Description = "Only this quiz (default: every quiz of the chosen events).",
        HelpName = "ID",
    };

    public static Command Create()
    {
        var command = new Command("gift", """
            Write quizzes as Moodle GIFT on standard output, to import into a Moodle question
            bank (Question bank > Import > GIFT format). Each quiz gets its own category,
            $course$/EVENT-ID/QUIZ-ID; each question is titled with its id.

            What changes on the way is reported on standard error, one line per question:
              who-said-what quizzes become single-choice questions offering speaker names
              (the wrong speakers are fixed at export); ordering questions become matching
              questions (item -> its place); evidence questions become two single-choice
              questions (part A, then part B); numeric units move into the prompt. Skills and
              article ids are kept in // comments, which Moodle ignores and quiztui import gift
              reads back.

            Examples:
              quiztui export gift > all.gift
              quiztui export gift --event hootsuite-ice-2020 > hootsuite.gift
              quiztui --content ~/packs/city-vote-2024 export gift --event city-vote-2024 --quiz herald-quiz
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            Event,
            Quiz,
        };
        command.SetAction(parse => PackAuthoring.Run(() => Execute(parse, parse.GetValue(Event), parse.GetValue(Quiz))));
        return command;
    }

    private static int Execute(ParseResult parse, string? eventId, string? quizId)
    {
        LoadResult loaded;
        try
        {
            loaded = ContentSources.Load(parse);
        }
        catch (ContentIoException e)
        {
            throw new AuthoringException(e.Message);
        }
        var events = loaded.Library.Events.ToList();
        if (eventId is not null)
        {
            var found = loaded.Library.FindEvent(eventId)
                ?? throw new AuthoringException($"no event '{eventId}' loaded{ErrorHint(loaded)}; loaded events: {Known(events.Select(e => e.Id))}");
            events = [found];
        }
        if (quizId is not null && !events.Any(e => e.FindQuiz(quizId) is not null))
            throw new AuthoringException($"no quiz '{quizId}' in {(eventId is null ? "the loaded events" : eventId)}; quizzes: {Known(events.SelectMany(e => e.Quizzes).Select(q => q.Id))}");

        var export = GiftWriter.Write(events, quizId);
        Console.Out.Write(export.Text);
        foreach (var note in export.Notes)
            Console.Error.WriteLine(note);
        if (loaded.HasErrors)
        {
            Console.Error.WriteLine($"warning: the content has {loaded.ErrorCount} error(s); events with errors were left out (see quiztui validate)");
            return ExitCodes.InputHasErrors;
        }
        return ExitCodes.Ok;
    }

    private static string ErrorHint(LoadResult loaded) =>
        loaded.HasErrors ? $" (the content has {loaded.ErrorCount} error(s) and events with errors are left out; see quiztui validate)" : "";

    private static string Known(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
