namespace QuizTui.Core.Drafting;

/// <summary>Names with two surnames: the first used alone, or both printed without the given names.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// "Marisol Quintero Abad, the mayor, …" then "Quintero said": in Spanish and Portuguese naming
    /// the first of two surnames stands for the person, so a three-word name whose middle word is
    /// used alone while its last word never is can be found by the middle word. A middle name used
    /// alone is rare enough in news that the last word's absence is evidence enough.
    /// </summary>
    private void RegisterFirstOfTwoSurnames()
    {
        var usedAlone = new HashSet<string>(_runs.Where(run => run.Count == 1).Select(run => _tokens[run.First].Bare), AccentFoldingComparer.Instance);
        foreach (var person in _byFullName.Values.Distinct().ToList())
        {
            var words = person.FullName.Split(' ');
            if (words.Length != 3 || words.Any(w => w.Length < 2 || !char.IsUpper(w[0]) || w.Contains('.', StringComparison.Ordinal))
                || IsParticle(words[1].ToLowerInvariant()) || !usedAlone.Contains(words[1]) || usedAlone.Contains(words[2])
                || _bySurname.ContainsKey(words[1]) || _byFullName.ContainsKey(words[1]))
            {
                continue;
            }
            _bySurname[words[1]] = [person];
            _organisations.Remove(words[1]);
        }
    }

    /// <summary>
    /// "Harbour coach Tevaga Alofa Leota …" then "Coach Tevaga said", "Lai Wenming …" then "Lai said":
    /// where a name of two or three words is used alone only by its first word (a Samoan chief's
    /// title, a Chinese, Korean or Malay name written family name first), that word stands for the
    /// person. None of its other words may be used alone, no other name of several words may begin
    /// with it, and none may end in it ("Ana Vell" beside "Vell Tower": a surname written last).
    /// </summary>
    private void RegisterFirstWordUsedAlone()
    {
        var usedAlone = new HashSet<string>(_runs.Where(run => run.Count == 1).Select(run => _tokens[run.First].Bare), AccentFoldingComparer.Instance);
        var people = _byFullName.Values.Distinct().ToList();
        foreach (var person in people)
        {
            var words = person.FullName.Split(' ');
            if (words.Length is not (2 or 3) || words.Any(w => w.Length < 2 || !char.IsUpper(w[0]) || w.Contains('.', StringComparison.Ordinal))
                || IsParticle(words[1].ToLowerInvariant()) || !(words.Length == 3 ? usedAlone.Contains(words[0]) : UsedAloneAsFamilyName(words[0], person))
                || words.Skip(1).Any(usedAlone.Contains)
                || Lexicon.Honorifics.Contains(words[0]) || Lexicon.IsRoleNoun(words[0].ToLowerInvariant())
                || people.Any(other => other != person && other.FullName.StartsWith(words[0] + " ", StringComparison.OrdinalIgnoreCase))
                || _runs.Any(run => run.Count >= 2 && run.Name.EndsWith(" " + words[0], StringComparison.Ordinal)))
            {
                continue;
            }
            NamedPerson? single = null;
            if (_byFullName.TryGetValue(words[0], out var known))
            {
                if (known == person || known.FullName.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }
                single = known;
            }
            if (_bySurname.TryGetValue(words[0], out var namesakes) && namesakes.Any(other => other != single))
            {
                continue;
            }
            if (single is not null)
            {
                // "Coach Tevaga" registered on its own: the one person, known by the full name.
                _byFullName[words[0]] = person;
                person.Honorific ??= single.Honorific;
                foreach (var title in single.Titles.Where(t => !person.Titles.Contains(t)))
                {
                    person.Titles.Add(title);
                }
            }
            _bySurname[words[0]] = [person];
            _organisations.Remove(words[0]);
        }
    }

    /// <summary>
    /// The word printed alone as a name of the person: not after "the" ("the Pope" is a title), and
    /// after "Sheikh" or "Princess" only when the person bears that title ("Sheikh Ana" is someone
    /// else than "Princess Ana Lindqvist").
    /// </summary>
    private bool UsedAloneAsFamilyName(string word, NamedPerson person) =>
        _runs.Any(run => run.Count == 1 && AccentFoldingComparer.Instance.Equals(_tokens[run.First].Bare, word)
            && !(run.First > 0 && _tokens[run.First - 1].Text is "the" or "The")
            && (HonorificBefore(run.First)?.TrimEnd('.') is not { } title || !Lexicon.TitlesBeforeGivenNames.Contains(title)
                || string.Equals(title, person.Honorific?.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// "Ana Lin Tomas Vell" then "Tomas Vell said", "Lena Van Dorn" then "Van Dorn said": where the last
    /// word is never used alone, a printed two-word tail of one longer name is that person's surname
    /// of two words, not another person (a description before a name, where the last word is used
    /// alone, is <see cref="DropDescriptionsBeforePrintedNames"/>'s). The given names must be two or
    /// more words, or the tail must open with a particle ("Van", "Le"), so that one capitalised word
    /// of description ("Fisherman Tomas Vell") is not taken for a given name.
    /// </summary>
    private void FoldTwoWordSurnamesIntoFullNames()
    {
        var usedAlone = new HashSet<string>(_runs.Where(run => run.Count == 1).Select(run => _tokens[run.First].Bare), AccentFoldingComparer.Instance);
        var people = _byFullName.Values.Distinct().ToList();
        foreach (var tail in people)
        {
            var words = tail.FullName.Split(' ');
            if (words.Length != 2 || usedAlone.Contains(words[1]) || words.Any(w => w.Length < 2 || !char.IsUpper(w[0]) || w.Contains('.', StringComparison.Ordinal)))
            {
                continue;
            }
            var longer = people.Where(other => other != tail && other.FullName.EndsWith(" " + tail.FullName, StringComparison.Ordinal)).ToList();
            if (longer.Count == 0 && PrintedFullNameEndingIn(tail.FullName) is { } printed)
            {
                // "Ana Lin Tomas Vell's allies" printed before "Tomas Vell said": the name printed in full.
                longer.Add(AddPerson(printed));
            }
            if (longer.Count != 1)
            {
                continue;
            }
            var full = longer[0];
            var givenNames = full.FullName.Split(' ')[..^2];
            if (givenNames.Length < 2 && !IsParticle(words[0].ToLowerInvariant())
                || givenNames.Any(w => !char.IsUpper(w[0]) || w.Contains('.', StringComparison.Ordinal) || Lexicon.IsRoleNoun(w) || Lexicon.Honorifics.Contains(w)))
            {
                continue;
            }
            MergePerson(tail, full);
            if (_bySurname.TryGetValue(tail.Surname, out var namesakes) && !namesakes.Contains(full))
            {
                namesakes.Add(full);
            }
        }
    }

    /// <summary>
    /// The one name of four words printed anywhere that ends in the two words given and reads as a
    /// person's name (no title, body or nationality in it); null when there is none or more than one.
    /// </summary>
    private string? PrintedFullNameEndingIn(string surnames)
    {
        const int givenAndSurnames = 4;
        var names = _runs.Where(run => run.Count == givenAndSurnames && run.Name.EndsWith(" " + surnames, StringComparison.Ordinal)
                && !_tokens[run.First].IsAcronym && !ContainsOrganisationWord(_tokens, run) && FindOrganisation(run.Name) is null
                && !Enumerable.Range(run.First, run.Last - run.First + 1).Any(k => Lexicon.IsRoleNoun(_tokens[k].Bare)
                    || Lexicon.Honorifics.Contains(_tokens[k].Bare) || Lexicon.IsNationalityAdjective(_tokens[k].Text)))
            .Select(run => run.Name).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 1 ? names[0] : null;
    }

    /// <summary>The surname with the particles printed before it ("van der Marsh"), or null when none is.</summary>
    private static string? SurnameWithParticles(string[] words, int surnameIndex)
    {
        var first = surnameIndex;
        while (first > 1 && IsParticle(words[first - 1]))
        {
            first--;
        }
        return first < surnameIndex ? string.Join(' ', words[first..(surnameIndex + 1)]) : null;
    }

    /// <summary>
    /// The last two words of a name of three or more joined by a hyphen ("Ruiz-Tamm" for "Ana
    /// Ruiz Tamm"), or null when the name is shorter or the next-to-last word is a particle or
    /// not capitalised.
    /// </summary>
    private static string? HyphenedSurname(string[] words, int surnameIndex) =>
        surnameIndex >= 2 && words[surnameIndex - 1].Length >= 2 && char.IsUpper(words[surnameIndex - 1][0])
        && !words[surnameIndex - 1].Contains('.', StringComparison.Ordinal) && !IsParticle(words[surnameIndex - 1].ToLowerInvariant())
            ? words[surnameIndex - 1] + "-" + words[surnameIndex]
            : null;
}
