namespace QuizTui.Core.Drafting;

/// <summary>
/// Finds the attribution cue of a quotation: who speaks and through which verb. Cues come after
/// the quotation ("…," Keiser said; "…," said Gov. Jane Doe; "…," according to the council),
/// before it in the same sentence (Keiser tweeted: "…"; According to Doe, "…"), in the sentence
/// that follows ("…" Smith said so in a statement), or at the end of the paragraph before, ending
/// in a colon (The council said in a statement: ¶ "…").
/// </summary>
internal sealed partial class AttributionCues(Prose p)
{
    /// <summary>Longest subject phrase an attribution may have (words).</summary>
    private const int MaxSubjectWords = 8;

    // ---- after the quotation ----

    /// <summary>
    /// How many tokens after a quotation its attribution's verb may stand, a long appositive
    /// included ("…," Ana Ruiz, an adviser to … and former director of …, wrote).
    /// </summary>
    private const int AfterQuoteReach = 30;

    public Attribution? After(QuoteAnalysis a)
    {
        var paragraph = a.Span.EndParagraph;
        var j = a.Marker + 1;
        var dashed = false;
        while (j < p.Count && p[j].Paragraph == paragraph && p[j].Kind == TokenKind.Punct
               && p[j].Text[0] is ',' or ';' or '—' or '–' or '-')
        {
            dashed |= p[j].Text[0] is '—' or '–' or '-';
            j++;
        }
        if (j >= p.Count || p[j].Paragraph != paragraph || !p[j].IsWord)
        {
            return null;
        }
        // A quotation that closes its own sentence ("…." / "…?") takes only a short cue that
        // reports nothing further: "Why now?" Doe asked.
        var strict = a.Span.LastChar is '.' or '?' or '!';

        if (p.IsWordAt(j, "according") && p.IsWordAt(j + 1, "to"))
        {
            return AccordingTo(j, j + 2);
        }
        if (!strict && Lexicon.Participles.Contains(p[j].Text) && ParticipleAfter(a, j) is { } participle)
        {
            return participle; // "Pike thanked the crews, "…," adding that …"
        }
        if (p.IsWordAt(j, "as") && !p[j + 1 < p.Count ? j + 1 : j].IsQuote)
        {
            j++; // "…," as one resident put it.
        }
        if (j < p.Count && p[j].IsWord && IsVerbAfterQuote(j))
        {
            // "…," said Mayor Jane Doe.
            return SubjectAfterVerb(j) is { } subject ? new Attribution(subject, j, p[j].Text, j, p.SentenceEnd(j)) : null;
        }
        if (!strict && InvertedAfterTrailingWords(j) is { } inverted)
        {
            return inverted;
        }

        var head = new List<int>();
        var appositive = new List<int>();
        var headClosed = false;
        var sentence = p[j].Sentence;
        var bracketed = 0;
        for (var k = j; k < p.Count && k < j + AfterQuoteReach; k++)
        {
            var t = p[k];
            if (t.Paragraph != paragraph || t.IsQuote || t.Sentence != sentence)
            {
                if (dashed && strict && t.Paragraph != paragraph && OpensParagraph(a.Marker))
                {
                    // "We will rebuild." - Ana Ruiz, a paragraph of its own: a pull quote and its speaker.
                    return DashCue(head, j) is { } pulled ? pulled with { PullQuote = true } : null;
                }
                return dashed && !strict ? DashCue(head, j) : null;
            }
            // "Sen. Ana Ruiz (R-Fla.) said": a party label in brackets is neither subject nor the end of it.
            if (t.IsPunct('(') || t.IsPunct(')'))
            {
                bracketed = Math.Max(0, bracketed + (t.IsPunct('(') ? 1 : -1));
                continue;
            }
            if (bracketed > 0)
            {
                continue;
            }
            if (t.Kind == TokenKind.Punct)
            {
                if (t.Text[0] == ',')
                {
                    headClosed |= head.Count > 0;
                    continue;
                }
                if (p.IsAbbreviationDot(k))
                {
                    continue;
                }
                return dashed && !strict ? DashCue(head, j) : null;
            }
            if (head.Count > 0 && !t.IsCapitalised && IsVerbAfterQuote(k))
            {
                // "Crystal Bearing of the tribe's historic preservation office told": the length that
                // counts is the subject's, before its prepositional tail.
                if (Truncate(head).Count > MaxSubjectWords || Lexicon.NotInSubject.Contains(p[head[0]].Text) || p[head[0]].Text is "and" or "but" or "who"
                    || IsLowercaseParticiple(head[0]) || OpensWithPreposition(head[0]))
                {
                    // "…," referring to the caves, and evidence suggests …; "…" of the plan, which
                    // he said …: the reporter's sentence goes on, and its verb has no subject here.
                    return null;
                }
                if (strict && (headClosed || head.Count > 5 || !EndsSoon(k)))
                {
                    return null;
                }
                // "his wife, Maria, said": the name in the appositive, when the head only describes.
                // "the Harbour Trust's spokesman, Ivo Lune, said": a head that describes (a possessive,
                // or ending in a lowercase word) before a full name set off by commas.
                var subject = !head.Any(h => p[h].IsCapitalised && !Lexicon.NotNames.Contains(p[h].Text)) && appositive.Count is > 0 and <= 3
                              && appositive.All(a => p[a].IsCapitalised)
                              || IsNameAfterDescription(head, appositive)
                    ? appositive
                    : Truncate(head);
                return new Attribution(subject, k, t.Text, j, p.SentenceEnd(k));
            }
            if (headClosed)
            {
                appositive.Add(k);
                continue; // an appositive or relative clause: "Keiser, who joined in July, said"
            }
            if (head.Count > 0 && Lexicon.Adverbs.Contains(t.Text))
            {
                continue;
            }
            if (head.Count > 0 && t.Text.ToLowerInvariant() is "went" or "goes" or "go" && p.IsWordAt(k + 1, "on") && p.IsWordAt(k + 2, "to")
                && k + 3 < p.Count && p[k + 3].IsWord && Lexicon.IsSpeechVerb(p[k + 3].Text))
            {
                k += 2;
                continue; // "…," he went on to say: the speech verb after "went on to" is the cue's
            }
            if (Lexicon.NotInSubject.Contains(t.Text))
            {
                return null;
            }
            head.Add(k);
        }
        return null;
    }

    /// <summary>
    /// A head that only describes (it holds a possessive or ends in a lowercase word) and an
    /// appositive that is one full name, not an organisation's: "the Trust's spokesman, Ivo Lune".
    /// </summary>
    private bool IsNameAfterDescription(List<int> head, List<int> appositive)
    {
        if (appositive.Count is < 2 or > 4 || !(head.Exists(h => p[h].IsPossessive) || p[head[^1]].IsWord && !p[head[^1]].IsCapitalised))
        {
            return false;
        }
        var runs = EntityIndex.RunsIn(p.Tokens, appositive[0], appositive[^1] + 1);
        return runs.Count == 1 && runs[0].Count >= 2 && runs[0].First == appositive[0] && runs[0].Last == appositive[^1]
               && p.Entities.FindOrganisation(runs[0].Name) is null;
    }

    /// <summary>A lowercase preposition that is not a word of time ("of", "in", "for"): no subject opens with it.</summary>
    private bool OpensWithPreposition(int k) =>
        p[k].IsWord && !p[k].IsCapitalised && Lexicon.Prepositions.Contains(p[k].Text) && !Lexicon.Determiners.Contains(p[k].Text)
        && !IsTimeWord(p[k].Text) && p[k].Text is not ("last" or "told" or "who" or "which" or "that" or "and" or "but");

    /// <summary>The subject set after a speech verb ("said Mayor Jane Doe"), or null when what follows is no subject.</summary>
    private List<int>? SubjectAfterVerb(int verb)
    {
        if (NameAfterLongTitle(verb) is { } titled)
        {
            return titled;
        }
        var subject = NounPhraseForward(verb + 1);
        if (subject.Count == 0 || !IsSubject(subject))
        {
            return null;
        }
        subject = NameAfterStackedRoles(subject) ?? subject;
        subject = WithPossessiveDescription(subject);
        return NameAfterDescription(subject) ?? subject;
    }

    /// <summary>
    /// "…," writes Lune's longtime partner Ada Mbeki; "according to the university's professor Ana
    /// Ruiz": a subject ending in a possessive goes on to the name the possessive's description ends in.
    /// </summary>
    private List<int> WithPossessiveDescription(List<int> subject) =>
        p[subject[^1]].IsPossessive && NounPhraseForward(subject[^1] + 1) is { Count: > 0 } described
        && EntityIndex.RunsIn(p.Tokens, described[0], described[^1] + 1) is { Count: > 0 } runs
        && runs[^1] is { Count: >= 2 } named && named.Last == described[^1]
            ? [.. subject, .. described]
            : subject;

    /// <summary>
    /// "said co-author and fellow Ana Ruiz", "said former Norland coach and former player Tomas Vell":
    /// a lowercase role and "and" before a description that ends in a full name are one person's
    /// roles, stacked before the name; the name speaks, not the first role alone. A second phrase
    /// opening with a determiner ("and the captain") may be someone else and is left alone.
    /// </summary>
    private List<int>? NameAfterStackedRoles(List<int> subject)
    {
        var and = subject[^1] + 1;
        // A place or body before the role ("former Norland coach") may be capitalised; the role itself may not.
        if (!p.IsWordAt(and, "and") || !p.SameSentence(and, subject[0]) || !Lexicon.IsRoleNoun(p[subject[^1]].Bare)
            || p[subject[^1]].IsCapitalised || p[subject[0]].IsCapitalised || subject.Exists(k => p[k].IsPossessive))
        {
            return null;
        }
        var described = NounPhraseForward(and + 1);
        if (described.Count == 0 || Lexicon.Determiners.Contains(p[described[0]].Text) || Lexicon.Pronouns.Contains(p[described[0]].Text))
        {
            return null;
        }
        var runs = EntityIndex.RunsIn(p.Tokens, described[0], described[^1] + 1);
        return runs.Count > 0 && runs[^1] is { Count: >= 2 } name && name.Last == described[^1] && !p[name.Last].IsPossessive ? described : null;
    }

    /// <summary>
    /// "…" in the last election, said Jo Pike: the quotation's sentence goes on with the
    /// reporter's words, then a comma, a speech verb and its subject after it. Words that open
    /// with a lowercase word other than a determiner or a pronoun are no subject of their own, so
    /// the speaker is the one after the verb. A speech verb met earlier, or one not set off by a
    /// comma, leaves the sentence to the other rules.
    /// </summary>
    private Attribution? InvertedAfterTrailingWords(int from)
    {
        if (!p[from].IsWord || p[from].IsCapitalised || Lexicon.Determiners.Contains(p[from].Text) || Lexicon.Pronouns.Contains(p[from].Text))
        {
            return null;
        }
        for (var k = from + 1; k < p.Count && k < from + 30 && p.SameSentence(k, from); k++)
        {
            var t = p[k];
            if (t.IsQuote)
            {
                return null;
            }
            if (t.IsWord && !t.IsCapitalised && Lexicon.IsSpeechVerb(t.Text))
            {
                if (!p[k - 1].IsPunct(',') || !IsVerbAfterQuote(k) || SubjectAfterVerb(k) is not { } subject)
                {
                    return null;
                }
                return new Attribution(subject, k, t.Text, from, p.SentenceEnd(k));
            }
        }
        return null;
    }

    /// <summary>
    /// "said the university's chancellor, Pradeep Khosla" or "said University of Toronto
    /// chancellor, Jo Ruiz": a description, then the person's name set off by a comma at the end
    /// of the sentence. The name speaks.
    /// </summary>
    public List<int>? NameAfterDescription(List<int> subject)
    {
        if (EntityIndex.RunsIn(p.Tokens, subject[0], subject[^1] + 1).Exists(r => r.Count >= 2 && p.Entities.FindPerson(r.Name) is not null))
        {
            return null;
        }
        var k = subject[^1] + 1;
        while (p[k - 1].IsPossessive && NounPhraseForward(k) is { Count: > 0 } more)
        {
            k = more[^1] + 1; // "said Easton College's president, Omar Haddad"
        }
        while (k < p.Count && p.SameSentence(k, subject[0]) && p.IsWordAt(k, "of") | p.IsWordAt(k, "for") | p.IsWordAt(k, "at")
               && NounPhraseForward(k + 1) is { Count: > 0 } place && place.Exists(t => p[t].IsCapitalised))
        {
            k = place[^1] + 1; // "said the mayor of Dunmore, Jon Pike"
        }
        for (var segments = 0; segments < 3 && k < p.Count && p.SameSentence(k, subject[0]) && p[k].IsPunct(','); segments++)
        {
            var next = NounPhraseForward(k + 1);
            while (next.Count > 0 && p[next[^1]].IsPossessive && NounPhraseForward(next[^1] + 1) is { Count: > 0 } rest)
            {
                next.AddRange(rest); // "San Diego's chancellor"
            }
            if (next.Count == 0)
            {
                return null;
            }
            var end = next[^1] + 1;
            var closes = end >= p.Count || !p.SameSentence(end, subject[0]) || p[end].IsPunct('.') || p[end].IsPunct(',');
            var runs = EntityIndex.RunsIn(p.Tokens, next[0], end);
            if (closes && runs.Count == 1 && runs[0].Count >= 2 && runs[0].Last == next[^1] && p.Entities.FindOrganisation(runs[0].Name) is null)
            {
                return [.. Enumerable.Range(runs[0].First, runs[0].Last - runs[0].First + 1)];
            }
            k = end;
        }
        return null;
    }

    /// <summary>A speech verb as it may follow a quotation: "said", and the weak ones ("put it", "read").</summary>
    private bool IsVerbAfterQuote(int k) =>
        Lexicon.IsSpeechVerb(p[k].Text) && !Lexicon.Participles.Contains(p[k].Text)
        && (!Lexicon.WeakSpeechVerbs.Contains(p[k].Text) || p[k].Text.StartsWith("put", StringComparison.OrdinalIgnoreCase) == p.IsWordAt(k + 1, "it"));

    private bool OpensParagraph(int k) => k == 0 || p[k - 1].Paragraph != p[k].Paragraph;

    /// <summary>"…" — Jane Doe, mayor of Riverton: a name set off by a dash, with no verb.</summary>
    private Attribution? DashCue(List<int> head, int from)
    {
        if (head.Count == 0 || head.Count > 5 || !head.Any(k => p[k].IsCapitalised))
        {
            return null;
        }
        return IsSubject(head) ? new Attribution(head, -1, "—", from, p.SentenceEnd(from)) : null;
    }

    /// <summary>True when the sentence ends within a few words of the verb and reports nothing further.</summary>
    private bool EndsSoon(int verb)
    {
        var count = 0;
        for (var k = verb + 1; k < p.Count && p.SameSentence(k, verb); k++)
        {
            if (p[k].IsQuote || p.IsWordAt(k, "that") || ++count > 10)
            {
                return false;
            }
        }
        return true;
    }

    public Attribution? AccordingTo(int according, int from)
    {
        var subject = NounPhraseForward(from);
        if (subject.Count == 0)
        {
            return null;
        }
        string? document = null;
        var last = p[subject[^1]].Text.ToLowerInvariant();
        var after = subject[^1] + 1;
        if (Lexicon.DocumentNouns.Contains(last) && IsParticiple(after) && after + 1 < p.Count && p[after + 1].Text is "by")
        {
            after++; // "according to a report prepared by the city's engineers"
        }
        if (Lexicon.DocumentNouns.Contains(last) && after + 2 < p.Count && p[after].Text is "on" or "in" && p[after + 1].IsWord
            && p[after + 2].Text is "from" or "by")
        {
            after += 2; // "according to a tweet on Monday by the minister"
        }
        if (Lexicon.DocumentNouns.Contains(last) && after < p.Count && p[after].Text is "from" or "by" or "of")
        {
            // "according to a statement from the council"
            var owner = NounPhraseForward(after + 1);
            if (owner.Count > 0)
            {
                document = last;
                subject = owner;
            }
        }
        if (document is null)
        {
            subject = WithPossessiveDescription(subject);
        }
        // "According to him, …": the object pronoun stands for its speaker as "he" would.
        var objectPronoun = subject.Count == 1 && p[subject[0]].Text is "him" or "her" or "them";
        if (!objectPronoun && !IsSubject(subject))
        {
            return null;
        }
        return new Attribution(subject, according, "according to", according, p.SentenceEnd(according), document);
    }
}
