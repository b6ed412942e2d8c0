namespace QuizTui.Core.Drafting;

/// <summary>Each mention of a person or organisation, and whether a person's mention is the subject of its clause.</summary>
internal sealed partial class EntityIndex
{
    private void RecordMention(NameRun run)
    {
        if (FindOrganisation(run.Name) is { } org)
        {
            org.Mentions++;
            OrganisationMentions.Add((run.First, org));
            return;
        }
        NamedPerson? person = null;
        var honorific = run.Count == 1 ? GenderOfHonorificBefore(run.First) : Gender.Unknown;
        if (_byFullName.TryGetValue(run.Name, out var byName) && NamesakesToldApartBy(run.Name, honorific).Count < 2)
        {
            person = byName;
        }
        else if (run.Count == 1 && _bySurname.ContainsKey(run.Name))
        {
            person = FindPersonBySurname(run.Name, run.First, honorific);
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
            PersonMentions.Add(new PersonMention(run.First, person, !_tokens[run.Last].IsPossessive && (IsSubjectPosition(run.First) || SpeaksAfterDescription(run) || SpeaksBeforeDescription(run))));
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
        if (word == "for")
        {
            // "As for Ana Ruiz, she said …": the person the sentence turns to is its topic, as a subject is.
            return k >= 1 && _tokens[k - 1].Text == "As" && (k == 1 || !SameSentence(k - 2, k - 1));
        }
        return word is "and" or "but" or "that" or "while" or "when" or "as" or "because" or "although" or "though"
            or "after" or "before" or "since" or "if" or "so" or "where" or "whereas" or "until" or "once" or "meanwhile"
            or "then" or "also" or "instead";
    }

    /// <summary>
    /// "Port baker Ana Ruiz said …": a name right before a speech verb is its subject even when the
    /// words describing it are ones no list knows (a job like "baker"), as long as none of them is a
    /// preposition, a verb or a pronoun that would make the name an object ("A letter from Ana Ruiz said").
    /// </summary>
    private bool SpeaksAfterDescription(NameRun run)
    {
        var verb = run.Last + 1;
        if (verb >= _tokens.Count || !SameSentence(run.First, verb) || !_tokens[verb].IsWord
            || !(Lexicon.IsSpeechVerb(_tokens[verb].Text) && !Lexicon.Participles.Contains(_tokens[verb].Text) && !Lexicon.WeakSpeechVerbs.Contains(_tokens[verb].Text)
                 || ActsAfterName(verb)))
        {
            return false;
        }
        var k = run.First - 1;
        for (; k >= 0 && SameSentence(k, run.First) && run.First - k <= DescriptionWords && _tokens[k].IsWord; k--)
        {
            var word = _tokens[k].Text.ToLowerInvariant();
            if (word == "of" && IsOfInsideTitle(k) && OpensSentence(k, run.First))
            {
                continue;
            }
            if (Lexicon.Prepositions.Contains(word) || Lexicon.NotInSubject.Contains(word) || Lexicon.Pronouns.Contains(word)
                || Lexicon.IsSpeechVerb(word) || Lexicon.IrregularPasts.Contains(word)
                || !_tokens[k].IsCapitalised && word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))
            {
                return false;
            }
        }
        // The description starts the sentence or follows a comma, a colon or a quotation.
        return k < 0 || !SameSentence(k, run.First) || _tokens[k].IsQuote || _tokens[k].Kind == TokenKind.Punct && _tokens[k].Text[0] is ',' or ';' or ':';
    }

    /// <summary>
    /// "counterpart Nina Kell praised her team", "Deputy Chief of Police Ivo Lune also called on
    /// residents": a past tense right after the name (or after "also") makes it the subject of its
    /// sentence as a speech verb does.
    /// </summary>
    private bool ActsAfterName(int verb)
    {
        if (_tokens[verb].Text == "also" && verb + 1 < _tokens.Count && SameSentence(verb, verb + 1) && _tokens[verb + 1].IsWord)
        {
            verb++;
        }
        var word = _tokens[verb].Text;
        return !_tokens[verb].IsCapitalised && !Lexicon.Participles.Contains(word) && !Lexicon.WeakSpeechVerbs.Contains(word)
            && (Lexicon.IsSpeechVerb(word) || Lexicon.LooksPast(word));
    }

    /// <summary>Whether only capitalised words stand between the start of the sentence and <paramref name="k"/> (the title opens the sentence).</summary>
    private bool OpensSentence(int k, int first)
    {
        for (var j = k - 1; j >= 0 && SameSentence(j, first); j--)
        {
            if (!_tokens[j].IsWord || !_tokens[j].IsCapitalised)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"of" between two capitalised words of a title ("Chief of Police", "North of Scotland"), not "a friend of".</summary>
    private bool IsOfInsideTitle(int of) =>
        of > 0 && of + 1 < _tokens.Count && SameSentence(of - 1, of + 1) && _tokens[of - 1].IsWord && _tokens[of - 1].IsCapitalised
        && _tokens[of + 1].IsWord && _tokens[of + 1].IsCapitalised;

    /// <summary>The most words a description before a name runs to ("Lindenport port baker and diver").</summary>
    private const int DescriptionWords = 5;
}
