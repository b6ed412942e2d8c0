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

/// <summary>The look of the app: an attribute per tone, plus the header, status bar and selection.</summary>
public sealed class Theme
{
    private readonly Dictionary<Tone, Attribute> _tones;

    private Theme(ThemeName name, Dictionary<Tone, Attribute> tones, Attribute bar, Attribute barKey, Attribute selected, Attribute selectedMarker)
    {
        Name = name;
        _tones = tones;
        Bar = bar;
        BarKey = barKey;
        Selected = selected;
        SelectedMarker = selectedMarker;
    }

    public ThemeName Name { get; }
    public Attribute Bar { get; }
    public Attribute BarKey { get; }
    public Attribute Selected { get; }
    public Attribute SelectedMarker { get; }
    public Attribute Normal => _tones[Tone.Normal];

    public Attribute For(Tone tone) => _tones.TryGetValue(tone, out var a) ? a : Normal;

    /// <summary>The selected line: the tone's colour on the selection background.</summary>
    public Attribute SelectedFor(Tone tone) => Name == ThemeName.Mono
        ? new Attribute(Color.None, Color.None, TextStyle.Reverse | (For(tone).Style & TextStyle.Underline))
        : new Attribute(tone is Tone.Normal or Tone.Dim ? Selected.Foreground : For(tone).Foreground, Selected.Background, For(tone).Style);

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

    /// <summary>Calm colours on the terminal's own background.</summary>
    private static Theme Default()
    {
        var bg = Color.None;
        var tones = new Dictionary<Tone, Attribute>
        {
            [Tone.Normal] = A(Color.None, bg),
            [Tone.Title] = A(new Color(Color.BrightCyan), bg, TextStyle.Bold),
            [Tone.Heading] = A(new Color(Color.Cyan), bg, TextStyle.Bold),
            [Tone.Dim] = A(new Color(Color.Gray), bg),
            [Tone.Accent] = A(new Color(Color.BrightBlue), bg),
            [Tone.Quote] = A(new Color(Color.BrightYellow), bg),
            [Tone.Good] = A(new Color(Color.BrightGreen), bg),
            [Tone.Bad] = A(new Color(Color.BrightRed), bg),
            [Tone.Changed] = A(new Color(Color.Black), new Color(Color.BrightYellow), TextStyle.Bold),
            [Tone.Key] = A(new Color(Color.BrightCyan), bg, TextStyle.Bold),
            [Tone.Warning] = A(new Color(Color.Yellow), bg, TextStyle.Bold),
        };
        return new Theme(ThemeName.Default, tones,
            bar: A(new Color(Color.White), new Color(Color.Blue)),
            barKey: A(new Color(Color.BrightYellow), new Color(Color.Blue), TextStyle.Bold),
            selected: A(new Color(Color.White), new Color(Color.DarkGray)),
            selectedMarker: A(new Color(Color.BrightYellow), new Color(Color.DarkGray), TextStyle.Bold));
    }

    /// <summary>White and bright colours on black; emphasis also by bold and underline.</summary>
    private static Theme HighContrast()
    {
        var bg = new Color(Color.Black);
        var white = new Color(Color.White);
        var tones = new Dictionary<Tone, Attribute>
        {
            [Tone.Normal] = A(white, bg),
            [Tone.Title] = A(white, bg, TextStyle.Bold | TextStyle.Underline),
            [Tone.Heading] = A(new Color(Color.BrightYellow), bg, TextStyle.Bold),
            [Tone.Dim] = A(white, bg),
            [Tone.Accent] = A(new Color(Color.BrightCyan), bg, TextStyle.Bold),
            [Tone.Quote] = A(white, bg, TextStyle.Bold),
            [Tone.Good] = A(new Color(Color.BrightGreen), bg, TextStyle.Bold),
            [Tone.Bad] = A(new Color(Color.BrightRed), bg, TextStyle.Bold),
            [Tone.Changed] = A(bg, new Color(Color.BrightYellow), TextStyle.Bold | TextStyle.Underline),
            [Tone.Key] = A(new Color(Color.BrightYellow), bg, TextStyle.Bold),
            [Tone.Warning] = A(new Color(Color.BrightYellow), bg, TextStyle.Bold),
        };
        return new Theme(ThemeName.HighContrast, tones,
            bar: A(bg, white),
            barKey: A(bg, white, TextStyle.Bold | TextStyle.Underline),
            selected: A(bg, new Color(Color.BrightYellow)),
            selectedMarker: A(bg, new Color(Color.BrightYellow), TextStyle.Bold));
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
            selectedMarker: A(none, none, TextStyle.Reverse | TextStyle.Bold));
    }

    /// <summary>A Terminal.Gui scheme for the views the app does not draw itself.</summary>
    public Scheme Scheme() => new(Normal)
    {
        Focus = Normal,
        HotNormal = Normal,
        HotFocus = Normal,
        Active = Normal,
        Highlight = Normal,
        Editable = Normal,
        ReadOnly = Normal,
        Disabled = Normal,
    };
}
