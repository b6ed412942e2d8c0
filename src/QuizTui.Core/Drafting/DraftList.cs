namespace QuizTui.Core.Drafting;

/// <summary>
/// The draft list: each analysed quotation as a <see cref="DraftQuotation"/>, in the order
/// printed, without the comma that belongs to the reporter's sentence, and a quotation printed
/// twice listed once with the better reading of the two.
/// </summary>
internal static class DraftList
{
    /// <param name="p">The article's prose.</param>
    /// <param name="analyses">Every quotation analysed.</param>
    /// <param name="sources">For each draft, the index of the analysis it was first drawn from.</param>
    public static List<DraftQuotation> Collect(Prose p, List<QuoteAnalysis> analyses, out List<int> sources)
    {
        var drafts = new List<DraftQuotation>(analyses.Count);
        sources = new List<int>(analyses.Count);
        var index = -1;
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in analyses)
        {
            index++;
            if (a.Merged || a.Text.Length == 0 || !a.Text.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            var speaker = a.Speaker ?? Resolution.Unresolved();
            var (line, column) = p.Article.LineColumn(a.Span.Open);
            var draft = new DraftQuotation
            {
                Text = WithoutSentenceComma(a.Text),
                Speaker = speaker.Name,
                SpeakerResolved = speaker.Resolved,
                SpeakerKind = speaker.Kind,
                Line = line,
                Column = column,
                Offset = a.Span.Open,
                Paragraph = a.Span.Paragraph + 1,
                ConfidenceLevel = speaker.Level,
                Rank = speaker.Rank,
                Attribution = a.Verb,
                Kind = a.Kind,
                Channel = a.Channel,
                Reason = speaker.Reason,
            };
            var key = QuotationText.Key(a.Text);
            if (byKey.TryGetValue(key, out var existing))
            {
                drafts[existing] = MergeDuplicate(drafts[existing], draft);
                continue;
            }
            byKey[key] = drafts.Count;
            drafts.Add(draft);
            sources.Add(index);
        }
        return drafts;
    }

    /// <summary>
    /// The comma that closes a quotation before its attribution ("…," she said) belongs to the
    /// reporter's sentence, not to the speaker's words: it is left out.
    /// </summary>
    private static string WithoutSentenceComma(string text) => text.TrimEnd().TrimEnd(',').TrimEnd();

    /// <summary>A quotation printed twice keeps its first place and the better reading of the two.</summary>
    private static DraftQuotation MergeDuplicate(DraftQuotation first, DraftQuotation again)
    {
        var kind = first.Kind == QuotationKind.Speech || again.Kind == QuotationKind.Speech ? QuotationKind.Speech : QuotationKind.Label;
        var better = again.SpeakerResolved && (!first.SpeakerResolved || again.Rank > first.Rank) ? again : first;
        return first with
        {
            Kind = kind,
            Speaker = better.Speaker,
            SpeakerResolved = better.SpeakerResolved,
            SpeakerKind = better.SpeakerKind,
            ConfidenceLevel = better.ConfidenceLevel,
            Rank = better.Rank,
            Attribution = better.Attribution,
            Channel = better.Channel,
            Reason = better.Reason,
        };
    }
}
