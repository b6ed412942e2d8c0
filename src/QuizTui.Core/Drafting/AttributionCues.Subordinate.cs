namespace QuizTui.Core.Drafting;

/// <summary>The subject of a verb inside a subordinate clause: "hours after Ana Ruiz said", "when the mayor called".</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// "The vote came hours after Ana Ruiz said she was "…"", "…, when Ivo Marsh called the plan
    /// "…"": the speaker of a verb in a clause opened by a subordinating conjunction is the name
    /// between the conjunction and the verb, however the sentence around it begins. A clause that
    /// opens the sentence counts only when the quotation is inside it: in "After Ana Ruiz asked
    /// him, Marsh replied, "…"" the quotation belongs to the main clause after the comma. Only a name
    /// (capitalised words, a title before it allowed, or the surname alone of a person the article
    /// names) is taken: "after the vote the board" is not
    /// one subject.
    /// </summary>
    private List<int>? NameAfterSubordinator(int start, int verb)
    {
        var end = verb;
        while (end > start && p[end - 1].IsWord && Lexicon.Adverbs.Contains(p[end - 1].Text))
        {
            end--; // "has", "had", "also", "later"
        }
        var name = new List<int>();
        for (var k = end - 1; k >= start && name.Count <= MaxSubjectWords; k--)
        {
            var t = p[k];
            if (t.IsWord && Lexicon.Subordinators.Contains(t.Text) && (!t.IsCapitalised || OpensClauseHoldingQuote(k, verb)))
            {
                name.Reverse();
                // One word only when it is the surname of someone the article names ("hours after Ruiz said").
                var named = name.Count >= 2 || name.Count == 1 && p.Entities.PeopleWithSurname(p[name[0]].Bare) > 0;
                return named && name.TrueForAll(w => p[w].IsCapitalised) && IsSubject(name) ? Truncate(name) : null;
            }
            if (!t.IsWord || t.IsQuote)
            {
                return null;
            }
            name.Add(k);
        }
        return null;
    }

    /// <summary>
    /// "Though Ana Ruiz conceded that the crossing looked "rather grim", she kept …": a conjunction opening
    /// the sentence, whose clause runs from the verb to a quotation with no comma between, so the
    /// quotation is inside the clause. "After Ruiz asked him, Vell replied, "…"" stays with the
    /// main clause: there the comma comes first.
    /// </summary>
    private bool OpensClauseHoldingQuote(int conjunction, int verb)
    {
        if (conjunction != p.SentenceStart(verb))
        {
            return false;
        }
        for (var k = verb + 1; k < p.Count && p.SameSentence(k, verb); k++)
        {
            if (p[k].IsQuote)
            {
                // A quotation that ends the clause with its comma ("After Ruiz said it was "…," Vell
                // said: …") may be the first part of the main clause's own statement.
                return !p.SpanOf(k).Text.TrimEnd().EndsWith(',') && !(k + 1 < p.Count && p[k + 1].IsPunct(','));
            }
            if (p[k].Kind == TokenKind.Punct && !p.IsAbbreviationDot(k))
            {
                return false;
            }
        }
        return false;
    }
}
