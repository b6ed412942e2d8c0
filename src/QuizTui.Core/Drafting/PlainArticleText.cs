using System.Text;

namespace QuizTui.Core.Drafting;

/// <summary>
/// An article's text as read from a file, made plain before it is drafted: terminal escape
/// sequences (colour codes left by copying from a terminal) and other control characters (a
/// bell, a form feed between pages of a converted PDF) are not words of the article, so they are
/// left out rather than copied into a quotation. Line breaks (<c>\n</c>, <c>\r\n</c>) and tabs stay.
/// </summary>
public static class PlainArticleText
{
    private const char Escape = '\u001b';

    /// <summary>The text without control characters; <paramref name="removed"/> counts what was left out, an escape sequence as one.</summary>
    public static string Clean(string text, out int removed)
    {
        ArgumentNullException.ThrowIfNull(text);
        removed = 0;
        if (!text.Any(IsControl))
        {
            return text;
        }
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsControl(c))
            {
                plain.Append(c);
                continue;
            }
            removed++;
            if (c == Escape && i + 1 < text.Length)
            {
                i = EndOfSequence(text, i + 1);
            }
            else if (c == '\u009B')
            {
                i = EndOfParameters(text, i + 1);
            }
        }
        return plain.ToString();
    }

    private static bool IsControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');

    /// <summary>The index of the last character of an escape sequence whose introducer follows ESC at <paramref name="at"/>.</summary>
    private static int EndOfSequence(string text, int at)
    {
        switch (text[at])
        {
            case '[':
                return EndOfParameters(text, at + 1);
            case ']' or 'P' or '_' or '^':
                // A string (a window title, a link): up to BEL or ESC \, never past the line.
                for (var i = at + 1; i < text.Length; i++)
                {
                    if (text[i] is '\u0007' or '\n')
                    {
                        return text[i] == '\n' ? i - 1 : i;
                    }
                    if (text[i] == Escape)
                    {
                        return i + 1 < text.Length && text[i + 1] == '\\' ? i + 1 : i;
                    }
                }
                return text.Length - 1;
            case >= '@' and <= '~' or >= ' ' and <= '/':
                return at; // a two-character sequence (ESC c, ESC 7, ESC ( …)
            default:
                return at - 1; // ESC alone
        }
    }

    /// <summary>The index of a control sequence's final character (ESC [ or CSI, parameters, then one of @ to ~).</summary>
    private static int EndOfParameters(string text, int at)
    {
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] is >= '@' and <= '~')
            {
                return i;
            }
            if (text[i] is not (>= ' ' and <= '?'))
            {
                return i - 1; // not a sequence after all: keep what follows
            }
        }
        return text.Length - 1;
    }
}
