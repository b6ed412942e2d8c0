namespace QuizTui.Core.Drafting;

/// <summary>"it" for a body the article names only in lowercase words.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "Kell's transport ministry said the fares would stay. "…," it said": a body named only in
    /// lowercase words ("the foreign ministry", "the Norland army") is no registered organisation,
    /// so "it" would go back to an organisation named earlier. When the nearest verb of saying
    /// before the pronoun, in its sentence or the one before, has such a body as its subject, after
    /// the last organisation's mention, "it" is that body. Null when that subject is anyone else.
    /// </summary>
    private Resolution? BodySpokeJustBefore(int at, int lastOrganisation)
    {
        var start = p.SentenceStart(at);
        var from = start > 0 && p[start - 1].Paragraph >= p[at].Paragraph - 1 ? p.SentenceStart(start - 1) : start;
        for (var k = at - 1; k >= from && k > lastOrganisation; k--)
        {
            if (!p[k].IsWord || p[k].IsCapitalised
                || !(Lexicon.IssuingVerbs.Contains(p[k].Text) || Lexicon.IsSpeechVerb(p[k].Text) && !Lexicon.WeakSpeechVerbs.Contains(p[k].Text)))
            {
                continue;
            }
            if (cues.SubjectBefore(p.SentenceStart(k), k) is not { Count: > 0 } subject)
            {
                continue;
            }
            var head = p[subject[^1]];
            if (subject[^1] <= lastOrganisation || head.IsCapitalised
                || !(Lexicon.PublicBodyNouns.Contains(head.Bare) || Lexicon.VoiceBodyNouns.Contains(head.Bare)))
            {
                return null;
            }
            var body = Resolve(subject);
            return body is { Name: { } name, Kind: SpeakerKind.Organisation or SpeakerKind.Role }
                ? Resolution.Of(name, body.Kind, DraftConfidence.OrganisationPronoun, "it", name, p.Distance(subject[0], at))
                : null;
        }
        return null;
    }
}
