using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace QuizTui.App.Tests.Support;

/// <summary>Contrast of text against its background, by the WCAG 2 relative luminance formula.</summary>
public static class Wcag
{
    /// <summary>The least contrast WCAG AA asks of body text.</summary>
    public const double AA = 4.5;

    /// <summary>Relative luminance of an sRGB colour, from 0 (black) to 1 (white).</summary>
    public static double Luminance(Color c) =>
        0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    private static double Linear(byte channel)
    {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }

    /// <summary>(lighter + 0.05) / (darker + 0.05): 1 for the same colour, 21 for black on white.</summary>
    public static double Ratio(Color a, Color b)
    {
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>
    /// The contrast of an attribute's text, or why it cannot be known: the terminal's own pair
    /// (no colour set for either; reverse video only swaps them) is the learner's own choice and is
    /// taken as readable, but a colour set on one side only meets a colour the app does not know.
    /// Faint text is drawn lighter by an amount each terminal decides, so it cannot be checked.
    /// </summary>
    public static (double? Ratio, string? Unknown) Of(Attribute attribute)
    {
        bool fgNone = attribute.Foreground == Color.None, bgNone = attribute.Background == Color.None;
        if (attribute.Style.HasFlag(TextStyle.Faint))
            return (null, "faint text: how faint is up to the terminal");
        if (fgNone && bgNone)
            return (null, null);
        if (fgNone || bgNone)
            return (null, "one side is the terminal's own colour, which the app does not know");
        return (Ratio(attribute.Foreground, attribute.Background), null);
    }
}
