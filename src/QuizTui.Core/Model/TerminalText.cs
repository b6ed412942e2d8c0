using System.Globalization;
using System.Text;

namespace QuizTui.Core.Model;

/// <summary>
/// Text from files made safe for a terminal: the one place where characters a terminal would act on
/// are turned into visible stand-ins. Content, score exports and file names are written by other
/// people, and an escape sequence in a title could retitle the window, clear the screen or move the
/// cursor; a bidirectional override could make a line read differently from what it holds; a line
/// break in a key would split one diagnostic over several lines. The full-screen app and every text
/// command show such text through this class.
/// </summary>
public static class TerminalText
{
    /// <summary>
    /// The longest value quoted in a message, in characters after escaping; a longer one is cut and
    /// ends with "…" (docs/diagnostics.md).
    /// </summary>
    public const int MaxQuotedValue = 80;

    /// <summary>
    /// True for a character that must not reach a terminal as it is: C0 controls (line breaks and
    /// tabs included), DEL, C1 controls, the bidirectional marks, embeddings, overrides and isolates,
    /// and the Unicode line and paragraph separators.
    /// </summary>
    public static bool NeedsEscape(char c) => c switch
    {
        < ' ' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\u2028' or '\u2029' => true,
        _ => false,
    };

    /// <summary>
    /// The visible stand-in for one character: a C0 control becomes its Control Pictures symbol
    /// (ESC shows as ␛, a line break as ␊), DEL becomes ␡, any other character that needs escaping
    /// becomes <c>&lt;U+202E&gt;</c>; every other character is itself.
    /// </summary>
    public static string Escape(char c) => c switch
    {
        < ' ' => ((char)(0x2400 + c)).ToString(),
        '\u007F' => "\u2421",
        _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>"),
        _ => c.ToString(),
    };

    /// <summary>The text on one line, with every character a terminal would act on shown as its stand-in.</summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>
    /// Like <see cref="Escape(string)"/> but keeps <c>\n</c>, for text laid out in lines by us (a table,
    /// a report). A carriage return is escaped: it would move the cursor back over what was printed.
    /// </summary>
    public static string EscapeLines(string text) => Escape(text, keepLineBreaks: true);

    private static string Escape(string text, bool keepLineBreaks)
    {
        int first = 0;
        while (first < text.Length && (!NeedsEscape(text[first]) || (keepLineBreaks && text[first] == '\n')))
            first++;
        if (first == text.Length)
            return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (keepLineBreaks && c == '\n')
                sb.Append(c);
            else if (NeedsEscape(c))
                sb.Append(Escape(c));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A value to quote in a message: escaped, and cut to <paramref name="max"/> characters ending
    /// with "…" when longer.
    /// </summary>
    public static string Shorten(string value, int max = MaxQuotedValue)
    {
        string escaped = Escape(value);
        if (escaped.Length <= max)
            return escaped;
        int keep = Math.Max(0, max - 1);
        // Never cut between the two halves of a surrogate pair.
        if (keep > 0 && char.IsHighSurrogate(escaped[keep - 1]))
            keep--;
        return escaped[..keep] + "…";
    }

    /// <summary>
    /// A message on one line, safe to print, with each value it quotes between <paramref name="quote"/>
    /// marks (<c>`key`</c>) cut by <see cref="Shorten"/>. A value holding the quote mark itself may
    /// shift which spans count as quoted; the result is still one escaped line.
    /// </summary>
    public static string ShortenQuoted(string message, char quote = '`')
    {
        string[] parts = message.Split(quote);
        if (parts.Length < 3)
            return Escape(message);
        var sb = new StringBuilder(message.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                sb.Append(quote);
            // Odd parts sit between an opening and a closing mark, unless the last mark is unpaired.
            bool quoted = i % 2 == 1 && i < parts.Length - 1;
            sb.Append(quoted ? Shorten(parts[i]) : Escape(parts[i]));
        }
        return sb.ToString();
    }
}
