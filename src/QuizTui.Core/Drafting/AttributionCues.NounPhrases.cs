namespace QuizTui.Core.Drafting;

/// <summary>Subject phrases read forward after a verb, cut before their prepositional tail, and checked as subjects.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// A name or noun phrase after a verb, up to punctuation or a preposition; the full stop of a
    /// title or an initial ("Lt. Col.", "J.") does not end it.
    /// </summary>
    public List<int> NounPhraseForward(int from)
    {
        var phrase = new List<int>();
        if (from >= p.Count)
        {
            return phrase;
        }
        for (var k = from; k < p.Count && phrase.Count < MaxSubjectWords + 2 && p.SameSentence(k, from); k++)
        {
            var t = p[k];
            if (t.Kind == TokenKind.Punct)
            {
                if (phrase.Count > 0 && p.IsAbbreviationDot(k))
                {
                    continue;
                }
                break;
            }
            if (!t.IsWord || phrase.Count > 0 && Lexicon.Prepositions.Contains(t.Text) && !t.IsCapitalised && !InsideName(k))
            {
                break;
            }
            // "a tweet", "the post": after a determiner such a word is the noun, not the verb.
            if (phrase.Count > 0 && !t.IsCapitalised && (Lexicon.IsSpeechVerb(t.Text) && !Lexicon.Determiners.Contains(p[phrase[^1]].Text)
                                                          || Lexicon.NotInSubject.Contains(t.Text)))
            {
                break;
            }
            if (phrase.Count > 0 && IsParticiple(k) && !p[phrase[^1]].IsCapitalised && !Lexicon.Determiners.Contains(p[phrase[^1]].Text))
            {
                break; // "a report prepared for the council": the noun phrase ends before the participle
            }
            if (phrase.Count == 0 && Lexicon.Prepositions.Contains(t.Text) && !Lexicon.Determiners.Contains(t.Text))
            {
                break;
            }
            phrase.Add(k);
            if (t.IsPossessive && !(k + 1 < p.Count && p[k + 1].IsCapitalised && Lexicon.OrganisationNameWords.Contains(p[k + 1].Bare)))
            {
                break;
            }
        }
        return phrase;
    }

    private bool IsParticiple(int k) =>
        k < p.Count && p[k].IsWord && !p[k].IsCapitalised && p[k].Text.Length > 4 && p[k].Text.EndsWith("ed", StringComparison.Ordinal)
        && !Lexicon.IsSpeechVerb(p[k].Text);

    /// <summary>
    /// "of" in "University of Toronto": a small word between two capitalised words of one name; and
    /// "of the" after a public body's name ("Supreme Court of the Westland Isles").
    /// </summary>
    private bool InsideName(int k) =>
        p[k].Text is "of" or "for" or "and" && k > 0 && p[k - 1].IsCapitalised && k + 1 < p.Count && p[k + 1].IsCapitalised
        && p.SameSentence(k - 1, k + 1)
        || EntityIndex.BodyNameContinuesAt(p.Tokens, k - 1, p.Count) > 0;

    /// <summary>
    /// A subject cut before its prepositional tail: "Alan Pryce of the Hawks" → "Alan Pryce",
    /// "a spokesperson for the city" → "a spokesperson". The tail names an organisation, not the speaker.
    /// </summary>
    public List<int> Truncate(List<int> subject)
    {
        for (var i = 1; i < subject.Count; i++)
        {
            var t = p[subject[i]];
            if (t.IsWord && !t.IsCapitalised && t.Text is "of" or "at" or "with" or "for" or "from" && !InsideName(subject[i])
                && !(i == 1 && t.Text is "of" && IsQuantity(p[subject[0]].Text)) && !IsBodyOfPlace(subject, i))
            {
                return NameAfterTitleAndPlace(subject, i) ? subject : subject.GetRange(0, i);
            }
        }
        return subject;
    }

    /// <summary>
    /// "Senator from Westmark Jo Sands", "Minister of Health Ana Ruiz": a title, the place or
    /// field it covers, then the name of whoever holds it, which ends the subject.
    /// </summary>
    private bool NameAfterTitleAndPlace(List<int> subject, int preposition) =>
        p[subject[preposition - 1]].IsWord && (Lexicon.IsRoleNoun(p[subject[preposition - 1]].Bare) || Lexicon.Honorifics.Contains(p[subject[preposition - 1]].Bare))
        && EntityIndex.RunsIn(p.Tokens, subject[0], subject[^1] + 1) is { Count: > 0 } runs
        && runs[^1] is { Count: >= 2 } name && name.Last == subject[^1] && name.First > subject[preposition] + 1;

    /// <summary>"the government of American Samoa", "the city council of Easton": an organisation noun, "of" and a place name make one name.</summary>
    private bool IsBodyOfPlace(List<int> subject, int of) =>
        p[subject[of]].Text is "of" && of + 1 < subject.Count && p[subject[of + 1]].IsCapitalised
        && Lexicon.OrganisationNouns.Contains(p[subject[of - 1]].Bare) && !p[subject[of - 1]].IsCapitalised;

    /// <summary>"One", "some", "many" before "of": "one of the victims" is a speaker as a whole.</summary>
    private static bool IsQuantity(string word) =>
        word.ToLowerInvariant() is "one" or "some" or "many" or "several" or "two" or "three" or "few" or "most" or "each" or "both" or "none";

    /// <summary>A plausible subject: a pronoun, a name, or a phrase ending in a noun we know.</summary>
    public bool IsSubject(List<int> subject)
    {
        if (subject.Count == 1 && Lexicon.Pronouns.Contains(p[subject[0]].Text))
        {
            return true;
        }
        foreach (var k in subject)
        {
            if (p[k].IsCapitalised && !Lexicon.NotNames.Contains(p[k].Text))
            {
                return true;
            }
        }
        var head = p[subject[^1]].Bare;
        return Lexicon.IsRoleNoun(head) || Lexicon.OrganisationNouns.Contains(head) || Lexicon.DocumentNouns.Contains(head)
            || subject.Count <= 4 && Lexicon.Determiners.Contains(p[subject[0]].Text);
    }

    /// <summary>
    /// "Lune's chief adviser", "Harbour Trust's spokeswoman", "Kell Courier newspaper's cartoonist":
    /// a segment opening with a capitalised owner in the possessive and going on in lowercase
    /// describes someone else, the name before it.
    /// </summary>
    private bool OpensWithOwner(int start, int stop)
    {
        for (var k = start; k < stop && k < start + 5; k++)
        {
            if (p[k].IsPossessive)
            {
                // "Kell Courier newspaper's": a lowercase word for the owner's kind may carry the possessive.
                var owner = p[k].IsCapitalised || k > start && p[k - 1].IsCapitalised && Lexicon.OrganisationNouns.Contains(p[k].Bare);
                return owner && k + 1 < stop && p[k + 1].IsWord && !p[k + 1].IsCapitalised;
            }
            if (!p[k].IsCapitalised && !p.IsAbbreviationDot(k))
            {
                return false;
            }
        }
        return false;
    }
}
