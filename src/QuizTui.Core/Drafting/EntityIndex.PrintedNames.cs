namespace QuizTui.Core.Drafting;

/// <summary>Fix-ups once every name is registered: the full names people are printed under, and descriptions kept apart from names.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// "Mr. Keiser" or "Keiser, who …" registered as a person, and "Tom Keiser" printed where nothing
    /// shows he is one (a headline, an object): the one-word person is known by that full name.
    /// </summary>
    private void GiveOneWordPeopleTheirPrintedNames()
    {
        foreach (var person in _byFullName.Values.Distinct().Where(person => !person.FullName.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            if (PrintedNameEndingIn(person.FullName) is { } printed)
            {
                AddPerson(printed.Name);
            }
        }
    }

    /// <summary>
    /// "Sir Tomas", "Dame Ana": a knight or dame is called by title and first name, so one word after
    /// "Sir" or "Dame" is the one person named in full whose name begins with it ("Tomas Lune").
    /// </summary>
    private void GiveKnightsTheirFullNames()
    {
        var people = _byFullName.Values.Distinct().ToList();
        foreach (var single in people.Where(person => !person.FullName.Contains(' ', StringComparison.Ordinal)
            && person.Honorific?.TrimEnd('.').ToLowerInvariant() is "sir" or "dame"))
        {
            var named = people.Where(other => other.FullName.StartsWith(single.FullName + " ", StringComparison.Ordinal)).ToList();
            if (named.Count != 1)
            {
                continue;
            }
            var full = named[0];
            foreach (var key in _byFullName.Where(e => e.Value == single).Select(e => e.Key).ToList())
            {
                _byFullName[key] = full;
            }
            _bySurname[single.FullName] = [full];
            full.Honorific ??= single.Honorific;
        }
    }

    /// <summary>
    /// "Sheikh Omar" or "Princess Ana" after "Sheikh Omar bin Said" or "Princess Ana Lindqvist": such a
    /// title goes before a given name, so the one word after it names whoever the article prints in
    /// full after the same title with a name beginning with that word. The names in the order printed;
    /// none when no such title comes before the word.
    /// </summary>
    public List<string> NamesPrintedAfterTitle(NameRun run)
    {
        var title = HonorificBefore(run.First)?.TrimEnd('.');
        if (run.Count != 1 || title is null || !Lexicon.TitlesBeforeGivenNames.Contains(title) || _tokens[run.First].IsAcronym)
        {
            return [];
        }
        return _runs.Where(full => full.Count >= 2 && full.Name.StartsWith(run.Name + " ", StringComparison.Ordinal)
                && string.Equals(HonorificBefore(full.First)?.TrimEnd('.'), title, StringComparison.OrdinalIgnoreCase))
            .Select(full => full.Name).Distinct(AccentFoldingComparer.Instance).ToList();
    }

    /// <summary>
    /// "Mr Tan said" where the article prints "Tan Wei Ming" and no name ending in "Tan": a family name
    /// written first, as in Chinese, Korean or Hungarian names, is the one name of three words that
    /// begins with the word after "Mr", "Ms" or "Dr", when neither of its other words is used alone
    /// (as a surname written last would be). Null otherwise.
    /// </summary>
    public string? NameWithFamilyNameFirst(NameRun run)
    {
        if (run.Count != 1 || !IsSurnameAfterPersonalHonorific(_tokens, run.First)
            || _runs.Any(other => other.Count >= 2 && other.Name.EndsWith(" " + run.Name, StringComparison.Ordinal)))
        {
            return null;
        }
        var usedAlone = new HashSet<string>(_runs.Where(other => other.Count == 1).Select(other => other.Name), AccentFoldingComparer.Instance);
        var names = _runs.Where(full => full.Count == 3 && full.Name.StartsWith(run.Name + " ", StringComparison.Ordinal)
                && full.Name.Split(' ') is var words && !usedAlone.Contains(words[1]) && !usedAlone.Contains(words[2])
                && IsPrintedNameEndingIn(full, words[2]))
            .Select(full => full.Name).Distinct(AccentFoldingComparer.Instance).ToList();
        return names.Count == 1 ? names[0] : null;
    }

    /// <summary>
    /// "Balloonist Ana Ruiz said …" with "Ana Ruiz" printed on its own elsewhere: capitalised words
    /// before a name the article prints without them are a description, not part of the name, so the
    /// person is known by the shorter name and the words become a title. The shorter name must keep
    /// at least two words (a first name and a surname), so a surname alone never strips a first name.
    /// This also leaves alone a first name before a surname of two words ("Lena Van Dorn", "Van Dorn").
    /// </summary>
    private void DropDescriptionsBeforePrintedNames()
    {
        var printed = new HashSet<string>(_runs.Where(run => run.Count >= 2).Select(run => run.Name), AccentFoldingComparer.Instance);
        var usedAlone = new HashSet<string>(_runs.Where(run => run.Count == 1).Select(run => _tokens[run.First].Bare), AccentFoldingComparer.Instance);
        foreach (var person in _byFullName.Values.Distinct().ToList())
        {
            var words = person.FullName.Split(' ');
            // "Marine Le Pen" and "Le Pen", "Lily Eskelsen García" and "Eskelsen García": a surname of
            // two words is printed without the first name. A description is dropped only when the last
            // word alone stands for the person somewhere, as a surname after a first name does.
            if (!usedAlone.Contains(person.Surname))
            {
                continue;
            }
            for (var k = 1; k <= words.Length - 2; k++)
            {
                var shorter = string.Join(' ', words[k..]);
                if (!printed.Contains(shorter) || IsParticle(words[k].ToLowerInvariant()) || words[..k].Any(w => !char.IsUpper(w[0]) || w.Contains('.', StringComparison.Ordinal)))
                {
                    continue;
                }
                var description = string.Join(' ', words[..k]);
                if (_byFullName.TryGetValue(shorter, out var known) && known != person)
                {
                    MergePerson(person, known, description);
                }
                else
                {
                    person.FullName = shorter;
                    _byFullName[shorter] = person;
                    if (!person.Titles.Contains(description))
                    {
                        person.Titles.Add(description);
                    }
                }
                break;
            }
        }
    }

    /// <summary>
    /// Two entries for one person: every key of <paramref name="from"/> now leads to
    /// <paramref name="into"/>, which takes its titles (after <paramref name="firstTitle"/>, when
    /// given) and its honorific; <paramref name="from"/> leaves its surname's list.
    /// </summary>
    private void MergePerson(NamedPerson from, NamedPerson into, string? firstTitle = null)
    {
        foreach (var key in _byFullName.Where(e => e.Value == from).Select(e => e.Key).ToList())
        {
            _byFullName[key] = into;
        }
        if (_bySurname.TryGetValue(from.Surname, out var namesakes))
        {
            namesakes.Remove(from);
        }
        var titles = firstTitle is null ? from.Titles : from.Titles.Prepend(firstTitle);
        foreach (var title in titles.Where(t => !into.Titles.Contains(t)))
        {
            into.Titles.Add(title);
        }
        into.Honorific ??= from.Honorific;
    }
}
