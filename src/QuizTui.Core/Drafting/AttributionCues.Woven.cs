namespace QuizTui.Core.Drafting;

/// <summary>Cues for quoted words woven into the reporter's sentence: a characterising verb, a passive with "by", a relative clause, a participle whose clause runs on to the quotation.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// Quoted words woven into the reporter's sentence by a speaker's characterising verb ("Doe
    /// called the plan "a disgrace"", "In what an officer described as "…"") or introduced by a
    /// participle whose subject opens the sentence ("Ford made this point, writing "…"").
    /// </summary>
    public Attribution? Woven(QuoteAnalysis a)
    {
        var m = a.Marker;
        var s0 = p.SentenceStart(m);
        if (s0 == m)
        {
            return null;
        }
        var k = m - 1;
        while (k > s0 && p[k].Kind == TokenKind.Punct && p[k].Text[0] is ',' or ':')
        {
            k--;
        }
        if (p.IsWordAt(k, "that") && k > s0)
        {
            k--;
        }
        if (OpeningCharacterisation(a, s0) is { } opening)
        {
            return opening;
        }
        k = ParticipleBeforeChannel(s0, k);
        if (p[k].IsWord && IsWovenParticiple(p[k].Text) && k > s0 && SentenceSubject(s0, k) is { } subject
            && !IsPronounCharacterising(k, subject))
        {
            return new Attribution(subject, k, p[k].Text, s0, m - 1);
        }
        if (PassiveCharacteriser(a, s0) is { } agent)
        {
            return agent;
        }
        for (k = s0; k < m; k++)
        {
            // The verb of a relative clause has that clause's subject ("the strike, which Ross
            // has called "…""), not the subject of the sentence around it.
            if (p[k].IsWord && !p[k].IsCapitalised && (Lexicon.CharacterisingVerbs.Contains(p[k].Text) || CharacterisesThroughPreposition(k, m))
                && (RelativeClauseSubject(s0, k) ?? SubjectBefore(s0, k)) is { } characteriser)
            {
                return new Attribution(characteriser, k, p[k].Text, s0, m - 1);
            }
            if (PresentCallsSubject(s0, k) is { } caller)
            {
                return new Attribution(caller, k, p[k].Text, s0, m - 1);
            }
        }
        for (k = s0; k < m; k++)
        {
            if (p[k].IsWord && !p[k].IsCapitalised && IsVerbAfterQuote(k) && RelativeClauseSubject(s0, k) is { } relative)
            {
                return new Attribution(relative, k, p[k].Text, s0, m - 1);
            }
        }
        return ParticipleClause(s0, m);
    }

    /// <summary>
    /// "Vell thought of the captain as "…"", "Ruiz threatened the firm with "…"": a verb that
    /// characterises through the preposition right before the quotation, with only a few words
    /// and no punctuation between them.
    /// </summary>
    private bool CharacterisesThroughPreposition(int k, int m)
    {
        var preposition = m - 1;
        if (preposition - k is < 2 or > 8 || !(p.IsWordAt(preposition, "as") && Lexicon.AsCharacterisingVerbs.Contains(p[k].Text)
            && (!p.IsWordAt(k, "thought") || p.IsWordAt(k + 1, "of"))
            || p.IsWordAt(preposition, "with") && Lexicon.WithCharacterisingVerbs.Contains(p[k].Text)))
        {
            return false;
        }
        for (var w = k + 1; w < preposition; w++)
        {
            if (!p[w].IsWord)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Ruiz defended the plan, saying that the council had been "…"", "Ruiz changed course, and
    /// telling the board the cuts were "…"": a participle after a comma whose clause runs on to the
    /// quotation, with no speech verb or quotation of its own in between, shares the subject of the
    /// sentence's first verb.
    /// </summary>
    private Attribution? ParticipleClause(int s0, int m)
    {
        for (var k = m - 1; k > s0 + 1 && k >= m - ParticipleClauseReach; k--)
        {
            var t = p[k];
            if (t.IsQuote || t.Kind == TokenKind.Punct && t.Text[0] is '.' or ';' or ':' or '(' or ')' && !p.IsAbbreviationDot(k))
            {
                return null;
            }
            if (!t.IsWord || t.IsCapitalised)
            {
                continue;
            }
            if (!IsWovenParticiple(t.Text))
            {
                // Another speech verb in the clause ("saying that Soto had called it "…"") speaks for its own subject.
                if (Lexicon.IsSpeechVerb(t.Text) || Lexicon.CharacterisingVerbs.Contains(t.Text))
                {
                    return null;
                }
                continue;
            }
            var joined = p[k - 1].IsPunct(',') || p[k - 1].IsWord && p[k - 1].Text is "and" && p[k - 2].IsPunct(',');
            // "…, with Ana Ruiz calling it "…"": the participle's own subject speaks.
            if (!joined && AbsoluteSubject(s0, k) is { } own)
            {
                return new Attribution(own, k, t.Text, s0, m - 1);
            }
            // "…, saying he had led the way and calling him "…"": the second participle shares the first one's clause.
            if (!joined && Lexicon.CharacterisingParticiples.Contains(t.Text))
            {
                continue;
            }
            var subject = joined ? SentenceSubject(s0, k) : null;
            if (subject is not null && IsPronounCharacterising(k, subject))
            {
                continue;
            }
            return subject is not null ? new Attribution(subject, k, t.Text, s0, m - 1) : null;
        }
        return null;
    }

    /// <summary>
    /// "Calling it "a farce", Ana Ruiz told the board …": a sentence opening with a characterising
    /// participle whose clause holds the quotation; the subject is the name after the clause's comma.
    /// </summary>
    private Attribution? OpeningCharacterisation(QuoteAnalysis a, int s0)
    {
        var m = a.Marker;
        var start = PastDateline(s0, m);
        if (!p[start].IsWord || !p[start].IsCapitalised || !Lexicon.CharacterisingParticiples.Contains(p[start].Text))
        {
            return null;
        }
        for (var k = start + 1; k < m; k++)
        {
            if (p[k].Kind == TokenKind.Punct || p[k].IsQuote)
            {
                return null;
            }
        }
        var comma = m + 1 < p.Count && p.SameSentence(m, m + 1) && p[m + 1].IsPunct(',') ? m + 1
            : a.Span.Text.TrimEnd().EndsWith(',') ? m : -1;
        if (comma < 0 || comma + 1 >= p.Count || !p.SameSentence(m, comma + 1) || !p[comma + 1].IsCapitalised)
        {
            return null;
        }
        var subject = NounPhraseForward(comma + 1);
        return subject.Count > 0 && IsSubject(subject) && !IsPronounCharacterising(start, subject)
            ? new Attribution(Truncate(subject), start, p[start].Text, s0, m - 1)
            : null;
    }

    /// <summary>
    /// "Ana Ruiz calls the plan "reckless"": present "calls" characterises like "called" when a
    /// person's full name ends its subject. "Residents call the crossing "…"" stays a name in
    /// habitual use, and an outlet's or a newspaper's "calls" stays a label: its words are the
    /// paper's wording, and its name is easily cut.
    /// </summary>
    private List<int>? PresentCallsSubject(int s0, int k)
    {
        // "Ruiz Calls the Plan 'Reckless'": a headline's capitalised "Calls" is the paper's summary.
        if (!p.IsWordAt(k, "calls") || p[k].IsCapitalised || p.IsWordAt(k + 1, "for") || p.IsWordAt(k + 1, "on")
            || SubjectBefore(s0, k) is not { Count: >= 2 } subject)
        {
            return null;
        }
        var last = subject[^1];
        // "Ivo Marsh, an aide at the Kell Port Office, calls …": the words before the verb must be the name itself, not an appositive ending in one.
        if (subject.Any(w => !p[w].IsWord || !p[w].IsCapitalised))
        {
            return null;
        }
        if (last < k - 2 || last == k - 2 && !p[k - 1].IsPunct(',') || !p[last].IsWord || !p[last].IsCapitalised || !p[last - 1].IsWord || !p[last - 1].IsCapitalised
            || Lexicon.MastheadNameEndings.Contains(p[last].Text)
            || LabelRules.IsOutletName(string.Join(' ', subject.Select(w => p[w].Text))))
        {
            return null;
        }
        return subject;
    }

    private static bool IsWovenParticiple(string word) =>
        Lexicon.Participles.Contains(word) || Lexicon.CharacterisingParticiples.Contains(word);

    /// <summary>
    /// A characterising participle whose sentence has only a pronoun for its subject ("He went on,
    /// calling her "…"") is not taken as an attribution of its own: the sentence names no one, and
    /// PolNeAR train, the one large measure we have, gives such words to the bare pronoun.
    /// </summary>
    private bool IsPronounCharacterising(int participle, List<int> subject) =>
        Lexicon.CharacterisingParticiples.Contains(p[participle].Text)
        && subject.Count == 1 && Lexicon.Pronouns.Contains(p[subject[0]].Text);

    /// <summary>How many tokens before a quotation a participle introducing it may stand.</summary>
    private const int ParticipleClauseReach = 20;

    /// <summary>
    /// "Brell was described by the bishops as "…"", "Brell was called "…" by the mayor": a
    /// characterising verb in the passive gives the words to whoever follows "by", before or after
    /// the quotation, not to the sentence's subject.
    /// </summary>
    private Attribution? PassiveCharacteriser(QuoteAnalysis a, int s0)
    {
        var m = a.Marker;
        var last = p.SentenceLast(m);
        for (var k = s0 + 1; k < m; k++)
        {
            if (!p[k].IsWord || p[k].IsCapitalised || !Lexicon.CharacterisingVerbs.Contains(p[k].Text)
                || !(p[k - 1].IsWord && p[k - 1].Text is "was" or "were" or "is" or "are" or "been" or "being" or "be"))
            {
                continue;
            }
            // "by" right after the verb, or right after the quotation.
            var by = p.IsWordAt(k + 1, "by") ? k + 1 : m + 1 <= last && p.IsWordAt(m + 1, "by") ? m + 1 : -1;
            if (by > 0 && by + 1 <= last && NounPhraseForward(by + 1) is { Count: > 0 } agent)
            {
                return new Attribution(agent, k, p[k].Text, s0, last);
            }
        }
        return null;
    }

    /// <summary>
    /// The subject of a relative clause carrying the quotation: "a decision which Ed Marsh has
    /// called "…"", "the plan, which Marsh said was "…"", "what the agency described as "…"".
    /// </summary>
    private List<int>? RelativeClauseSubject(int s0, int verb)
    {
        var end = verb;
        while (end > s0 && p[end - 1].IsWord && Lexicon.Adverbs.Contains(p[end - 1].Text))
        {
            end--; // "has", "had", "once", "previously"
        }
        var subject = new List<int>();
        for (var k = end - 1; k >= s0 && subject.Count <= MaxSubjectWords; k--)
        {
            var t = p[k];
            if (t.IsWord && !t.IsCapitalised && t.Text is "which" or "that" or "whom" or "what")
            {
                subject.Reverse();
                return subject.Count > 0 && IsSubject(subject) && !subject.Exists(s => p[s].IsWord && Lexicon.NotInSubject.Contains(p[s].Text))
                    ? Truncate(subject)
                    : null;
            }
            if (t.Kind == TokenKind.Punct && !p.IsAbbreviationDot(k) || t.IsQuote)
            {
                return null;
            }
            if (t.IsWord)
            {
                subject.Add(k);
            }
        }
        return null;
    }

    /// <summary>A relative clause between an earlier verb and the quotation, with a speech or characterising verb of its own.</summary>
    private Attribution? RelativeClauseAfter(int from, int m)
    {
        for (var k = from; k < m; k++)
        {
            if (p[k].IsWord && !p[k].IsCapitalised && (Lexicon.CharacterisingVerbs.Contains(p[k].Text) || IsVerbAfterQuote(k))
                && RelativeClauseSubject(from, k) is { } subject)
            {
                return new Attribution(subject, k, p[k].Text, from, m - 1);
            }
        }
        return null;
    }
}
