namespace QuizTui.Core.Drafting;

/// <summary>Bodies that speak through unnamed voices: the body a spokesperson was first introduced for, and a body printed with its noun.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "The Kellish court described …", "the Lindenport Harbour District government": a body the
    /// article printed before the subject as capitalised words after "the" ending in
    /// <paramref name="noun"/>, by those words; null when there is none.
    /// </summary>
    private Resolution? BodyPrintedWithNoun(string noun, List<int> subject)
    {
        var words = RoleText(subject);
        for (var k = subject[0] - 1; k >= 2; k--)
        {
            if (!p[k].IsWord || !p[k].Bare.Equals(noun, StringComparison.Ordinal)
                || p[k - 1] is not { IsWord: true, IsCapitalised: true, IsPossessive: false } which || Lexicon.Determiners.Contains(which.Text))
            {
                continue;
            }
            // The words that say which body run back to "the" (several for a long name of a place).
            var first = k - 1;
            while (first - 1 >= 0 && k - first < 6 && p.SameSentence(first - 1, k)
                   && p[first - 1] is { IsWord: true, IsCapitalised: true, IsPossessive: false } earlier && !Lexicon.Determiners.Contains(earlier.Text))
            {
                first--;
            }
            if (p.IsWordAt(first - 1, "the") && p.SameSentence(first - 1, k))
            {
                var name = p.Words(first, k);
                return Resolution.Of(name, SpeakerKind.Organisation, DraftConfidence.OrganisationNoun, words, name, p.Distance(k, subject[0]));
            }
        }
        return BodyOfFieldPrintedWithNoun(noun, subject);
    }

    /// <summary>
    /// "The transport ministry defended the plan. "…," a ministry spokeswoman said": a body printed
    /// in lowercase words after "the", its field ("transport", "health") right before
    /// <paramref name="noun"/>, in this sentence or the one before, by those words; null when there is none.
    /// </summary>
    private Resolution? BodyOfFieldPrintedWithNoun(string noun, List<int> subject)
    {
        var at = subject[0];
        for (var k = at - 1; k >= 2 && p[at].Sentence - p[k].Sentence <= 1 && p[at].Paragraph - p[k].Paragraph <= 1; k--)
        {
            if (p[k] is not { IsWord: true, IsCapitalised: false } || !p[k].Bare.Equals(noun, StringComparison.Ordinal)
                || p[k - 1] is not { IsWord: true, IsCapitalised: false, IsPossessive: false } field || !Lexicon.OfficeFieldEnds.Contains(field.Bare))
            {
                continue;
            }
            if (p.IsWordAt(k - 2, "the") && p.SameSentence(k - 2, k))
            {
                var name = p.Words(k - 1, k);
                return Resolution.Of(name, SpeakerKind.Organisation, DraftConfidence.OrganisationNoun, RoleText(subject), name, p.Distance(k, at));
            }
        }
        return null;
    }

    /// <summary>
    /// "the spokesman said" after "a government spokesman said": the body the earlier, indefinite
    /// voice spoke for, when the article names no one with that role; null otherwise.
    /// </summary>
    private Resolution? BodyOfEarlierVoice(int head, string role)
    {
        if (IndefiniteIntroduction(head, role) is not { } earlier)
        {
            return null;
        }
        if (OrganisationSpokenFor(earlier) is { } organisation)
        {
            return Resolution.Of(organisation, SpeakerKind.Organisation, DraftConfidence.OrganisationNoun, RoleText(earlier), organisation, p.Distance(earlier[^1], head));
        }
        return BodySpokenForByNoun(earlier, role);
    }
}
