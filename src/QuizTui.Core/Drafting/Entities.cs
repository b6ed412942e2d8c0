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

    /// <summary>"Mr.", "Dr.": the title written before the name, when the article gives one.</summary>
    public string? Honorific { get; set; }

    /// <summary>Descriptions the article gives: "Hootsuite spokeswoman", "head coach of the Riverton Hawks".</summary>
    public List<string> Titles { get; } = [];

    public int FemaleVotes { get; set; }

    public int MaleVotes { get; set; }

    public Gender Gender =>
        FemaleVotes > MaleVotes ? Gender.Female : MaleVotes > FemaleVotes ? Gender.Male : Gender.Unknown;

    public bool HasTitleWord(string word) => TitleWith(word) is not null;

    /// <summary>A title the article gives, or the honorific before the name written out ("Gov." → "governor").</summary>
    public bool HoldsTitle(string word) =>
        HasTitleWord(word) || Honorific?.TrimEnd('.') is { } honorific
        && (string.Equals(honorific, word, StringComparison.OrdinalIgnoreCase)
            || Lexicon.TitlesInFull.TryGetValue(honorific, out var full) && string.Equals(full, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first title holding the word (or its plural), as the article gives it.</summary>
    public string? TitleWith(string word) =>
        Titles.Find(t => t.Split(' ', '-').Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)
                                                   || word.EndsWith('s') && string.Equals(w, word[..^1], StringComparison.OrdinalIgnoreCase)));
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
/// A person named in the text. <paramref name="AsSubject"/> is true when the name is the subject
/// of its clause (the sentence starts with it, or it follows a comma, a conjunction, a speech
/// verb or a quotation), false when it follows a preposition or a verb ("praised Gov. Hale").
/// </summary>
internal readonly record struct PersonMention(int Token, NamedPerson Person, bool AsSubject);

/// <summary>
/// People and organisations the article names, found from capitalised word runs with evidence
/// around them (a title before the name, an appositive after it, a speech verb next to it, "who"
/// after it, an organisation noun before it), and every later mention of them by full name or surname.
/// </summary>
internal sealed class EntityIndex
{
    private readonly List<Token> _tokens;
    private readonly Dictionary<string, NamedPerson> _byFullName = new(AccentFoldingComparer.Instance);
    private readonly Dictionary<string, List<NamedPerson>> _bySurname = new(AccentFoldingComparer.Instance);
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<NameRun> _runs = [];

    /// <summary>Short forms the article defines in brackets: "World Wonder Ring Stardom (Stardom)".</summary>
    private readonly Dictionary<string, Organisation> _shortForms = new(StringComparer.OrdinalIgnoreCase);

    public EntityIndex(List<Token> tokens)
    {
        _tokens = tokens;
        FindRuns();
        foreach (var run in _runs)
        {
            Register(run);
        }
        RegisterNamesUsedBySurname();
        RegisterNamesOpeningSentences();
        RegisterNamesDefinedByInitials();
        RegisterShortFormsInBrackets();
        DropSurnamesTakenForOrganisations();
        foreach (var run in _runs)
        {
            RecordMention(run);
        }
        CollectGenderEvidence();
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
            var mention = PersonMentions[i];
            if (mention.Token < beforeToken && people.Contains(mention.Person))
            {
                return mention.Person;
            }
        }
        return people[0];
    }

    /// <summary>
    /// "Biden praised …, stating he was "…"" after "Warren endorsed Joe Biden": a surname that
    /// speaks but was never introduced as a speaker stands for the one name of two or three words
    /// ending in it that the article prints anywhere, even with no title or verb to show it is a
    /// person. Null when no such name is printed or when two are ("Ana Ruiz" and "Tomas Ruiz").
    /// </summary>
    public (string Name, int Token)? PrintedNameEndingIn(string surname)
    {
        (string Name, int Token)? found = null;
        foreach (var run in _runs)
        {
            if (run.Count is not (2 or 3) || !AccentFoldingComparer.Instance.Equals(_tokens[run.Last].Bare, surname)
                || _tokens[run.First].IsAcronym || ContainsOrganisationWord(run) || FindOrganisation(run.Name) is not null
                || Enumerable.Range(run.First, run.Count - 1).Any(k => Lexicon.IsRoleNoun(_tokens[k].Bare)
                    || Lexicon.Honorifics.Contains(_tokens[k].Bare) || Lexicon.IsNationalityAdjective(_tokens[k].Text)))
            {
                continue;
            }
            if (found is { } earlier && !AccentFoldingComparer.Instance.Equals(earlier.Name, run.Name))
            {
                return null;
            }
            found ??= (run.Name, run.First);
        }
        return found;
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
    /// "the Supreme Court" after "the United States Supreme Court": a shorter name that ends exactly
    /// one longer organisation's name is that organisation, given by its fullest name.
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
                    : candidate.Name.Length > org.Name.Length && candidate.Name.EndsWith(" " + org.Name, StringComparison.OrdinalIgnoreCase)))
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
            if (tokens[i].IsAcronym || tokens[i].IsPossessive && !PossessiveInsideName(tokens, i, to))
            {
                runs.Add(new NameRun(first, last, parts[0], 1));
                i++;
                continue;
            }
            if (tokens[i].IsPossessive)
            {
                parts[0] = tokens[i].Text;
            }
            var j = i + 1;
            // An initial ("J.") or a place-name abbreviation ("St. Luke's") keeps its full stop.
            if (IsInitial(tokens, i, to) || IsNamePrefix(tokens, i, to))
            {
                parts[0] += ".";
                j = i + 2;
            }
            while (j < to && tokens[j].Sentence == tokens[first].Sentence)
            {
                if (IsNameWord(tokens, j, first: false) && !tokens[j].IsAcronym)
                {
                    var inside = tokens[j].IsPossessive && PossessiveInsideName(tokens, j, to);
                    var part = inside ? tokens[j].Text : tokens[j].Bare;
                    last = j;
                    if (IsInitial(tokens, j, to) || IsNamePrefix(tokens, j, to))
                    {
                        parts.Add(part + ".");
                        j += 2;
                        continue;
                    }
                    parts.Add(part);
                    j++;
                    if (tokens[last].IsPossessive && !inside)
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
            last = BodyNameGoesOnWithOf(tokens, last, to, parts);
            // "First Minister of Scotland Nicola Sturgeon", "Senator from Vermont Jo Sands", "Ambassador to
            // the United Nations Nikki Haley": the place that completes a title is not part of the name
            // after it; after "the" it is taken to be two words long, otherwise one.
            var preposition = first - 1;
            var withThe = preposition >= 2 && tokens[preposition].IsWord && tokens[preposition].Text == "the";
            if (withThe)
            {
                preposition--;
            }
            var placeWords = withThe ? 2 : 1;
            if (parts.Count >= placeWords + 2 && preposition >= 1 && tokens[preposition].IsWord && tokens[preposition].Text is "of" or "to" or "from"
                && (Lexicon.IsRoleNoun(tokens[preposition - 1].Bare) || Lexicon.Honorifics.Contains(tokens[preposition - 1].Bare))
                && !IsParticle(parts[placeWords]) && !parts.Take(placeWords).Any(w => w.EndsWith('.')))
            {
                parts.RemoveRange(0, placeWords);
                first += placeWords;
            }
            runs.Add(new NameRun(first, last, string.Join(' ', parts), parts.Count));
            i = last + 1;
        }
        return runs;
    }

    /// <summary>
    /// "the Supreme Court of the United Kingdom", "the Department of State": a body's name goes on
    /// through "of" (and "the") with the capitalised words after it. Returns the run's new last token.
    /// </summary>
    private static int BodyNameGoesOnWithOf(List<Token> tokens, int last, int to, List<string> parts)
    {
        var of = last + 1;
        if (tokens[last].IsPossessive || !Lexicon.BodiesNamedWithOf.Contains(tokens[last].Bare)
            || of + 1 >= to || !tokens[of].IsWord || tokens[of].Text != "of" || tokens[of].Sentence != tokens[last].Sentence)
        {
            return last;
        }
        var k = of + 1;
        var withThe = tokens[k].IsWord && tokens[k].Text == "the";
        if (withThe)
        {
            k++;
        }
        if (k >= to || tokens[k].Sentence != tokens[last].Sentence || !IsNameWord(tokens, k, first: false) || tokens[k].IsAcronym)
        {
            return last;
        }
        parts.Add("of");
        if (withThe)
        {
            parts.Add("the");
        }
        while (k < to && tokens[k].Sentence == tokens[last].Sentence && IsNameWord(tokens, k, first: false) && !tokens[k].IsAcronym)
        {
            parts.Add(tokens[k].Bare);
            last = k++;
            if (tokens[last].IsPossessive)
            {
                break;
            }
        }
        return last;
    }

    private static bool IsInitial(List<Token> tokens, int i, int to) =>
        tokens[i].Text.Length == 1 && char.IsUpper(tokens[i].Text[0]) && i + 1 < to && tokens[i + 1].IsPunct('.');

    /// <summary>"St." and "Mt." before a capitalised word are part of a name (St. Luke's Hospital, Jane St. Clair).</summary>
    private static bool IsNamePrefix(List<Token> tokens, int i, int to) =>
        tokens[i].Text is "St" or "Ste" or "Mt" or "Ft" && i + 2 < to && tokens[i + 1].IsPunct('.') && tokens[i + 2].IsCapitalised;

    /// <summary>"Children's Hospital", "St. Luke's Hospital": a possessive followed by a word that ends organisation names.</summary>
    private static bool PossessiveInsideName(List<Token> tokens, int i, int to) =>
        i + 1 < to && tokens[i + 1].IsCapitalised && tokens[i + 1].Sentence == tokens[i].Sentence
        && Lexicon.OrganisationNameWords.Contains(tokens[i + 1].Bare);

    /// <summary>A surname joined to a lowercase particle by a hyphen: "el-Sisi", "al-Assad", "bin-Talal".</summary>
    private static bool IsParticleHyphenName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && IsParticle(word[..hyphen])
            && word.Skip(hyphen + 1).All(c => char.IsLetter(c) || c == '\'');
    }

    private static bool IsParticle(string word) =>
        word is "de" or "van" or "von" or "der" or "den" or "da" or "di" or "du" or "la" or "le" or "bin" or "al" or "el" or "dos" or "del" or "ter" or "ten";

    /// <summary>
    /// "the WHO's website": a word in capitals among ordinary words is an acronym, even when it
    /// spells a common word; in a line set all in capitals it is just a word.
    /// </summary>
    private static bool IsAcronymInProse(List<Token> tokens, int i) =>
        tokens[i].IsAcronym && tokens[i].Bare.Length >= 2
        && (i == 0 || !tokens[i - 1].IsAcronym) && (i + 1 >= tokens.Count || !tokens[i + 1].IsAcronym);

    private static bool IsNameWord(List<Token> tokens, int i, bool first)
    {
        var token = tokens[i];
        if (!first && IsParticleHyphenName(token.Text))
        {
            return true; // "Abdel Fattah el-Sisi", "Bashar al-Assad"
        }
        if (!token.IsCapitalised || !char.IsLetter(token.Text[0]))
        {
            return false;
        }
        // "Alachua Sheriff's Office", "the Governor's Office": a title's possessive inside an organisation's name.
        if (token.IsPossessive && PossessiveInsideName(tokens, i, tokens.Count))
        {
            return true;
        }
        var bare = token.Bare;
        if (Lexicon.NotNames.Contains(bare) && (first || bare.Length <= 3 || Lexicon.Pronouns.Contains(bare)) && !IsAcronymInProse(tokens, i))
        {
            return false;
        }
        if (IsNamePrefix(tokens, i, tokens.Count))
        {
            return true;
        }
        if (!first && bare == "States" && i > 0 && tokens[i - 1].Text == "United")
        {
            return true; // "United States Supreme Court": "States" is no speech verb here
        }
        if (Lexicon.IsRoleNounForm(bare) || Lexicon.Honorifics.Contains(bare) || Lexicon.SpeechVerbs.Contains(bare) && !token.IsAcronym)
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
                if (!IsPageFurniture(start, i))
                {
                    _runs.AddRange(RunsIn(_tokens, start, i));
                }
                start = i;
            }
        }
    }

    /// <summary>
    /// A long "sentence" of capitalised words and nothing else is a menu or a list of links
    /// around the article ("Home News Sport Rankings Events Newsroom …"), not prose that names people.
    /// </summary>
    private bool IsPageFurniture(int from, int to)
    {
        var words = 0;
        var capitalised = 0;
        for (var k = from; k < to; k++)
        {
            if (_tokens[k].IsWord && char.IsLetter(_tokens[k].Text[0]))
            {
                words++;
                capitalised += _tokens[k].IsCapitalised ? 1 : 0;
            }
        }
        return words >= 12 && capitalised >= words * 0.85;
    }

    private void Register(NameRun run)
    {
        var first = _tokens[run.First];
        var honorific = HonorificBefore(run.First);
        if (TitleBefore(run.First) is null && honorific is null && IsOrganisationRun(run, out var type))
        {
            var org = AddOrganisation(run.Name);
            if (type is not null)
            {
                org.Types.Add(type);
            }
            if (KindOfName(run) is { } kind)
            {
                org.Types.Add(kind);
            }
            return;
        }
        if (first.IsAcronym)
        {
            return;
        }
        // A surname alone is a person when an honorific comes before it or "who" after it
        // ("Raman, who proposed the lane, …").
        if (run.Count < 2 && honorific is null && !(AppositiveAfter(run.Last) is "" && !first.IsPossessive))
        {
            return;
        }
        if (ContainsOrganisationWord(run))
        {
            return;
        }
        var title = TitleBefore(run.First) ?? TitleBeforeComma(run.First);
        var appositive = AppositiveAfter(run.Last);
        var speaks = SpeechVerbAfter(run.Last) || SpeechVerbBefore(run.First);
        if (title is null && appositive is null && !speaks && honorific is null)
        {
            return;
        }
        var person = AddPerson(run.Name);
        if (honorific is not null && person.Honorific is null && !Lexicon.IsRoleNoun(honorific.TrimEnd('.')))
        {
            person.Honorific = honorific;
        }
        if (title is not null && !person.Titles.Contains(title))
        {
            person.Titles.Add(title);
        }
        if (!string.IsNullOrEmpty(appositive) && !person.Titles.Contains(appositive))
        {
            person.Titles.Add(appositive);
        }
    }

    /// <summary>
    /// "Goalie Marcus Oyelaran made 41 saves. … Oyelaran said": a full name with no evidence of
    /// its own is a person when its surname alone speaks elsewhere in the article.
    /// </summary>
    private void RegisterNamesUsedBySurname()
    {
        var speakingSingles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in _runs)
        {
            if (run.Count == 1 && !_tokens[run.First].IsAcronym && (SpeechVerbAfter(run.Last) || SpeechVerbBefore(run.First))
                && !_bySurname.ContainsKey(run.Name) && FindOrganisation(run.Name) is null)
            {
                speakingSingles.Add(run.Name);
            }
        }
        foreach (var run in _runs)
        {
            if (run.Count is 2 or 3 && speakingSingles.Contains(run.Name[(run.Name.LastIndexOf(' ') + 1)..])
                && !_byFullName.ContainsKey(run.Name) && FindOrganisation(run.Name) is null && !ContainsOrganisationWord(run))
            {
                var person = AddPerson(run.Name);
                if (TitleBefore(run.First) is { } title && !person.Titles.Contains(title))
                {
                    person.Titles.Add(title);
                }
            }
        }
    }

    /// <summary>
    /// "Amos Tendai Kuria was born in 1930. … Kuria's first job …. He taught …": a name of two or
    /// three words that opens a sentence and is followed by its verb is a person when its surname
    /// is also used alone in the article and "he" or "she" (or "his", "her", "him") follows in the
    /// same paragraph. A place or a storm rarely passes all three.
    /// </summary>
    private void RegisterNamesOpeningSentences()
    {
        var singles = new HashSet<string>(AccentFoldingComparer.Instance);
        foreach (var run in _runs)
        {
            if (run.Count == 1 && !_tokens[run.First].IsAcronym)
            {
                singles.Add(run.Name);
            }
        }
        foreach (var run in _runs)
        {
            var opensSentence = run.First == 0 || !SameSentence(run.First - 1, run.First);
            if (run.Count is not (2 or 3) || !opensSentence || _tokens[run.Last].IsPossessive || !VerbAfter(run.Last)
                || !(singles.Contains(run.Name[(run.Name.LastIndexOf(' ') + 1)..]) || PronounOpensNextSentence(run.Last)) || _byFullName.ContainsKey(run.Name)
                || FindOrganisation(run.Name) is not null || ContainsOrganisationWord(run) || !PersonalPronounLater(run.Last)
                || Enumerable.Range(run.First, run.Count).Any(k => Lexicon.IsNationalityAdjective(_tokens[k].Text)))
            {
                continue;
            }
            AddPerson(run.Name);
        }
    }

    /// <summary>A finite verb right after the name: "was", "has", a speech verb, an irregular past or a word in "-ed".</summary>
    private bool VerbAfter(int last)
    {
        var k = last + 1;
        if (k >= _tokens.Count || !SameSentence(k, last) || !_tokens[k].IsWord || _tokens[k].IsCapitalised)
        {
            return false;
        }
        var word = _tokens[k].Text;
        return word is "was" or "is" or "has" or "had" or "will" or "would" || Lexicon.IrregularPasts.Contains(word)
            || Lexicon.SpeechVerbs.Contains(word) && !Lexicon.Participles.Contains(word)
            || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsRoleNoun(word);
    }

    /// <summary>
    /// "He" or "she" opens the sentence after the name's, in its paragraph or the next, or speaks
    /// the next quotation in the paragraph ("… in 2001. "It felt like home," she said.").
    /// </summary>
    private bool PronounOpensNextSentence(int last)
    {
        for (var q = last + 1; q + 3 < _tokens.Count && _tokens[q].Paragraph == _tokens[last].Paragraph; q++)
        {
            if (_tokens[q].IsQuote)
            {
                var after = _tokens[q + 1].IsPunct(',') ? q + 2 : q + 1;
                if (_tokens[after].IsWord && _tokens[after].Text is "he" or "she" && Lexicon.SpeechVerbs.Contains(_tokens[after + 1].Text))
                {
                    return true;
                }
                break;
            }
        }
        var k = last + 1;
        while (k < _tokens.Count && SameSentence(k, last))
        {
            k++;
        }
        if (k >= _tokens.Count || _tokens[k].Paragraph != _tokens[last].Paragraph && _tokens[k].Paragraph != _tokens[last].Paragraph + 1)
        {
            return false;
        }
        var sentence = _tokens[k].Sentence;
        for (var j = k; j < _tokens.Count && _tokens[j].Sentence == sentence; j++)
        {
            if (_tokens[j].IsWord)
            {
                return _tokens[j].Text is "He" or "She" || j > k && _tokens[j - 1].IsPunct(',') && _tokens[j].Text is "he" or "she";
            }
        }
        return false;
    }

    private bool PersonalPronounLater(int last)
    {
        for (var k = last + 1; k < _tokens.Count && _tokens[k].Paragraph == _tokens[last].Paragraph; k++)
        {
            if (_tokens[k].IsWord && _tokens[k].Text.ToLowerInvariant() is "he" or "she" or "his" or "her" or "him")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Transport for London (TfL)": the words before bracketed initials that spell them are an
    /// organisation's name, small words included, so "TfL" later finds it.
    /// </summary>
    private void RegisterNamesDefinedByInitials()
    {
        for (var i = 1; i + 2 < _tokens.Count; i++)
        {
            if (!_tokens[i].IsPunct('(') || !_tokens[i + 1].IsWord || !_tokens[i + 2].IsPunct(')'))
            {
                continue;
            }
            var initials = _tokens[i + 1].Bare;
            var first = i - initials.Length;
            if (initials.Count(char.IsUpper) < 2 || first < 0 || !SameSentence(first, i - 1)
                || Enumerable.Range(first, initials.Length).Any(k => !_tokens[k].IsWord))
            {
                continue;
            }
            var name = string.Join(' ', Enumerable.Range(first, initials.Length).Select(k => _tokens[k].Text));
            if (IsAcronymOf(initials, name) && !_byFullName.ContainsKey(name))
            {
                AddOrganisation(name);
            }
        }
    }

    /// <summary>
    /// "World Wonder Ring Stardom (Stardom)": a name of three or more capitalised words followed by
    /// its last word in brackets defines that word as the organisation's short form, so
    /// "Stardom's statement" is the full name's even when other names end in "Stardom".
    /// </summary>
    private void RegisterShortFormsInBrackets()
    {
        for (var i = 3; i + 2 < _tokens.Count; i++)
        {
            if (!_tokens[i].IsPunct('(') || !_tokens[i + 1].IsWord || !_tokens[i + 2].IsPunct(')') || !_tokens[i + 1].IsCapitalised
                || _tokens[i + 1].IsAcronym || !string.Equals(_tokens[i - 1].Text, _tokens[i + 1].Text, StringComparison.Ordinal))
            {
                continue;
            }
            var run = _runs.Find(r => r.Last == i - 1);
            if (run.Count < 3 || _byFullName.ContainsKey(run.Name))
            {
                continue;
            }
            _shortForms[_tokens[i + 1].Text] = AddOrganisation(run.Name);
        }
    }

    /// <summary>"Blake's lawyer" looks like "Acme's lawyer"; when a person of the article has that surname, it is theirs.</summary>
    private void DropSurnamesTakenForOrganisations()
    {
        foreach (var name in _organisations.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal) && _bySurname.ContainsKey(n)
                                                            && !n.All(char.IsUpper)).ToList())
        {
            _organisations.Remove(name);
        }
    }

    private NamedPerson AddPerson(string name)
    {
        if (_byFullName.TryGetValue(name, out var existing))
        {
            // "Jaroslaw Kaczynski" in a headline, "Jarosław Kaczyński" in the text: the spelling with its accents.
            if (name.Count(c => c > '\u007f') > existing.FullName.Count(c => c > '\u007f') && name.Split(' ').Length == existing.FullName.Split(' ').Length)
            {
                existing.FullName = name;
            }
            return existing;
        }
        var words = name.Split(' ');
        var surnameIndex = words.Length - 1;
        while (surnameIndex > 0 && words[surnameIndex].TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV")
        {
            surnameIndex--;
        }
        var surname = words[surnameIndex];
        // "Gray Miller" seen first, "Judge Miller" later: one person, when only one has that surname.
        if (words.Length == 1 && _bySurname.TryGetValue(name, out var sameSurname) && sameSurname.Count == 1)
        {
            return sameSurname[0];
        }
        // "Mr. Keiser" seen first, "Tom Keiser" later: one person.
        if (words.Length > 1 && _byFullName.TryGetValue(surname, out var bySurnameOnly))
        {
            _byFullName.Remove(surname);
            bySurnameOnly.FullName = name;
            _byFullName[name] = bySurnameOnly;
            return bySurnameOnly;
        }
        // "Robert Gabriel Mugabe" and "Robert Mugabe": one person, known by the fuller name.
        if (words.Length > 1 && _bySurname.TryGetValue(surname, out var namesakes)
            && namesakes.Find(known => SameNameWithMiddleNames(known.FullName.Split(' '), words)) is { } same)
        {
            if (words.Length > same.FullName.Split(' ').Length)
            {
                same.FullName = name;
            }
            _byFullName[name] = same;
            return same;
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

    /// <summary>The same first and last names, one of the two with middle names the other leaves out.</summary>
    private static bool SameNameWithMiddleNames(string[] a, string[] b)
    {
        if (a.Length == b.Length || a.Length < 2 || b.Length < 2 || !AccentFoldingComparer.Instance.Equals(a[0], b[0])
            || !AccentFoldingComparer.Instance.Equals(a[^1], b[^1]))
        {
            return false;
        }
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var j = 0;
        foreach (var word in longer)
        {
            if (j < shorter.Length && AccentFoldingComparer.Instance.Equals(word, shorter[j]))
            {
                j++;
            }
        }
        return j == shorter.Length;
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
        type = OrganisationNounNextTo(run);
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
        // "Polish officials", "the Danish bishop": a nationality describes the noun after it.
        if (run.Count == 1 && !first.IsPossessive && Lexicon.IsNationalityAdjective(first.Text))
        {
            type = null;
            return false;
        }
        // "Transport for London (TfL)": a name followed by its initials in brackets.
        if (run.Count >= 2 && next + 1 < _tokens.Count && _tokens[next].IsPunct('(') && _tokens[next + 1].IsWord
            && IsAcronymOf(_tokens[next + 1].Bare, run.Name))
        {
            return true;
        }
        if (run.Count >= 2 && Lexicon.OrganisationNameWords.Contains(_tokens[run.Last].Bare))
        {
            return true;
        }
        if (type is not null)
        {
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
            if (Lexicon.IsRoleNounForm(token.Bare) && !token.IsCapitalised)
            {
                return true;
            }
            if (token.IsCapitalised && !token.IsAcronym)
            {
                break;
            }
            if (token.IsAcronym && Lexicon.RoleNouns.Contains(token.Bare))
            {
                return true;
            }
        }
        // "a specialist at Hootsuite", "an employee with Acme", "head coach of the Riverton Hawks"
        var p = run.First - 1;
        if (p >= 0 && SameSentence(p, run.First) && _tokens[p].IsWord && !_tokens[p].IsCapitalised
            && (_tokens[p].Text.Contains('-', StringComparison.Ordinal) || Lexicon.Determiners.Contains(_tokens[p].Text)))
        {
            p--;
        }
        if (p >= 1 && SameSentence(p, run.First) && _tokens[p].Text is "at" or "with" or "for" or "of")
        {
            for (var k = p - 1; k >= 0 && k >= p - 3 && SameSentence(k, p); k--)
            {
                if (_tokens[k].IsWord && Lexicon.IsRoleNoun(_tokens[k].Bare))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The kind of body a name says it is: "Riverton Town Council" a council, "Acme Inc." or
    /// "Brightwater Foods" a company.
    /// </summary>
    private string? KindOfName(NameRun run)
    {
        var next = run.Last + 1;
        if (next < _tokens.Count && _tokens[next].IsWord && Lexicon.CorporateSuffixes.Contains(_tokens[next].Bare))
        {
            return "company";
        }
        var last = _tokens[run.Last].Bare.ToLowerInvariant();
        if (Lexicon.CorporateSuffixes.Contains(last) || Lexicon.BusinessNameWords.Contains(last))
        {
            return "company";
        }
        return run.Count >= 2 && Lexicon.OrganisationNouns.Contains(last) ? last : null;
    }

    /// <summary>
    /// "tech company Hootsuite", "the platform Acme", "the Acme company" (but not "Okafor's
    /// office", nor "Grocery chain …" where the capital only starts the sentence): the noun.
    /// </summary>
    private string? OrganisationNounNextTo(NameRun run)
    {
        var prev = run.First - 1;
        if (prev >= 0 && SameSentence(prev, run.First) && _tokens[prev].IsWord && !_tokens[prev].IsCapitalised
            && Lexicon.OrganisationNouns.Contains(_tokens[prev].Text))
        {
            return _tokens[prev].Text.ToLowerInvariant();
        }
        var next = run.Last + 1;
        var startsSentence = prev < 0 || !SameSentence(prev, run.First);
        if (!startsSentence && !_tokens[run.Last].IsPossessive && next < _tokens.Count && SameSentence(next, run.Last)
            && _tokens[next].IsWord && !_tokens[next].IsCapitalised && Lexicon.OrganisationNouns.Contains(_tokens[next].Text))
        {
            return _tokens[next].Text.ToLowerInvariant();
        }
        return null;
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

    /// <summary>"Mr.", "Gov.", "Dr." right before the name, as written; null when there is none.</summary>
    private string? HonorificBefore(int first)
    {
        var k = first - 1;
        var dot = k >= 0 && _tokens[k].IsPunct('.');
        if (dot)
        {
            k--;
        }
        if (k < 0 || !SameSentence(k, first) || !_tokens[k].IsWord || !Lexicon.Honorifics.Contains(_tokens[k].Text))
        {
            return null;
        }
        return _tokens[k].Text + (dot ? "." : "");
    }

    /// <summary>The title written just before a name: "Hootsuite spokeswoman", "CEO", "Lt. Col.".</summary>
    private string? TitleBefore(int first)
    {
        var k = first - 1;
        var end = k;
        if (k >= 0 && _tokens[k].IsPunct('.'))
        {
            k--;
        }
        if (k < 0 || !SameSentence(k, first) || !_tokens[k].IsWord
            || !(Lexicon.IsRoleNoun(_tokens[k].Bare) || Lexicon.Honorifics.Contains(_tokens[k].Text)))
        {
            return null;
        }
        var start = k;
        for (var j = k - 1; j >= 0 && j >= k - 5 && SameSentence(j, first); j--)
        {
            var token = _tokens[j];
            if (token.IsPunct('.') && j > 0 && _tokens[j - 1].IsWord && Lexicon.IsAbbreviation(_tokens[j - 1].Text))
            {
                continue;
            }
            if (!token.IsWord || Lexicon.Determiners.Contains(token.Text) || Lexicon.NotInSubject.Contains(token.Text)
                || Lexicon.Prepositions.Contains(token.Text) && !token.IsCapitalised || Lexicon.SpeechVerbs.Contains(token.Text)
                || token.Text is "and" or "or" or "but")
            {
                break;
            }
            start = j;
        }
        return Join(start, end);
    }

    /// <summary>"The company's chief executive, Tom Keiser,": a role set off by a comma before the name.</summary>
    private string? TitleBeforeComma(int first)
    {
        var comma = first - 1;
        if (comma < 1 || !_tokens[comma].IsPunct(',') || !SameSentence(comma - 1, first) || !_tokens[comma - 1].IsWord
            || !Lexicon.IsRoleNoun(_tokens[comma - 1].Bare) || first + 1 >= _tokens.Count)
        {
            return null;
        }
        return TitleBefore(comma);
    }

    /// <summary>Tokens as printed: words with spaces between, a full stop kept on its word.</summary>
    private string Join(int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = from; k <= to; k++)
        {
            if (sb.Length > 0 && !_tokens[k].IsPunct('.'))
            {
                sb.Append(' ');
            }
            sb.Append(_tokens[k].Text);
        }
        return sb.ToString();
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
        for (var j = start; j < _tokens.Count && j < start + 12 && SameSentence(j, last); j++)
        {
            var token = _tokens[j];
            if (!token.IsWord)
            {
                break;
            }
            if (token.Text is "who" or "whose")
            {
                // "Maria Lopez, who has worked at the clinic for 20 years": "who" is said of people.
                return words.Count == 0 ? "" : null;
            }
            if (Lexicon.SpeechVerbs.Contains(token.Text) && !token.IsCapitalised || Lexicon.NotInSubject.Contains(token.Text))
            {
                break;
            }
            hasRole |= Lexicon.IsRoleNoun(token.Bare);
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
            && Lexicon.SpeechVerbs.Contains(_tokens[k].Text) && !Lexicon.Participles.Contains(_tokens[k].Text)
            && !Lexicon.WeakSpeechVerbs.Contains(_tokens[k].Text);
    }

    private bool SpeechVerbBefore(int first)
    {
        var k = first - 1;
        if (k >= 0 && _tokens[k].IsPunct('.'))
        {
            k -= 2; // "said Gov. Jane Doe"
        }
        if (k < 0)
        {
            return false;
        }
        var token = _tokens[k];
        if (token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text) && !Lexicon.WeakSpeechVerbs.Contains(token.Text))
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
            PersonMentions.Add(new PersonMention(run.First, person, !_tokens[run.Last].IsPossessive && IsSubjectPosition(run.First)));
        }
    }

    /// <summary>
    /// True when a name starts its clause: nothing but its own description (titles, an
    /// organisation's name, "longtime resident") stands between it and the start of the sentence,
    /// a comma, a conjunction, a speech verb or a quotation.
    /// </summary>
    private bool IsSubjectPosition(int first)
    {
        var k = first - 1;
        while (k >= 0 && SameSentence(k, first))
        {
            var t = _tokens[k];
            if (t.IsPunct('.') && k > 0 && _tokens[k - 1].IsWord && Lexicon.IsAbbreviation(_tokens[k - 1].Text))
            {
                k--;
                continue;
            }
            if (!t.IsWord)
            {
                break;
            }
            var describes = t.IsCapitalised && !Lexicon.NotNames.Contains(t.Text) || Lexicon.IsRoleNoun(t.Bare) || Lexicon.Honorifics.Contains(t.Text)
                || t.IsPossessive || Lexicon.Determiners.Contains(t.Text) || t.Text.Contains('-', StringComparison.Ordinal)
                || char.IsDigit(t.Text[0]) || k + 1 < _tokens.Count && _tokens[k + 1].IsWord && !_tokens[k + 1].IsCapitalised
                    && Lexicon.IsRoleNoun(_tokens[k + 1].Bare) && !Lexicon.Prepositions.Contains(t.Text) && !Lexicon.SpeechVerbs.Contains(t.Text);
            if (!describes)
            {
                break;
            }
            k--;
        }
        if (k < 0 || !SameSentence(k, first))
        {
            return true;
        }
        var before = _tokens[k];
        if (before.IsQuote || before.Kind == TokenKind.Punct)
        {
            return before.IsQuote || before.Text[0] is ',' or ';' or ':' or '(' or '—' or '–' or '-' or '.';
        }
        var word = before.Text.ToLowerInvariant();
        if (Lexicon.SpeechVerbs.Contains(word))
        {
            return true;
        }
        if (word == "to")
        {
            return k >= 1 && _tokens[k - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase);
        }
        return word is "and" or "but" or "that" or "while" or "when" or "as" or "because" or "although" or "though"
            or "after" or "before" or "since" or "if" or "so" or "where" or "whereas" or "until" or "once" or "meanwhile"
            or "then" or "also" or "instead";
    }

    /// <summary>
    /// Gender from the text itself: a gendered title or honorific (spokeswoman, Mr.), or a
    /// pronoun referring back within the same sentence, or opening the next one when that
    /// sentence quotes no one and no other person is named in between. Names themselves are
    /// never taken as evidence; a person the text gives no gender stays compatible with any pronoun.
    /// </summary>
    private void CollectGenderEvidence()
    {
        foreach (var person in People)
        {
            foreach (var word in person.Titles.SelectMany(t => t.Split(' ')).Append(person.Honorific?.TrimEnd('.') ?? ""))
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
        for (var m = 0; m < PersonMentions.Count; m++)
        {
            var (token, person, asSubject) = PersonMentions[m];
            var stop = m + 1 < PersonMentions.Count ? PersonMentions[m + 1].Token : _tokens.Count;
            var sentence = _tokens[token].Sentence;
            for (var k = token + 1; k < stop && _tokens[k].Sentence <= sentence + 1; k++)
            {
                var t = _tokens[k];
                if (t.Sentence > sentence && SentenceHasQuote(k))
                {
                    break;
                }
                if (!t.IsWord)
                {
                    continue;
                }
                var lower = t.Text.ToLowerInvariant();
                if (asSubject && IsObjectOfOwnClause(token, k))
                {
                    continue; // "Okafor inspected the pier with her": "her" is someone else
                }
                if (lower is "he" or "him" or "his" or "himself")
                {
                    person.MaleVotes++;
                    break;
                }
                if (lower is "she" or "her" or "hers" or "herself")
                {
                    person.FemaleVotes++;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// An object pronoun ("him", or "her" with no noun after it) in the clause whose subject is
    /// the name: English says "himself" or "herself" for the subject, so the pronoun means someone
    /// else ("Okafor inspected the pier with her"). A clause boundary ("that", a comma, a speech
    /// verb) between them lifts the rule ("Okafor said police stopped him").
    /// </summary>
    private bool IsObjectOfOwnClause(int name, int pronoun)
    {
        var lower = _tokens[pronoun].Text.ToLowerInvariant();
        var objectForm = lower == "him"
            || lower == "her" && (pronoun + 1 >= _tokens.Count || !_tokens[pronoun + 1].IsWord
                                  || Lexicon.Prepositions.Contains(_tokens[pronoun + 1].Text) || _tokens[pronoun + 1].Text is "and" or "or");
        if (!objectForm || _tokens[pronoun].Sentence != _tokens[name].Sentence)
        {
            return false;
        }
        for (var k = name + 1; k < pronoun; k++)
        {
            var t = _tokens[k];
            if (t.IsQuote || t.Kind == TokenKind.Punct && t.Text[0] is ',' or ';' or ':' or '—' or '–' or '('
                || t.IsWord && (Lexicon.SpeechVerbs.Contains(t.Text.ToLowerInvariant()) || t.Text is "that" or "who" or "which" or "because" or "when" or "after" or "before" or "if"))
            {
                return false;
            }
        }
        return true;
    }

    private bool SentenceHasQuote(int k)
    {
        var sentence = _tokens[k].Sentence;
        for (var j = k; j >= 0 && _tokens[j].Sentence == sentence; j--)
        {
            if (_tokens[j].IsQuote)
            {
                return true;
            }
        }
        for (var j = k; j < _tokens.Count && _tokens[j].Sentence == sentence; j++)
        {
            if (_tokens[j].IsQuote)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// Compares names ignoring case and accents: "Erdogan" written without its breve is "Erdoğan",
/// as news in English often prints a name both ways.
/// </summary>
internal sealed class AccentFoldingComparer : IEqualityComparer<string>
{
    public static readonly AccentFoldingComparer Instance = new();

    public bool Equals(string? x, string? y) =>
        x is null || y is null ? x == y : string.Equals(Model.TextFolding.FoldForAnswer(x), Model.TextFolding.FoldForAnswer(y), StringComparison.Ordinal);

    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Model.TextFolding.FoldForAnswer(obj));
}
