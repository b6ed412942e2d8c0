using System.CommandLine;
using System.Diagnostics;
using QuizTui.Core.Loading;

/// <summary>
/// Time to load and validate the bundled content pack from text already in memory (what the app
/// does at start-up with its embedded content): the first load in the process, then the median of
/// warm loads.
/// </summary>
internal static class ContentLoadBenchmark
{
    /// <summary>The <c>content</c> command.</summary>
    public static Command Create()
    {
        var command = new Command("content", "Load and validate the bundled content pack from memory: the first load, then the median of warm loads.");
        command.SetAction(_ => Run());
        return command;
    }

    private static int Run()
    {
        string root = QuoteDraftBenchmark.FindRepoRoot() ?? throw new InvalidOperationException("Run from inside the repository.");
        string pack = Path.Combine(root, "content", "hootsuite-ice-2020");
        var files = Directory.EnumerateFiles(pack, "*.yaml", SearchOption.AllDirectories)
            .Select(f => new ContentFile(f, File.ReadAllText(f)))
            .ToList();

        var first = Stopwatch.StartNew();
        var result = ContentLoader.Load(files);
        first.Stop();
        if (result.HasErrors)
        {
            Console.Error.WriteLine("the bundled pack has errors; run quiztui validate");
            return 1;
        }

        const int runs = 200;
        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            ContentLoader.Load(files);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        int bytes = files.Sum(f => f.Text.Length);
        Console.WriteLine($"content load: {files.Count} files, {bytes / 1024.0:F0} KB");
        Console.WriteLine($"  first load in process: {first.Elapsed.TotalMilliseconds:F1} ms (includes JIT)");
        Console.WriteLine($"  warm load: median {times[runs / 2]:F2} ms, p95 {times[runs * 95 / 100]:F2} ms over {runs} runs");
        return 0;
    }
}
