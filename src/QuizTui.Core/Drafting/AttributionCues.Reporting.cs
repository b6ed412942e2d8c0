namespace QuizTui.Core.Drafting;

/// <summary>Sentences that report what someone said without quoting them, which a quotation after them may carry on.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// The speaker of a sentence between <paramref name="s0"/> and <paramref name="end"/> that
    /// reports speech: "Ruiz said the plan was late", or a participle after a comma that shares the
    /// sentence's subject, "Ruiz questioned the plan, saying it was late".
    /// </summary>
    public Attribution? ReportingSentence(int s0, int end)
    {
        if (InSentence(s0, end, quoteFollows: false) is { } said)
        {
            return said;
        }
        if (SpokeToReporters(s0, end) is { } spoke)
        {
            return spoke;
        }
        for (var k = s0 + 2; k < end; k++)
        {
            var t = p[k];
            if (t.IsQuote)
            {
                return null;
            }
            if (!t.IsWord || t.IsCapitalised || !Lexicon.Participles.Contains(t.Text))
            {
                continue;
            }
            var joined = p[k - 1].IsPunct(',') || p[k - 1].IsWord && p[k - 1].Text is "and" && p[k - 2].IsPunct(',');
            return joined && SentenceSubject(s0, k) is { } subject ? new Attribution(subject, k, t.Text, s0, end - 1) : null;
        }
        return null;
    }

    /// <summary>
    /// "Head coach Tony Popovic spoke to the media after the win": speaking to reporters, the
    /// media, the press or journalists reports speech as "said" does, for the quotations after it.
    /// </summary>
    private Attribution? SpokeToReporters(int s0, int end)
    {
        for (var k = s0 + 1; k + 2 < end; k++)
        {
            if (p[k].IsQuote)
            {
                return null;
            }
            if (!p[k].IsWord || p[k].Text is not ("spoke" or "speaks" or "talked" or "talks") || p[k + 1].Text is not ("to" or "with"))
            {
                continue;
            }
            var audience = p[k + 2].Text == "the" && k + 3 < end ? k + 3 : k + 2;
            if (p[audience].IsWord && p[audience].Text is "media" or "reporters" or "press" or "journalists")
            {
                return SentenceSubject(s0, k) is { } subject ? new Attribution(subject, k, p[k].Text, s0, end - 1) : null;
            }
        }
        return null;
    }
}
