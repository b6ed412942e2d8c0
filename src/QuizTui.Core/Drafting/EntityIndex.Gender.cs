namespace QuizTui.Core.Drafting;

/// <summary>Gender evidence for each person: gendered titles and honorifics, and pronouns referring back to the name.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// Two mentions joined by "and" in one sentence, titles allowed before the second ("Council
    /// leader Priya Nair and Mayor Colin Baptiste").
    /// </summary>
    private bool JoinedByAnd(int first, int second)
    {
        if (first < 0 || second >= PersonMentions.Count)
        {
            return false;
        }
        var from = PersonMentions[first].Token;
        var to = PersonMentions[second].Token;
        if (!SameSentence(from, to) || to - from > 8)
        {
            return false;
        }
        var k = to - 1;
        while (k > from && _tokens[k].IsWord && (_tokens[k].IsCapitalised || Lexicon.IsRoleNoun(_tokens[k].Bare)))
        {
            k--;
        }
        return k > from && _tokens[k].IsWord && _tokens[k].Text == "and"
            && Enumerable.Range(from, k - from).All(i => _tokens[i].IsWord && _tokens[i].IsCapitalised || _tokens[i].IsPunct('.'));
    }

    /// <summary>
    /// Gender from what describes a person (a title, an honorific, a relative's word before the
    /// name), read before surnames alone are given to people, so that "Mr. Ruiz" can tell
    /// namesakes apart. Pronouns come later, in <see cref="CollectGenderEvidence"/>.
    /// </summary>
    private void CollectDescribedGender()
    {
        foreach (var person in People)
        {
            foreach (var word in person.Titles.SelectMany(t => t.Split(' ')).Append(person.Honorific?.TrimEnd('.') ?? ""))
            {
                person.Vote(Lexicon.GenderOfWord(word), 2);
            }
        }
        foreach (var run in _runs)
        {
            // "her husband, Tomas Ruiz, …": the relative's word is about this person; a pronoun
            // after the name may be the sentence's subject's, so it counts less. "her husband,
            // Tomas" names him by the one word that stands for him alone.
            if (PersonOfDescribedRun(run) is { } person)
            {
                person.Vote(RelativeGenderBefore(run.First), 2);
            }
        }
    }

    /// <summary>
    /// Gender from the text itself, after <see cref="CollectDescribedGender"/>: "Mr." or "Ms."
    /// before a surname namesakes share, or a pronoun referring back within the same sentence, or
    /// opening the next one when that sentence quotes no one and no other person is named in
    /// between. Names themselves are never taken as evidence; a person the text gives no gender
    /// stays compatible with any pronoun.
    /// </summary>
    private void CollectGenderEvidence()
    {
        for (var m = 0; m < PersonMentions.Count; m++)
        {
            var (token, person, asSubject) = PersonMentions[m];
            // "Ms. Ruiz" where two people are called Ruiz: the honorific is about the one it was given to.
            person.Vote(NamesakeHonorificGender(token, person), 2);
            if (JoinedByAnd(m - 1, m) || JoinedByAnd(m, m + 1))
            {
                continue; // "Nair and Baptiste answered questions. She said …": either could be meant
            }
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
                if (IsNamedListener(k))
                {
                    break; // "Ruiz told Tomas Vell that he …": the pronoun may be the listener's
                }
                var lower = t.Text.ToLowerInvariant();
                if (asSubject && IsObjectOfOwnClause(token, k))
                {
                    continue; // "Okafor inspected the pier with her": "her" is someone else
                }
                if (lower is "he" or "him" or "his" or "himself" or "she" or "her" or "hers" or "herself")
                {
                    person.Vote(Lexicon.GenderOfWord(lower), 1);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A full name told or asked something ("told Tomas Vell", "asked Ana Ruiz"): a pronoun after
    /// it may be that listener's as much as the subject's, so it says nothing of the subject.
    /// </summary>
    private bool IsNamedListener(int k) =>
        k > 0 && _tokens[k - 1].IsWord && Lexicon.VerbsToListener.Contains(_tokens[k - 1].Text)
        && _runs.Exists(r => r.First == k && r.Count >= 2 && SameSentence(r.First, r.Last) && !ContainsOrganisationWord(r) && FindOrganisation(r.Name) is null);

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

    private NamedPerson? PersonOfDescribedRun(NameRun run) =>
        _byFullName.TryGetValue(run.Name, out var person) ? person
        : run.Count == 1 && _bySurname.TryGetValue(run.Name, out var people) && people.Count == 1 ? people[0]
        : null;

    /// <summary>"her husband, Tomas Ruiz", "Ruiz's daughter Ana Ruiz": the gender of a lowercase relative's word just before a name, a comma allowed between; unknown without one.</summary>
    private Gender RelativeGenderBefore(int first)
    {
        var k = first - 1;
        if (k >= 0 && _tokens[k].IsPunct(','))
        {
            k--;
        }
        return k >= 0 && SameSentence(k, first) && _tokens[k].IsWord && !_tokens[k].IsCapitalised
            ? Lexicon.GenderOfRelative(_tokens[k].Text)
            : Gender.Unknown;
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
