namespace QuizTui.Core.Drafting;

/// <summary>
/// Someone an article names or quotes, as the article gives them: a person with the role and
/// organisation it says they hold, an organisation speaking as one, or a speaker the article
/// describes but does not name ("a hospital spokesperson").
/// </summary>
/// <param name="Name">Full name, organisation name, or the description the article gives.</param>
/// <param name="Kind">Person, organisation or role (a description, not a name).</param>
/// <param name="Role">"spokeswoman", "head coach": the role the article gives, if any.</param>
/// <param name="Organisation">The organisation the article ties them to, if any.</param>
/// <param name="Quoted">True when at least one quotation of the article is theirs.</param>
public sealed record DraftedPerson(string Name, SpeakerKind Kind, string? Role, string? Organisation, bool Quoted);

/// <summary>What the drafter finds in one article: its quotations, everyone it names or quotes, and the organisations it names.</summary>
public sealed record ArticleDraft(IReadOnlyList<DraftQuotation> Quotations, IReadOnlyList<DraftedPerson> People, IReadOnlyList<string> Organisations);

/// <summary>Lists the people of an article for a pack's event.yaml.</summary>
internal static class PeopleFound
{
    /// <summary>Honorifics that are courtesy titles, not roles.</summary>
    private static readonly HashSet<string> CourtesyTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "prof",
    };

    public static List<DraftedPerson> From(Prose p, IReadOnlyList<DraftQuotation> quotations)
    {
        var speakers = new HashSet<string>(
            quotations.Where(q => q.Kind == QuotationKind.Speech && q.Speaker is not null).Select(q => q.Speaker!),
            StringComparer.OrdinalIgnoreCase);
        var people = new List<DraftedPerson>();
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var organisations = p.Entities.Organisations.Select(o => o.Name).OrderByDescending(n => n.Length).ToList();
        foreach (var person in p.Entities.People)
        {
            var name = person.FullName.Contains(' ', StringComparison.Ordinal) || person.Honorific is null
                ? person.FullName
                : $"{person.Honorific} {person.FullName}";
            var (role, organisation) = RoleAndOrganisation(person, organisations);
            if (listed.Add(name))
            {
                people.Add(new DraftedPerson(name, SpeakerKind.Person, role, organisation,
                    speakers.Contains(name) || speakers.Contains(person.FullName)));
            }
        }
        foreach (var quotation in quotations)
        {
            if (quotation.Kind != QuotationKind.Speech || quotation.Speaker is not { } speaker || !listed.Add(speaker))
            {
                continue;
            }
            people.Add(quotation.SpeakerKind switch
            {
                SpeakerKind.Organisation => new DraftedPerson(speaker, SpeakerKind.Organisation, null, speaker, true),
                SpeakerKind.Role => new DraftedPerson(speaker, SpeakerKind.Role, speaker, null, true),
                _ => new DraftedPerson(speaker, quotation.SpeakerKind, null, null, true),
            });
        }
        return people;
    }

    /// <summary>
    /// The role and organisation in the descriptions the article gives: "Hootsuite spokeswoman"
    /// → spokeswoman, Hootsuite; "a training specialist at Vancouver-based Hootsuite" →
    /// training specialist, Hootsuite; "Gov." → Gov. when no description names a role.
    /// </summary>
    public static (string? Role, string? Organisation) RoleAndOrganisation(NamedPerson person, IReadOnlyList<string> organisations)
    {
        string? organisation = null;
        string? role = null;
        foreach (var title in person.Titles)
        {
            var words = title;
            var named = organisations.FirstOrDefault(o => ContainsWords(title, o));
            if (named is not null)
            {
                organisation ??= named;
                words = RemoveWords(title, named);
            }
            var kept = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !w.EndsWith("-based", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("’s", StringComparison.Ordinal))
                .ToList();
            while (kept.Count > 0 && kept[^1].ToLowerInvariant() is "at" or "with" or "for" or "of" or "the" or "a" or "an" or "in" or "from")
            {
                kept.RemoveAt(kept.Count - 1);
            }
            while (kept.Count > 0 && kept[0].ToLowerInvariant() is "the" or "a" or "an")
            {
                kept.RemoveAt(0);
            }
            if (role is null && kept.Any(w => Lexicon.IsRoleNoun(w.Trim('.', ','))))
            {
                role = string.Join(' ', kept);
            }
        }
        if (role is null && person.Titles.FirstOrDefault(t => !CourtesyTitles.Contains(t.TrimEnd('.'))) is { } office)
        {
            role = office;
        }
        return (role, organisation);
    }

    private static bool ContainsWords(string text, string words) =>
        $" {text} ".Contains($" {words} ", StringComparison.OrdinalIgnoreCase)
        || $" {text} ".Contains($" {words}'s ", StringComparison.OrdinalIgnoreCase)
        || $" {text} ".Contains($" {words}’s ", StringComparison.OrdinalIgnoreCase);

    private static string RemoveWords(string text, string words)
    {
        var at = $" {text} ".IndexOf($" {words}", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return text;
        }
        var rest = $" {text} ";
        var end = at + words.Length + 1;
        while (end < rest.Length && rest[end] != ' ')
        {
            end++; // the possessive ending
        }
        return (rest[..at] + rest[end..]).Trim();
    }
}
