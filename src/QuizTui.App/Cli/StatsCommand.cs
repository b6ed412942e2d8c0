using System.CommandLine;
using System.Text;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui stats</c>: a learner's progress as text or JSON, without the full-screen app.</summary>
internal static class StatsCommand
{
    private static readonly string Description = """
        Show your progress: per event, quiz and article the attempts, best, last and average score and
        when; mastery per skill; who-said-what accuracy and the speakers you mix up; your streak of
        days practised; and how many questions are due for review.

        Scores are read from the score database (see --db) for the learner named by --profile
        (default: your login name).

        Examples:
          quiztui stats                          your progress as a table
          quiztui stats --profile sam            Sam's progress on this computer
          quiztui stats --format json > me.json  the same figures for a script
        """ + ExitCodes.Help(ExitCodes.UsageOrIo);

    internal static Command Create()
    {
        var format = ScoreCommands.FormatOption("table", "table", "json");
        var command = new Command("stats", Description) { format };
        command.SetAction(parse =>
        {
            using var database = ScoreCommands.OpenStore(parse, out var settings, out bool noDatabaseYet);
            if (settings is null || (database is null && !noDatabaseYet))
                return ExitCodes.UsageOrIo;
            // With no database yet nothing has been answered: the report says so in the format
            // asked for, so a script never gets empty output.
            IScoreStore store = (IScoreStore?)database ?? new InMemoryScoreStore();
            try
            {
                var now = DateTimeOffset.Now;
                var library = ScoreCommands.LoadContent(parse);
                var report = ProgressCalculator.Compute(
                    library, settings.Profile, store.Attempts(settings.Profile), store.AnswerLog(settings.Profile), store.ReviewStates(settings.Profile), now);
                return parse.GetValue(format) == "json"
                    ? ScoreCommands.WriteOutput(null, s => ProgressReportWriter.WriteJson(s, report))
                    : ScoreCommands.WriteOutput(null, s => s.Write(Encoding.UTF8.GetBytes(TerminalText.EscapeLines(ProgressReportWriter.ToText(report, now)))));
            }
            catch (Storage.ScoreStoreException e)
            {
                ScoreCommands.Error(e.Message);
                return ExitCodes.UsageOrIo;
            }
        });
        return command;
    }
}
