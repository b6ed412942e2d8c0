using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuizTui.Core.Loading;

/// <summary>
/// Time to validate a large pack whose quotations name speakers the event does not list, so every
/// one of them gets a "Did you mean" search over all the people: what <c>quiztui validate</c> does
/// with such a pack (load, check, and format every diagnostic).
/// </summary>
/// <remarks>
/// Usage: <c>suggestions [PEOPLE] [--runs N]</c>. The pack has PEOPLE people (5,000 by default) and
/// as many quotations, each naming an undeclared speaker: half of them a declared id with one typo
/// (a close match exists), half a name no one in the event has (usually no suggestion). The names
/// come from a fixed random seed, so every run checks the same pack.
/// </remarks>
internal static class SuggestionBenchmark
{
    private static readonly string[] Syllables =
    [
        "an", "ber", "cal", "dor", "el", "fin", "gar", "hal", "in", "jo", "kel", "lin", "mar", "nor",
        "ol", "per", "quin", "ros", "sam", "tor", "ul", "ven", "wil", "xan", "yor", "zel", "son", "ta",
    ];

    private static readonly Argument<int> People = new("PEOPLE")
    {
        Description = "People in the generated pack, and as many quotations.",
        DefaultValueFactory = _ => 5000,
    };

    private static readonly Option<int> Runs = new("--runs")
    {
        Description = "How many times the pack is validated.",
        HelpName = "N",
        DefaultValueFactory = _ => 3,
    };

    /// <summary>The <c>suggestions</c> command.</summary>
    public static Command Create()
    {
        var command = new Command("suggestions", "Validate a large pack whose quotations name undeclared speakers, each getting a \"Did you mean\" search.")
        {
            People, Runs,
        };
        command.SetAction(parse => Run(parse.GetValue(People), parse.GetValue(Runs)));
        return command;
    }

    private static int Run(int people, int runs)
    {

        string pack = Path.Combine(Path.GetTempPath(), "quiztui-suggestions-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            WritePack(pack, people);
            var times = new double[runs];
            var cpu = new double[runs];
            var process = Process.GetCurrentProcess();
            int diagnostics = 0;
            int suggested = 0;
            for (int r = 0; r < runs; r++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var result = ContentLoader.LoadDirectories([pack]);
                var output = new StringWriter();
                foreach (var d in result.Diagnostics)
                {
                    output.WriteLine(d.ToString());
                }
                times[r] = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                cpu[r] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
                diagnostics = result.Diagnostics.Count;
                suggested = result.Diagnostics.Count(d => d.Message.Contains("Did you mean", StringComparison.Ordinal));
            }
            Array.Sort(times);
            Array.Sort(cpu);
            Console.WriteLine($"validate: {people} people, {people} quotations with unknown speakers");
            Console.WriteLine($"  {diagnostics} diagnostics, {suggested} with a suggestion");
            Console.WriteLine($"  wall clock: median {times[runs / 2]:F0} ms over {runs} runs (fastest {times[0]:F0} ms, slowest {times[^1]:F0} ms)");
            Console.WriteLine($"  processor time (all threads, so garbage collection included): median {cpu[runs / 2]:F0} ms");
            return 0;
        }
        finally
        {
            if (Directory.Exists(pack))
            {
                Directory.Delete(pack, recursive: true);
            }
        }
    }

    private static void WritePack(string pack, int count)
    {
        var random = new Random(20200924);
        var declared = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (declared.Count < count)
        {
            string id = Name(random);
            if (seen.Add(id))
            {
                declared.Add(id);
            }
        }

        Directory.CreateDirectory(Path.Combine(pack, "articles"));
        var ev = new StringBuilder();
        ev.Append("id: generated-event\ntitle: A generated event\nperiod: { start: 2020-09-24, end: 2020-09-25 }\n");
        ev.Append("overview: A pack generated to time validation.\ntags: [generated]\npeople:\n");
        foreach (string id in declared)
        {
            ev.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    name: {id}\n");
        }
        File.WriteAllText(Path.Combine(pack, "event.yaml"), ev.ToString());

        var article = new StringBuilder();
        article.Append("id: generated-article\noutlet: The Generated Times\npublished: 2020-09-24\nheadline: Many people spoke\n");
        article.Append("summary: Everyone said something.\nkey_points:\n  - People spoke.\nquotations:\n");
        for (int i = 0; i < count; i++)
        {
            string speaker;
            do
            {
                speaker = i % 2 == 0 ? Typo(declared[random.Next(declared.Count)], random) : Name(random);
            }
            while (seen.Contains(speaker));
            article.Append(CultureInfo.InvariantCulture, $"  - id: q{i}\n    text: Words number {i}.\n    speaker: {speaker}\n    channel: interview\n");
        }
        File.WriteAllText(Path.Combine(pack, "articles", "generated-article.yaml"), article.ToString());
    }

    private static string Name(Random random)
    {
        string Part() => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return Part() + "-" + Part();
    }

    /// <summary>The id with one letter changed, dropped, added or swapped with the next.</summary>
    private static string Typo(string id, Random random)
    {
        int at = random.Next(id.Length - 1);
        char letter = (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 => id[..at] + letter + id[(at + 1)..],
            1 => id.Remove(at, 1),
            2 => id.Insert(at, letter.ToString()),
            _ => id[..at] + id[at + 1] + id[at] + id[(at + 2)..],
        };
    }
}
