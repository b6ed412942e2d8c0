using System.Text;
using QuizTui.Core.Model;
using QuizTui.Presentation;
using Terminal.Gui.Text;

namespace QuizTui.App.Tui.Views;

/// <summary>One line on screen: runs of text in their tones, and the item it belongs to.</summary>
public sealed record LayoutLine(IReadOnlyList<Span> Runs, int? Item, bool StartsItem, bool IsRule = false)
{
    public static readonly LayoutLine Empty = new([], null, false);
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>Wraps a screen's blocks to a width, word by word, keeping each word's tone.</summary>
public static class TextLayout
{
    /// <summary>
    /// Prose wraps at most this wide, however wide the window: long lines are hard to read. Side
    /// by side columns and charts still use the whole width.
    /// </summary>
    public const int ReadingMeasure = 100;

    /// <summary>Columns before a selectable item: the selection marker and a space.</summary>
    public const int MarkerColumns = 2;

    public static int Columns(string text) => text.GetColumns();

    public static List<LayoutLine> Layout(IReadOnlyList<Block> blocks, int width) => Layout(blocks, width, null, out _);

    /// <summary>Lays out blocks; <paramref name="anchorLine"/> is the first line of block <paramref name="anchor"/>.</summary>
    public static List<LayoutLine> Layout(IReadOnlyList<Block> blocks, int width, int? anchor, out int? anchorLine) =>
        Layout(blocks, width, anchor, null, out anchorLine, out _);

    /// <summary>
    /// Lays out blocks; <paramref name="anchorLine"/> is the first line of block <paramref name="anchor"/>
    /// and <paramref name="anchorEndLine"/> the first line of block <paramref name="anchorEnd"/> (the
    /// line count when it is the end).
    /// </summary>
    public static List<LayoutLine> Layout(IReadOnlyList<Block> blocks, int width, int? anchor, int? anchorEnd, out int? anchorLine, out int? anchorEndLine)
    {
        anchorLine = null;
        anchorEndLine = null;
        width = Math.Max(8, width);
        var lines = new List<LayoutLine>();
        int? lastItem = null;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (b == anchor)
                anchorLine = lines.Count;
            if (b == anchorEnd)
                anchorEndLine = lines.Count;
            switch (block)
            {
                case Para p:
                    // A selectable paragraph leaves room before it for the selection marker.
                    if (p.Item is not null && p.Indent < MarkerColumns)
                        p = p with { Indent = MarkerColumns };
                    var wrapped = Wrap(p, Math.Min(width, ReadingMeasure));
                    if (p.Item is not null && p.Item == lastItem && wrapped.Count > 0)
                        wrapped[0] = wrapped[0] with { StartsItem = false };
                    lastItem = p.Item;
                    lines.AddRange(wrapped);
                    break;
                case Gap:
                    lines.Add(LayoutLine.Empty);
                    break;
                case Rule:
                    lines.Add(new LayoutLine([new Span(new string('─', Math.Min(width, ReadingMeasure)), Tone.Dim)], null, false, IsRule: true));
                    break;
                case Columns c:
                    lines.AddRange(LayoutColumns(c, width));
                    break;
                case Chart chart:
                    lines.AddRange(LayoutChart(chart, width));
                    break;
            }
        }
        if (anchorEnd >= blocks.Count)
            anchorEndLine = lines.Count;
        return lines;
    }

    /// <summary>
    /// Lays out blocks for a view <paramref name="height"/> lines high. When the page from its top to
    /// the end of what the anchor must show is taller than that, paragraphs with
    /// <see cref="Para.TightMaxLines"/> are cut to it, so less of the top has to scroll away.
    /// </summary>
    public static List<LayoutLine> LayoutToFit(IReadOnlyList<Block> blocks, int width, int height, int? anchor, int? anchorEnd, out int? anchorLine, out int? anchorEndLine)
    {
        var lines = Layout(blocks, width, anchor, anchorEnd, out anchorLine, out anchorEndLine);
        if (anchorLine is null || (anchorEndLine ?? lines.Count) <= height || !blocks.Any(b => b is Para { TightMaxLines: not null }))
            return lines;
        var tight = blocks.Select(b => b is Para { TightMaxLines: { } max } p && (p.MaxLines is null || max < p.MaxLines) ? p with { MaxLines = max } : b).ToList();
        return Layout(tight, width, anchor, anchorEnd, out anchorLine, out anchorEndLine);
    }

    private static IEnumerable<LayoutLine> LayoutColumns(Columns c, int width)
    {
        const int gutter = 3;
        int n = c.Cells.Count;
        int colWidth = n == 0 ? width : (width - gutter * (n - 1)) / n;
        IReadOnlyList<Block> Head(int i) => c.Heads is { } heads && i < heads.Count ? heads[i] : [];
        if (n <= 1 || colWidth < c.MinColumnWidth)
        {
            // Too narrow for side by side: one under the other, each cell under its own head.
            for (int i = 0; i < n; i++)
            {
                if (i > 0 || (c.Separated && c.Heads is null))
                    yield return LayoutLine.Empty;
                foreach (var line in Layout([.. Head(i), .. c.Cells[i]], width))
                    yield return line;
            }
            yield break;
        }
        if (c.Heads is not null)
        {
            foreach (var line in SideBySide(Enumerable.Range(0, n).Select(Head).ToList(), colWidth))
                yield return line;
        }
        if (c.Separated)
            yield return new LayoutLine([new Span(string.Join("─┼─", Enumerable.Repeat(new string('─', colWidth), n)), Tone.Dim)], null, false);
        foreach (var line in SideBySide(c.Cells, colWidth))
            yield return line;
    }

    private static IEnumerable<LayoutLine> SideBySide(IReadOnlyList<IReadOnlyList<Block>> cells, int colWidth)
    {
        int n = cells.Count;
        var laid = cells.Select(cell => Layout(cell, colWidth)).ToList();
        int rows = laid.Max(l => l.Count);
        for (int r = 0; r < rows; r++)
        {
            var runs = new List<Span>();
            for (int i = 0; i < n; i++)
            {
                var line = r < laid[i].Count ? laid[i][r] : LayoutLine.Empty;
                runs.AddRange(line.Runs);
                if (i < n - 1)
                {
                    int pad = colWidth - Columns(line.Text);
                    runs.Add(new Span(new string(' ', Math.Max(0, pad)) + " │ ", Tone.Dim));
                }
            }
            yield return new LayoutLine(runs, null, false);
        }
    }

    /// <summary>Wide: "label   ▃▅▆█   note" a row; narrow: the label, then the marks and note below it.</summary>
    private static IEnumerable<LayoutLine> LayoutChart(Chart chart, int width)
    {
        int indent = Math.Min(chart.Indent, width / 4);
        int room = width - indent;
        int longestLabel = chart.Rows.Count == 0 ? 0 : chart.Rows.Max(r => Columns(r.Label));
        int mostValues = chart.Rows.Count == 0 ? 0 : chart.Rows.Max(r => r.Values.Count);
        const int gap = 2;
        if (room >= 100)
        {
            int labelWidth = Math.Min(longestLabel, room * 2 / 5);
            int marks = Math.Clamp(mostValues, 1, room - labelWidth - 2 * gap - 40);
            foreach (var row in chart.Rows)
            {
                string label = Fit(row.Label, labelWidth);
                string spark = Sparkline.Of(row.Values, marks);
                int noteRoom = room - labelWidth - marks - 2 * gap;
                yield return new LayoutLine(
                    [
                        new Span(new string(' ', indent)),
                        new Span(label + new string(' ', labelWidth - Columns(label) + gap), row.LabelTone),
                        new Span(spark + new string(' ', marks - Columns(spark) + gap), Tone.Accent),
                        new Span(Fit(row.Note, noteRoom), Tone.Dim),
                    ],
                    null, false);
            }
            yield break;
        }
        int narrowMarks = Math.Clamp(mostValues, 1, Math.Max(8, room / 3));
        foreach (var row in chart.Rows)
        {
            yield return new LayoutLine([new Span(new string(' ', indent)), new Span(Fit(row.Label, room), row.LabelTone)], null, false);
            string spark = Sparkline.Of(row.Values, narrowMarks);
            var para = new Para([new Span(spark, Tone.Accent), new Span("  " + row.Note, Tone.Dim)], Indent: indent + 2, Hanging: Columns(spark) + gap);
            foreach (var line in Wrap(para, width))
                yield return line;
        }
    }

    /// <summary>Cuts text to a width, ending with "…" when cut.</summary>
    public static string Fit(string text, int width)
    {
        if (Columns(text) <= width)
            return text;
        if (width <= 1)
            return width == 1 ? "…" : "";
        var sb = new StringBuilder();
        int used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            int w = Math.Max(0, rune.GetColumns());
            if (used + w > width - 1)
                break;
            sb.Append(rune.ToString());
            used += w;
        }
        return sb.Append('…').ToString();
    }

    /// <summary>Word-wraps one paragraph.</summary>
    public static List<LayoutLine> Wrap(Para p, int width)
    {
        var result = new List<LayoutLine>();
        int first = Math.Min(p.Indent, width - 4);
        int rest = Math.Min(p.Indent + p.Hanging, width - 4);
        var current = new List<Span>();
        int used = 0;
        int lineIndent = first;
        int available = width - lineIndent;
        int pendingSpaces = 0;
        Tone spaceTone = Tone.Normal;

        void Flush()
        {
            var runs = new List<Span>();
            if (lineIndent > 0)
                runs.Add(new Span(new string(' ', lineIndent)));
            runs.AddRange(Merge(current));
            result.Add(new LayoutLine(runs, p.Item, result.Count == 0 && p.Item is not null));
            current = [];
            used = 0;
            lineIndent = rest;
            available = width - lineIndent;
            pendingSpaces = 0;
        }

        foreach (var (pieces, spacesBefore) in Words(p.Spans))
        {
            pendingSpaces = spacesBefore;
            spaceTone = pieces[0].Tone;
            int w = pieces.Sum(piece => Columns(piece.Text));
            if (used > 0 && used + pendingSpaces + w > available)
                Flush();
            // Spaces where a line wraps are dropped; those the paragraph starts with are kept.
            if (pendingSpaces > 0 && (used > 0 || (result.Count == 0 && current.Count == 0)))
            {
                current.Add(new Span(new string(' ', pendingSpaces), spaceTone));
                used += pendingSpaces;
            }
            pendingSpaces = 0;
            if (w <= available - used)
            {
                current.AddRange(pieces);
                used += w;
                continue;
            }
            // A word longer than the line: break it by characters.
            foreach (var (text, tone) in pieces)
            {
                var piece = new StringBuilder();
                foreach (var rune in text.EnumerateRunes())
                {
                    int rw = Math.Max(0, rune.GetColumns());
                    if (used + rw > available && used > 0)
                    {
                        if (piece.Length > 0)
                            current.Add(new Span(piece.ToString(), tone));
                        piece.Clear();
                        Flush();
                    }
                    piece.Append(rune.ToString());
                    used += rw;
                }
                if (piece.Length > 0)
                    current.Add(new Span(piece.ToString(), tone));
            }
        }
        if (current.Count > 0 || result.Count == 0)
            Flush();
        if (p.MaxLines is { } max && result.Count > max)
        {
            result.RemoveRange(max, result.Count - max);
            var last = result[^1];
            var runs = last.Runs.ToList();
            // Room for the ellipsis: drop characters from the end of the last line.
            while (runs.Count > 0 && Columns(string.Concat(runs.Select(r => r.Text))) > width - 1)
            {
                var r = runs[^1];
                runs[^1] = r with { Text = r.Text[..^1] };
                if (runs[^1].Text.Length == 0)
                    runs.RemoveAt(runs.Count - 1);
            }
            runs.Add(new Span("…", runs.Count > 0 ? runs[^1].Tone : Tone.Normal));
            result[^1] = last with { Runs = runs };
        }
        return result;
    }

    /// <summary>
    /// The words of a paragraph, each as its pieces in their tones (a tone can change inside a word,
    /// as in "2020: Hootsuite" written in two spans), and how many spaces came before each word.
    /// </summary>
    private static IEnumerable<(List<Span> Pieces, int SpacesBefore)> Words(IReadOnlyList<Span> spans)
    {
        int spaces = 0;
        var pieces = new List<Span>();
        var piece = new StringBuilder();
        Tone tone = Tone.Normal;

        void EndPiece()
        {
            if (piece.Length > 0)
                pieces.Add(new Span(piece.ToString(), tone));
            piece.Clear();
        }

        foreach (var span in spans)
        {
            foreach (char ch in span.Text)
            {
                if (ch is ' ' or '\n' or '\t' or '\r')
                {
                    EndPiece();
                    if (pieces.Count > 0)
                    {
                        yield return (pieces, spaces);
                        pieces = [];
                        spaces = 0;
                    }
                    // Line breaks and tabs count as one space; runs of spaces are kept (aligned columns).
                    spaces += ch == ' ' ? 1 : (spaces == 0 ? 1 : 0);
                    tone = span.Tone;
                    continue;
                }
                // The tone changes inside a word: a new piece, kept on the same line as the rest of the word.
                if (piece.Length > 0 && span.Tone != tone)
                    EndPiece();
                tone = span.Tone;
                // Text from content reaches the terminal only as visible stand-ins (␛, <U+202E>).
                if (TerminalText.NeedsEscape(ch))
                    piece.Append(TerminalText.Escape(ch));
                else
                    piece.Append(ch);
            }
        }
        EndPiece();
        if (pieces.Count > 0)
            yield return (pieces, spaces);
    }

    private static List<Span> Merge(List<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && merged[^1].Tone == s.Tone)
                merged[^1] = new Span(merged[^1].Text + s.Text, s.Tone);
            else
                merged.Add(s);
        }
        return merged;
    }
}
