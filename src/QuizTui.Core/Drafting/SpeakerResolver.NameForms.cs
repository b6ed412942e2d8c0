using QuizTui.Core.Loading;

namespace QuizTui.Core.Drafting;

/// <summary>Name forms the article prints other than as it first gave them: a surname misprinted, a given name after a title.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "Sheikh Omar said" after "Sheikh Omar bin Said" (or "Princess Ana" after "Princess Ana
    /// Lindqvist"): the name printed in full after the same title, beginning with the word. With two
    /// such names the one printed first is taken, usually the article's main person; either way it is
    /// marked, as a given name alone may stand for someone else.
    /// </summary>
    private Resolution? GivenNameAfterTitle(NameRun run, string written)
    {
        var names = p.Entities.NamesPrintedAfterTitle(run);
        return names.Count == 0
            ? null
            : Resolution.Of(names[0], SpeakerKind.Person, DraftConfidence.GivenNameAfterTitle, written, names[0], run.Name, names.Count);
    }

    /// <summary>"Mr Tan said" with "Tan Wei Ming" printed: the family name written first, marked.</summary>
    private Resolution? FamilyNameFirst(NameRun run, string written) =>
        p.Entities.NameWithFamilyNameFirst(run) is { } name
            ? Resolution.Of(name, SpeakerKind.Person, DraftConfidence.FamilyNameFirst, written, name)
            : null;

    /// <summary>
    /// "Paul Marlow said …" then "Merlow said": a surname the article never gives in full that is
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

    /// <summary>
    /// One letter changed, added, left out or swapped with its neighbour, the first letter kept:
    /// "Marlow" and "Merlow", "Okafor" and "Okafoor". The distance is the one validation's
    /// "Did you mean" uses.
    /// </summary>
    internal static bool OneLetterApart(string a, string b) =>
        a.Length > 0 && b.Length > 0 && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0])
        && Suggestions.Distance(a, b) == 1;
}
