using System.Text;

namespace QuizTui.Core.Drafting;

/// <summary>Compares quotation texts the way a reader would: typography and spacing aside.</summary>
public static class QuotationText
{
    /// <summary>
    /// Straightens curly quotes and apostrophes, turns every dash (and "--") into "-" with
    /// spaces around it, spells an ellipsis as "…", and collapses whitespace.
    /// </summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '‘' or '’' or '‚' or '‛' or '′' or '`':
                    sb.Append('\'');
                    break;
                case '“' or '”' or '„' or '″' or '«' or '»':
                    sb.Append('"');
                    break;
                case '—' or '–' or '‒' or '―' or '−':
                    sb.Append(" - ");
                    break;
                case '-' when i + 1 < text.Length && text[i + 1] == '-':
                    sb.Append(" - ");
                    i++;
                    break;
                case '.' when i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.':
                    sb.Append('…');
                    i += 2;
                    break;
                default:
                    sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
        }
        return CollapseSpaces(sb.ToString());
    }

    /// <summary>
    /// A key under which two printings of one quotation are equal: normalised, without trailing
    /// punctuation, ignoring case.
    /// </summary>
    public static string Key(string text) =>
        Normalise(text).TrimEnd(',', '.', ';', ':', ' ', '-').ToLowerInvariant();

    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
