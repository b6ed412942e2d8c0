namespace QuizTui.Core.Drafting;

/// <summary>
/// Namesakes: two or more people the article names in full with one surname ("Ana Ruiz" and
/// "Tomas Ruiz"), whom "Ruiz", "Mr. Ruiz" or "Ms. Ruiz" alone must be given to one by one.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>"Mr." gives male, "Ms." female, before the name starting at the token; "Dr." and the rest give none.</summary>
    public Gender GenderOfHonorificBefore(int first)
    {
        var honorific = HonorificBefore(first)?.TrimEnd('.');
        return honorific is null ? Gender.Unknown : Lexicon.GenderOfWord(honorific);
    }

    /// <summary>
    /// With two people named in full as "Ana Ruiz" and "Tomas Ruiz", an honorific that a surname
    /// alone gave one of them ("Mr. Ruiz" seen while only Ana Ruiz was known) is taken back, since
    /// she was merely the only namesake known at that point of the article: each "Mr. Ruiz" or
    /// "Ms. Ruiz" goes to a namesake by its honorific instead (<see cref="FindPersonBySurname"/>).
    /// </summary>
    private void TakeBackHonorificsOfNamesakes()
    {
        foreach (var people in _bySurname.Values)
        {
            var namesakes = NamedInFull(people);
            if (namesakes.Count < 2)
            {
                continue;
            }
            foreach (var person in namesakes)
            {
                person.Titles.RemoveAll(title => IsGenderedHonorific(title.TrimEnd('.')));
                person.Honorific = _runs.Where(run => run.Count >= 2 && AccentFoldingComparer.Instance.Equals(run.Name, person.FullName))
                    .Select(run => HonorificBefore(run.First)).FirstOrDefault(honorific => honorific is not null);
            }
        }
    }

    private static bool IsGenderedHonorific(string word) =>
        Lexicon.Honorifics.Contains(word) && Lexicon.GenderOfWord(word) != Gender.Unknown;

    /// <summary>Those of the people named in full, in two words or more ("Ana Ruiz", not "Ruiz").</summary>
    private static List<NamedPerson> NamedInFull(List<NamedPerson> people) =>
        people.Where(person => person.FullName.Contains(' ', StringComparison.Ordinal)).ToList();

    /// <summary>
    /// The people named in full with this surname, when there are two or more and the honorific's
    /// gender rules out one at least (a man for "Ms."): "Mr. Ruiz" between two men named Ruiz
    /// tells them no better than the surname alone. Else none.
    /// </summary>
    private List<NamedPerson> NamesakesToldApartBy(string surname, Gender gender)
    {
        if (gender == Gender.Unknown || !_bySurname.TryGetValue(surname, out var people))
        {
            return [];
        }
        var namesakes = NamedInFull(people);
        return namesakes.Count >= 2 && namesakes.Any(person => Opposes(person.Gender, gender)) && namesakes.Any(person => !Opposes(person.Gender, gender))
            ? namesakes
            : [];
    }

    /// <summary>The gender of "Mr." or "Ms." before a surname alone, when it tells namesakes apart; else none.</summary>
    private Gender NamesakeHonorificGender(int token, NamedPerson person) =>
        AccentFoldingComparer.Instance.Equals(_tokens[token].Bare, person.Surname) && GenderOfHonorificBefore(token) is var gender
        && NamesakesToldApartBy(person.Surname, gender).Count >= 2
            ? gender
            : Gender.Unknown;

    /// <summary>
    /// Once pronouns have shown who is a man and who a woman ("Ana Ruiz … her"), each "Mr. Ruiz"
    /// or "Ms. Ruiz" is given again to the namesake it fits, so that a pronoun after it goes there
    /// too; while surnames were first given out, only titles and honorifics were known.
    /// </summary>
    private void GiveNamesakeMentionsAgain()
    {
        for (var m = 0; m < PersonMentions.Count; m++)
        {
            var mention = PersonMentions[m];
            var token = _tokens[mention.Token];
            var gender = GenderOfHonorificBefore(mention.Token);
            // A surname alone: a capitalised word after it would make it a first name.
            var alone = token.IsWord && !(mention.Token + 1 < _tokens.Count && _tokens[mention.Token + 1].IsWord && _tokens[mention.Token + 1].IsCapitalised);
            if (!alone || NamesakesToldApartBy(token.Bare, gender).Count < 2)
            {
                continue;
            }
            if (FindPersonBySurname(token.Bare, mention.Token, gender) is { } person && person != mention.Person)
            {
                PersonMentions[m] = mention with { Person = person };
            }
        }
    }

    /// <summary>
    /// "Ada Lune Says …" in a headline or "Ada Lune is …" with no evidence of a person, while
    /// "Tomas Lune" is the one person known by that surname: another name of two or three words
    /// ending in the surname that the article prints, so a surname alone may be either. Null when
    /// every such name is the person's own, with or without a middle name.
    /// </summary>
    public string? OtherPrintedNameEndingIn(string surname, NamedPerson person)
    {
        var own = person.FullName.Split(' ');
        foreach (var run in _runs)
        {
            if (IsPrintedNameEndingIn(run, surname) && _byFullName.GetValueOrDefault(run.Name) != person
                && !SameNameWithMiddleNames(own, run.Name.Split(' ')) && !person.FullName.EndsWith(" " + run.Name, StringComparison.Ordinal))
            {
                return run.Name;
            }
        }
        return null;
    }
}
