namespace QuizTui.Presentation;

/// <summary>How a piece of text is meant to look; the theme turns a tone into colours or styles.</summary>
public enum Tone
{
    Normal,
    Title,
    Heading,
    Dim,
    Accent,
    Quote,
    Good,
    Bad,
    /// <summary>Words that differ between printed versions of a quotation.</summary>
    Changed,
    Key,
    Warning,
}

/// <summary>A run of text in one tone.</summary>
public sealed record Span(string Text, Tone Tone = Tone.Normal);

/// <summary>A piece of a screen's body; the view wraps it to the width it has.</summary>
public abstract record Block;

/// <summary>A paragraph, wrapped at word boundaries. <paramref name="Item"/> makes it selectable.</summary>
/// <param name="Indent">Columns before every line.</param>
/// <param name="Hanging">Extra columns before every line after the first (for list markers).</param>
/// <param name="MaxLines">Lines shown at most; the last one ends with "…" when text is cut.</param>
/// <param name="TightMaxLines">
/// Lines shown at most when the page, from its top to the end of what its anchor must show, does not
/// fit the view (text the reader has already read, cut so the rest can show with it).
/// </param>
public sealed record Para(IReadOnlyList<Span> Spans, int Indent = 0, int Hanging = 0, int? Item = null, int? MaxLines = null, int? TightMaxLines = null) : Block
{
    public Para(string text, Tone tone = Tone.Normal, int indent = 0) : this([new Span(text, tone)], indent) { }

    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>An empty line.</summary>
public sealed record Gap : Block
{
    public static readonly Gap Instance = new();
}

/// <summary>A horizontal line across the width.</summary>
public sealed record Rule : Block
{
    public static readonly Rule Instance = new();
}

/// <summary>Columns side by side when the width allows, one under the other when it does not.</summary>
/// <param name="Separated">When stacked (too narrow for columns), leave a line between cells and before the block.</param>
/// <param name="Heads">
/// A head for each cell (an outlet and a date). Side by side the heads make a row of their own, so
/// the cells below them start level; stacked, each head stays above its own cell.
/// </param>
public sealed record Columns(IReadOnlyList<IReadOnlyList<Block>> Cells, int MinColumnWidth = 24, bool Separated = false, IReadOnlyList<IReadOnlyList<Block>>? Heads = null) : Block;

/// <summary>
/// A chart of values over time: a row per series with one mark per value (▁ for 0 to █ for 1),
/// as many of the latest values as the width allows. Wide screens put label, marks and note on
/// one line; narrow ones put the label above.
/// </summary>
public sealed record Chart(IReadOnlyList<ChartRow> Rows, int Indent = 2) : Block;

/// <param name="Values">Fractions from 0 to 1, oldest first.</param>
/// <param name="Note">Words after the marks ("3 attempts · best 90%").</param>
public sealed record ChartRow(string Label, IReadOnlyList<double> Values, string Note, Tone LabelTone = Tone.Normal);

/// <summary>What a screen shows below its header: a list of blocks.</summary>
public sealed class Document
{
    private readonly List<Block> _blocks = [];

    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>The block the view scrolls to when the page first shows (feedback after an answer), if any.</summary>
    public int? Anchor { get; private set; }

    /// <summary>
    /// Where what the anchor must show ends (the blocks before it), if set: the view then scrolls no
    /// further than it needs to show the anchor up to here, so the top of the page (the question)
    /// stays in sight when it can.
    /// </summary>
    public int? AnchorEnd { get; private set; }

    /// <summary>Marks the next block added as the anchor.</summary>
    public Document AnchorHere()
    {
        Anchor = _blocks.Count;
        return this;
    }

    /// <summary>Marks the end of what the anchor must show: the blocks added so far.</summary>
    public Document AnchorEndHere()
    {
        AnchorEnd = _blocks.Count;
        return this;
    }

    public Document Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    public Document Text(string text, Tone tone = Tone.Normal, int indent = 0) => Add(new Para(text, tone, indent));

    public Document Line(params Span[] spans) => Add(new Para(spans));

    public Document Heading(string text)
    {
        Gap();
        return Add(new Para(text, Tone.Heading));
    }

    public Document Gap()
    {
        if (_blocks.Count > 0 && _blocks[^1] is not Presentation.Gap)
            _blocks.Add(Presentation.Gap.Instance);
        return this;
    }

    /// <summary>The document as plain text, one block a line (for tests and logs).</summary>
    public override string ToString() => string.Join("\n", _blocks.Select(b => b switch
    {
        Para p => new string(' ', p.Indent) + p.PlainText,
        Presentation.Gap => "",
        Rule => "----",
        Columns c => string.Join(" | ", c.Cells.Select((cell, i) => string.Join(" ", (c.Heads is { } heads && i < heads.Count ? heads[i].Concat(cell) : cell).OfType<Para>().Select(p => p.PlainText)))),
        Chart c => string.Join("\n", c.Rows.Select(r => new string(' ', c.Indent) + r.Label + " " + Sparkline.Of(r.Values, r.Values.Count) + " " + r.Note)),
        _ => "",
    }));
}

/// <summary>Values from 0 to 1 as block characters, one per value.</summary>
public static class Sparkline
{
    private const string Levels = "▁▂▃▄▅▆▇█";

    public static char Mark(double fraction) => Levels[Math.Clamp((int)(fraction * Levels.Length), 0, Levels.Length - 1)];

    /// <summary>The latest values that fit in <paramref name="width"/> columns, "…" first when some are left out.</summary>
    public static string Of(IReadOnlyList<double> values, int width)
    {
        width = Math.Max(1, width);
        if (values.Count <= width)
            return string.Concat(values.Select(Mark));
        return "…" + string.Concat(values.Skip(values.Count - (width - 1)).Select(Mark));
    }
}
