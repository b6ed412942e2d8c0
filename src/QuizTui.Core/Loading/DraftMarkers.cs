using System.Text.RegularExpressions;

namespace QuizTui.Core.Loading;

/// <summary>
/// The markers <c>quiztui draft pack</c> leaves in the files it writes: <c>FILL IN:</c> where the
/// instructor's own words or a missing fact must go (QT600), <c>CHECK:</c> where a drafted value
/// needs checking against the article (QT601). A marker counts at the start of a comment, of a
/// value or of a line; the loader reports each one as a warning at its place until it is removed.
/// </summary>
public static partial class DraftMarkers
{
    public const string FillIn = "FILL IN:";
    public const string Check = "CHECK:";

    /// <summary>Every marker in a file's text: 1-based line and column, its diagnostic code, and the words after it.</summary>
    public static IEnumerable<(int Line, int Column, string Code, string Note)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Marker().Matches(lines[i]))
            {
                var marker = m.Groups["marker"];
                var note = lines[i][(marker.Index + marker.Length)..].TrimEnd('\r');
                var quote = m.Groups["quote"].Value;
                if (quote.Length > 0 && note.LastIndexOf(quote[0]) is var close and >= 0)
                {
                    note = note[..close].Replace(quote + quote, quote, StringComparison.Ordinal);
                }
                note = note.Trim().TrimEnd('.');
                yield return (i + 1, marker.Index + 1, marker.Value == FillIn ? DiagnosticCodes.DraftFillIn : DiagnosticCodes.DraftCheck, note);
            }
        }
    }

    /// <summary>
    /// A marker opening a comment ("# CHECK: …"), a value ("summary: "FILL IN: …"", "- FILL IN: …")
    /// or a line of a block value.
    /// </summary>
    [GeneratedRegex("""(?:(?:^|\s)#\s*|:\s+(?<quote>["']?)|^\s*-\s+(?<quote>["']?)|^\s*)(?<marker>FILL IN:|CHECK:)""")]
    private static partial Regex Marker();
}
