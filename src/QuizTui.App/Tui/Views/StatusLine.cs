using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Presentation;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace QuizTui.App.Tui.Views;

/// <summary>
/// The bottom line: the main keys of the current screen, written as the key bindings have them.
/// Clicking one does what the key does.
/// </summary>
public sealed class StatusLine : View
{
    private readonly Theme _theme;
    private readonly AppKeys _bindings;
    private IReadOnlyList<KeyHelp> _keys = [];
    private readonly List<(int From, int To, UiCommand Command)> _hits = [];

    public StatusLine(Theme theme, AppKeys bindings)
    {
        _theme = theme;
        _bindings = bindings;
        Height = 1;
        Width = Dim.Fill();
        Y = Pos.AnchorEnd(1);
    }

    public event Action<UiCommand>? Clicked;

    /// <summary>The text shown, for tests.</summary>
    public string Summary => string.Join("  ", _keys.Where(k => k.InStatusBar).Select(k => $"{KeysOf(k, _bindings)} {k.What}"));

    /// <summary>A key as the status bar writes it: from the key bindings, unless the screen gave the keys itself (the options of a question).</summary>
    public static string KeysOf(KeyHelp k, AppKeys bindings) => k.KeysOverride ?? bindings.Label(k.Command);

    /// <summary>
    /// The keys that fit in <paramref name="width"/> columns, in their order. When not all fit, help,
    /// quit and back (and yes and no) stay, since they are how to find the rest and how to get out;
    /// the others are kept in order while there is room.
    /// </summary>
    public static IReadOnlyList<KeyHelp> Fit(IReadOnlyList<KeyHelp> keys, int width, AppKeys bindings)
    {
        var shown = keys.Where(k => k.InStatusBar).ToList();
        int Columns(IEnumerable<KeyHelp> ks) =>
            1 + ks.Sum(k => TextLayout.Columns(KeysOf(k, bindings)) + 1 + TextLayout.Columns(k.What) + 2) - 2;
        if (Columns(shown) <= width)
            return shown;
        static bool Essential(KeyHelp k) => k.Command is UiCommand.Help or UiCommand.Quit or UiCommand.Back or UiCommand.Yes or UiCommand.No;
        var kept = shown.Where(Essential).ToHashSet();
        foreach (var k in shown.Where(k => !Essential(k)))
        {
            if (Columns(shown.Where(x => kept.Contains(x) || x == k)) <= width)
                kept.Add(k);
        }
        return shown.Where(kept.Contains).ToList();
    }

    /// <summary>
    /// A short state shown at the right end (the class server's): it stays when keys give way for
    /// room, and goes only when it would leave the keys less than 30 columns.
    /// </summary>
    public string? Note
    {
        get => _note;
        set
        {
            if (value == _note)
                return;
            _note = value;
            SetNeedsDraw();
        }
    }

    private string? _note;

    /// <summary>Columns kept for keys before a note is shown (help, quit and back need about this).</summary>
    private const int MinKeysWidth = 30;

    public void Show(IReadOnlyList<KeyHelp> keys)
    {
        _keys = keys;
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        int width = Viewport.Width;
        string note = _note is { Length: > 0 } n ? " " + n + " " : "";
        if (TextLayout.Columns(note) > width - MinKeysWidth)
            note = "";
        width -= TextLayout.Columns(note);
        _hits.Clear();
        Move(0, 0);
        SetAttribute(_theme.Bar);
        AddStr(" ");
        int col = 1;
        foreach (var k in Fit(_keys, width, _bindings))
        {
            string key = KeysOf(k, _bindings);
            int w = TextLayout.Columns(key) + 1 + TextLayout.Columns(k.What);
            if (col + w > width)
                break;
            int from = col;
            SetAttribute(_theme.BarKey);
            AddStr(key);
            SetAttribute(_theme.Bar);
            AddStr(" " + k.What);
            col += w;
            _hits.Add((from, col, k.Command));
            if (col + 2 <= width)
            {
                AddStr("  ");
                col += 2;
            }
        }
        if (col < width)
            AddStr(new string(' ', width - col));
        if (note.Length > 0)
        {
            SetAttribute(_theme.BarKey);
            AddStr(note);
        }
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked) && mouse.Position is { } p)
        {
            foreach (var (from, to, command) in _hits)
            {
                if (p.X >= from && p.X < to && command != UiCommand.Pick)
                {
                    Clicked?.Invoke(command);
                    return true;
                }
            }
        }
        return base.OnMouseEvent(mouse);
    }
}

/// <summary>The top of a screen: where you are, and for a quiz the question count with a progress bar.</summary>
public sealed class HeaderView : View
{
    private readonly Theme _theme;
    private string _title = "";
    private string? _progressText;
    private double _fraction;
    private string? _right;

    public HeaderView(Theme theme)
    {
        _theme = theme;
        Width = Dim.Fill();
        Height = 1;
    }

    /// <param name="right">Shown at the right end of the title line when there is room (the learner).</param>
    public void Show(string title, string? progressText, double fraction, string? right = null)
    {
        // Titles come from content: shown escaped, on one line.
        _title = TerminalText.Escape(title);
        _right = right;
        _progressText = progressText;
        _fraction = fraction;
        Height = progressText is null ? 1 : 2;
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>Drops the leading places of "A › B › C" until it fits, then cuts the end.</summary>
    public static string FitTitle(string title, int width)
    {
        var parts = title.Split(Strings.Separator).ToList();
        while (parts.Count > 1 && TextLayout.Columns(string.Join(Strings.Separator, parts)) > width)
            parts.RemoveAt(0);
        string fitted = string.Join(Strings.Separator, parts);
        while (fitted.Length > 1 && TextLayout.Columns(fitted) > width)
            fitted = fitted[..^2] + "…";
        return fitted;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        int width = Viewport.Width;
        Move(0, 0);
        SetAttribute(_theme.Bar);
        string right = _right is null ? "" : _right + " ";
        int rightWidth = TextLayout.Columns(right);
        // The learner's name stays when the title leaves room for at least its last place.
        if (rightWidth > 0 && width - rightWidth - 4 < Math.Min(24, TextLayout.Columns(_title)))
            (right, rightWidth) = ("", 0);
        string title = " " + FitTitle(_title, width - 2 - rightWidth - (rightWidth > 0 ? 2 : 0));
        AddStr(title + new string(' ', Math.Max(0, width - TextLayout.Columns(title) - rightWidth)));
        if (rightWidth > 0)
            AddStr(right);
        if (_progressText is null)
            return true;
        Move(0, 1);
        SetAttribute(_theme.For(Tone.Heading));
        string label = " " + _progressText + "  ";
        AddStr(label);
        int barWidth = Math.Max(0, Math.Min(40, width - TextLayout.Columns(label) - 8));
        int filled = (int)Math.Round(barWidth * Math.Clamp(_fraction, 0, 1));
        SetAttribute(_theme.For(Tone.Accent));
        AddStr(new string('█', filled));
        SetAttribute(_theme.For(Tone.Dim));
        AddStr(new string('░', barWidth - filled));
        string percent = " " + ProgressText.Percent(_fraction);
        AddStr(percent);
        int used = TextLayout.Columns(label) + barWidth + percent.Length;
        SetAttribute(_theme.Normal);
        if (used < width)
            AddStr(new string(' ', width - used));
        return true;
    }
}
