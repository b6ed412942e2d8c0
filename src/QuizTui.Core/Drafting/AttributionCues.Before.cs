namespace QuizTui.Core.Drafting;

/// <summary>Cues before the quotation in its sentence: a verb and its subject, a document's author, a participle, a colon.</summary>
internal sealed partial class AttributionCues
{
    public Attribution? Before(QuoteAnalysis a, out bool attached, out bool afterColon)
    {
        var m = a.Marker;
        var s0 = ClauseStart(m);
        attached = false;
        afterColon = false;
        if (s0 == m)
        {
            return null;
        }
        var previous = p[m - 1];
        afterColon = previous.IsPunct(':');
        attached = afterColon || previous.IsPunct(',') || previous.IsPunct('—');
        if (NameWithParticipleBefore(s0, m) is { } withName)
        {
            return withName; // "It quoted two critics, with Ana Ruiz stating: "…"": the name the participle goes with speaks
        }
        if (QuotedNameBefore(s0, m) is { } quoted)
        {
            return quoted; // "Marsh said, quoting Chief Warden Ana Ruiz, "…"": the words are the person quoted
        }
        var cue = InSentence(s0, m, quoteFollows: true) ?? SecondVerbOfSubject(s0, m);
        if (cue is { Verb: >= 0 } && LaterAccordingTo(cue.Verb + 1, m) is { } according)
        {
            return according; // "geologists at Norland University, Lindenport, found it, and according to Ana Ruiz, it is "…""
        }
        if (cue is { Verb: >= 0 } && LaterClauseSpeaker(cue.Verb + 1, s0, m) is { } later)
        {
            return later; // "Ruiz said the pier would stay open, while Vell said the plan was "…"": the clause nearer the quotation speaks
        }
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
    /// "…, and according to the university's professor Ana Ruiz, it is "…"": "according to" after a
    /// comma or "and", after the sentence's speech verb, names the source of the clause the
    /// quotation is in, nearer to it than that verb's subject. Without a speech verb before it the
    /// phrase is left alone, so a scare quote after it ("according to the poll, "very" …") stays a label.
    /// </summary>
    private Attribution? LaterAccordingTo(int from, int m)
    {
        for (var j = Math.Max(from, 1); j + 2 < m; j++)
        {
            if (p.IsWordAt(j, "according") && p.IsWordAt(j + 1, "to") && (p[j - 1].IsPunct(',') || p.IsWordAt(j - 1, "and")))
            {
                return AccordingTo(j, j + 2) is { } according ? according with { ContextTo = m - 1 } : null;
            }
        }
        return null;
    }

    /// <summary>
    /// A clause of its own between an earlier speech verb and the quotation, joined by a comma and
    /// "and", "but", "while" or "whereas" (or opened by a conjunction such as ", hours after"), whose subject is named right after the conjunction and
    /// speaks through a verb of its own ("…, while Tomas Vell said the plan was "…"", "…, and Vell
    /// vowed to "…""): the quotation is that subject's, not the earlier verb's.
    /// </summary>
    private Attribution? LaterClauseSpeaker(int from, int s0, int m)
    {
        for (var j = from + 1; j < m; j++)
        {
            var joined = p[j].IsWord && p[j].Text is "and" or "but" or "while" or "whereas"
                         && (p[j - 1].IsPunct(',') || p[j - 1].IsQuote && p.SpanOf(j - 1).Text.TrimEnd().EndsWith(','));
            if (!joined && !IsSubordinateClauseAfterComma(j))
            {
                continue;
            }
            for (var k = j + 2; k < m && k <= j + 1 + MaxSubjectWords; k++)
            {
                var t = p[k];
                if (!t.IsWord && !p.IsAbbreviationDot(k))
                {
                    break;
                }
                if (!t.IsWord || t.IsCapitalised || !Lexicon.IsSpeechVerb(t.Text) || Lexicon.Participles.Contains(t.Text) || Lexicon.WeakSpeechVerbs.Contains(t.Text))
                {
                    continue;
                }
                if (p[j + 1].IsCapitalised && SubjectBefore(j + 1, k) is { } subject && subject[0] == j + 1)
                {
                    return new Attribution(subject, k, t.Text, s0, m - 1);
                }
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// "…, with Ana Ruiz stating: "…"", "…, with Vell saying, "…"": "with" after a comma, a name and a
    /// speech verb ending in "-ing" right before the quotation's colon or comma make that name the
    /// speaker, not the subject of the sentence's first verb.
    /// </summary>
    private Attribution? NameWithParticipleBefore(int s0, int m)
    {
        var verb = m - 2;
        if (verb <= s0 + 2 || !(p[m - 1].IsPunct(':') || p[m - 1].IsPunct(',')) || !p[verb].IsWord || p[verb].IsCapitalised
            || !p[verb].Text.EndsWith("ing", StringComparison.Ordinal) || !Lexicon.IsSpeechVerb(p[verb].Text))
        {
            return null;
        }
        for (var j = verb - 2; j > s0 && j >= verb - 1 - MaxSubjectWords; j--)
        {
            if (p.IsWordAt(j, "with") && p[j - 1].IsPunct(',') && p[j + 1].IsCapitalised
                && SubjectBefore(j + 1, verb) is { } subject && subject[0] == j + 1)
            {
                return new Attribution(subject, verb, p[verb].Text, s0, m - 1);
            }
        }
        return null;
    }

    /// <summary>
    /// "Ivo Marsh stated, quoting Chief Warden Ana Ruiz (retd), "…"": ", quoting" and a capitalised name
    /// (a bracketed note after it allowed) right before the quotation's comma or colon make the words
    /// that name's, not the subject's who passes them on. A lowercase object ("quoting a report") is left alone.
    /// </summary>
    private Attribution? QuotedNameBefore(int s0, int m)
    {
        if (!(p[m - 1].IsPunct(',') || p[m - 1].IsPunct(':')))
        {
            return null;
        }
        for (var j = m - 2; j > s0 + 1 && j >= m - 6 - MaxSubjectWords; j--)
        {
            if (!p.IsWordAt(j, "quoting") || !p[j - 1].IsPunct(','))
            {
                continue;
            }
            var k = j + 1;
            var name = new List<int>();
            while (k < m - 1 && p[k].IsWord && p[k].IsCapitalised)
            {
                name.Add(k++);
            }
            if (k < m - 1 && p[k].IsPunct('(') && p[m - 2].IsPunct(')'))
            {
                k = m - 1; // "(rtd)", "(retd)": a note on the name
            }
            return name.Count >= 2 && k == m - 1 ? new Attribution(name, j, p[j].Text, s0, m - 1) : null;
        }
        return null;
    }

    /// <summary>
    /// ", after Ana Ruiz said", ", hours after Ana Ruiz said": a subordinating conjunction after a
    /// comma, or after a time word that follows the comma, opens a clause with a subject of its own.
    /// </summary>
    private bool IsSubordinateClauseAfterComma(int j)
    {
        if (!p[j].IsWord || p[j].IsCapitalised || !Lexicon.Subordinators.Contains(p[j].Text) || j < 2)
        {
            return false;
        }
        return p[j - 1].IsPunct(',')
               || p[j - 1].IsWord && Lexicon.TimesBeforeConjunction.Contains(p[j - 1].Text) && p[j - 2].IsPunct(',');
    }

    /// <summary>
    /// "Ana Ruiz returned the compliment, telling reporters, "…"", "Ruiz did not name the firm but
    /// told the council, "…"": a speech verb after a comma, "and" or "but", with only a short
    /// listener before the quotation, shares the subject of the sentence's first verb, when the
    /// clause before it has no punctuation of its own.
    /// </summary>
    private Attribution? SecondVerbOfSubject(int s0, int m)
    {
        if (!(p[m - 1].IsPunct(',') || p[m - 1].IsPunct(':')))
        {
            return null;
        }
        for (var k = m - 2; k > s0 + 1 && k >= m - 8; k--)
        {
            var t = p[k];
            if (t.IsQuote)
            {
                return null;
            }
            if (!t.IsWord || t.IsCapitalised || !Lexicon.IsSpeechVerb(t.Text) || Lexicon.WeakSpeechVerbs.Contains(t.Text))
            {
                continue;
            }
            var joined = p[k - 1].IsPunct(',') || p[k - 1].IsWord && p[k - 1].Text is "but" or "and";
            // Only a plain clause before it: an opening phrase ("Hours later, …", a dateline) would be
            // taken for the subject.
            var clauseEnd = p[k - 1].IsWord && k - 2 > s0 && p[k - 2].IsPunct(',') ? k - 2 : k - 1;
            var plain = Enumerable.Range(s0, clauseEnd - s0).All(j => p[j].IsWord || p[j].IsPunct('.'));
            return joined && plain && SentenceSubject(s0, k) is { } subject ? new Attribution(subject, k, t.Text, s0, m - 1) : null;
        }
        return null;
    }

    /// <summary>
    /// Where the reporter's clause before the quotation starts: its sentence's start, or, for a
    /// quotation that opens a paragraph after one ending in a colon ("She went on to say:" and the
    /// quotation set below it), the start of that colon's sentence.
    /// </summary>
    private int ClauseStart(int m)
    {
        var s0 = p.SentenceStart(m);
        // A paragraph that ends with a speech verb and its colon is left to IntroducingParagraph,
        // which also carries the speaker on through the paragraphs that follow.
        return s0 == m && m > 0 && p[m - 1].IsPunct(':') && p[m - 1].Paragraph != p[m].Paragraph
               && IntroducingParagraph(p[m].Paragraph) is null
            ? p.SentenceStart(m - 1)
            : s0;
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
            if (!t.IsWord || t.IsCapitalised && k > s0 || !Lexicon.IsSpeechVerb(t.Text) || Lexicon.Participles.Contains(t.Text) || IsNounBeforeRole(k))
            {
                continue;
            }
            var subject = GoesOnTo(s0, k) ?? SubjectBefore(s0, k) ?? (quoteFollows && k == s0 ? SubjectAfterOpeningVerb(k, end) : null);
            if (subject is null || IsInfinitiveInOpening(s0, k, subject))
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
    /// "noting on Twitter", "writing in a statement to reporters": a participle followed only by a
    /// short phrase saying where or to whom, which ends at <paramref name="end"/>. Returns the
    /// participle's token, or <paramref name="end"/> when there is no such phrase.
    /// </summary>
    private int ParticipleBeforeChannel(int s0, int end)
    {
        for (var j = end - 1; j > s0 && j >= end - 6; j--)
        {
            if (!p[j].IsWord)
            {
                return end;
            }
            if (Lexicon.Participles.Contains(p[j].Text))
            {
                return p[j + 1].IsWord && p[j + 1].Text is "on" or "in" or "to" or "via" or "during" or "at" ? j : end;
            }
        }
        return end;
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

    /// <summary>
    /// "Westmark state delegate Ana Ruiz", "a post office clerk": a regular verb's bare form right
    /// before a role noun, with no "to" or modal before it, is a noun describing the role.
    /// </summary>
    private bool IsNounBeforeRole(int k)
    {
        var word = p[k].Text.ToLowerInvariant();
        var bareForm = Lexicon.IsSpeechVerb(word + "s") && (Lexicon.IsSpeechVerb(word + "ed") || Lexicon.IsSpeechVerb(word + "d"));
        return bareForm && k + 1 < p.Count && p.SameSentence(k, k + 1) && p[k + 1].IsWord && !p[k + 1].IsCapitalised && Lexicon.IsRoleNoun(p[k + 1].Bare)
               && !(k > 0 && p[k - 1].IsWord && p[k - 1].Text.ToLowerInvariant() is "to" or "will" or "would" or "did" or "does" or "do" or "can" or "could"
                   or "should" or "may" or "might" or "must");
    }

    /// <summary>"He went on to add "…"": the subject of "went on to" before a speech verb.</summary>
    private List<int>? GoesOnTo(int s0, int verb) =>
        verb - 3 > s0 && p.IsWordAt(verb - 1, "to") && p.IsWordAt(verb - 2, "on")
        && p[verb - 3].Text.ToLowerInvariant() is "went" or "go" or "goes" or "going"
            ? SubjectBefore(s0, verb - 3)
            : null;

    private bool IsLowercaseParticiple(int k) =>
        p[k].IsWord && !p[k].IsCapitalised && p[k].Text.Length > 5 && p[k].Text.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The quotation follows the verb at once, or after a comma or colon.</summary>
    private bool QuotationRightAfter(int verb, int end) =>
        verb + 1 == end || verb + 2 == end && p[verb + 1].Kind == TokenKind.Punct && p[verb + 1].Text[0] is ',' or ':';

    /// <summary>"In a statement released after the raid, the council …": a comma after the verb, before <paramref name="end"/>, closes an opening phrase the verb belongs to.</summary>
    private bool OpeningPhraseEndsAfter(int verb, int end)
    {
        for (var k = verb + 1; k < end; k++)
        {
            if (p[k].IsPunct(','))
            {
                return true;
            }
            if (p[k].IsQuote || IsMainVerb(p[k]) && !p[k].IsCapitalised)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A finite verb of the reporter's clause: a speech verb, an irregular past, or a lowercase "-ed" word that names no role.</summary>
    private static bool IsMainVerb(Token t) =>
        Lexicon.IsSpeechVerb(t.Text) && !Lexicon.Participles.Contains(t.Text) || Lexicon.IrregularPasts.Contains(t.Text)
        || Lexicon.CharacterisingVerbs.Contains(t.Text)
        || t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsRoleNoun(t.Bare);

    private bool IsDocumentSubject(List<int> subject) =>
        subject.Any(k => p[k].IsWord && Lexicon.DocumentNouns.Contains(p[k].Bare));
}
