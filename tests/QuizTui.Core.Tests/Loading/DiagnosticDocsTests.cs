using System.Text.RegularExpressions;
using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Loading;

public partial class DiagnosticDocsTests
{
    [GeneratedRegex(@"^\| (QT\d{3}) \| (error|warning) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [Fact]
    public void Docs_list_every_code_with_its_severity_and_no_other()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md"));
        var documented = Row().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var expected = DiagnosticCodes.All.Select(c => (c.Code, c.Severity == Severity.Error ? "error" : "warning")).ToList();
        Assert.Equal(expected, documented);
    }

    [Fact]
    public void Codes_are_unique_and_every_constant_is_listed()
    {
        var listed = DiagnosticCodes.All.Select(c => c.Code).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var constants = typeof(DiagnosticCodes).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(constants.Order(), listed.Order());
    }
}
