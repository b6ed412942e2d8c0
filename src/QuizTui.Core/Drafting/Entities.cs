namespace QuizTui.Core.Drafting;

internal enum Gender
{
    Unknown,
    Female,
    Male,
}

/// <summary>A person named in the article being drafted, with what the text says about them (not the content model's <see cref="Model.Person"/>).</summary>
internal sealed class NamedPerson(string fullName, string surname)
{
    public string FullName { get; set; } = fullName;

    public string Surname { get; } = surname;

    public List<string> Titles { get; } = [];

    public int FemaleVotes { get; set; }

    public int MaleVotes { get; set; }

    public Gender Gender =>
        FemaleVotes > MaleVotes ? Gender.Female : MaleVotes > FemaleVotes ? Gender.Male : Gender.Unknown;

    public bool HasTitleWord(string word) =>
        Titles.Exists(t => t.Split(' ').Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)));
}

internal sealed class Organisation(string name)
{
    public string Name { get; } = name;

    public HashSet<string> Types { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int Mentions { get; set; }
}

/// <summary>A run of capitalised words that may be a name: token indices [First, Last].</summary>
internal readonly record struct NameRun(int First, int Last, string Name, int Count);

/// <summary>
/// People and organisations the article names, found from capitalised word runs with evidence
/// around them (a title before the name, an appositive after it, a speech verb next to it, an
/// organisation noun before it), and every later mention of them by full name or surname.
/// </summary>
internal sealed class EntityIndex
{
    private readonly List<Token> _tokens;
    private readonly Dictionary<string, NamedPerson> _byFullName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<NamedPerson>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<NameRun> _runs = [];

    public EntityIndex(List<Token> tokens)
    {
        _tokens = tokens;
        FindRuns();
        foreach (var run in _runs)
        {
            Register(run);
        }
        foreach (var run in _runs)
        {
            RecordMention(run);
        }
        CollectGenderEvidence();
    }

    /// <summary>Person mentions in text order: token index and person.</summary>
    public List<(int Token, NamedPerson Person)> PersonMentions { get; } = [];

    /// <summary>Organisation mentions in text order.</summary>
    public List<(int Token, Organisation Organisation)> OrganisationMentions { get; } = [];

    public IEnumerable<NamedPerson> People => _byFullName.Values;

    public IEnumerable<Organisation> Organisations => _organisations.Values;

    public NamedPerson? FindPerson(string name)
    {
        if (_byFullName.TryGetValue(name, out var person))
        {
            return person;
        }
        return _bySurname.TryGetValue(name, out var people) ? people[^1] : null;
    }

    public NamedPerson? FindPersonBySurname(string surname, int beforeToken)
    {
        if (!_bySurname.TryGetValue(surname, out var people))
        {
            return null;
        }
        if (people.Count == 1)
        {
            return people[0];
        }
        for (var i = PersonMentions.Count - 1; i >= 0; i--)
        {
            var (token, person) = PersonMentions[i];
            if (token < beforeToken && people.Contains(person))
            {
                return person;
            }
        }
        return people[0];
    }

    /// <summary>
    /// The organisation of that name; a single word also finds the one organisation whose name
    /// it begins ("Brightwater" for "Brightwater Foods").
    /// </summary>
    public Organisation? FindOrganisation(string name)
    {
        if (_organisations.TryGetValue(CanonicalOrganisation(name), out var org))
        {
            return org;
        }
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length < 3)
        {
            return null;
        }
        Organisation? found = null;
        foreach (var candidate in _organisations.Values)
        {
            if (candidate.Name.Length > name.Length && candidate.Name[name.Length] == ' '
                && candidate.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /// <summary>Finds name runs: capitalised words, initials and name particles, in one sentence.</summary>
    public static List<NameRun> RunsIn(List<Token> tokens, int from, int to)
    {
        var runs = new List<NameRun>();
        var i = from;
        while (i < to)
        {
            if (!IsNameWord(tokens, i, first: true))
            {
                i++;
                continue;
            }
            var first = i;
            var last = i;
            var parts = new List<string> { tokens[i].Bare };
            if (tokens[i].IsAcronym || tokens[i].IsPossessive)
            {
                runs.Add(new NameRun(first, last, parts[0], 1));
                i++;
                continue;
            }
            var j = i + 1;
            // An initial: "J." keeps its full stop.
            if (IsInitial(tokens, i, to))
            {
                parts[0] += ".";
                j = i + 2;
            }
            while (j < to && tokens[j].Sentence == tokens[first].Sentence)
            {
                if (IsNameWord(tokens, j, first: false) && !tokens[j].IsAcronym)
                {
                    var part = tokens[j].Bare;
                    last = j;
                    if (IsInitial(tokens, j, to))
                    {
                        parts.Add(part + ".");
                        j += 2;
                        continue;
                    }
                    parts.Add(part);
                    j++;
                    if (tokens[last].IsPossessive)
                    {
                        break;
                    }
                    continue;
                }
                if (tokens[j].IsWord && IsParticle(tokens[j].Text) && j + 1 < to && IsNameWord(tokens, j + 1, first: false))
                {
                    parts.Add(tokens[j].Text);
                    j++;
                    continue;
                }
                break;
            }
            while (parts.Count > 1 && IsParticle(parts[^1]))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            runs.Add(new NameRun(first, last, string.Join(' ', parts), parts.Count));
            i = last + 1;
        }
        return runs;
    }

    private static bool IsInitial(List<Token> tokens, int i, int to) =>
        tokens[i].Text.Length == 1 && char.IsUpper(tokens[i].Text[0]) && i + 1 < to && tokens[i + 1].IsPunct('.');

    private static bool IsParticle(string word) =>
        word is "de" or "van" or "von" or "der" or "den" or "da" or "di" or "du" or "la" or "le" or "bin" or "al" or "el" or "dos" or "del";

    private static bool IsNameWord(List<Token> tokens, int i, bool first)
    {
        var token = tokens[i];
        if (!token.IsCapitalised || !char.IsLetter(token.Text[0]))
        {
            return false;
        }
        var bare = token.Bare;
        if (Lexicon.NotNames.Contains(bare) && (first || bare.Length <= 3 || Lexicon.Pronouns.Contains(bare)))
        {
            return false;
        }
        if (Lexicon.RoleNouns.Contains(bare) || Lexicon.Honorifics.Contains(bare) || Lexicon.SpeechVerbs.Contains(bare))
        {
            return false;
        }
        // "Vancouver-based" describes; it does not name.
        var hyphen = bare.LastIndexOf('-');
        return hyphen < 0 || hyphen + 1 >= bare.Length || !char.IsLower(bare[hyphen + 1]);
    }

    private void FindRuns()
    {
        var start = 0;
        for (var i = 1; i <= _tokens.Count; i++)
        {
            if (i == _tokens.Count || _tokens[i].Sentence != _tokens[start].Sentence)
            {
                _runs.AddRange(RunsIn(_tokens, start, i));
                start = i;
            }
        }
    }

    private void Register(NameRun run)
    {
        var first = _tokens[run.First];
        if (TitleBefore(run.First) is null && !HasHonorificBefore(run.First) && IsOrganisationRun(run, out var type))
        {
            var org = AddOrganisation(run.Name);
            if (type is not null)
            {
                org.Types.Add(type);
            }
            return;
        }
        if (first.IsAcronym)
        {
            return;
        }
        var honorific = HasHonorificBefore(run.First);
        if (run.Count < 2 && !honorific)
        {
            return;
        }
        if (ContainsOrganisationWord(run))
        {
            return;
        }
        var title = TitleBefore(run.First);
        var appositive = AppositiveAfter(run.Last);
        var speaks = SpeechVerbAfter(run.Last) || SpeechVerbBefore(run.First);
        if (title is null && appositive is null && !speaks && !honorific)
        {
            return;
        }
        var person = AddPerson(run.Name);
        if (title is not null && !person.Titles.Contains(title))
        {
            person.Titles.Add(title);
        }
        if (!string.IsNullOrEmpty(appositive) && !person.Titles.Contains(appositive))
        {
            person.Titles.Add(appositive);
        }
    }

    private NamedPerson AddPerson(string name)
    {
        if (_byFullName.TryGetValue(name, out var existing))
        {
            return existing;
        }
        var words = name.Split(' ');
        var surnameIndex = words.Length - 1;
        while (surnameIndex > 0 && words[surnameIndex].TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV")
        {
            surnameIndex--;
        }
        var surname = words[surnameIndex];
        // "Mr. Keiser" seen first, "Tom Keiser" later: one person.
        if (words.Length > 1 && _byFullName.TryGetValue(surname, out var bySurnameOnly))
        {
            _byFullName.Remove(surname);
            bySurnameOnly.FullName = name;
            _byFullName[name] = bySurnameOnly;
            return bySurnameOnly;
        }
        var person = new NamedPerson(name, surname);
        _byFullName[name] = person;
        if (!_bySurname.TryGetValue(surname, out var list))
        {
            _bySurname[surname] = list = [];
        }
        list.Add(person);
        return person;
    }

    private Organisation AddOrganisation(string name)
    {
        var canonical = CanonicalOrganisation(name);
        if (!_organisations.TryGetValue(canonical, out var org))
        {
            _organisations[canonical] = org = new Organisation(canonical);
        }
        return org;
    }

    public static string CanonicalOrganisation(string name)
    {
        if (!name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Lexicon.CorporateSuffixes.Contains(words[^1].TrimEnd('.')))
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words);
    }

    private bool IsOrganisationRun(NameRun run, out string? type)
    {
        type = null;
        var first = _tokens[run.First];
        if (run.Count == 1 && first.IsAcronym && !Lexicon.RoleNouns.Contains(first.Bare))
        {
            return true;
        }
        var next = run.Last + 1;
        if (next < _tokens.Count && _tokens[next].IsWord && Lexicon.CorporateSuffixes.Contains(_tokens[next].Bare))
        {
            return true;
        }
        if (run.Count >= 2 && Lexicon.OrganisationNameWords.Contains(_tokens[run.Last].Bare))
        {
            return true;
        }
        // "tech company Hootsuite", "the platform Acme"
        var prev = run.First - 1;
        if (prev >= 0 && SameSentence(prev, run.First) && _tokens[prev].IsWord && !_tokens[prev].IsCapitalised
            && Lexicon.OrganisationNouns.Contains(_tokens[prev].Text))
        {
            type = _tokens[prev].Text.ToLowerInvariant();
            return true;
        }
        // "the Acme company" (but not "Okafor's office")
        if (!_tokens[run.Last].IsPossessive && next < _tokens.Count && SameSentence(next, run.Last) && _tokens[next].IsWord && !_tokens[next].IsCapitalised
            && Lexicon.OrganisationNouns.Contains(_tokens[next].Text))
        {
            type = _tokens[next].Text.ToLowerInvariant();
            return true;
        }
        if (run.Count > 2)
        {
            return false;
        }
        // "Hootsuite spokeswoman Melanie Gaboriault", "Acme product trainer Sam Doe", "a Hootsuite spokesperson said"
        for (var k = next; k < _tokens.Count && k <= next + 2 && SameSentence(k, run.Last); k++)
        {
            var token = _tokens[k];
            if (!token.IsWord)
            {
                break;
            }
            if (Lexicon.RoleNouns.Contains(token.Bare))
            {
                return true;
            }
            if (token.IsCapitalised)
            {
                break;
            }
        }
        // "a specialist at Hootsuite", "an employee with Acme"
        var p = run.First - 1;
        if (p >= 0 && SameSentence(p, run.First) && _tokens[p].IsWord && !_tokens[p].IsCapitalised
            && _tokens[p].Text.Contains("-", StringComparison.Ordinal))
        {
            p--;
        }
        if (p >= 1 && SameSentence(p, run.First) && _tokens[p].Text is "at" or "with" or "for" or "of")
        {
            for (var k = p - 1; k >= 0 && k >= p - 3 && SameSentence(k, p); k--)
            {
                if (_tokens[k].IsWord && Lexicon.RoleNouns.Contains(_tokens[k].Bare))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool ContainsOrganisationWord(NameRun run)
    {
        for (var k = run.First; k <= run.Last; k++)
        {
            if (_tokens[k].IsWord && Lexicon.OrganisationNameWords.Contains(_tokens[k].Bare))
            {
                return true;
            }
        }
        return false;
    }

    private bool SameSentence(int a, int b) => _tokens[a].Sentence == _tokens[b].Sentence;

    private bool HasHonorificBefore(int first)
    {
        var k = first - 1;
        if (k >= 0 && _tokens[k].IsPunct('.'))
        {
            k--;
        }
        return k >= 0 && SameSentence(k, first) && _tokens[k].IsWord && Lexicon.Honorifics.Contains(_tokens[k].Text);
    }

    /// <summary>The title written just before a name: "Hootsuite spokeswoman", "CEO", "Mayor".</summary>
    private string? TitleBefore(int first)
    {
        var k = first - 1;
        if (k >= 0 && _tokens[k].IsPunct('.'))
        {
            k--;
        }
        if (k < 0 || !SameSentence(k, first) || !_tokens[k].IsWord
            || !(Lexicon.RoleNouns.Contains(_tokens[k].Text) || Lexicon.Honorifics.Contains(_tokens[k].Text)))
        {
            return null;
        }
        var words = new List<string> { _tokens[k].Text };
        for (var j = k - 1; j >= 0 && j >= k - 3 && SameSentence(j, first); j--)
        {
            var token = _tokens[j];
            if (!token.IsWord || Lexicon.Determiners.Contains(token.Text) || Lexicon.NotInSubject.Contains(token.Text)
                || Lexicon.Prepositions.Contains(token.Text) || Lexicon.SpeechVerbs.Contains(token.Text))
            {
                break;
            }
            words.Insert(0, token.Text);
        }
        return string.Join(' ', words);
    }

    /// <summary>An appositive after a name: ", a training specialist at Acme," or ", Acme CEO,".</summary>
    private string? AppositiveAfter(int last)
    {
        var k = last + 1;
        if (k + 1 >= _tokens.Count || !_tokens[k].IsPunct(',') || !SameSentence(k, last))
        {
            return null;
        }
        var start = k + 1;
        var first = _tokens[start];
        if (!first.IsWord)
        {
            return null;
        }
        var words = new List<string>();
        var hasRole = false;
        for (var j = start; j < _tokens.Count && j < start + 10 && SameSentence(j, last); j++)
        {
            var token = _tokens[j];
            if (!token.IsWord)
            {
                break;
            }
            if (token.Text is "who" or "whose")
            {
                return words.Count == 0 ? "" : null;
            }
            hasRole |= Lexicon.RoleNouns.Contains(token.Bare);
            words.Add(token.Text);
        }
        if (!hasRole)
        {
            return null;
        }
        while (words.Count > 0 && Lexicon.Determiners.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        return string.Join(' ', words);
    }

    private bool SpeechVerbAfter(int last)
    {
        var k = last + 1;
        while (k < _tokens.Count && _tokens[k].IsWord && Lexicon.Adverbs.Contains(_tokens[k].Text))
        {
            k++;
        }
        return k < _tokens.Count && SameSentence(k, last) && _tokens[k].IsWord && !_tokens[k].IsCapitalised
            && Lexicon.SpeechVerbs.Contains(_tokens[k].Text) && !Lexicon.Participles.Contains(_tokens[k].Text);
    }

    private bool SpeechVerbBefore(int first)
    {
        var k = first - 1;
        if (k < 0)
        {
            return false;
        }
        var token = _tokens[k];
        if (token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text))
        {
            return true;
        }
        return token.Text == "to" && k >= 1 && _tokens[k - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase);
    }

    private void RecordMention(NameRun run)
    {
        if (FindOrganisation(run.Name) is { } org)
        {
            org.Mentions++;
            OrganisationMentions.Add((run.First, org));
            return;
        }
        NamedPerson? person = null;
        if (_byFullName.TryGetValue(run.Name, out var byName))
        {
            person = byName;
        }
        else if (run.Count == 1 && _bySurname.ContainsKey(run.Name))
        {
            person = FindPersonBySurname(run.Name, run.First);
        }
        else if (run.Count >= 2)
        {
            // "Hootsuite CEO Tom Keiser" splits at the title, but a longer run can end in a known name.
            var lastWord = run.Name[(run.Name.LastIndexOf(' ') + 1)..];
            if (_bySurname.TryGetValue(lastWord, out var people))
            {
                person = people.Find(p => run.Name.EndsWith(p.FullName, StringComparison.OrdinalIgnoreCase));
            }
        }
        if (person is not null)
        {
            PersonMentions.Add((run.First, person));
        }
    }

    /// <summary>
    /// Gender from the text itself: a gendered title (spokeswoman, Mr.), or the first personal
    /// pronoun after a mention in the same or the next sentence, before anyone else is named.
    /// </summary>
    private void CollectGenderEvidence()
    {
        foreach (var person in _byFullName.Values)
        {
            foreach (var title in person.Titles)
            {
                foreach (var word in title.Split(' '))
                {
                    if (Lexicon.FemaleWords.Contains(word))
                    {
                        person.FemaleVotes += 2;
                    }
                    else if (Lexicon.MaleWords.Contains(word))
                    {
                        person.MaleVotes += 2;
                    }
                }
            }
        }
        for (var m = 0; m < PersonMentions.Count; m++)
        {
            var (token, person) = PersonMentions[m];
            var stop = m + 1 < PersonMentions.Count ? PersonMentions[m + 1].Token : _tokens.Count;
            var sentenceLimit = _tokens[token].Sentence + 1;
            for (var k = token + 1; k < stop && _tokens[k].Sentence <= sentenceLimit; k++)
            {
                var t = _tokens[k];
                if (!t.IsWord)
                {
                    continue;
                }
                if (t.Text is "he" or "He" or "him" or "his" or "His" or "himself")
                {
                    person.MaleVotes++;
                    break;
                }
                if (t.Text is "she" or "She" or "her" or "Her" or "hers" or "herself")
                {
                    person.FemaleVotes++;
                    break;
                }
            }
        }
    }
}
