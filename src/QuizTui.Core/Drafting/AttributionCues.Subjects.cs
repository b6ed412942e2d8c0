namespace QuizTui.Core.Drafting;

/// <summary>The subject of a verb: the one opening its sentence, or the one found looking back past phrases, appositives and clauses.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// The subject that opens a sentence, past an introductory phrase ("On Friday, the council …",
    /// "In the filing Ford …"), up to its verb: a lowercase word ending in "-ed", an irregular past,
    /// an auxiliary or an adverb.
    /// </summary>
    private List<int>? SentenceSubject(int s0, int end)
    {
        var start = PastDateline(s0, end);
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
            comma = comma < 0 ? comma : PastPlaceAfterComma(comma, end);
            if (comma < 0 || comma + 1 >= end)
            {
                return null;
            }
            start = comma + 1;
        }
        if (OpensWithPhrase(start, end))
        {
            var opening = start;
            var comma = -1;
            for (var k = start; k < end; k++)
            {
                if (p[k].IsPunct(','))
                {
                    comma = k;
                    break;
                }
            }
            start = comma >= 0 && comma + 1 < end - 1 ? PastPhraseContinuations(comma + 1, end) : -1;
            if (start < 0)
            {
                for (var k = opening + 1; k < end; k++)
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
        start = PastOpeningTimePhrase(start, end);
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
                || t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsRoleNoun(t.Bare) && !IsDeterminerAlone(subject)))
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

    /// <summary>
    /// The subject of a verb, looking back through comma-separated segments and skipping
    /// appositives, relative clauses and introductory phrases ("On Thursday, …", "…, in a statement, …").
    /// </summary>
    /// <summary>
    /// "It released a statement which said": "which" or "that" right after a document noun is that
    /// document, whose issuer <see cref="OrganisationStatements"/> finds. Null when the words
    /// before the verb are not so.
    /// </summary>
    private List<int>? DocumentBeforeWhich(int s0, int end)
    {
        var which = end - 1;
        var noun = which - 1;
        if (noun < s0 || !(p.IsWordAt(which, "which") || p.IsWordAt(which, "that")) || !p[noun].IsWord || p[noun].IsCapitalised
            || !Lexicon.DocumentNouns.Contains(p[noun].Bare))
        {
            return null;
        }
        return noun > s0 && p[noun - 1].IsWord && Lexicon.Determiners.Contains(p[noun - 1].Text) ? [noun - 1, noun] : [noun];
    }

    public List<int>? SubjectBefore(int s0, int verb)
    {
        var end = verb;
        while (end > s0 && p[end - 1].IsWord && Lexicon.Adverbs.Contains(p[end - 1].Text))
        {
            end--;
        }
        // "LINDENPORT (KLPT) - Chief Ana Ruiz said": a dateline is a place, whichever dash ends it.
        s0 = PastDateline(s0, end);
        if (DocumentBeforeWhich(s0, end) is { } document)
        {
            return document;
        }
        var segments = new List<(int Start, int End)>();
        var segStart = s0;
        for (var k = s0; k < end; k++)
        {
            if (p[k].IsQuote && !IsQuotedNameInPhrase(k) && !IsShortQuotedObject(k))
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
        DropAgesAndPartyTagsAfterNames(segments);
        if (NameBeforeWho(segments[^1].Start, end) is { } named)
        {
            return named; // "The bill was drafted by Ana Ruiz who said": the name "who" follows
        }
        if (NameAfterSubordinator(segments[^1].Start, end) is { } subordinate)
        {
            return subordinate; // "hours after Ana Ruiz said": the name the conjunction introduces
        }
        if (segments.Count >= 2 && NameBeforeCommaWho(segments[^2], segments[^1], end) is { } namedBefore)
        {
            return namedBefore; // "… among them the poet Ivo Marsh, who called Dale": the name before ", who"
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
            if (s > 0 && IsParticipleClause(start, stop, segments[s - 1]))
            {
                continue; // "Ana Ruiz, clad in a yellow coat, said"; "Officials, led by Ruiz, said"
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
            if (s > 0 && (IsPlaceAfterName(start, stop, segments[s - 1]) || NamesBodyDescribedBefore(start, stop, segments[s - 1])))
            {
                continue; // "Jo Ruiz of the University of Westmark, Easton said": Easton is where, not who; "…, Fair Rent, said" names the body
            }
            if (s > 0 && IsPlaceAfterPhrase(start, stop, segments[s - 1], s > 1 ? segments[s - 2] : default))
            {
                continue; // "Ana Ruiz, at a meeting in Kellburg, Westmark, said"; "Ana Ruiz, Republican of Westmark, said"
            }
            if (s > 1 && DescribesAppositive(start, stop, segments[s - 1], segments[s - 2]))
            {
                continue; // "Ana Ruiz, director of the Kell Trust, a harbour charity, said": the charity is described, Ana Ruiz speaks
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
                if (t.IsWord && (Lexicon.NotInSubject.Contains(t.Text) || Lexicon.IsSpeechVerb(t.Text) && !t.IsCapitalised && !Lexicon.WeakSpeechVerbs.Contains(t.Text) && !IsNounBeforeRole(k)))
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
    /// "Praise came from old colleagues, among them the poet Ivo Marsh, who called Dale …": a name
    /// of two or more words that ends the clause before ", who" right before the verb is the subject.
    /// </summary>
    private List<int>? NameBeforeCommaWho((int Start, int Stop) before, (int Start, int Stop) clause, int verb)
    {
        if (!p.IsWordAt(clause.Start, "who") || Enumerable.Range(clause.Start + 1, Math.Max(0, verb - clause.Start - 1))
                .Any(k => !p[k].IsWord || !Lexicon.Adverbs.Contains(p[k].Text)))
        {
            return null;
        }
        var name = new List<int>();
        for (var k = before.Stop - 1; k >= before.Start && p[k].IsWord && p[k].IsCapitalised && !Lexicon.NotNames.Contains(p[k].Text); k--)
        {
            name.Insert(0, k);
        }
        if (name.Count < 2 || name[0] == before.Start)
        {
            return null; // a single word, or the whole clause: left to the usual reading
        }
        return IsSubject(name) ? Truncate(name) : null;
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
    /// "The ministry gave its "deepest sympathies" and said": a few quoted words after "its" or
    /// "their" are the object of the reporter's clause, which goes on with the same subject.
    /// </summary>
    private bool IsShortQuotedObject(int k) =>
        p[k].IsQuote && k > 0 && p[k - 1].IsWord && p[k - 1].Text is "its" or "their" or "his" or "her" or "our"
        && p.SameSentence(k - 1, k) && p.SpanOf(k) is { WordCount: <= 5 };

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

    /// <summary>"The retired neurosurgeon has …": after a determiner alone, a word in "-ed" describes the noun to come.</summary>
    private bool IsDeterminerAlone(List<int> subject) => subject.Count == 1 && Lexicon.Determiners.Contains(p[subject[0]].Text);

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
}
