namespace QuizTui.Core.Drafting;

/// <summary>Name forms the article prints other than as it first gave them: a surname misprinted.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "Paul Jarvis said …" then "Jervis said": a surname the article never gives in full that is
    /// one letter off the surname of exactly one person it names in full is taken for a misprint of
    /// it, marked to check, since it may as well be someone else.
    /// </summary>
    private Resolution? SurnameSpeltLike(NameRun run, string written)
    {
        if (run.Count != 1 || run.Name.Length < 4 || p[run.First].IsAcronym)
        {
            return null;
        }
        var alike = p.Entities.People
            .Where(person => person.FullName.Contains(' ', StringComparison.Ordinal) && person.Surname.Length >= 4
                             && OneLetterApart(person.Surname, run.Name))
            .ToList();
        return alike.Count == 1
            ? Resolution.Of(alike[0].FullName, SpeakerKind.Person, DraftConfidence.SurnameSpeltLike, written, alike[0].FullName)
            : null;
    }

    /// <summary>One letter changed, added or left out, the first letter kept: "Jarvis" and "Jervis", "Okafor" and "Okafoor".</summary>
    internal static bool OneLetterApart(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0 || char.ToUpperInvariant(a[0]) != char.ToUpperInvariant(b[0])
            || Math.Abs(a.Length - b.Length) > 1 || string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && char.ToUpperInvariant(shorter[i]) == char.ToUpperInvariant(longer[i]))
        {
            i++;
        }
        // Past the first difference the rest must match: shifted by one when a letter was added.
        var skip = shorter.Length == longer.Length ? 1 : 0;
        return string.Equals(shorter[(i + skip)..], longer[(i + 1)..], StringComparison.OrdinalIgnoreCase);
    }
}
