// Benchmarks are plain programs that print their figures; each one is a class with a Run method.
// Usage: dotnet run -c Release --project benchmarks/QuizTui.Benchmarks -- NAME [ARGS...]
var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["quotes"] = QuoteDraftBenchmark.Run,
    ["speakers-train"] = SpeakerTrainCommand.Run,
    ["scores"] = QuizTui.Benchmarks.ScoreBenchmark.Run,
    ["content"] = ContentLoadBenchmark.Run,
    ["class"] = QuizTui.Benchmarks.ClassBenchmark.Run,
    ["suggestions"] = SuggestionBenchmark.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: QuizTui.Benchmarks NAME [ARGS...]");
    Console.Error.WriteLine("benchmarks: " + string.Join(", ", benchmarks.Keys.Order()));
    return 2;
}
return run(args[1..]);
