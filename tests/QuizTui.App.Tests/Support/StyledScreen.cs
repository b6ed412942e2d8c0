using System.Globalization;
using System.Text;
using Terminal.Gui.Drawing;

namespace QuizTui.App.Tests.Support;

/// <summary>One character on a captured screen with the colours it is shown in; null is the terminal's own colour.</summary>
public sealed record StyledGlyph(int Row, string Text, Color? Foreground, Color? Background, bool Reverse, bool Bold);

/// <summary>
/// Reads a screen captured with its escape sequences (tmux capture-pane -e): the colours and styles
/// of every visible character, as the terminal shows them.
/// </summary>
public static class StyledScreen
{
    /// <summary>Every non-blank character; a colour given by a 16- or 256-colour palette number is reported as an error.</summary>
    public static List<StyledGlyph> Glyphs(string captured)
    {
        var glyphs = new List<StyledGlyph>();
        Color? fg = null, bg = null;
        bool reverse = false, bold = false;
        var rows = captured.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (int row = 0; row < rows.Length; row++)
        {
            string line = rows[row];
            for (int i = 0; i < line.Length;)
            {
                if (line[i] == '\u001b' && i + 1 < line.Length && line[i + 1] == '[')
                {
                    int end = line.IndexOf('m', i);
                    Assert.True(end > 0, $"An escape sequence that is not a colour or style, row {row}: {line[i..]}");
                    var codes = line[(i + 2)..end].Split(';').Select(c => c.Length == 0 ? 0 : int.Parse(c, CultureInfo.InvariantCulture)).ToList();
                    for (int k = 0; k < codes.Count; k++)
                    {
                        switch (codes[k])
                        {
                            case 0: fg = null; bg = null; reverse = false; bold = false; break;
                            case 1: bold = true; break;
                            case 22: bold = false; break;
                            case 7: reverse = true; break;
                            case 27: reverse = false; break;
                            case 39: fg = null; break;
                            case 49: bg = null; break;
                            case 38 or 48 when k + 4 < codes.Count && codes[k + 1] == 2:
                                var c = new Color(codes[k + 2], codes[k + 3], codes[k + 4]);
                                if (codes[k] == 38)
                                    fg = c;
                                else
                                    bg = c;
                                k += 4;
                                break;
                            case (>= 30 and <= 37) or (>= 40 and <= 47) or (>= 90 and <= 97) or (>= 100 and <= 107) or 38 or 48:
                                Assert.Fail($"A palette colour (code {codes[k]}) at row {row}: its shade is the terminal's to choose, so its contrast is unknown.");
                                break;
                        }
                    }
                    i = end + 1;
                    continue;
                }
                var rune = Rune.GetRuneAt(line, i);
                string text = rune.ToString();
                if (!Rune.IsWhiteSpace(rune))
                    glyphs.Add(new StyledGlyph(row, text, fg, bg, reverse, bold));
                i += text.Length;
            }
        }
        return glyphs;
    }
}
