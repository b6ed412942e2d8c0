using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace QuizTui.Core.Gift;

/// <summary>GIFT escapes and text clean-up shared by the reader and the writer.</summary>
internal static partial class GiftText
{
    // Escaped characters are swapped for private-use characters while a question is taken apart,
    // so that an escaped '=' or '}' is never read as syntax; they are restored in the final text.
    private const string Escapable = "~=#{}:\\n";
    private const char FirstPlaceholder = '\uE000';

    /// <summary>Replaces each GIFT escape (<c>\~ \= \# \{ \} \: \\ \n</c>) with a placeholder character.</summary>
    public static string Protect(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                int index = Escapable.IndexOf(text[i + 1]);
                if (index >= 0)
                {
                    sb.Append((char)(FirstPlaceholder + index));
                    i++;
                    continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Final text of a protected fragment: line breaks of the source become spaces (GIFT wraps
    /// long text over lines), runs of spaces collapse, escapes are restored, <c>\n</c> is a line break.
    /// </summary>
    public static string Finish(string protectedText)
    {
        var sb = new StringBuilder(protectedText.Length);
        bool pendingSpace = false;
        foreach (char c in protectedText)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                pendingSpace = sb.Length > 0 && sb[^1] != '\n';
                continue;
            }
            int index = c - FirstPlaceholder;
            if (index == Escapable.Length - 1)
            {
                sb.Append('\n');
                pendingSpace = false;
                continue;
            }
            if (pendingSpace)
                sb.Append(' ');
            pendingSpace = false;
            sb.Append(index >= 0 && index < Escapable.Length ? Escapable[index] : c);
        }
        // A line break escape followed by spaces, or at the end, leaves no stray white space.
        return Regex.Replace(sb.ToString(), " *\n *", "\n").Trim();
    }

    /// <summary>Escapes text for GIFT: the special characters get a backslash, line breaks become <c>\n</c>.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text.Replace("\r\n", "\n"))
        {
            switch (c)
            {
                case '~' or '=' or '#' or '{' or '}' or ':' or '\\':
                    sb.Append('\\').Append(c);
                    break;
                case '\n' or '\r':
                    sb.Append("\\n");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Turns HTML into plain text: paragraphs and breaks become line breaks, tags go, entities are decoded.</summary>
    public static string StripHtml(string html)
    {
        string text = BreakTag().Replace(html, "\n");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        text = Regex.Replace(text, "[ \t]+", " ");
        text = Regex.Replace(text, " *\n *", "\n");
        text = Regex.Replace(text, "\n{3,}", "\n\n");
        return text.Trim();
    }

    /// <summary>A short excerpt of a text for messages.</summary>
    public static string Excerpt(string text, int max = 50)
    {
        string oneLine = Regex.Replace(text, @"\s+", " ").Trim();
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6])\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
