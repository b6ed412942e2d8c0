using System.Text;
using System.Text.RegularExpressions;
using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Docs;

/// <summary>
/// Keeps docs/authoring.md honest: every YAML example in it is loaded, the good ones as example
/// packs that must load cleanly, the broken ones in a copy of those packs where they must give
/// exactly the codes they announce. The marker convention is described in the guide's last section.
/// </summary>
public sealed partial class AuthoringGuideTests
{
    private static readonly Lazy<string> GuideText = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "authoring.md")));

    private static readonly Lazy<GuideExamples> ParsedExamples = new(() => GuideExamples.Parse(GuideText.Value));

    private static GuideExamples Examples => ParsedExamples.Value;

    [Fact]
    public void Every_yaml_block_is_marked_and_every_fence_names_its_language()
    {
        Assert.True(Examples.Problems.Count == 0, string.Join("\n", Examples.Problems));
        Assert.NotEmpty(Examples.Good);
        Assert.NotEmpty(Examples.Broken);
    }

    [Fact]
    public void Good_examples_build_packs_that_load_with_no_error_and_no_warning()
    {
        using var dir = new TempFolder();
        var packs = Examples.WriteGood(dir.Path);

        var result = ContentLoader.LoadDirectories([dir.Path]);

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(packs.Count, result.Library.Events.Count);
    }

    public static TheoryData<int, string> BrokenExamples()
    {
        var data = new TheoryData<int, string>();
        foreach (var example in Examples.Broken)
            data.Add(example.Line, string.Join(" ", example.Codes));
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenExamples))]
    public void Broken_example_gives_exactly_the_codes_it_announces(int line, string codes)
    {
        var example = Examples.Broken.Single(e => e.Line == line);
        using var dir = new TempFolder();
        Examples.WriteGood(dir.Path);
        GuideExamples.WriteInto(dir.Path, example);

        var result = ContentLoader.LoadDirectories([dir.Path]);

        string all = string.Join("\n", result.Diagnostics);
        Assert.True(codes.Split(' ').Order().SequenceEqual(result.Diagnostics.Select(d => d.Code).Distinct().Order()),
            $"line {line} expects {codes}, got:\n{all}");
        Assert.All(result.Diagnostics, d => Assert.EndsWith("/" + example.Path, d.File, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\| (QT\d{3}) \| (error|warning) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [Fact]
    public void Code_table_lists_every_code_with_its_severity_and_no_other()
    {
        var documented = CodeRow().Matches(GuideText.Value).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var expected = DiagnosticCodes.All.Select(c => (c.Code, c.Severity == Severity.Error ? "error" : "warning")).ToList();
        Assert.Equal(expected, documented);
    }

    [Fact]
    public void Every_question_type_has_an_example_that_loads()
    {
        var missing = ContentKeys.QuestionTypes
            .Where(type => !Examples.Good.Any(e => Regex.IsMatch(e.Yaml, $@"^\s*type: {Regex.Escape(type)}\s*$", RegexOptions.Multiline)))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_kind_skill_and_channel_is_named()
    {
        var words = ContentKeys.All.SelectMany(k => k.Allowed)
            .Concat(ContentKeys.QuizKinds).Concat(ContentKeys.QuestionTypes)
            .Concat(ContentKeys.Skills).Concat(ContentKeys.Channels)
            .Append(ContentKeys.AllQuotations).Append(ContentKeys.AllPeople)
            .Distinct();
        var missing = words.Where(w => !GuideText.Value.Contains($"`{w}`", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Parser_rejects_unmarked_blocks_fences_without_language_and_stray_markers()
    {
        const string text = """
            Text.

            ```yaml
            id: unmarked
            ```

            ```
            no language
            ```

            <!-- example: pack/event.yaml -->
            Not a block.

            <!-- example: pack/quizzes/q.yaml continued -->
            ```yaml
            - id: nothing-to-continue
            ```

            <!-- example: broken pack/event.yaml -->
            ```yaml
            id: broken-without-codes
            ```
            """;
        var parsed = GuideExamples.Parse(text);
        Assert.Equal(5, parsed.Problems.Count);
        Assert.Contains(parsed.Problems, p => p.Contains("line 3", StringComparison.Ordinal) && p.Contains("no marker", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Contains("line 7", StringComparison.Ordinal) && p.Contains("language", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Contains("line 11", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Contains("line 14", StringComparison.Ordinal) && p.Contains("continues", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Contains("line 19", StringComparison.Ordinal) && p.Contains("expect", StringComparison.Ordinal));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "quiztui-guide-" + Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

/// <summary>One marked YAML block of the guide.</summary>
/// <param name="Line">The 1-based line of its marker.</param>
/// <param name="Path">Where it goes, relative to a folder of packs.</param>
/// <param name="Continued">Appended to the file an earlier block started.</param>
/// <param name="Codes">For a broken example, the codes it must give; empty for a good one.</param>
internal sealed record GuideExample(int Line, string Path, bool Continued, IReadOnlyList<string> Codes, string Yaml)
{
    public bool IsBroken => Codes.Count > 0;
}

/// <summary>
/// The marked examples of a guide. Markers, on the line before a <c>```yaml</c> fence:
/// <c>&lt;!-- example: PACK/PATH --&gt;</c> (a whole file), <c>… PACK/PATH continued --&gt;</c>
/// (appended to it), <c>&lt;!-- example: broken PACK/PATH[ continued], expect QTnnn[ QTnnn] --&gt;</c>.
/// </summary>
internal sealed partial class GuideExamples
{
    public List<GuideExample> Good { get; } = [];
    public List<GuideExample> Broken { get; } = [];
    public List<string> Problems { get; } = [];

    [GeneratedRegex(@"^<!-- example: (?<broken>broken )?(?<path>[a-z0-9][a-z0-9._/-]*)(?<continued> continued)?(?:, expect (?<codes>QT\d{3}(?: QT\d{3})*))? -->$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^```(?<lang>\S*)\s*$")]
    private static partial Regex Fence();

    public static GuideExamples Parse(string markdown)
    {
        var result = new GuideExamples();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var started = new HashSet<string>(StringComparer.Ordinal);
        int? pendingMarker = null;

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("<!-- example:", StringComparison.Ordinal))
            {
                if (pendingMarker is { } stray)
                    result.Problems.Add($"line {stray + 1}: marker not followed by a ```yaml block");
                pendingMarker = i;
                continue;
            }

            var fence = Fence().Match(line);
            if (!fence.Success)
            {
                if (line.Trim().Length > 0 && pendingMarker is { } stray)
                {
                    result.Problems.Add($"line {stray + 1}: marker not followed by a ```yaml block");
                    pendingMarker = null;
                }
                continue;
            }

            string lang = fence.Groups["lang"].Value;
            int close = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
            if (close < 0)
            {
                result.Problems.Add($"line {i + 1}: fence never closed");
                break;
            }
            string body = string.Join("\n", lines[(i + 1)..close]) + "\n";
            int? marker = pendingMarker;
            pendingMarker = null;

            if (lang.Length == 0)
                result.Problems.Add($"line {i + 1}: fenced block names no language (write ```yaml, ```sh, ```text …)");
            else if (lang is "yaml" or "yml")
                result.AddExample(lines, i, marker, body, started);
            else if (marker is { } m)
                result.Problems.Add($"line {m + 1}: marker before a ```{lang} block; only yaml blocks are examples");
            i = close;
        }
        if (pendingMarker is { } last)
            result.Problems.Add($"line {last + 1}: marker not followed by a ```yaml block");
        return result;
    }

    private void AddExample(string[] lines, int fenceLine, int? marker, string body, HashSet<string> started)
    {
        if (marker is not { } m)
        {
            Problems.Add($"line {fenceLine + 1}: ```yaml block has no marker (<!-- example: PACK/PATH --> on the line before)");
            return;
        }
        var match = Marker().Match(lines[m]);
        if (!match.Success)
        {
            Problems.Add($"line {m + 1}: marker not understood: {lines[m]}");
            return;
        }
        bool broken = match.Groups["broken"].Success;
        var codes = match.Groups["codes"].Success ? match.Groups["codes"].Value.Split(' ') : [];
        string path = match.Groups["path"].Value;
        bool continued = match.Groups["continued"].Success;
        if (broken != codes.Length > 0)
        {
            Problems.Add($"line {m + 1}: a broken example needs `, expect QTnnn`, and only a broken one may have it");
            return;
        }
        if (path.Split('/').Any(part => part is "" or "." or ".."))
        {
            Problems.Add($"line {m + 1}: path `{path}` must be relative, inside the examples folder");
            return;
        }
        if (continued && !started.Contains(path))
        {
            Problems.Add($"line {m + 1}: `{path} continued` continues no file an earlier block started");
            return;
        }
        var example = new GuideExample(m + 1, path, continued, codes, body);
        if (broken)
        {
            Broken.Add(example);
            return;
        }
        if (!continued && !started.Add(path))
        {
            Problems.Add($"line {m + 1}: `{path}` is started twice; mark the later block `continued`");
            return;
        }
        Good.Add(example);
    }

    /// <summary>Writes the good examples under <paramref name="root"/>; returns the pack folders.</summary>
    public IReadOnlySet<string> WriteGood(string root)
    {
        var files = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var example in Good)
        {
            if (!files.TryGetValue(example.Path, out var text))
                files[example.Path] = text = new StringBuilder();
            text.Append(example.Yaml);
        }
        foreach (var (path, text) in files)
            Write(root, path, text.ToString(), append: false);
        return files.Keys.Select(p => p.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes one (broken) example over the good packs: appended when continued, else replacing.</summary>
    public static void WriteInto(string root, GuideExample example) =>
        Write(root, example.Path, example.Yaml, append: example.Continued);

    private static void Write(string root, string path, string text, bool append)
    {
        string full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (append)
            File.AppendAllText(full, text);
        else
            File.WriteAllText(full, text);
    }
}
