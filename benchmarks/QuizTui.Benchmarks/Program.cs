using System.CommandLine;
using System.CommandLine.Help;

// Benchmarks are plain programs that print their figures; each one is a subcommand.
// Usage: dotnet run -c Release --project benchmarks/QuizTui.Benchmarks -- NAME [OPTIONS...];
// NAME --help lists a benchmark's options.
var root = new RootCommand("Benchmarks of QuizTui's core and storage; docs/benchmarks.md says what each one measures.")
{
    QuoteDraftBenchmark.Create(),
    SpeakerTrainCommand.Create(),
    QuizTui.Benchmarks.ScoreBenchmark.Create(),
    ContentLoadBenchmark.Create(),
    QuizTui.Benchmarks.ClassBenchmark.Create(),
    SuggestionBenchmark.Create(),
};

var parse = root.Parse(args);
// A mistyped option is refused before anything runs (it would otherwise score sets not asked
// for), with exit code 2, which every benchmark uses for "could not run".
if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }
    Console.Error.WriteLine("See: QuizTui.Benchmarks --help, or QuizTui.Benchmarks NAME --help");
    return 2;
}
return parse.Invoke();
