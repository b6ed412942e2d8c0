using QuizTui.Core.Model;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QuizTui.Core.Authoring;

/// <summary>Makes content ids (lowercase words joined by hyphens) from titles and free text.</summary>
public static partial class IdSlug
{
    /// <summary>True for a well-formed id such as <c>tom-keiser</c> or <c>crn-2020-09-24</c>.</summary>
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>
    /// Lowercases, drops accents, joins the words with hyphens and cuts at a word boundary near
    /// <paramref name="maxLength"/>. Gives <paramref name="fallback"/> when no letter or digit is left.
    /// </summary>
    public static string From(string? text, string fallback = "question", int maxLength = 40)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char raw in text ?? "")
        {
            if (TextFolding.FoldLetter(raw) is { } plain)
            {
                word.Append(plain);
                continue;
            }
            char c = raw;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                word.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019')
            {
                continue; // "don't" → "dont"
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
            words.Add(word.ToString());

        var slug = new StringBuilder();
        foreach (string w in words)
        {
            if (slug.Length > 0 && slug.Length + 1 + w.Length > maxLength)
                break;
            if (slug.Length > 0)
                slug.Append('-');
            slug.Append(w.Length > maxLength ? w[..maxLength] : w);
        }
        return slug.Length == 0 ? fallback : slug.ToString();
    }

    /// <summary>Adds <c>-2</c>, <c>-3</c>, … until the id is not in <paramref name="taken"/>, and records it there.</summary>
    public static string Unique(string id, ISet<string> taken)
    {
        string candidate = id;
        for (int n = 2; taken.Contains(candidate); n++)
            candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
        taken.Add(candidate);
        return candidate;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
