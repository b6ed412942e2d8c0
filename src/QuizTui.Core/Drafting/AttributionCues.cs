namespace QuizTui.Core.Drafting;

/// <summary>
/// Finds the attribution cue of a quotation: who speaks and through which verb. Cues come after
/// the quotation ("…," Keiser said; "…," said Gov. Jane Doe; "…," according to the council),
/// before it in the same sentence (Keiser tweeted: "…"; According to Doe, "…"), in the sentence
/// that follows ("…" Smith said so in a statement), or at the end of the paragraph before, ending
/// in a colon (The council said in a statement: ¶ "…").
/// </summary>
internal sealed class AttributionCues(Prose p)
{
    /// <summary>Longest subject phrase an attribution may have (words).</summary>
    private const int MaxSubjectWords = 8;

    // ---- after the quotation ----

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
            var subject = NounPhraseForward(j + 1);
            if (subject.Count == 0 || !IsSubject(subject))
            {
                return null;
            }
            // "…," writes Lune's longtime partner Ada Mbeki: the name the possessive's description ends in.
            if (p[subject[^1]].IsPossessive && NounPhraseForward(subject[^1] + 1) is { Count: > 0 } described
                && EntityIndex.RunsIn(p.Tokens, described[0], described[^1] + 1) is { Count: > 0 } runs
                && runs[^1] is { Count: >= 2 } named && named.Last == described[^1])
            {
                subject = [.. subject, .. described];
            }
            subject = NameAfterDescription(subject) ?? subject;
            return new Attribution(subject, j, p[j].Text, j, p.SentenceEnd(j));
        }

        var head = new List<int>();
        var appositive = new List<int>();
        var headClosed = false;
        var sentence = p[j].Sentence;
        for (var k = j; k < p.Count && k < j + 18; k++)
        {
            var t = p[k];
            if (t.Paragraph != paragraph || t.IsQuote || t.Sentence != sentence)
            {
                return dashed && !strict ? DashCue(head, j) : null;
            }
            if (t.Kind == TokenKind.Punct)
            {
                if (t.Text[0] == ',')
                {
                    headClosed |= head.Count > 0;
                    continue;
                }
                if (t.Text[0] is '(' or ')' || p.IsAbbreviationDot(k))
                {
                    continue;
                }
                return dashed && !strict ? DashCue(head, j) : null;
            }
            if (head.Count > 0 && !t.IsCapitalised && IsVerbAfterQuote(k))
            {
                if (head.Count > MaxSubjectWords || Lexicon.NotInSubject.Contains(p[head[0]].Text) || p[head[0]].Text is "and" or "but" or "who"
                    || IsLowercaseParticiple(head[0]))
                {
                    return null; // "…," referring to the caves, and evidence suggests …: no subject
                }
                if (strict && (headClosed || head.Count > 5 || !EndsSoon(k)))
                {
                    return null;
                }
                // "his wife, Maria, said": the name in the appositive, when the head only describes.
                var subject = !head.Any(h => p[h].IsCapitalised && !Lexicon.NotNames.Contains(p[h].Text)) && appositive.Count is > 0 and <= 3
                              && appositive.All(a => p[a].IsCapitalised)
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
            if (Lexicon.NotInSubject.Contains(t.Text))
            {
                return null;
            }
            head.Add(k);
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
        if (!IsSubject(subject))
        {
            return null;
        }
        return new Attribution(subject, according, "according to", according, p.SentenceEnd(according), document);
    }

    /// <summary>
    /// A name or noun phrase after a verb, up to punctuation or a preposition; the full stop of a
    /// title or an initial ("Lt. Col.", "J.") does not end it.
    /// </summary>
    public List<int> NounPhraseForward(int from)
    {
        var phrase = new List<int>();
        if (from >= p.Count)
        {
            return phrase;
        }
        for (var k = from; k < p.Count && phrase.Count < MaxSubjectWords + 2 && p.SameSentence(k, from); k++)
        {
            var t = p[k];
            if (t.Kind == TokenKind.Punct)
            {
                if (phrase.Count > 0 && p.IsAbbreviationDot(k))
                {
                    continue;
                }
                break;
            }
            if (!t.IsWord || phrase.Count > 0 && Lexicon.Prepositions.Contains(t.Text) && !t.IsCapitalised && !InsideName(k))
            {
                break;
            }
            // "a tweet", "the post": after a determiner such a word is the noun, not the verb.
            if (phrase.Count > 0 && !t.IsCapitalised && (Lexicon.IsSpeechVerb(t.Text) && !Lexicon.Determiners.Contains(p[phrase[^1]].Text)
                                                          || Lexicon.NotInSubject.Contains(t.Text)))
            {
                break;
            }
            if (phrase.Count > 0 && IsParticiple(k) && !p[phrase[^1]].IsCapitalised && !Lexicon.Determiners.Contains(p[phrase[^1]].Text))
            {
                break; // "a report prepared for the council": the noun phrase ends before the participle
            }
            if (phrase.Count == 0 && Lexicon.Prepositions.Contains(t.Text) && !Lexicon.Determiners.Contains(t.Text))
            {
                break;
            }
            phrase.Add(k);
            if (t.IsPossessive && !(k + 1 < p.Count && p[k + 1].IsCapitalised && Lexicon.OrganisationNameWords.Contains(p[k + 1].Bare)))
            {
                break;
            }
        }
        return phrase;
    }

    private bool IsParticiple(int k) =>
        k < p.Count && p[k].IsWord && !p[k].IsCapitalised && p[k].Text.Length > 4 && p[k].Text.EndsWith("ed", StringComparison.Ordinal)
        && !Lexicon.IsSpeechVerb(p[k].Text);

    /// <summary>
    /// "of" in "University of Toronto": a small word between two capitalised words of one name; and
    /// "of the" after a public body's name ("Supreme Court of the Westland Isles").
    /// </summary>
    private bool InsideName(int k) =>
        p[k].Text is "of" or "for" or "and" && k > 0 && p[k - 1].IsCapitalised && k + 1 < p.Count && p[k + 1].IsCapitalised
        && p.SameSentence(k - 1, k + 1)
        || p[k].Text is "of" && k > 0 && p[k - 1].IsCapitalised && Lexicon.BodiesNamedWithOf.Contains(p[k - 1].Bare)
        && k + 2 < p.Count && p.IsWordAt(k + 1, "the") && p[k + 2].IsCapitalised && p.SameSentence(k - 1, k + 2);

    /// <summary>
    /// A subject cut before its prepositional tail: "Alan Pryce of the Hawks" → "Alan Pryce",
    /// "a spokesperson for the city" → "a spokesperson". The tail names an organisation, not the speaker.
    /// </summary>
    public List<int> Truncate(List<int> subject)
    {
        for (var i = 1; i < subject.Count; i++)
        {
            var t = p[subject[i]];
            if (t.IsWord && !t.IsCapitalised && t.Text is "of" or "at" or "with" or "for" or "from" && !InsideName(subject[i])
                && !(i == 1 && t.Text is "of" && IsQuantity(p[subject[0]].Text)) && !IsBodyOfPlace(subject, i))
            {
                return NameAfterTitleAndPlace(subject, i) ? subject : subject.GetRange(0, i);
            }
        }
        return subject;
    }

    /// <summary>
    /// "Senator from Westmark Jo Sands", "Minister of Health Ana Ruiz": a title, the place or
    /// field it covers, then the name of whoever holds it, which ends the subject.
    /// </summary>
    private bool NameAfterTitleAndPlace(List<int> subject, int preposition) =>
        p[subject[preposition - 1]].IsWord && (Lexicon.IsRoleNoun(p[subject[preposition - 1]].Bare) || Lexicon.Honorifics.Contains(p[subject[preposition - 1]].Bare))
        && EntityIndex.RunsIn(p.Tokens, subject[0], subject[^1] + 1) is { Count: > 0 } runs
        && runs[^1] is { Count: >= 2 } name && name.Last == subject[^1] && name.First > subject[preposition] + 1;

    /// <summary>"the government of American Samoa", "the city council of Easton": an organisation noun, "of" and a place name make one name.</summary>
    private bool IsBodyOfPlace(List<int> subject, int of) =>
        p[subject[of]].Text is "of" && of + 1 < subject.Count && p[subject[of + 1]].IsCapitalised
        && Lexicon.OrganisationNouns.Contains(p[subject[of - 1]].Bare) && !p[subject[of - 1]].IsCapitalised;

    /// <summary>"One", "some", "many" before "of": "one of the victims" is a speaker as a whole.</summary>
    private static bool IsQuantity(string word) =>
        word.ToLowerInvariant() is "one" or "some" or "many" or "several" or "two" or "three" or "few" or "most" or "each" or "both" or "none";

    // ---- before the quotation, in its sentence ----

    public Attribution? Before(QuoteAnalysis a, out bool attached, out bool afterColon)
    {
        var m = a.Marker;
        var s0 = p.SentenceStart(m);
        attached = false;
        afterColon = false;
        if (s0 == m)
        {
            return null;
        }
        var previous = p[m - 1];
        afterColon = previous.IsPunct(':');
        attached = afterColon || previous.IsPunct(',') || previous.IsPunct('—');
        var cue = InSentence(s0, m, quoteFollows: true);
        if (cue is { Verb: >= 0 } && RelativeClauseAfter(cue.Verb + 1, m) is { } relative)
        {
            return relative; // "Lune wrote the novel Ember, which the Valley Times called "…"": the clause nearer the quotation speaks
        }
        if (cue is { Verb: >= 0 } && DocumentAuthorBetween(cue.Verb + 1, m) is { } author)
        {
            return author; // "The navy announced an order by Admiral Rhea Vantol directing crews to "…"": the order's words are hers
        }
        return cue is null ? null : cue with { ContextTo = Math.Max(cue.ContextFrom, m - 1) };
    }

    /// <summary>
    /// A document between the reporter's verb and the quotation, with its author after "by" or
    /// "from" and no verb of its own before the quotation but a participle ("an order by Admiral
    /// Rhea Vantol directing crews to "…""): the quoted words are the document's, so its author's.
    /// </summary>
    private Attribution? DocumentAuthorBetween(int from, int m)
    {
        for (var k = from; k + 2 < m; k++)
        {
            if (p[k].IsQuote)
            {
                return null;
            }
            if (!p[k].IsWord || p[k].IsCapitalised || !Lexicon.DocumentNouns.Contains(p[k].Text) || !(p.IsWordAt(k + 1, "by") || p.IsWordAt(k + 1, "from")))
            {
                continue;
            }
            var author = NounPhraseForward(k + 2);
            var participle = author.FindIndex(t => !p[t].IsCapitalised && p[t].Text.EndsWith("ing", StringComparison.Ordinal));
            if (participle >= 0)
            {
                author = author.GetRange(0, participle);
            }
            if (author.Count == 0 || !author.Any(t => p[t].IsCapitalised) || !IsSubject(author))
            {
                return null;
            }
            for (var j = author[^1] + 1; j < m; j++)
            {
                if (p[j].IsWord && !p[j].IsCapitalised && (Lexicon.NotInSubject.Contains(p[j].Text) || IsMainVerb(p[j]) && !p[j].Text.EndsWith("ing", StringComparison.Ordinal)))
                {
                    return null; // "a letter from Ana Ruiz was read out, calling it "…"": the sentence goes on past the document
                }
            }
            return new Attribution(Truncate(author), k, p[k].Text, from, m - 1, p[k].Text);
        }
        return null;
    }

    /// <summary>
    /// The first speech verb of a stretch of one sentence with a subject before it ("Doe said",
    /// "In a statement, the council said"), or "According to X" at its start.
    /// </summary>
    public Attribution? InSentence(int s0, int end, bool quoteFollows)
    {
        if (p.IsWordAt(s0, "according") && p.IsWordAt(s0 + 1, "to"))
        {
            var according = AccordingTo(s0, s0 + 2);
            if (according is not null)
            {
                return according with { ContextTo = end - 1 };
            }
        }
        for (var k = s0; k < end; k++)
        {
            var t = p[k];
            if (!t.IsWord || t.IsCapitalised && k > s0 || !Lexicon.IsSpeechVerb(t.Text) || Lexicon.Participles.Contains(t.Text))
            {
                continue;
            }
            var subject = GoesOnTo(s0, k) ?? SubjectBefore(s0, k);
            if (subject is null)
            {
                continue;
            }
            // "read" and "put" report words only of a document ("The letter read:") or with "it";
            // "continued" and "agreed" only right before the quotation ("Doe continued, "…"").
            if (Lexicon.WeakSpeechVerbs.Contains(t.Text)
                && !(quoteFollows && IsDocumentSubject(subject) || p.IsWordAt(k + 1, "it") || quoteFollows && QuotationRightAfter(k, end)))
            {
                continue;
            }
            return new Attribution(subject, k, t.Text, s0, end - 1);
        }
        return null;
    }

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
        if (p[k].IsWord && Lexicon.Participles.Contains(p[k].Text) && k > s0 && SentenceSubject(s0, k) is { } subject)
        {
            return new Attribution(subject, k, p[k].Text, s0, m - 1);
        }
        for (k = s0; k < m; k++)
        {
            // The verb of a relative clause has that clause's subject ("the strike, which Ross
            // has called "…""), not the subject of the sentence around it.
            if (p[k].IsWord && !p[k].IsCapitalised && Lexicon.CharacterisingVerbs.Contains(p[k].Text)
                && (RelativeClauseSubject(s0, k) ?? SubjectBefore(s0, k)) is { } characteriser)
            {
                return new Attribution(characteriser, k, p[k].Text, s0, m - 1);
            }
        }
        for (k = s0; k < m; k++)
        {
            if (p[k].IsWord && !p[k].IsCapitalised && IsVerbAfterQuote(k) && RelativeClauseSubject(s0, k) is { } relative)
            {
                return new Attribution(relative, k, p[k].Text, s0, m - 1);
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

    /// <summary>
    /// A participle right after the quotation ("…," adding that …; "…," writing on Twitter) has
    /// no subject of its own: it shares the subject of the sentence the quotation sits in, or,
    /// when the quotation opens its sentence, of the sentence before in the paragraph.
    /// </summary>
    private Attribution? ParticipleAfter(QuoteAnalysis a, int participle)
    {
        var s0 = p.SentenceStart(a.Marker);
        if (s0 < a.Marker)
        {
            return SentenceSubject(s0, a.Marker) is { } subject
                ? new Attribution(subject, participle, p[participle].Text, s0, p.SentenceEnd(participle))
                : null;
        }
        if (s0 == 0 || p[s0 - 1].Paragraph != p[a.Marker].Paragraph)
        {
            return null;
        }
        var before = p.SentenceStart(s0 - 1);
        for (var k = before; k < s0; k++)
        {
            if (p[k].IsQuote)
            {
                return null;
            }
        }
        return SentenceSubject(before, s0 - 1) is { } earlier
            ? new Attribution(earlier, participle, p[participle].Text, before, p.SentenceEnd(participle)) { SentenceBefore = true }
            : null;
    }

    /// <summary>"He went on to add "…"": the subject of "went on to" before a speech verb.</summary>
    private List<int>? GoesOnTo(int s0, int verb) =>
        verb - 3 > s0 && p.IsWordAt(verb - 1, "to") && p.IsWordAt(verb - 2, "on")
        && p[verb - 3].Text.ToLowerInvariant() is "went" or "go" or "goes" or "going"
            ? SubjectBefore(s0, verb - 3)
            : null;

    private bool IsLowercaseParticiple(int k) =>
        p[k].IsWord && !p[k].IsCapitalised && p[k].Text.Length > 5 && p[k].Text.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// The subject that opens a sentence, past an introductory phrase ("On Friday, the council …",
    /// "In the filing Ford …"), up to its verb: a lowercase word ending in "-ed", an irregular past,
    /// an auxiliary or an adverb.
    /// </summary>
    private List<int>? SentenceSubject(int s0, int end)
    {
        var start = s0;
        // "Having won the title, Ana Ruiz left …": an opening participle clause ends at its comma.
        if (p[start].IsCapitalised && p[start].Text.Length > 5 && p[start].Text.EndsWith("ing", StringComparison.Ordinal))
        {
            var comma = -1;
            for (var k = s0 + 1; k < end; k++)
            {
                if (p[k].IsPunct(','))
                {
                    comma = k;
                    break;
                }
            }
            if (comma < 0 || comma + 1 >= end)
            {
                return null;
            }
            start = comma + 1;
        }
        if (p[start].IsWord && Lexicon.Prepositions.Contains(p[start].Text) && !Lexicon.Determiners.Contains(p[start].Text))
        {
            var comma = -1;
            for (var k = s0; k < end; k++)
            {
                if (p[k].IsPunct(','))
                {
                    comma = k;
                    break;
                }
            }
            start = comma >= 0 && comma + 1 < end - 1 ? comma + 1 : -1;
            if (start < 0)
            {
                for (var k = s0 + 1; k < end; k++)
                {
                    if (p[k].IsCapitalised && !IsTimeWord(p[k].Text.ToLowerInvariant()))
                    {
                        start = k;
                        break;
                    }
                }
            }
            if (start < 0)
            {
                return null;
            }
        }
        var subject = new List<int>();
        for (var k = start; k < end; k++)
        {
            var t = p[k];
            if (t.Kind == TokenKind.Punct)
            {
                if (p.IsAbbreviationDot(k))
                {
                    continue;
                }
                break;
            }
            if (!t.IsWord || t.IsQuote)
            {
                return null;
            }
            if (!t.IsCapitalised && subject.Count > 0 && (Lexicon.NotInSubject.Contains(t.Text) || Lexicon.Adverbs.Contains(t.Text)
                || Lexicon.IsSpeechVerb(t.Text) || Lexicon.IrregularPasts.Contains(t.Text)
                || t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsRoleNoun(t.Bare)))
            {
                break;
            }
            subject.Add(k);
            if (subject.Count > MaxSubjectWords + 2)
            {
                return null;
            }
        }
        if (subject.Count == 0 || !IsSubject(subject))
        {
            return null;
        }
        var last = subject[^1] + 1;
        return last < end && p[last].IsPunct(',') && NameAfterDescription(subject) is { } named ? named : Truncate(subject);
    }

    /// <summary>The quotation follows the verb at once, or after a comma or colon.</summary>
    private bool QuotationRightAfter(int verb, int end) =>
        verb + 1 == end || verb + 2 == end && p[verb + 1].Kind == TokenKind.Punct && p[verb + 1].Text[0] is ',' or ':';

    /// <summary>
    /// A quotation introduced by a colon whose clause has no speech verb: the clause's subject
    /// speaks ("Jo Ruiz of the museum disagreed: "…"", "Chakrapani proposed: "…""), or the one a
    /// document in it comes from ("The palace issued the following statement from the king: "…"").
    /// </summary>
    public Attribution? BeforeColon(QuoteAnalysis a)
    {
        var m = a.Marker;
        var s0 = p.SentenceStart(m);
        if (s0 >= m - 1 || !p[m - 1].IsPunct(':'))
        {
            return null;
        }
        for (var k = s0; k < m - 1; k++)
        {
            if (p[k].IsQuote)
            {
                return null;
            }
            var documentFrom = p[k].IsWord && !p[k].IsCapitalised && Lexicon.DocumentNouns.Contains(p[k].Bare)
                && (p.IsWordAt(k + 1, "from") || p.IsWordAt(k + 1, "by"));
            if (documentFrom)
            {
                var owner = NounPhraseForward(k + 2);
                if (owner.Count > 0 && IsSubject(owner))
                {
                    return new Attribution(Truncate(owner), k, p[k].Bare, s0, m - 2, p[k].Bare);
                }
            }
        }
        for (var k = s0 + 1; k < m - 1; k++)
        {
            var t = p[k];
            if (!t.IsWord || t.IsCapitalised || !IsMainVerb(t))
            {
                continue;
            }
            if (SubjectBefore(s0, k) is { } subject)
            {
                return new Attribution(subject, k, t.Text, s0, m - 2);
            }
            return null;
        }
        return null;
    }

    /// <summary>A finite verb of the reporter's clause: a speech verb, an irregular past, or a lowercase "-ed" word that names no role.</summary>
    private static bool IsMainVerb(Token t) =>
        Lexicon.IsSpeechVerb(t.Text) && !Lexicon.Participles.Contains(t.Text) || Lexicon.IrregularPasts.Contains(t.Text)
        || Lexicon.CharacterisingVerbs.Contains(t.Text)
        || t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsRoleNoun(t.Bare);

    private bool IsDocumentSubject(List<int> subject) =>
        subject.Any(k => p[k].IsWord && Lexicon.DocumentNouns.Contains(p[k].Bare));

    /// <summary>
    /// The subject of a verb, looking back through comma-separated segments and skipping
    /// appositives, relative clauses and introductory phrases ("On Thursday, …", "…, in a statement, …").
    /// </summary>
    public List<int>? SubjectBefore(int s0, int verb)
    {
        var end = verb;
        while (end > s0 && p[end - 1].IsWord && Lexicon.Adverbs.Contains(p[end - 1].Text))
        {
            end--;
        }
        var segments = new List<(int Start, int End)>();
        var segStart = s0;
        for (var k = s0; k < end; k++)
        {
            if (p[k].IsQuote && !IsQuotedNameInPhrase(k))
            {
                segments.Clear();
                segStart = k + 1;
            }
            else if (p[k].IsPunct(',') && segStart == k && k > s0 && p[k - 1].IsPunct(')'))
            {
                segStart = k + 1; // "The Harbour Trust (HT), which runs the pier, said": the brackets end no segment
            }
            else if (p[k].IsPunct(',') || p[k].IsPunct(':') || p[k].IsPunct(';') || p[k].IsPunct('—') || p[k].IsPunct('('))
            {
                segments.Add((segStart, k));
                segStart = k + 1;
            }
            else if (p[k].IsPunct(')'))
            {
                segStart = k + 1;
            }
        }
        segments.Add((segStart, end));
        if (NameBeforeWho(segments[^1].Start, end) is { } named)
        {
            return named; // "The bill was drafted by Ana Ruiz who said": the name "who" follows
        }
        for (var s = segments.Count - 1; s >= 0; s--)
        {
            var (start, stop) = segments[s];
            while (start < stop && p[start].IsWord && p[start].Text.ToLowerInvariant() is "and" or "but" or "so" or "then" or "also" or "meanwhile" or "yet")
            {
                start++;
            }
            if (start >= stop)
            {
                if (s == segments.Count - 1 && s > 0)
                {
                    continue; // "Keiser, in a statement, said": the comma right before the verb
                }
                return null;
            }
            var first = p[start].Text.ToLowerInvariant();
            if (first is "who" or "whose" or "which")
            {
                continue;
            }
            if (s == segments.Count - 1 && s > 0 && stop - start >= 3 && p.IsWordAt(stop - 1, "and") && !p[start].IsCapitalised && IsMainVerb(p[start]))
            {
                continue; // "the Harbour Trust (HT), opposed the sale and said": the verb before "and" has the subject before it
            }
            if (s > 0 && !p[start].IsCapitalised && first.Length > 4 && first.EndsWith("ing", StringComparison.Ordinal))
            {
                continue; // a participial clause: "Doe, responding to the ruling, said"
            }
            if (stop - start > 2 && Lexicon.Prepositions.Contains(first) && p.IsWordAt(start + 1, "what"))
            {
                start += 2; // "In what an officer described as …"
                first = p[start].Text.ToLowerInvariant();
            }
            if (s == segments.Count - 1 && Lexicon.Prepositions.Contains(first) && !Lexicon.Determiners.Contains(first)
                && SubjectAfterOpeningPhrase(start, stop) is { } inner)
            {
                start = inner; // "On live television he said", "In a statement Tuesday the council said": no comma after the phrase
                first = p[start].Text.ToLowerInvariant();
            }
            if (s > 0 && (Lexicon.Prepositions.Contains(first) && !Lexicon.Determiners.Contains(first) || IsTimeWord(first) && stop - start <= 2))
            {
                continue;
            }
            if (s > 0 && IsPlaceAfterName(start, stop, segments[s - 1]))
            {
                continue; // "Jo Ruiz of the University of Westmark, Easton said": Easton is where, not who
            }
            if (s > 0 && IsAppositive(start, stop, segments[s - 1]))
            {
                continue; // "Sam Doe, a teacher at the school, said"; "Ruth Calder, vice-president of the Trust, said"
            }
            if (s == segments.Count - 1)
            {
                stop = SubjectOfFirstVerb(start, stop);
            }
            if (stop - start > MaxSubjectWords + 2)
            {
                return null;
            }
            var subject = new List<int>();
            for (var k = start; k < stop; k++)
            {
                var t = p[k];
                if (t.Kind == TokenKind.Punct && !p.IsAbbreviationDot(k))
                {
                    return null;
                }
                if (t.IsWord && (Lexicon.NotInSubject.Contains(t.Text) || Lexicon.IsSpeechVerb(t.Text) && !t.IsCapitalised && !Lexicon.WeakSpeechVerbs.Contains(t.Text)))
                {
                    return null;
                }
                if (t.IsWord)
                {
                    subject.Add(k);
                }
            }
            if (subject.Count > 0 && Lexicon.Prepositions.Contains(p[subject[0]].Text) && !Lexicon.Determiners.Contains(p[subject[0]].Text))
            {
                return null;
            }
            if (subject.Count == 0 || !IsSubject(subject))
            {
                return null;
            }
            return IsDocumentSubject(subject) ? subject : Truncate(subject);
        }
        return null;
    }

    /// <summary>
    /// Where the subject starts in a clause that opens with a phrase and no comma: a subject
    /// pronoun after the phrase ("On live television he"), or "the" after a day or time word
    /// ("In a statement Tuesday the council"). Null when neither is there.
    /// </summary>
    private int? SubjectAfterOpeningPhrase(int start, int stop)
    {
        for (var k = stop - 1; k >= start + 2; k--)
        {
            if (!p[k].IsWord)
            {
                return null;
            }
            var word = p[k].Text.ToLowerInvariant();
            if (k == stop - 1 && word is "he" or "she" or "they" or "we" or "i" && p[k - 1].IsWord && !Lexicon.Prepositions.Contains(p[k - 1].Text.ToLowerInvariant()))
            {
                return k;
            }
            if (word == "the" && p[k - 1].IsWord && IsTimeWord(p[k - 1].Text.ToLowerInvariant()))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>
    /// "The bill was drafted by Ana Ruiz who said": a name right before "who" and the verb is
    /// the subject, whatever the clause before it.
    /// </summary>
    private List<int>? NameBeforeWho(int start, int verb)
    {
        var who = verb - 1;
        while (who > start && p[who].IsWord && Lexicon.Adverbs.Contains(p[who].Text))
        {
            who--;
        }
        if (who - 2 < start || !p.IsWordAt(who, "who") || !p[who - 1].IsWord || !p[who - 1].IsCapitalised)
        {
            return null;
        }
        var name = new List<int>();
        for (var k = who - 1; k >= start && p[k].IsWord && p[k].IsCapitalised && !Lexicon.NotNames.Contains(p[k].Text); k--)
        {
            name.Insert(0, k);
        }
        if (name.Count < 2 || name[0] == start)
        {
            return null; // a single word, or the whole clause: left to the usual reading
        }
        return IsSubject(name) ? Truncate(name) : null;
    }

    /// <summary>
    /// A short quotation standing for a name after a preposition ("Ana Ruiz of "Speak Up", a
    /// charity, said"): part of the subject's phrase, not words that end the reporter's clause.
    /// </summary>
    private bool IsQuotedNameInPhrase(int k) =>
        p[k].IsQuote && k > 0 && p[k - 1].IsWord && !p[k - 1].IsCapitalised && p[k - 1].Text is "of" or "from" or "at" or "with" or "for"
        && p.SameSentence(k - 1, k) && p.SpanOf(k) is { WordCount: <= 5, Text: [var initial, ..] } && char.IsUpper(initial);

    /// <summary>
    /// "Kim Lo visited the site and said": a speech verb joined by "and" to an earlier verb shares
    /// that verb's subject, the words before it. Returns where the subject stops.
    /// </summary>
    private int SubjectOfFirstVerb(int start, int stop)
    {
        if (stop - start < 3 || !p.IsWordAt(stop - 1, "and"))
        {
            return stop;
        }
        for (var k = start + 1; k < stop - 1; k++)
        {
            if (p[k].IsWord && !p[k].IsCapitalised && IsMainVerb(p[k]))
            {
                return k;
            }
        }
        return stop;
    }

    /// <summary>
    /// A segment describing the name just before it: it holds a role noun, opens with a
    /// determiner or a lowercase word, and the segment before ends in a capitalised word
    /// (or in a quoted name after a preposition).
    /// </summary>
    private bool IsAppositive(int start, int stop, (int Start, int End) before)
    {
        if (before.End <= before.Start || !(p[before.End - 1].IsCapitalised || IsQuotedNameInPhrase(before.End - 1)))
        {
            return false;
        }
        // "Additionally, businessman Stephen Schwarzman said": a sentence adverb is no name to
        // describe, and a segment ending in a full name is the subject with its description.
        if (before.End - before.Start == 1 && p[before.Start].Text.EndsWith("ly", StringComparison.Ordinal)
            || EntityIndex.RunsIn(p.Tokens, start, stop) is { Count: > 0 } runs && runs[^1].Count >= 2 && runs[^1].Last == stop - 1
               && p.Entities.FindOrganisation(runs[^1].Name) is null)
        {
            return false;
        }
        var opensLikeDescription = Lexicon.Determiners.Contains(p[start].Text) || !p[start].IsCapitalised
            || Lexicon.IsRoleNoun(p[start].Bare) || Lexicon.Honorifics.Contains(p[start].Bare);
        // "Ana Ruiz of "Speak Up", a support charity, said": an indefinite description of a body named before it.
        var describesBody = p[start].Text is "a" or "an" && p[stop - 1].IsWord && !p[stop - 1].IsCapitalised
                            && Lexicon.OrganisationNouns.Contains(p[stop - 1].Text);
        return opensLikeDescription && (ContainsRoleNoun(start, stop) || describesBody);
    }

    /// <summary>
    /// A segment of one to three capitalised words that names no one the article knows, after a
    /// segment that opens with a person's name and ends in "of …" or "in …" a capitalised place or
    /// body: the segment completes that place ("University of Westmark, Easton"; "Kim Lo of
    /// Dunmore, Ohio").
    /// </summary>
    private bool IsPlaceAfterName(int start, int stop, (int Start, int End) before)
    {
        if (stop - start is < 1 or > 3 || before.End - before.Start < 4)
        {
            return false;
        }
        for (var k = start; k < stop; k++)
        {
            if (!p[k].IsCapitalised || p[k].IsPossessive)
            {
                return false;
            }
        }
        var segment = p.Words(start, stop - 1);
        if (p.Entities.FindPerson(segment) is not null || p.Entities.FindOrganisation(segment) is not null || !p[before.End - 1].IsCapitalised)
        {
            return false;
        }
        var runs = EntityIndex.RunsIn(p.Tokens, before.Start, before.End);
        if (runs.Count == 0 || runs[0].First != before.Start || runs[0].Count < 2 || p.Entities.FindOrganisation(runs[0].Name) is not null)
        {
            return false;
        }
        for (var k = runs[0].Last + 1; k < before.End; k++)
        {
            if (p[k].IsWord && !p[k].IsCapitalised && p[k].Text is "of" or "in" or "at" or "from")
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsTimeWord(string word) =>
        word is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
            or "today" or "yesterday" or "earlier" or "later" or "meanwhile" or "however" or "separately"
            or "instead" or "still" or "now" or "then" or "afterwards" or "afterward" or "overnight";

    private bool ContainsRoleNoun(int start, int stop)
    {
        for (var k = start; k < stop; k++)
        {
            if (p[k].IsWord && Lexicon.IsRoleNoun(p[k].Bare))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A plausible subject: a pronoun, a name, or a phrase ending in a noun we know.</summary>
    public bool IsSubject(List<int> subject)
    {
        if (subject.Count == 1 && Lexicon.Pronouns.Contains(p[subject[0]].Text))
        {
            return true;
        }
        foreach (var k in subject)
        {
            if (p[k].IsCapitalised && !Lexicon.NotNames.Contains(p[k].Text))
            {
                return true;
            }
        }
        var head = p[subject[^1]].Bare;
        return Lexicon.IsRoleNoun(head) || Lexicon.OrganisationNouns.Contains(head) || Lexicon.DocumentNouns.Contains(head)
            || subject.Count <= 4 && Lexicon.Determiners.Contains(p[subject[0]].Text);
    }

    // ---- in the sentence after, or at the end of the paragraph before ----

    /// <summary>
    /// A quotation that is a sentence of its own, followed by a sentence that names its speaker
    /// and reports nothing further: "We will appeal." Smith said so in a statement on Friday.
    /// </summary>
    public Attribution? NextSentence(QuoteAnalysis a)
    {
        if (a.Span.LastChar is not ('.' or '?' or '!'))
        {
            return null;
        }
        var s0 = a.Marker + 1;
        if (s0 >= p.Count || p[s0].Paragraph != p[a.Marker].Paragraph || p.SameSentence(s0, a.Marker))
        {
            return null;
        }
        var last = p.SentenceLast(s0);
        for (var k = s0; k <= last; k++)
        {
            if (p[k].IsQuote)
            {
                return null;
            }
        }
        if (p.IsWordAt(s0, "so") && p.IsWordAt(s0 + 1, "said") || p.IsWordAt(s0, "said"))
        {
            // "So said Jane Doe, …"
            var verb = p.IsWordAt(s0, "said") ? s0 : s0 + 1;
            var named = NounPhraseForward(verb + 1);
            return named.Count > 0 && IsSubject(named) ? new Attribution(named, verb, "said", s0, last) : null;
        }
        var cue = InSentence(s0, last + 1, quoteFollows: false);
        if (cue is null || cue.Verb < 0 || !ReportsNothingFurther(cue.Verb, last))
        {
            return null;
        }
        return cue;
    }

    /// <summary>After the verb only "it", "so", "this" and where, when or how it was said.</summary>
    private bool ReportsNothingFurther(int verb, int last)
    {
        var words = 0;
        for (var k = verb + 1; k <= last; k++)
        {
            var t = p[k];
            if (!t.IsWord)
            {
                continue;
            }
            words++;
            if (t.Text is "that" && k == verb + 1 || Lexicon.NotInSubject.Contains(t.Text) && t.Text is not ("that" or "when" or "after" or "before") || words > 12)
            {
                return false;
            }
            if (k == verb + 1 && !(t.Text is "it" or "so" or "this" or "these" or "those" || Lexicon.Prepositions.Contains(t.Text) || IsTimeWord(t.Text.ToLowerInvariant())))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The paragraph before ends with an attribution and a colon ("The council said in a
    /// statement:"), introducing the quotation that opens this one.
    /// </summary>
    public Attribution? IntroducingParagraph(int paragraph)
    {
        if (paragraph <= 0)
        {
            return null;
        }
        var last = -1;
        for (var k = 0; k < p.Count && p[k].Paragraph <= paragraph - 1; k++)
        {
            if (p[k].Paragraph == paragraph - 1)
            {
                last = k;
            }
        }
        if (last < 0 || !p[last].IsPunct(':'))
        {
            return null;
        }
        var s0 = p.SentenceStart(last);
        return InSentence(s0, last, quoteFollows: true);
    }
}
