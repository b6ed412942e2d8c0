namespace QuizTui.Core.Drafting;

/// <summary>Names with two surnames, of which the article uses the first alone.</summary>
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
    /// "Harbour coach Tevaga Alofa Leota …" then "Coach Tevaga said": where a name of
    /// three words is used alone only by its first word (a Samoan chief's title, a Malay or Chinese
    /// name written family name first), that word stands for the person. Neither of the other two
    /// words may be used alone, and no other name of several words may begin with it.
    /// </summary>
    private void RegisterFirstOfThreeUsedAlone()
    {
        var usedAlone = new HashSet<string>(_runs.Where(run => run.Count == 1).Select(run => _tokens[run.First].Bare), AccentFoldingComparer.Instance);
        var people = _byFullName.Values.Distinct().ToList();
        foreach (var person in people)
        {
            var words = person.FullName.Split(' ');
            if (words.Length != 3 || words.Any(w => w.Length < 2 || !char.IsUpper(w[0]) || w.Contains('.', StringComparison.Ordinal))
                || IsParticle(words[1].ToLowerInvariant()) || !usedAlone.Contains(words[0]) || usedAlone.Contains(words[1]) || usedAlone.Contains(words[2])
                || Lexicon.Honorifics.Contains(words[0]) || Lexicon.IsRoleNoun(words[0].ToLowerInvariant())
                || people.Any(other => other != person && other.FullName.StartsWith(words[0] + " ", StringComparison.OrdinalIgnoreCase)))
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
}
