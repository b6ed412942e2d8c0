namespace QuizTui.Core.Drafting;

/// <summary>Registering name runs as people (or organisations), names used by surname or opening sentences, and adding a person.</summary>
internal sealed partial class EntityIndex
{
    private void Register(NameRun run)
    {
        var first = _tokens[run.First];
        var honorific = HonorificBefore(run.First);
        if (TitleBefore(run.First) is null && honorific is null && BodyNounAfterPlace(run) is { } body)
        {
            AddOrganisation(run.Name + " " + body).Types.Add(body);
            return;
        }
        if (TitleBefore(run.First) is null && honorific is null && IsOrganisationRun(run, out var type))
        {
            var org = AddOrganisation(run.Name);
            if (InitialsBeforeBody(run) is { } initials)
            {
                org = AddOrganisation(initials + " " + run.Name);
            }
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
        var speaks = SpeechVerbAfter(run.Last) || SpeechVerbBefore(run.First) || SpeaksBeforeDescription(run) || SetOffBeforeSpeech(run);
        if (title is null && appositive is null && !speaks && honorific is null && !AgeAfter(run.Last))
        {
            return;
        }
        if (NamesOfficeBeforeTitle(run))
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
    /// "the Republican Senate Majority Leader", "the Kell Harbour Board Chair": capitalised words
    /// after "the" and before a capitalised role noun name the office the title belongs to, not a
    /// person, so a pronoun after it does not stop at them. So do capitalised words ending in a
    /// word that makes a title of the role after it ("Vessarian Prime Minister Dario Lenz").
    /// </summary>
    private bool NamesOfficeBeforeTitle(NameRun run)
    {
        var next = run.Last + 1;
        if (next >= _tokens.Count || !SameSentence(next, run.Last) || !_tokens[next].IsCapitalised || _tokens[run.Last].IsPossessive
            || !Lexicon.IsRoleNoun(_tokens[next].Bare))
        {
            return false;
        }
        if (IsTitleModifier(_tokens[run.Last].Bare))
        {
            return true;
        }
        var k = run.First - 1;
        while (k >= 0 && SameSentence(k, run.First) && _tokens[k].IsCapitalised && !_tokens[k].IsAcronym && !_tokens[k].IsPossessive
               && _tokens[k].Text != "The")
        {
            k--;
        }
        return k >= 0 && SameSentence(k, run.First) && _tokens[k].IsWord && _tokens[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
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
    /// same paragraph. A place or a storm rarely passes all three, and a name ending in a place's
    /// word ("Kell Harbour has closed") never does. After a present tense of what people do
    /// ("owns", "runs", "lives") the surname alone is needed. A name after an opening phrase
    /// (<see cref="FollowsOpeningPhrase"/>: "Recently, Ana Ruiz, a baker, was asked …") counts
    /// too, an adverb or an appositive before its verb allowed, when the pronoun comes next.
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
            // After an opening phrase only the pronoun next shows a person; an adverb or an appositive
            // may stand before its verb there.
            var opensSentence = run.First == 0 || !SameSentence(run.First - 1, run.First);
            var verbSlot = opensSentence ? (VerbAfter(run.Last) ? run.Last : -1)
                : run.Count is 2 or 3 && FollowsOpeningPhrase(run.First) ? VerbSlotAfter(run.Last) : -1;
            if (run.Count is not (2 or 3) || _tokens[run.Last].IsPossessive || verbSlot < 0
                || !(opensSentence && singles.Contains(run.Name[(run.Name.LastIndexOf(' ') + 1)..]) || PronounOpensNextSentence(run.Last) && !DoingPresentAfter(verbSlot))
                || _byFullName.ContainsKey(run.Name)
                || FindOrganisation(run.Name) is not null || ContainsOrganisationWord(run) || Lexicon.PlaceNameEndings.Contains(_tokens[run.Last].Bare)
                || !PersonalPronounLater(run.Last) || IsStormName(run.Name)
                || Enumerable.Range(run.First, run.Count).Any(k => Lexicon.IsNationalityAdjective(_tokens[k].Text)))
            {
                continue;
            }
            AddPerson(run.Name);
        }
    }

    /// <summary>
    /// "Tomas Renwick" printed once (a headline, an object), then "Renwick sold the yard in May. He
    /// …": a surname alone that opens a sentence, followed by its verb, with "he" or "she" (or
    /// "his", "her", "him") later in its paragraph, is the one full name ending in it that the
    /// article prints, so a pronoun after it can reach that person.
    /// </summary>
    private void RegisterSurnamesOpeningSentences()
    {
        foreach (var run in _runs)
        {
            var opensSentence = run.First == 0 || !SameSentence(run.First - 1, run.First);
            if (run.Count != 1 || !opensSentence || _tokens[run.First].IsAcronym || _tokens[run.Last].IsPossessive
                || _bySurname.ContainsKey(run.Name) || _byFullName.ContainsKey(run.Name) || FindOrganisation(run.Name) is not null
                || !VerbAfter(run.Last) || !PersonalPronounLater(run.Last) || PrintedNameEndingIn(run.Name) is not { } printed
                || IsStormName(printed.Name))
            {
                continue;
            }
            AddPerson(printed.Name);
        }
    }

    private bool AgeAfter(int last) => AgeAfter(_tokens, last);

    /// <summary>"Ada Mbeki, 34, of Dunmore": an age set off by commas after a name is said of a person.</summary>
    internal static bool AgeAfter(List<Token> tokens, int last) =>
        last + 3 < tokens.Count && tokens[last + 1].IsPunct(',') && tokens[last + 3].IsPunct(',') && tokens[last].Sentence == tokens[last + 3].Sentence
        && tokens[last + 2].Text is { Length: 1 or 2 } age && age.All(char.IsAsciiDigit);

    /// <summary>
    /// A finite verb right after the name: "was", "has", a modal ("could", "must": "Ana Ruiz could
    /// barely speak"), a speech verb, an irregular past, a word in "-ed" or a present such as "runs".
    /// </summary>
    private bool VerbAfter(int last)
    {
        var k = last + 1;
        if (k >= _tokens.Count || !SameSentence(k, last) || !_tokens[k].IsWord || _tokens[k].IsCapitalised)
        {
            return false;
        }
        var word = _tokens[k].Text;
        return word is "was" or "is" or "has" or "had" or "will" or "would" || Lexicon.ModalsAfterName.Contains(word) || Lexicon.IrregularPasts.Contains(word) || Lexicon.DoingPresents.Contains(word)
            || Lexicon.SpeechVerbs.Contains(word) && !Lexicon.Participles.Contains(word)
            || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsRoleNoun(word);
    }

    /// <summary>
    /// "Lindenport Ferries runs the crossing": a company does what a person does in the present
    /// tense, so after such a verb only the surname used alone shows a person, not a pronoun next.
    /// </summary>
    private bool DoingPresentAfter(int last) => last + 1 < _tokens.Count && Lexicon.DoingPresents.Contains(_tokens[last + 1].Text);

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

    /// <summary>"Storm Ingrid", "Hurricane Tomas": a storm is named like a person and is not one.</summary>
    private static bool IsStormName(string name) => Lexicon.StormWords.Contains(name.Split(' ')[0]);

    private bool PersonalPronounLater(int last)
    {
        // The paragraph's own words, then a quotation's "he said" or "she said" in the first sentence
        // of the next paragraph, which so often follows the sentence that introduced the speaker.
        var nextParagraphSentence = -1;
        for (var k = last + 1; k < _tokens.Count && _tokens[k].Paragraph <= _tokens[last].Paragraph + 1; k++)
        {
            if (_tokens[k].Paragraph > _tokens[last].Paragraph)
            {
                if (nextParagraphSentence < 0)
                {
                    nextParagraphSentence = _tokens[k].Sentence;
                }
                else if (_tokens[k].Sentence != nextParagraphSentence)
                {
                    break;
                }
            }
            if (nextParagraphSentence >= 0)
            {
                if (_tokens[k].IsWord && _tokens[k].Text is "he" or "she" && k + 1 < _tokens.Count && _tokens[k + 1].IsWord
                    && Lexicon.IsSpeechVerb(_tokens[k + 1].Text))
                {
                    return true;
                }
                continue;
            }
            if (_tokens[k].IsWord && _tokens[k].Text.ToLowerInvariant() is "he" or "she" or "his" or "her" or "him")
            {
                return true;
            }
        }
        return false;
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
        // "Ivo van der Marsh" seen first, "van der Marsh" later: one person.
        if (IsParticle(words[0]) && _bySurname.TryGetValue(name, out var byParticles) && byParticles.Count == 1)
        {
            return byParticles[0];
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
        // "Mr Ruiz-Tamm" seen first, "Ana Ruiz Tamm" later: one person.
        if (HyphenedSurname(words, surnameIndex) is { } hyphened && _byFullName.TryGetValue(hyphened, out var byHyphened)
            && byHyphened.FullName == hyphened)
        {
            _byFullName.Remove(hyphened);
            byHyphened.FullName = name;
            _byFullName[name] = byHyphened;
            return byHyphened;
        }
        var person = new NamedPerson(name, surname);
        _byFullName[name] = person;
        if (!_bySurname.TryGetValue(surname, out var list))
        {
            _bySurname[surname] = list = [];
        }
        list.Add(person);
        // "Ana Ruiz Tamm", then "Ms Ruiz-Tamm said": a surname of two words may be
        // printed joined by a hyphen, and stands for the person as the last word alone does.
        if (HyphenedSurname(words, surnameIndex) is { } joined && !_bySurname.ContainsKey(joined))
        {
            _bySurname[joined] = [person];
        }
        // "Ivo van der Marsh", then "said van der Marsh": the surname printed with its particles.
        if (SurnameWithParticles(words, surnameIndex) is { } withParticles && !_bySurname.ContainsKey(withParticles))
        {
            _bySurname[withParticles] = [person];
        }
        // "Ivo al-Marsh", then "Marsh said": the surname printed without the particle joined to it.
        if (IsParticleHyphenName(surname) && surname[(surname.IndexOf('-', StringComparison.Ordinal) + 1)..] is var unjoined
            && !_bySurname.ContainsKey(unjoined))
        {
            _bySurname[unjoined] = [person];
        }
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
}
