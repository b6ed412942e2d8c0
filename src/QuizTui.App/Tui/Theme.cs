using QuizTui.Presentation;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace QuizTui.App.Tui;

public enum ThemeName
{
    Default,
    HighContrast,
    Mono,
}

/// <summary>
/// The look of the app: an attribute per tone, plus the header, status bar and selection. The colour
/// themes set both colours of every attribute, never the terminal's own, so every pair has a known
/// contrast (at least 4.5:1, WCAG AA, whatever the terminal's colours); mono uses only the terminal's
/// own pair, with bold, underline and reverse video.
/// </summary>
public sealed class Theme
{
    private readonly Dictionary<Tone, Attribute> _tones;
    private readonly bool _selectionKeepsToneColours;

    private Theme(ThemeName name, Dictionary<Tone, Attribute> tones, Attribute bar, Attribute barKey, Attribute selected, Attribute selectedMarker, bool selectionKeepsToneColours)
    {
        Name = name;
        _tones = tones;
        Bar = bar;
        BarKey = barKey;
        Selected = selected;
        SelectedMarker = selectedMarker;
        _selectionKeepsToneColours = selectionKeepsToneColours;
    }

    public ThemeName Name { get; }
    public Attribute Bar { get; }
    public Attribute BarKey { get; }
    public Attribute Selected { get; }
    public Attribute SelectedMarker { get; }
    public Attribute Normal => _tones[Tone.Normal];

    public Attribute For(Tone tone) => _tones.TryGetValue(tone, out var a) ? a : Normal;

    /// <summary>
    /// The selected line: the selection background with the tone's colour where the theme has colours
    /// that stay readable on it, or the selection's own text colour. A tone with a background of its
    /// own (words that differ) keeps it: the marker shows the selection.
    /// </summary>
    public Attribute SelectedFor(Tone tone)
    {
        var a = For(tone);
        if (Name == ThemeName.Mono)
            return new Attribute(Color.None, Color.None, TextStyle.Reverse | (a.Style & TextStyle.Underline));
        if (a.Background != Normal.Background)
            return a;
        bool keep = _selectionKeepsToneColours && tone is not (Tone.Normal or Tone.Dim);
        return new Attribute(keep ? a.Foreground : Selected.Foreground, Selected.Background, a.Style);
    }

    /// <summary>The theme asked for, or monochrome when NO_COLOR is set (https://no-color.org).</summary>
    public static ThemeName Choose(string? requested, string? noColor) =>
        !string.IsNullOrEmpty(noColor) ? ThemeName.Mono : Parse(requested) ?? ThemeName.Default;

    public static ThemeName? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "default" => ThemeName.Default,
        "high-contrast" or "highcontrast" or "contrast" => ThemeName.HighContrast,
        "mono" or "monochrome" or "none" => ThemeName.Mono,
        _ => null,
    };

    public static Theme Create(ThemeName name) => name switch
    {
        ThemeName.HighContrast => HighContrast(),
        ThemeName.Mono => Mono(),
        _ => Default(),
    };

    private static Attribute A(Color fg, Color bg, TextStyle style = TextStyle.None) => new(fg, bg, style);

    private static Color Rgb(int r, int g, int b) => new(r, g, b);

    /// <summary>
    /// Calm colours on a dark background of the app's own. The selection is a dark blue on which
    /// every tone's colour still reads at 4.5:1 or more.
    /// </summary>
    private static Theme Default()
    {
        var bg = Rgb(22, 22, 26);
        var cyan = Rgb(110, 220, 235);
        var yellow = Rgb(255, 225, 110);
        var tones = new Dictionary<Tone, Attribute>
        {
            [Tone.Normal] = A(Rgb(228, 228, 228), bg),
            [Tone.Title] = A(cyan, bg, TextStyle.Bold),
            [Tone.Heading] = A(Rgb(90, 200, 215), bg, TextStyle.Bold),
            [Tone.Dim] = A(Rgb(165, 165, 170), bg),
            [Tone.Accent] = A(Rgb(135, 175, 255), bg),
            [Tone.Quote] = A(Rgb(245, 225, 120), bg),
            [Tone.Good] = A(Rgb(110, 220, 110), bg),
            [Tone.Bad] = A(Rgb(255, 140, 140), bg),
            [Tone.Changed] = A(Rgb(0, 0, 0), Rgb(245, 215, 70), TextStyle.Bold),
            [Tone.Key] = A(cyan, bg, TextStyle.Bold),
            [Tone.Warning] = A(Rgb(240, 195, 80), bg, TextStyle.Bold),
        };
        var selection = Rgb(44, 58, 92);
        var bar = Rgb(0, 60, 150);
        return new Theme(ThemeName.Default, tones,
            bar: A(Rgb(240, 240, 240), bar),
            barKey: A(yellow, bar, TextStyle.Bold),
            selected: A(Rgb(255, 255, 255), selection),
            selectedMarker: A(yellow, selection, TextStyle.Bold),
            selectionKeepsToneColours: true);
    }

    /// <summary>
    /// White and bright colours on black; emphasis also by bold and underline. The selected line is
    /// black on bright yellow, every tone in black there (no bright colour reads on yellow).
    /// </summary>
    private static Theme HighContrast()
    {
        var bg = Rgb(0, 0, 0);
        var white = Rgb(255, 255, 255);
        var yellow = Rgb(255, 255, 0);
        var tones = new Dictionary<Tone, Attribute>
        {
            [Tone.Normal] = A(white, bg),
            [Tone.Title] = A(white, bg, TextStyle.Bold | TextStyle.Underline),
            [Tone.Heading] = A(yellow, bg, TextStyle.Bold),
            [Tone.Dim] = A(white, bg),
            [Tone.Accent] = A(Rgb(0, 255, 255), bg, TextStyle.Bold),
            [Tone.Quote] = A(white, bg, TextStyle.Bold),
            [Tone.Good] = A(Rgb(0, 255, 0), bg, TextStyle.Bold),
            [Tone.Bad] = A(Rgb(255, 110, 110), bg, TextStyle.Bold),
            [Tone.Changed] = A(bg, yellow, TextStyle.Bold | TextStyle.Underline),
            [Tone.Key] = A(yellow, bg, TextStyle.Bold),
            [Tone.Warning] = A(yellow, bg, TextStyle.Bold),
        };
        return new Theme(ThemeName.HighContrast, tones,
            bar: A(bg, white),
            barKey: A(bg, white, TextStyle.Bold | TextStyle.Underline),
            selected: A(bg, yellow),
            selectedMarker: A(bg, yellow, TextStyle.Bold),
            selectionKeepsToneColours: false);
    }

    /// <summary>No colour at all: the terminal's own colours, with bold, underline and reverse video.</summary>
    private static Theme Mono()
    {
        var none = Color.None;
        var tones = new Dictionary<Tone, Attribute>
        {
            [Tone.Normal] = A(none, none),
            [Tone.Title] = A(none, none, TextStyle.Bold),
            [Tone.Heading] = A(none, none, TextStyle.Bold),
            [Tone.Dim] = A(none, none),
            [Tone.Accent] = A(none, none),
            [Tone.Quote] = A(none, none, TextStyle.Bold),
            [Tone.Good] = A(none, none, TextStyle.Bold),
            [Tone.Bad] = A(none, none, TextStyle.Bold),
            [Tone.Changed] = A(none, none, TextStyle.Underline | TextStyle.Bold),
            [Tone.Key] = A(none, none, TextStyle.Bold),
            [Tone.Warning] = A(none, none, TextStyle.Bold),
        };
        return new Theme(ThemeName.Mono, tones,
            bar: A(none, none, TextStyle.Reverse),
            barKey: A(none, none, TextStyle.Reverse | TextStyle.Bold),
            selected: A(none, none, TextStyle.Reverse),
            selectedMarker: A(none, none, TextStyle.Reverse | TextStyle.Bold),
            selectionKeepsToneColours: false);
    }

    /// <summary>
    /// Every attribute the theme gives anything drawn on screen, named by what it is for: each tone,
    /// each tone on the selected line, the selection and its marker, the header and status bar, and
    /// every role of the scheme. What the app draws comes from here, so checks (contrast) read it.
    /// </summary>
    public IEnumerable<(string Role, Attribute Attribute)> Attributes()
    {
        foreach (var tone in Enum.GetValues<Tone>())
        {
            yield return (tone.ToString(), For(tone));
            yield return (tone + " on the selected line", SelectedFor(tone));
        }
        yield return ("selected line", Selected);
        yield return ("selection marker", SelectedMarker);
        yield return ("header and status bar", Bar);
        yield return ("status bar key", BarKey);
        var scheme = Scheme();
        foreach (var role in Enum.GetValues<VisualRole>())
            yield return ("scheme " + role, scheme.GetAttributeForRole(role));
    }

    /// <summary>
    /// A Terminal.Gui scheme for the views the app does not draw itself: every role set to the normal
    /// text, so none is derived by Terminal.Gui in colours the theme has not checked.
    /// </summary>
    public Scheme Scheme() => new(Normal)
    {
        HotNormal = Normal,
        Focus = Normal,
        HotFocus = Normal,
        Active = Normal,
        HotActive = Normal,
        Highlight = Normal,
        Editable = Normal,
        ReadOnly = Normal,
        Disabled = Normal,
        Code = Normal,
        CodeComment = Normal,
        CodeKeyword = Normal,
        CodeString = Normal,
        CodeNumber = Normal,
        CodeOperator = Normal,
        CodeType = Normal,
        CodePreprocessor = Normal,
        CodeIdentifier = Normal,
        CodeConstant = Normal,
        CodePunctuation = Normal,
        CodeFunctionName = Normal,
        CodeAttribute = Normal,
    };
}
