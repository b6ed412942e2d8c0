using System.Text.RegularExpressions;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// A question type stays in its home: its record is named only in the few files of its own folder
/// (the record, the type), never in the loader, the writers, the session builder or the screens,
/// which reach it through <see cref="QuestionTypes"/>; and every question record is registered there.
/// </summary>
public sealed partial class SourceTreeTests
{
    public static TheoryData<string> RecordNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in QuestionTypes.All)
            data.Add(type.RecordType.Name);
        return data;
    }

    private static readonly Lazy<List<(string Path, string Text)>> Sources = new(() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(f => (Path.GetRelativePath(RepoPaths.Root, f), File.ReadAllText(f))),
    ]);

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void A_question_record_is_named_in_at_most_four_source_files_all_in_its_home(string record)
    {
        var word = new Regex($@"\b{record}\b");
        var files = Sources.Value.Where(s => word.IsMatch(s.Text)).Select(s => s.Path).ToList();

        Assert.True(files.Count is > 0 and <= 4, $"{record} is named in {files.Count} files:\n{string.Join("\n", files)}");
        Assert.Single(files.Select(Path.GetDirectoryName).Distinct());
    }

    [GeneratedRegex(@"\brecord\s+(\w+)\s*\((?:[^()]|\([^()]*\))*\)\s*:\s*Question\(")]
    private static partial Regex QuestionRecord();

    [Fact]
    public void Every_question_record_in_the_source_is_a_registered_type()
    {
        var declared = Sources.Value
            .SelectMany(s => QuestionRecord().Matches(s.Text).Select(m => m.Groups[1].Value))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, QuestionTypes.All.Select(t => t.RecordType.Name).Order(StringComparer.Ordinal));
    }
}
