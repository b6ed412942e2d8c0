namespace QuizTui.Core.Drafting;

/// <summary>Cues in a clause that ends with a colon before the quotation: a document's owner, a name alone, a subject and its verb.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// A quotation introduced by a colon whose clause has no speech verb: the clause's subject
    /// speaks ("Jo Ruiz of the museum disagreed: "…"", "Tomas Vell proposed: "…""), or the one a
    /// document in it comes from ("The palace issued the following statement from the king: "…"").
    /// </summary>
    public Attribution? BeforeColon(QuoteAnalysis a)
    {
        var m = a.Marker;
        var s0 = ClauseStart(m);
        if (s0 >= m - 1 || !p[m - 1].IsPunct(':'))
        {
            return null;
        }
        for (var k = s0; k < m - 1; k++)
        {
            if (p[k].IsQuote)
            {
                break;
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
        if (NameBeforeColon(s0, m - 1) is { } named)
        {
            return named;
        }
        // Quoted words on the way ("justified the strike as "defensive" in nature:") are left to
        // SubjectBefore, which never takes a subject from before a quotation.
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
            if (!OpeningPhraseEndsAfter(k, m - 1))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "Sen. Ada Mbeki (D-Easton): "…"", "Added Mbeki: "…"", "Poll watchers agree — Jo Sands: "…"":
    /// a name that makes up the whole clause before the colon (after the sentence start, a comma or
    /// a dash, or after a speech verb that opens the sentence) is the speaker, as in a transcript. A bracketed
    /// party or place after the name is skipped.
    /// </summary>
    private Attribution? NameBeforeColon(int s0, int colon)
    {
        var k = colon - 1;
        if (k > s0 && p[k].IsPunct(')'))
        {
            while (k > s0 && !p[k].IsPunct('('))
            {
                k--;
            }
            k--;
        }
        var last = k;
        while (k >= s0 && (p[k].IsCapitalised && !Lexicon.IsSpeechVerb(p[k].Text) || p[k].IsPunct('.') && k > s0 && p[k - 1].IsCapitalised))
        {
            k--;
        }
        var first = k + 1;
        if (first > last || !p[first].IsCapitalised || last - first > 5)
        {
            return null;
        }
        // Only an inverted verb that opens the sentence ("Added Mbeki:"); in "telling CNBC:" the name is the listener.
        var verb = k == s0 && p[k].IsCapitalised && Lexicon.IsSpeechVerb(p[k].Text) ? k : -1;
        var boundary = verb >= 0 ? verb - 1 : k;
        if (boundary >= s0 && !(p[boundary].IsPunct(',') || p[boundary].IsPunct('—') || p[boundary].IsPunct('–') || p[boundary].IsPunct('-')))
        {
            return verb < 0 ? TitleLineName(s0, first, last, colon) : null;
        }
        var subject = Enumerable.Range(first, last - first + 1).ToList();
        return new Attribution(subject, verb, verb >= 0 ? p[verb].Text : ":", s0, colon - 1);
    }

    /// <summary>
    /// "Director of Harbour Services Ana Ruiz: "…"", lines of an exchange: a paragraph that opens
    /// with only a role, the body it serves and a name before the colon, no verb, is that name's
    /// line. The body's capitalised words run into the name, so the speaker is the run's last two.
    /// </summary>
    private Attribution? TitleLineName(int s0, int first, int last, int colon)
    {
        if (last - first < 2 || s0 > 0 && p[s0 - 1].Paragraph == p[s0].Paragraph
            || !p[last - 1].IsCapitalised || p[last - 1].IsAcronym || p[last].IsAcronym)
        {
            return null;
        }
        var role = false;
        for (var k = s0; k < first; k++)
        {
            var t = p[k];
            if (!(t.IsCapitalised || t.IsPunct('.') || t.IsWord && t.Text is "of" or "the" or "to" or "and" or "for"))
            {
                return null;
            }
            role |= t.IsWord && Lexicon.IsRoleNoun(t.Bare);
        }
        return role ? new Attribution([last - 1, last], -1, ":", s0, colon - 1) { TitleLine = true } : null;
    }
}
