using System.Text.RegularExpressions;
using QuizTui.Core.Loading;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Docs;

/// <summary>
/// Keeps docs/authoring.md and docs/content-format.md honest: every YAML example in them is
/// loaded, the good ones as example packs that must load cleanly, the broken ones in a copy of
/// those packs where they must give exactly the codes they announce. The marker convention is
/// described in the guide's last section. Every question type must have its section in both.
/// </summary>
public sealed partial class AuthoringGuideTests
{
    private static readonly Lazy<string> GuideText = new(() => ReadDoc("authoring.md"));

    private static readonly Lazy<string> FormatText = new(() => ReadDoc("content-format.md"));

    private static readonly Lazy<GuideExamples> ParsedExamples = new(() => GuideExamples.Parse(GuideText.Value).With(GuideExamples.Parse(FormatText.Value)));

    private static string ReadDoc(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", name));

    /// <summary>The good and broken examples of both documents.</summary>
    internal static GuideExamples Examples => ParsedExamples.Value;

    [Fact]
    public void Every_yaml_block_is_marked_and_every_fence_names_its_language()
    {
        var guide = GuideExamples.Parse(GuideText.Value);
        var format = GuideExamples.Parse(FormatText.Value);
        Assert.True(guide.Problems.Count == 0, "authoring.md: " + string.Join("\n", guide.Problems));
        Assert.True(format.Problems.Count == 0, "content-format.md: " + string.Join("\n", format.Problems));
        Assert.NotEmpty(guide.Good);
        Assert.NotEmpty(guide.Broken);
        Assert.NotEmpty(format.Good);
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

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("^```.*?^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^\| (QT\d{3}) \| (error|warning) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [Fact]
    public void Code_table_lists_every_code_with_its_severity_and_no_other()
    {
        var documented = CodeRow().Matches(GuideText.Value).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var expected = DiagnosticCodes.All.Select(c => (c.Code, c.Severity == Severity.Error ? "error" : "warning")).ToList();
        Assert.Equal(expected, documented);
    }

    public static TheoryData<string> QuestionTypeKeys()
    {
        var data = new TheoryData<string>();
        foreach (var type in QuestionTypes.All)
            data.Add(type.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(QuestionTypeKeys))]
    public void Every_question_type_has_an_example_that_loads(string key)
    {
        // The good examples load cleanly (above); here, one of them must be of this type.
        var type = QuestionTypes.Find(key)!;
        Assert.True(Examples.Good.Any(e => Regex.IsMatch(e.Yaml, $@"^[\s-]*{Regex.Escape(type.AuthoredAs)}\s*$", RegexOptions.Multiline)),
            $"no example in the docs has the line `{type.AuthoredAs}`");
    }

    [Theory]
    [MemberData(nameof(QuestionTypeKeys))]
    public void Every_question_type_has_a_section_in_the_guide_and_the_format_reference(string key)
    {
        var type = QuestionTypes.Find(key)!;
        Assert.True(Regex.IsMatch(GuideText.Value, $@"^#+ .*`{Regex.Escape(key)}`", RegexOptions.Multiline),
            $"authoring.md has no heading naming `{key}` (section 6)");
        Assert.True(Regex.IsMatch(FormatText.Value, $@"^(- `{Regex.Escape(key)}`:|#+ .*{Regex.Escape(type.AuthoredAs)})", RegexOptions.Multiline),
            $"content-format.md has no entry `- `{key}`:` (or heading naming `{type.AuthoredAs}`)");
        // Keys may be named alone (`unit`) or inside a shape (`{ left, right }`).
        var named = CodeSpan().Matches(FencedBlock().Replace(FormatText.Value, ""))
            .SelectMany(m => Regex.Split(m.Groups[1].Value, "[^a-z_]+"))
            .ToHashSet(StringComparer.Ordinal);
        var missing = type.NestedKeys.Prepend(type.Keys).SelectMany(k => k.Allowed).Where(k => !named.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"content-format.md does not name these keys of `{key}`: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_key_kind_skill_and_channel_is_named()
    {
        var words = ContentKeys.All.SelectMany(k => k.Allowed)
            .Concat(ContentKeys.QuizKinds).Concat(QuestionTypes.All.Select(t => t.Key))
            .Concat(ContentKeys.Skills).Concat(ContentKeys.Channels)
            .Append(WhoSaidWhatType.AllQuotations).Append(WhoSaidWhatType.AllPeople)
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
