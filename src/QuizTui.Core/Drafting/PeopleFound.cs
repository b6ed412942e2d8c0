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
            quotations.Where(q => q.Kind == QuotationKind.Speech && q.Speaker is not null && !q.SpeakerGuessed).Select(q => q.Speaker!),
            StringComparer.OrdinalIgnoreCase);
        var people = new List<DraftedPerson>();
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var organisations = p.Entities.Organisations.Where(o => !CapitalisedOnlyOpeningSentences(p, o))
            .OrderByDescending(o => o.Name.Length).ToList();
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
            if (quotation.Kind != QuotationKind.Speech || quotation.SpeakerGuessed || quotation.Speaker is not { } speaker || !listed.Add(speaker))
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
    /// training specialist, Hootsuite; "regional organiser for the Allied Print Workers union" →
    /// regional organiser, Allied Print Workers union; "leader of Harlow District Council" →
    /// leader, Harlow District Council; "Council leader" → leader and the one council the article
    /// names, or "Council leader" when it names none or several; "Gov." → Gov. when no description
    /// names a role.
    /// </summary>
    public static (string? Role, string? Organisation) RoleAndOrganisation(NamedPerson person, IReadOnlyList<Organisation> organisations)
    {
        string? organisation = null;
        string? role = null;
        foreach (var title in person.Titles)
        {
            var words = title;
            // A one-word name matches only as it is capitalised: "former president" is no mention of "Former".
            var named = organisations.FirstOrDefault(o => ContainsWords(title, o.Name)
                && (o.Name.Contains(' ', StringComparison.Ordinal) || $" {title} ".Contains($" {o.Name}", StringComparison.Ordinal)));
            if (named is not null)
            {
                var (fullName, rest) = NamedInTitle(title, named);
                organisation ??= fullName;
                words = rest;
            }
            var kept = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !w.EndsWith("-based", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("’s", StringComparison.Ordinal))
                .ToList();
            // "Kell United dismissed head coach Anton Reiss": a body that opens the title and does
            // something to the person is the subject of its verb; the role follows the verb.
            if (named is not null && title.StartsWith(named.Name + " ", StringComparison.OrdinalIgnoreCase) && kept.Count > 1 && IsPastVerb(kept[0]))
            {
                kept.RemoveAt(0);
            }
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
                // "Council leader", "union organiser": the body is the one of that kind the article names, if only one.
                if (named is null && organisation is null && kept.Count >= 2 && OnlyBodyOfKind(kept[0], organisations) is { } body)
                {
                    organisation = body;
                    kept.RemoveAt(0);
                }
                role = string.Join(' ', kept);
            }
        }
        if (role is null && person.Titles.FirstOrDefault(t => !CourtesyTitles.Contains(t.TrimEnd('.'))) is { } office)
        {
            role = office;
        }
        return (role, organisation);
    }

    /// <summary>
    /// "Machine operator Tom Walsh", "Council leader Priya Nair": a single word that stands
    /// capitalised only where it opens a sentence, right before a lower-case word, may be no name
    /// at all, just the first word of a role. It is not taken for the organisation of a title.
    /// </summary>
    private static bool CapitalisedOnlyOpeningSentences(Prose p, Organisation organisation)
    {
        if (organisation.Name.Contains(' ', StringComparison.Ordinal) || organisation.Name.All(char.IsUpper))
        {
            return false;
        }
        var mentions = p.Entities.OrganisationMentions.Where(m => m.Organisation == organisation).Select(m => m.Token).ToList();
        return mentions.Count > 0 && mentions.All(k => p.SentenceStart(k) == k && k + 1 < p.Count && p[k + 1].IsWord && !p[k + 1].IsCapitalised);
    }

    /// <summary>
    /// The one organisation of the article of the kind a role's first word names ("Council" →
    /// Harlow District Council, "union" → the Allied Print Workers union); null when the word names
    /// no kind of body, or the article names none or several of that kind.
    /// </summary>
    private static string? OnlyBodyOfKind(string word, IReadOnlyList<Organisation> organisations)
    {
        if (!Lexicon.OrganisationNouns.Contains(word) || Lexicon.IsRoleNoun(word) || Lexicon.PlaceAndKinNouns.Contains(word))
        {
            return null;
        }
        var ofKind = organisations.Where(o => o.Name.Contains(' ', StringComparison.Ordinal)
                && (o.Name.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase) || o.Types.Contains(word)))
            .ToList();
        return ofKind.Count == 1 ? ofKind[0].Name : null;
    }

    /// <summary>
    /// The organisation as the title gives it, and the title's other words: capitalised words
    /// just before the name belong to it ("leader of Harlow District Council" when the article
    /// knows only "District Council"), and so does the kind of body written after it when the
    /// article calls it that ("the Allied Print Workers union").
    /// </summary>
    private static (string Name, string Others) NamedInTitle(string title, Organisation named)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var length = named.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var first = -1;
        for (var i = 0; i + length <= words.Count && first < 0; i++)
        {
            var candidate = string.Join(' ', words.Skip(i).Take(length));
            if (string.Equals(candidate, named.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(StripPossessive(candidate), named.Name, StringComparison.OrdinalIgnoreCase))
            {
                first = i;
            }
        }
        if (first < 0)
        {
            return (named.Name, RemoveWords(title, named.Name));
        }
        var last = first + length - 1;
        var (namedFirst, namedLast) = (first, last);
        var possessive = !string.Equals(string.Join(' ', words.Skip(first).Take(length)), named.Name, StringComparison.OrdinalIgnoreCase);
        // Never the title's first word: that may be capitalised only because it opens the sentence.
        while (first > 1 && IsCapitalisedWord(words[first - 1]))
        {
            first--;
        }
        if (!possessive && last + 1 < words.Count && words[last + 1] is var kind && char.IsLower(kind[0])
            && named.Types.Contains(kind) && !Lexicon.IsRoleNoun(kind))
        {
            last++;
        }
        // The name as the article first gave it, unless the title gives more of it.
        var name = (first, last) == (namedFirst, namedLast) ? named.Name : StripPossessive(string.Join(' ', words.Skip(first).Take(last - first + 1)));
        // "a transport analyst at Harwick Securities in Lindenport": a body introduced by a
        // preposition ends the role, and what follows the body (a place) is no part of it.
        var before = words.Take(first).ToList();
        var end = before.Count;
        while (end > 0 && before[end - 1].ToLowerInvariant() is "the" or "a" or "an")
        {
            end--;
        }
        if (end > 1 && before[end - 1].ToLowerInvariant() is "at" or "with" or "for" or "of" or "from")
        {
            return (name, string.Join(' ', before.Take(end - 1)));
        }
        var rest = string.Join(' ', before.Concat(words.Skip(last + 1)));
        return (name, rest);
    }

    /// <summary>"dismissed", "named", "hired", "chose": a lowercase verb in the past tense.</summary>
    private static bool IsPastVerb(string word) => word.Length > 0 && char.IsLower(word[0]) && Lexicon.LooksPast(word);

    /// <summary>A capitalised word that may begin a body's name: not a role ("Chief"), an honorific or a description ("Vancouver-based").</summary>
    private static bool IsCapitalisedWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '&')
        && !word.Split('-').Skip(1).Any(part => part.Length == 0 || char.IsLower(part[0]))
        && !Lexicon.IsRoleNoun(word) && !Lexicon.Honorifics.Contains(word) && !Lexicon.NotNames.Contains(word);

    private static string StripPossessive(string text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal) ? text[..^2] : text;

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
