using System.Globalization;
using System.Text.RegularExpressions;
using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Docs;

public partial class QuotationDraftingDocsTests
{
    [GeneratedRegex(@"^\| ([a-z-]+) \| (\d\.\d\d) \| (.+) \|$", RegexOptions.Multiline)]
    private static partial Regex LevelRow();

    [Fact]
    public void The_confidence_table_lists_every_level_with_its_value_and_reason()
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "quotation-drafting.md"));

        var documented = LevelRow().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();

        var expected = DraftConfidence.All.Select(l => (l.Name, l.Value.ToString("0.00", CultureInfo.InvariantCulture), l.Because)).ToList();
        Assert.Equal(expected, documented);
    }

    [Fact]
    public void Confidence_levels_have_unique_names_and_the_words_follow_the_thresholds()
    {
        Assert.Equal(DraftConfidence.All.Count, DraftConfidence.All.Select(l => l.Name).Distinct().Count());
        Assert.All(DraftConfidence.All, l =>
        {
            Assert.InRange(l.Value, 0, 1);
            Assert.Equal(l.Value < DraftConfidence.Medium, DraftConfidence.NeedsCheck(l.Value));
            // A level low enough to check says so in its reason.
            Assert.Equal(DraftConfidence.NeedsCheck(l.Value), l.Because.Contains("check", StringComparison.Ordinal));
        });
        Assert.Equal(["low", "medium", "high"], new[] { 0.6, 0.75, 0.9 }.Select(DraftConfidence.Word));
    }
}
