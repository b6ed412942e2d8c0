namespace QuizTui.Core.Drafting;

/// <summary>A speech verb that opens its sentence, with the subject after it.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// "Said the harbour master, "…"", "Added council scientist Ana Ruiz: "…"": a speech verb
    /// opening the sentence has its subject after it, the words up to the comma or colon before
    /// the quotation, when they are words only and few enough to be one noun phrase.
    /// </summary>
    private List<int>? SubjectAfterOpeningVerb(int verb, int end)
    {
        if (end - verb < 3 || end - verb - 2 > MaxSubjectWords || !(p[end - 1].IsPunct(',') || p[end - 1].IsPunct(':'))
            || Lexicon.WeakSpeechVerbs.Contains(p[verb].Text.ToLowerInvariant()))
        {
            return null;
        }
        if (Lexicon.Prepositions.Contains(p[verb + 1].Text))
        {
            return null;
        }
        var subject = new List<int>();
        for (var k = verb + 1; k < end - 1; k++)
        {
            if (p[k].IsWord)
            {
                subject.Add(k);
            }
            else if (!p.IsAbbreviationDot(k))
            {
                return null;
            }
        }
        return subject.Count > 0 && subject.Exists(k => p[k].IsCapitalised || Lexicon.IsRoleNoun(p[k].Bare)) ? subject : null;
    }
}
