namespace QuizTui.Core.Drafting;

/// <summary>Cues outside the quotation's sentence: the sentence after it, or the end of the paragraph before, ending in a colon.</summary>
internal sealed partial class AttributionCues
{
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
