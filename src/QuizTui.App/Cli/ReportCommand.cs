using System.CommandLine;
using System.Text;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui report FILE...</c>: a class summary from the score exports students hand in.</summary>
internal static class ReportCommand
{
    private static readonly string Description = """
        For an instructor: combine the score exports students hand in (made with 'quiztui export
        scores', CSV or JSON, any mix) into a class summary. Per quiz and per question: how many
        students answered, how many answers, the percentage of answers that were right, and the most
        common wrong answer. A file handed in twice is counted once. Questions whose text an
        export left empty (it was made without the pack) get it from the content: pass
        --content DIR with the pack; questions still not found are named on standard error.

        Examples:
          quiztui report alice.csv bob.csv chen.json
          quiztui report exports/*.csv --format csv -o class-summary.csv
          quiztui report exports/*.json --format json
          quiztui report exports/*.csv --content ~/packs/city-vote-2024
        """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo);

    internal static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Score exports (CSV or JSON) made with 'quiztui export scores'.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = ScoreCommands.FormatOption("table", "table", "csv", "json");
        var output = ScoreCommands.OutputOption();
        var command = new Command("report", Description) { files, format, output };
        command.SetAction(parse =>
        {
            var problems = new List<ExportProblem>();
            var rows = new List<ExportRow>();
            foreach (string file in parse.GetValue(files) ?? [])
            {
                string text = InputFiles.ReadText(file, out string? problem);
                if (problem is not null)
                {
                    ScoreCommands.Error($"cannot read {TerminalText.Escape(file)}: {problem}");
                    return ExitCodes.UsageOrIo;
                }
                rows.AddRange(ScoreExport.Read(text, file, problems));
            }
            foreach (var problem in problems)
                Console.Error.WriteLine(problem.ToString());

            var filled = ScoreExport.FillFromContent(rows, ScoreCommands.LoadContent(parse));
            ScoreCommands.WarnUnresolved(filled, "the report shows them by id");
            var report = ClassReport.Build(filled);
            int written = parse.GetValue(format) switch
            {
                "json" => ScoreCommands.WriteOutput(parse.GetValue(output), report.WriteJson),
                "csv" => ScoreCommands.WriteOutput(parse.GetValue(output), s =>
                {
                    using var writer = new StreamWriter(s, new UTF8Encoding(false), leaveOpen: true);
                    report.WriteCsv(writer);
                }),
                _ => ScoreCommands.WriteOutput(parse.GetValue(output), s => s.Write(Encoding.UTF8.GetBytes(TerminalText.EscapeLines(report.ToTable())))),
            };
            if (written != ExitCodes.Ok)
                return written;
            return problems.Count > 0 ? ExitCodes.InputHasErrors : ExitCodes.Ok;
        });
        return command;
    }
}
