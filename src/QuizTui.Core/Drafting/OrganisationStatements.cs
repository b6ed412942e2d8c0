namespace QuizTui.Core.Drafting;

/// <summary>
/// Organisations speaking as one, through statements, letters and releases: "the company said in
/// a statement", "according to a letter from the council", "The statement read: …". An
/// organisation noun goes to the organisation of that kind the article names; a document to
/// whoever the article says issued it. (Quoted paragraphs that carry on one statement are
/// continuations, handled with the other continuations by <see cref="DraftBuilder"/>.)
/// </summary>
internal sealed class OrganisationStatements(Prose p, AttributionCues cues, SpeakerResolver resolver)
{
    /// <summary>
    /// Organisation nouns that name the same kind of body: "the company" may refer back to an
    /// organisation introduced as a retailer or a firm.
    /// </summary>
    private static readonly string[][] Kinds =
    [
        ["company", "firm", "corporation", "business", "startup", "start-up", "retailer", "manufacturer", "maker",
            "airline", "insurer", "provider", "developer", "brand", "studio", "publisher", "bank", "lender",
            "carrier", "chain", "operator", "utility", "platform", "network", "outlet", "newspaper", "broadcaster",
            "giant", "group"],
        ["agency", "department", "ministry", "government", "administration", "office", "service", "authority",
            "regulator", "commission"],
        ["council", "board", "committee", "commission", "city", "town", "county", "municipality", "district"],
        ["union", "association", "federation", "league", "club", "team", "society", "group", "coalition"],
        ["charity", "foundation", "nonprofit", "non-profit", "organization", "organisation", "group", "campaign"],
        ["university", "college", "school", "institute", "lab", "laboratory", "district", "board"],
        ["hospital", "clinic", "authority", "service"],
        ["police", "force", "department", "service"],
    ];

    /// <summary>"the company", "the council": the organisation of that kind, or the one mentioned most.</summary>
    public Resolution ResolveOrganisationNoun(string noun, int at, List<int> subject)
    {
        (int Token, Organisation Organisation)? named = null;
        (int Token, Organisation Organisation)? typed = null;
        Organisation? salient = null;
        foreach (var (token, org) in p.Entities.OrganisationMentions)
        {
            // "the ministry" after "the Norland Ministry of Transport": the noun heads the name before "of".
            if (token < at && (org.Name.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase) || NamedWithNounBeforeOf(org.Name, noun)))
            {
                named = (token, org);
            }
            if (token < at && org.Types.Any(type => SameKind(type, noun)))
            {
                typed = (token, org);
            }
            if (salient is null || org.Mentions > salient.Mentions)
            {
                salient = org;
            }
        }
        var words = "the " + noun;
        // Failing a name or a kind, the organisation named in the sentence before or this one
        // (a public body must be named or of its kind: "police" are not the company named before).
        var recent = p.Entities.OrganisationMentions.LastOrDefault(m => m.Token < at && p[at].Sentence - p[m.Token].Sentence <= 1);
        if ((named ?? typed ?? (recent.Organisation is null || Lexicon.PublicBodyNouns.Contains(noun) ? null : recent)) is { } found)
        {
            return Resolution.Of(found.Organisation.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationNoun,
                words, found.Organisation.Name, p.Distance(found.Token, at));
        }
        // "According to police": a public body the article does not name is not whichever
        // company it mentions most.
        // "The team wrote": a team of people (researchers, a crew) the article does not name is
        // not whichever organisation it mentions most either.
        if (salient is not null && !Lexicon.PublicBodyNouns.Contains(noun) && noun is not ("team" or "crew" or "panel"))
        {
            return Resolution.Of(salient.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationNounGuess, words, salient.Name);
        }
        var text = resolver.RoleText(subject);
        return Resolution.Of(text, SpeakerKind.Role, DraftConfidence.RoleWithoutName, text);
    }

    private static bool NamedWithNounBeforeOf(string name, string noun) =>
        name.StartsWith(noun + " of ", StringComparison.OrdinalIgnoreCase) || name.Contains(" " + noun + " of ", StringComparison.OrdinalIgnoreCase);

    private static bool SameKind(string type, string noun) =>
        string.Equals(type, noun, StringComparison.OrdinalIgnoreCase)
        || Kinds.Any(kind => kind.Contains(type, StringComparer.OrdinalIgnoreCase) && kind.Contains(noun, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "the statement", "the council's letter", "Keiser's memo": whoever issued it, from the
    /// possessive, or from the sentence that first brought the document up ("The club released a
    /// statement on Sunday.").
    /// </summary>
    public Resolution ResolveDocument(List<int> subject)
    {
        var noun = p[subject[^1]].Bare.ToLowerInvariant();
        var words = resolver.RoleText(subject);
        for (var i = subject.Count - 2; i >= 0; i--)
        {
            if (p[subject[i]].IsPossessive)
            {
                var owner = resolver.Resolve(subject.GetRange(0, i + 1));
                if (owner.Resolved)
                {
                    return owner with { Level = owner.Weaker(DraftConfidence.NamedInSentence), Rank = Math.Min(owner.Rank, DraftConfidence.NamedInSentence.Rank) };
                }
            }
        }
        var at = subject[0];
        // "The Harbour Office letter reads": a body named right before the document issued it.
        if (BodyNamedBefore(subject) is { } issuingBody)
        {
            return Resolution.Of(issuingBody.Name, SpeakerKind.Organisation, DraftConfidence.DocumentOwner, words, issuingBody.Name, "named with it");
        }
        // "The council released a statement which said": issued in this very sentence.
        var document = subject[^1];
        if ((p.IsWordAt(document + 1, "which") || p.IsWordAt(document + 1, "that")) && Issuer(document) is { Resolved: true } issuedHere)
        {
            return Resolution.Of(issuedHere.Name!, issuedHere.Kind, DraftConfidence.DocumentOwner, words, issuedHere.Name!, "in the same sentence");
        }
        var sentence = p[at].Sentence;
        for (var k = at - 1; k >= 0; k--)
        {
            if (p[k].Sentence == sentence || !p[k].IsWord || !p[k].Bare.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (Issuer(k) is { Resolved: true } issuer)
            {
                return Resolution.Of(issuer.Name!, issuer.Kind, DraftConfidence.DocumentOwner, words, issuer.Name!, p.Distance(k, at));
            }
        }
        // "The government statement said" after "The government of Norland announced …": the body
        // the article names with the noun before the document, rather than a guess.
        if (subject.Count >= 2 && p[subject[^2]] is { IsWord: true, IsCapitalised: false } kind && Lexicon.OrganisationNouns.Contains(kind.Bare)
            && BodyNamedWithNounAndPlace(kind.Bare, at) is var (body, named))
        {
            return Resolution.Of(body, SpeakerKind.Organisation, DraftConfidence.OrganisationNoun, words, body, p.Distance(named, at));
        }
        var salient = p.Entities.Organisations.OrderByDescending(o => o.Mentions).FirstOrDefault();
        return salient is null
            ? Resolution.Unresolved()
            : Resolution.Of(salient.Name, SpeakerKind.Organisation, DraftConfidence.DocumentOwnerGuess, words, salient.Name);
    }

    /// <summary>
    /// The organisation the article names whose name is, or ends in, the capitalised words right
    /// before the document's noun ("the Harbour Office letter"), by its fullest name; null otherwise.
    /// </summary>
    private Organisation? BodyNamedBefore(List<int> subject)
    {
        var first = subject.Count - 1;
        while (first > 0 && p[subject[first - 1]] is { IsWord: true, IsCapitalised: true, IsPossessive: false } word
               && subject[first - 1] == subject[first] - 1 && !Lexicon.Determiners.Contains(word.Text))
        {
            first--;
        }
        if (first == subject.Count - 1)
        {
            return null;
        }
        // "Harbour Office" after "the Norland Harbour Office": the one body whose name ends in the words.
        var words = p.Words(subject[first], subject[^2]);
        var ending = p.Entities.Organisations.Where(o => o.Name.EndsWith(" " + words, StringComparison.OrdinalIgnoreCase)).ToList();
        return p.Entities.FindOrganisation(words) ?? (ending is [var only] ? only : null);
    }

    /// <summary>
    /// "government of Norland", "council of Kell" printed before <paramref name="at"/>: the body's name
    /// as printed and where, when the article names one such body with that noun; null otherwise.
    /// </summary>
    private (string Name, int Token)? BodyNamedWithNounAndPlace(string noun, int at)
    {
        var names = new List<(string Name, int Token)>();
        for (var k = 0; k + 2 < at; k++)
        {
            if (!p[k].IsWord || !p[k].Bare.Equals(noun, StringComparison.OrdinalIgnoreCase) || !p.IsWordAt(k + 1, "of"))
            {
                continue;
            }
            var place = p.IsWordAt(k + 2, "the") ? k + 3 : k + 2;
            var end = place;
            while (end < at && p[end].IsCapitalised && !p[end].IsPossessive && p[end].Sentence == p[k].Sentence)
            {
                end++;
            }
            if (end > place)
            {
                names.Add((p.Words(k, end - 1), k));
            }
        }
        return names.Select(n => n.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1 ? names[^1] : null;
    }

    /// <summary>Who issued the document mentioned at <paramref name="noun"/>: the subject of its sentence's speech or issuing verb.</summary>
    private Resolution? Issuer(int noun)
    {
        var s0 = p.SentenceStart(noun);
        var last = p.SentenceLast(noun);
        for (var k = s0; k <= last; k++)
        {
            if (!p[k].IsWord || p[k].IsCapitalised && k > s0)
            {
                continue;
            }
            var issuing = Lexicon.IssuingVerbs.Contains(p[k].Text);
            if (!issuing && !(Lexicon.IsSpeechVerb(p[k].Text) && !Lexicon.WeakSpeechVerbs.Contains(p[k].Text)))
            {
                continue;
            }
            if (cues.SubjectBefore(s0, k) is { } subject && !subject.Any(t => Lexicon.DocumentNouns.Contains(p[t].Bare)))
            {
                return resolver.Resolve(subject);
            }
        }
        // "according to a statement from the council", "a letter from the mayor"
        if (noun + 2 <= last && p[noun + 1].Text is "from" or "by" && cues.NounPhraseForward(noun + 2) is { Count: > 0 } owner)
        {
            return resolver.Resolve(owner);
        }
        // "the warning issued by the weather service": the issuer after a participle and "by".
        // "a resolution passed by the assembly": the body that voted it through.
        if (noun + 3 <= last && (Lexicon.IssuingVerbs.Contains(p[noun + 1].Text) || Lexicon.AdoptingVerbs.Contains(p[noun + 1].Text)) && p.IsWordAt(noun + 2, "by")
            && cues.NounPhraseForward(noun + 3) is { Count: > 0 } issuedBy)
        {
            return resolver.Resolve(issuedBy);
        }
        return null;
    }
}
