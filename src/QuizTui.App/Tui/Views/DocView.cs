using System.Drawing;
using QuizTui.Presentation;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace QuizTui.App.Tui.Views;

/// <summary>
/// Shows a screen's body: wraps it to the width it has (again after every resize), scrolls, marks
/// the selected item and reports clicks on items. Keys are read by the window, not here.
/// </summary>
public sealed class DocView : View
{
    private readonly Theme _theme;
    private IReadOnlyList<Block> _blocks = [];
    private int? _anchor;
    private int? _anchorLine;
    private int? _anchorEnd;
    private int? _anchorEndLine;
    private bool _revealAnchor;
    private bool _anchorOnScreen;
    private List<LayoutLine> _lines = [];
    private int _laidOutWidth = -1;
    private int _top;
    private int? _selected;
    private bool _revealSelection;
    private bool _selectionOnScreen;

    public DocView(Theme theme)
    {
        _theme = theme;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>Raised when an item is clicked.</summary>
    public event Action<int>? ItemClicked;

    public int LineCount => _lines.Count;

    /// <summary>Shows a new body. <paramref name="resetScroll"/> goes back to the top (a new screen or question).</summary>
    public void Show(Document document, int? selected, bool resetScroll)
    {
        _blocks = document.Blocks;
        _anchor = document.Anchor;
        _anchorEnd = document.AnchorEnd;
        _laidOutWidth = -1;
        if (resetScroll)
            _top = 0;
        _revealAnchor = resetScroll && _anchor is not null;
        // A new screen starts at the top unless its selection is further down (coming back to a list).
        _revealSelection = resetScroll ? selected > 0 : selected != _selected;
        _selected = selected;
        SetNeedsDraw();
    }

    private void EnsureLayout()
    {
        int width = Viewport.Width;
        if (width == _laidOutWidth)
            return;
        _lines = TextLayout.LayoutToFit(_blocks, Math.Max(1, width - 1), Math.Max(1, Viewport.Height), _anchor, _anchorEnd, out _anchorLine, out _anchorEndLine);
        _laidOutWidth = width;
        ClampTop();
    }

    private void ClampTop() => _top = Math.Clamp(_top, 0, Math.Max(0, _lines.Count - Viewport.Height));

    /// <summary>Scrolls by lines; returns false when already at that end.</summary>
    public bool Scroll(int lines)
    {
        EnsureLayout();
        int before = _top;
        _top += lines;
        ClampTop();
        SetNeedsDraw();
        return _top != before;
    }

    public void ScrollToEnd()
    {
        EnsureLayout();
        _top = int.MaxValue / 2;
        ClampTop();
        SetNeedsDraw();
    }

    private void RevealSelection()
    {
        if (_selected is not { } item)
            return;
        int first = _lines.FindIndex(l => l.Item == item);
        if (first < 0)
            return;
        int last = _lines.FindLastIndex(l => l.Item == item);
        int height = Math.Max(1, Viewport.Height);
        // Keep a line of context around the selection where there is room.
        if (first - 1 < _top)
            _top = Math.Max(0, first - (item == 0 ? first : 1));
        else if (last + 1 >= _top + height)
            _top = Math.Min(first, last + 2 - height);
        ClampTop();
    }

    protected override void OnFrameChanged(in Rectangle frame)
    {
        base.OnFrameChanged(frame);
        _laidOutWidth = -1;
        // After a resize keep the selection in sight if it was; otherwise keep reading where you were.
        // A reveal not drawn yet stays asked for: a screen shown again (back to a list) gets its
        // frame after it is shown, and must still open at its selection.
        _revealSelection = _revealSelection || _selectionOnScreen && _selected > 0;
        // The part a screen anchors (a verdict, a checklist below a long model answer) was in sight:
        // rewrapped, it is brought into sight again as when first shown.
        _revealAnchor = _revealAnchor || _anchorOnScreen && _anchor is not null;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        EnsureLayout();
        if (_revealSelection)
        {
            RevealSelection();
            _revealSelection = false;
        }
        if (_revealAnchor && _anchorLine is { } anchorLine)
        {
            // Scroll only as far as it takes to show the anchor up to its end (all that follows it when
            // no end is set), and never past the anchor: what is above it stays in sight if it fits.
            int end = _anchorEndLine ?? _lines.Count;
            _top = Math.Clamp(end - Viewport.Height, 0, anchorLine);
            _revealAnchor = false;
        }
        ClampTop();
        int width = Viewport.Width;
        int height = Viewport.Height;
        _anchorOnScreen = _anchorLine is { } shownAnchor && shownAnchor >= _top && shownAnchor < _top + height;
        SetAttribute(_theme.Normal);
        _selectionOnScreen = false;
        for (int row = 0; row < height; row++)
        {
            Move(0, row);
            int index = _top + row;
            var line = index < _lines.Count ? _lines[index] : LayoutLine.Empty;
            bool selected = line.Item is not null && line.Item == _selected;
            _selectionOnScreen |= selected;
            int col = 0;
            foreach (var run in line.Runs)
            {
                string text = run.Text;
                if (selected && col == 0 && text.StartsWith(' ') && line.StartsItem)
                {
                    // Mark the first line of the selected item in its indent.
                    SetAttribute(_theme.SelectedMarker);
                    AddStr("›");
                    text = text[1..];
                    col++;
                }
                SetAttribute(selected ? _theme.SelectedFor(run.Tone) : _theme.For(run.Tone));
                int room = width - col;
                if (room <= 0)
                    break;
                if (TextLayout.Columns(text) > room)
                    text = Clip(text, room);
                AddStr(text);
                col += TextLayout.Columns(text);
            }
            SetAttribute(selected ? _theme.Selected : _theme.Normal);
            if (col < width)
                AddStr(new string(' ', width - col - (ShowScrollMark(row, height) ? 1 : 0)));
            if (ShowScrollMark(row, height))
            {
                SetAttribute(_theme.For(Tone.Dim));
                Move(width - 1, row);
                AddStr(row == 0 ? "▲" : "▼");
            }
        }
        return true;
    }

    /// <summary>Arrows in the right margin say there is more above or below.</summary>
    private bool ShowScrollMark(int row, int height) =>
        (row == 0 && _top > 0) || (row == height - 1 && _top + height < _lines.Count);

    private static string Clip(string text, int columns)
    {
        var sb = new System.Text.StringBuilder();
        int used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            int w = Math.Max(0, Terminal.Gui.Text.RuneExtensions.GetColumns(rune));
            if (used + w > columns)
                break;
            sb.Append(rune.ToString());
            used += w;
        }
        return sb.ToString();
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown))
        {
            Scroll(3);
            return true;
        }
        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            Scroll(-3);
            return true;
        }
        if (mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked) && mouse.Position is { } p)
        {
            int index = _top + p.Y;
            if (index >= 0 && index < _lines.Count && _lines[index].Item is { } item)
            {
                ItemClicked?.Invoke(item);
                return true;
            }
        }
        return base.OnMouseEvent(mouse);
    }
}
