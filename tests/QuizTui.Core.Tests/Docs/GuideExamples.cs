using System.Text;
using System.Text.RegularExpressions;

namespace QuizTui.Core.Tests.Docs;

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

    /// <summary>The examples of docs/authoring.md and docs/content-format.md, read from <paramref name="docsFolder"/>.</summary>
    public static GuideExamples FromDocs(string docsFolder) =>
        Parse(File.ReadAllText(Path.Combine(docsFolder, "authoring.md")))
            .With(Parse(File.ReadAllText(Path.Combine(docsFolder, "content-format.md"))));

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

    /// <summary>These examples and those of another document, which may add files to the same packs.</summary>
    public GuideExamples With(GuideExamples other)
    {
        var both = new GuideExamples();
        both.Good.AddRange(Good.Concat(other.Good));
        both.Broken.AddRange(Broken.Concat(other.Broken));
        both.Problems.AddRange(Problems.Concat(other.Problems));
        return both;
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
