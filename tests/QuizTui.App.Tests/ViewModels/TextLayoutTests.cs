using QuizTui.App.Tui.Views;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

public class TextLayoutTests
{
    private static IReadOnlyList<Block> Cell(params string[] lines) => lines.Select(l => (Block)new Para(l)).ToList();

    [Fact]
    public void A_paragraph_is_cut_to_its_tight_lines_only_when_the_anchored_part_does_not_fit()
    {
        string quote = string.Join(" ", Enumerable.Repeat("word", 60));
        var doc = new Document();
        doc.Add(new Para([new Span(quote)], TightMaxLines: 2)).Gap();
        doc.AnchorHere().Text("verdict").Text("explanation").AnchorEndHere().Text("source");

        // 60 words at 20 columns take 15 lines; with the rest, 18 lines up to the end of the explanation.
        var roomy = TextLayout.LayoutToFit(doc.Blocks, 20, 18, doc.Anchor, doc.AnchorEnd, out var anchorLine, out var endLine);
        Assert.Equal(15, roomy.Count(l => l.Text.StartsWith("word", StringComparison.Ordinal)));
        Assert.Equal((16, 18), (anchorLine, endLine));

        var tight = TextLayout.LayoutToFit(doc.Blocks, 20, 17, doc.Anchor, doc.AnchorEnd, out anchorLine, out endLine);
        Assert.Equal(["word word word word", "word word word word…", "", "verdict", "explanation", "source"], tight.Select(l => l.Text.TrimEnd()));
        Assert.Equal((3, 5), (anchorLine, endLine));

        // Without an anchor nothing is cut.
        Assert.Equal(15, TextLayout.LayoutToFit([new Para([new Span(quote)], TightMaxLines: 2)], 20, 5, null, null, out _, out _).Count);
    }

    [Fact]
    public void Stacked_columns_keep_each_head_above_its_own_cell()
    {
        var columns = new Columns(
            [Cell("“targeted or harassed”"), Cell("“targeted and harassed”")],
            Separated: true,
            Heads: [Cell("The Daily Paper", "24 Sep 2020"), Cell("The Evening Post", "25 Sep 2020")]);
        var lines = TextLayout.Layout([columns], 40).Select(l => l.Text.TrimEnd()).ToList();
        Assert.Equal(
            ["The Daily Paper", "24 Sep 2020", "“targeted or harassed”", "", "The Evening Post", "25 Sep 2020", "“targeted and harassed”"],
            lines);
    }

    [Fact]
    public void Side_by_side_columns_put_the_heads_in_a_row_above_the_cells()
    {
        var columns = new Columns(
            [Cell("“targeted or harassed”"), Cell("“targeted and harassed”")],
            Separated: true,
            Heads: [Cell("The Daily Paper"), Cell("The Evening Post")]);
        var lines = TextLayout.Layout([columns], 80).Select(l => l.Text.TrimEnd()).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("The Daily Paper", lines[0]);
        Assert.Contains("│ The Evening Post", lines[0]);
        Assert.Contains("─┼─", lines[1]);
        Assert.StartsWith("“targeted or harassed”", lines[2]);
        Assert.Contains("│ “targeted and harassed”", lines[2]);
    }

    [Fact]
    public void A_word_written_in_two_tones_is_not_split_across_lines()
    {
        // "2020" ends one span and ":" starts the next: the colon must not begin a line of its own.
        var para = new Para([new Span("Action News, 24 Sep 2020", Tone.Dim), new Span(": Hootsuite drops its contract")]);
        var lines = TextLayout.Wrap(para, 24).Select(l => l.Text).ToList();
        Assert.Equal(["Action News, 24 Sep", "2020: Hootsuite drops", "its contract"], lines);
        Assert.DoesNotContain(lines, l => l.StartsWith(':'));
    }
}
