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
}
