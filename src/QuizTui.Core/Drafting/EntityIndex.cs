namespace QuizTui.Core.Drafting;

/// <summary>
/// People and organisations the article names, found from capitalised word runs with evidence
/// around them (a title before the name, an appositive after it, a speech verb next to it, "who"
/// after it, an organisation noun before it), and every later mention of them by full name or surname.
/// </summary>
internal sealed partial class EntityIndex
{
    private readonly List<Token> _tokens;
    private readonly Dictionary<string, NamedPerson> _byFullName = new(AccentFoldingComparer.Instance);
    private readonly Dictionary<string, List<NamedPerson>> _bySurname = new(AccentFoldingComparer.Instance);
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<NameRun> _runs = [];

    /// <summary>Short forms the article defines in brackets: "World Wonder Ring Stardom (Stardom)".</summary>
    private readonly Dictionary<string, Organisation> _shortForms = new(StringComparer.OrdinalIgnoreCase);

    public EntityIndex(List<Token> tokens, Func<Token, string>? quotedText = null)
    {
        _tokens = tokens;
        _quotedText = quotedText;
        FindRuns();
        foreach (var run in _runs)
        {
            Register(run);
        }
        RegisterNamesUsedBySurname();
        RegisterNamesOpeningSentences();
        RegisterSurnamesOpeningSentences();
        RegisterNamesDefinedByInitials();
        RegisterShortFormsInBrackets();
        DropSurnamesTakenForOrganisations();
        GiveOneWordPeopleTheirPrintedNames();
        GiveRelativesTheirFamilyNames();
        GiveKnightsTheirFullNames();
        DropDescriptionsBeforePrintedNames();
        FoldTwoWordSurnamesIntoFullNames();
        RegisterFirstOfTwoSurnames();
        RegisterFirstWordUsedAlone();
        TakeBackHonorificsOfNamesakes();
        CollectDescribedGender();
        foreach (var run in _runs)
        {
            RecordMention(run);
        }
        CollectGenderEvidence();
        GiveNamesakeMentionsAgain();
    }

    /// <summary>Person mentions in text order.</summary>
    public List<PersonMention> PersonMentions { get; } = [];

    /// <summary>Organisation mentions in text order.</summary>
    public List<(int Token, Organisation Organisation)> OrganisationMentions { get; } = [];

    /// <summary>People in the order the article first names them.</summary>
    public IEnumerable<NamedPerson> People => _byFullName.Values.Distinct();

    public IEnumerable<Organisation> Organisations => _organisations.Values;

    /// <summary>The token of the first mention of a person, or -1.</summary>
    public int FirstMention(NamedPerson person) => PersonMentions.Find(m => m.Person == person) is { Person: not null } m ? m.Token : -1;

    /// <summary>How many people the article names with this surname.</summary>
    public int PeopleWithSurname(string surname) => _bySurname.TryGetValue(surname, out var people) ? people.Count : 0;

    public NamedPerson? FindPerson(string name)
    {
        if (_byFullName.TryGetValue(name, out var person))
        {
            return person;
        }
        return _bySurname.TryGetValue(name, out var people) ? people[^1] : null;
    }

    /// <summary>
    /// The person a surname alone stands for: the one person of that name, or of namesakes the
    /// one mentioned last before the token whose gender, as the text shows it, does not go
    /// against <paramref name="gender"/> (the gender of "Mr." or "Ms." before the surname).
    /// </summary>
    public NamedPerson? FindPersonBySurname(string surname, int beforeToken, Gender gender = Gender.Unknown)
    {
        if (!_bySurname.TryGetValue(surname, out var people))
        {
            return null;
        }
        if (people.Count == 1)
        {
            return people[0];
        }
        // "Mr. Ruiz" with "Ana Ruiz" and "Tomas Ruiz" named in full is one of them, not a third
        // person called "Ruiz" whom the article never names in full.
        if (NamesakesToldApartBy(surname, gender) is { Count: >= 2 } namesakes)
        {
            people = namesakes;
        }
        else
        {
            gender = Gender.Unknown;
        }
        // A namesake the text shows to fit the honorific comes before a nearer one it shows nothing about.
        if (gender != Gender.Unknown && LastMentionedBefore(people, beforeToken, person => person.Gender == gender) is { } fits)
        {
            return fits;
        }
        return LastMentionedBefore(people, beforeToken, person => !Opposes(person.Gender, gender))
            ?? people.Find(person => !Opposes(person.Gender, gender)) ?? people[0];
    }

    private NamedPerson? LastMentionedBefore(List<NamedPerson> people, int beforeToken, Func<NamedPerson, bool> fits)
    {
        for (var i = PersonMentions.Count - 1; i >= 0; i--)
        {
            var mention = PersonMentions[i];
            if (mention.Token < beforeToken && people.Contains(mention.Person) && fits(mention.Person))
            {
                return mention.Person;
            }
        }
        return null;
    }

    private static bool Opposes(Gender known, Gender wanted) =>
        known != Gender.Unknown && wanted != Gender.Unknown && known != wanted;

    /// <summary>
    /// "Biden praised …, stating he was "…"" after "Warren endorsed Joe Biden": a surname that
    /// speaks but was never introduced as a speaker stands for the one name of two or three words
    /// ending in it that the article prints anywhere, even with no title or verb to show it is a
    /// person. Null when no such name is printed or when two are ("Ana Ruiz" and "Tomas Ruiz"); one
    /// printed both with and without a middle name or initial is the fuller.
    /// </summary>
    public (string Name, int Token)? PrintedNameEndingIn(string surname)
    {
        (string Name, int Token)? found = null;
        foreach (var run in _runs)
        {
            if (!IsPrintedNameEndingIn(run, surname))
            {
                continue;
            }
            if (found is { } earlier && !AccentFoldingComparer.Instance.Equals(earlier.Name, run.Name))
            {
                // "Ana Ruiz" and "Ana M. Ruiz": one person printed with and without a middle name, by the fuller.
                if (!SameNameWithMiddleNames(earlier.Name.Split(' '), run.Name.Split(' ')))
                {
                    return null;
                }
                if (run.Count > earlier.Name.Split(' ').Length)
                {
                    found = (run.Name, earlier.Token);
                }
                continue;
            }
            found ??= (run.Name, run.First);
        }
        return found ?? QuotedNameEndingIn(surname);
    }

    /// <summary>A run of two or three words ending in the surname that reads as a person's name: no title, organisation or nationality in it.</summary>
    private bool IsPrintedNameEndingIn(NameRun run, string surname) => IsPrintedNameEndingIn(_tokens, run, surname);

    private bool IsPrintedNameEndingIn(List<Token> tokens, NameRun run, string surname)
    {
        // "Tomas R. Verde Jr." ends in "Verde" as a surname goes: the suffix is no word of the name.
        var suffix = run.Count >= 3 && IsGenerationalSuffix(tokens, run.Last);
        var last = suffix ? run.Last - 1 : run.Last;
        var words = suffix ? run.Count - 1 : run.Count;
        return words is 2 or 3 && AccentFoldingComparer.Instance.Equals(tokens[last].Bare, surname)
            && !tokens[run.First].IsAcronym && !Lexicon.Determiners.Contains(tokens[run.First].Text)
            && !ContainsOrganisationWord(tokens, run) && FindOrganisation(run.Name) is null
            && !Enumerable.Range(run.First, suffix ? last - run.First : run.Count - 1).Any(k => Lexicon.IsRoleNoun(tokens[k].Bare)
                || Lexicon.Honorifics.Contains(tokens[k].Bare) || Lexicon.IsNationalityAdjective(tokens[k].Text));
    }

    /// <summary>
    /// The organisation of that name; a single word also finds the one organisation whose name
    /// it begins ("Brightwater" for "Brightwater Foods"), and an acronym the one whose initials
    /// it spells ("RTC" for "Riverton Transit Commission").
    /// </summary>
    public Organisation? FindOrganisation(string name)
    {
        if (_shortForms.TryGetValue(name, out var defined))
        {
            return defined;
        }
        if (_organisations.TryGetValue(CanonicalOrganisation(name), out var org))
        {
            return FullerName(org);
        }
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length < 2)
        {
            return null;
        }
        Organisation? found = null;
        foreach (var candidate in _organisations.Values)
        {
            var begins = name.Length >= 3 && candidate.Name.Length > name.Length && candidate.Name[name.Length] == ' '
                && candidate.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase);
            if (begins || EndsWithDistinctiveWord(candidate.Name, name) || IsAcronymOf(name, candidate.Name))
            {
                if (found is not null && found != candidate)
                {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /// <summary>
    /// "the Supreme Court" after "the United States Supreme Court" or "the Supreme Court of the
    /// Westland Isles": a shorter name that ends exactly one longer organisation's name, or begins
    /// it before "of" or "on", is that organisation, given by its fullest name.
    /// </summary>
    private Organisation FullerName(Organisation org)
    {
        var single = !org.Name.Contains(' ', StringComparison.Ordinal);
        Organisation? fuller = null;
        foreach (var candidate in _organisations.Values)
        {
            // "WHO" for "World Health Organization (WHO)": an acronym known as an organisation of
            // its own is still the one whose initials it spells.
            if (single && candidate != org && IsAcronymOf(org.Name, candidate.Name)
                || (single ? EndsWithDistinctiveWord(candidate.Name, org.Name)
                    : candidate.Name.Length > org.Name.Length && (candidate.Name.EndsWith(" " + org.Name, StringComparison.OrdinalIgnoreCase)
                        || candidate.Name.StartsWith(org.Name + " of ", StringComparison.OrdinalIgnoreCase)
                        || candidate.Name.StartsWith(org.Name + " on ", StringComparison.OrdinalIgnoreCase)
                        || IsInvertedBodyName(candidate.Name, org.Name))))
            {
                if (fuller is not null && fuller != candidate)
                {
                    return org;
                }
                fuller = candidate;
            }
        }
        return fuller ?? org;
    }

    /// <summary>
    /// "State Department" for "Norland Department of State": a field and a body's word name the body
    /// whose name ends with that word, "of" and the field.
    /// </summary>
    private static bool IsInvertedBodyName(string fuller, string name)
    {
        var words = name.Split(' ');
        return words.Length == 2 && Lexicon.BodiesNamedWithOf.Contains(words[1])
            && (fuller.Equals($"{words[1]} of {words[0]}", StringComparison.OrdinalIgnoreCase)
                || fuller.EndsWith($" {words[1]} of {words[0]}", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Stardom" for "World Wonder Ring Stardom": a single distinctive word that ends the name. Words
    /// that end many names ("Police", "Court", "Office") never stand for one organisation this way.
    /// </summary>
    private static bool EndsWithDistinctiveWord(string name, string word) =>
        word.Length >= 4 && char.IsUpper(word[0]) && !word.All(char.IsUpper) && !Lexicon.OrganisationNameWords.Contains(word)
        && !Lexicon.OrganisationNouns.Contains(word)
        && name.Length > word.Length && name.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase);

    /// <summary>"ICE" for "Immigration and Customs Enforcement": the initials of the name's capitalised words.</summary>
    public static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length < 2 || acronym.Count(char.IsUpper) < 2 || !char.IsUpper(acronym[0]) || !acronym.All(char.IsLetter)
            || !name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Where(w => char.IsUpper(w[0]) && !w.Contains('.', StringComparison.Ordinal)).Select(w => w[0]));
        // "TfL" for "Transport for London": small words give a lowercase letter.
        return initials == acronym || string.Concat(words.Select(w => w[0])) == acronym;
    }

    private bool SameSentence(int a, int b) => _tokens[a].Sentence == _tokens[b].Sentence;
}
