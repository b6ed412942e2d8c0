using System.Text.RegularExpressions;

namespace QuizTui.Core.Drafting;

/// <summary>The outlet a dateline or a byline names beside the date or the writer.</summary>
public sealed partial record ArticleFacts
{
    /// <summary>Where a dateline's parts meet: "Lindenport Courier, 14 March 2026", "… — 14 March 2026", "… on 14 March 2026".</summary>
    private static readonly string[] DatelineSeparators = [", ", " — ", " – ", " - ", " | ", " · ", " • ", " on "];

    /// <summary>A dateline is short; a longer line with a date is a sentence of the article.</summary>
    private const int DatelineWords = 12;

    /// <summary>
    /// The outlet of a short line that gives the date ("Lindenport Courier, 14 March 2026",
    /// "14 March 2026 — Lindenport Courier", "Published by the Lindenport Courier on 14 March
    /// 2026"), a guess. Only a part named as outlets are (<see cref="IsOutletPart"/>) counts, so
    /// a writer's name or a bare place beside the date gives none.
    /// </summary>
    private static ArticleFact? DatelineOutlet(int number, string line)
    {
        if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > DatelineWords || FindDate(line) is null)
        {
            return null;
        }
        var parts = PublishedBy().Replace(line, "")
            .Split(DatelineSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Select(WithoutLowerCaseThe).FirstOrDefault(IsOutletPart) is { } outlet
            ? new ArticleFact(Unshouted(outlet), number, false)
            : null;
    }

    /// <summary>
    /// "By Ana Ruiz, Lindenport Courier": the writer and, after a comma, the outlet. After a comma
    /// only a name that reads as an outlet's counts, since a writer's title ("By Ana Ruiz, Political
    /// Editor") or home town is written there too; such a byline gives the writer alone. Null when
    /// the line is no such byline.
    /// </summary>
    private static (string Author, string? Outlet)? BylineBeforeComma(string line)
    {
        var parts = line.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // One capitalised word after "By" is as likely a headline's start ("By Land, Sea and Air").
        if (parts.Length < 2 || Byline().Match(parts[0]) is not { Success: true } by || !by.Groups[1].Value.Trim().Contains(' '))
        {
            return null;
        }
        return (by.Groups[1].Value.Trim(), parts.Skip(1).Select(WithoutLowerCaseThe).FirstOrDefault(IsOutletPart));
    }

    /// <summary>
    /// A part of a dateline or byline that names an outlet: a short capitalised name ending in a
    /// word outlets are named with ("Courier", "Times", "Radio") or a wire service's one name
    /// ("Reuters"), and neither a date nor a byline of its own.
    /// </summary>
    private static bool IsOutletPart(string part) =>
        part.Length > 0 && char.IsUpper(part[0]) && part.Split(' ').Length <= 5 && !part.EndsWith('.')
        && FindDate(part) is null && !Byline().IsMatch(part)
        && (LabelRules.IsOutletName(part) || part.Split(' ') is { Length: > 1 } words && Lexicon.MastheadNameEndings.Contains(words[^1]));

    /// <summary>"the Lindenport Courier" in a sentence is "Lindenport Courier"; a masthead's own "The" stays.</summary>
    private static string WithoutLowerCaseThe(string part) =>
        part.StartsWith("the ", StringComparison.Ordinal) ? part[4..].TrimStart() : part;

    [GeneratedRegex(@"^(?:first\s+)?(?:published|posted)\s+(?:online\s+)?by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedBy();
}
