using System.Text;

namespace QuizTui.Core.Model;

/// <summary>Text normalisation shared by grading, validation and seed checks.</summary>
public static class TextFolding
{
    /// <summary>Folds typographic quotes, dashes and runs of white space so printed variants compare equal.</summary>
    public static string FoldTypography(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool lastWasSpace = false;
        foreach (char c in text)
        {
            char folded = c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u00A0' or '\u2009' or '\u202F' => ' ',
                _ => c,
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace && sb.Length > 0)
                    sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            // "--" printed for an em dash folds to one dash.
            if (folded == '-' && sb.Length > 0 && sb[^1] == '-')
                continue;
            sb.Append(folded);
            lastWasSpace = false;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// Folds case, accents, punctuation and spacing, for comparing a typed answer with accepted ones.
    /// Dashes and slashes separate words ("three-year" = "three year"); other punctuation is dropped ("U.S." = "US").
    /// </summary>
    public static string FoldForAnswer(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in FoldTypography(text).Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
            else if ((char.IsWhiteSpace(c) || c is '-' or '/') && sb.Length > 0 && sb[^1] != ' ')
                sb.Append(' ');
        }
        return sb.ToString().Trim();
    }
}
