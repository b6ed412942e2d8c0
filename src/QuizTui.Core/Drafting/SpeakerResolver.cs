namespace QuizTui.Core.Drafting;

/// <summary>
/// Turns the subject of an attribution into a speaker: a name into the person or organisation the
/// article names, a surname or "Mr. Doe" into the full name given earlier, a pronoun into the most
/// recent person introduced as the subject of a sentence whose gender (as the text shows it)
/// agrees, and a role ("the mayor") into the person given that title. Organisation nouns and
/// documents ("the company", "the statement") go to <see cref="OrganisationStatements"/>.
/// </summary>
internal sealed partial class SpeakerResolver(Prose p, AttributionCues cues)
{
    private OrganisationStatements? _statements;

    public OrganisationStatements Statements => _statements ??= new OrganisationStatements(p, cues, this);

    /// <summary>
    /// The speaker the subject names, or no speaker when what the rules read is no one at all (a
    /// fragment such as "Previously you" or "I've"): such a speaker is always wrong, and leaving
    /// the quotation without one lets a suggestion take its place.
    /// </summary>
    public Resolution Resolve(List<int> subject)
    {
        if (subject.Count > 0 && subject.TrueForAll(k => p[k].IsWord && Lexicon.CountingWords.Contains(p[k].Text)))
        {
            return OrdinalAfterOne(subject) ?? (CutBeforeItsNoun(subject) ? Resolution.Unresolved() : ResolveSubject(subject));
        }
        var resolution = ResolveSubject(subject);
        return resolution.Name is { } name && !IsPlausibleSpeaker(name, resolution.Kind) ? Resolution.Unresolved() : resolution;
    }

    private Resolution ResolveSubject(List<int> subject)
    {
        // "The study itself found": a reflexive after the subject only stresses it.
        if (subject.Count > 1 && p[subject[^1]].Text.ToLowerInvariant() is "itself" or "himself" or "herself" or "themselves")
        {
            subject = subject[..^1];
        }
        var at = subject[0];
        if (subject.Count == 1 && Lexicon.Pronouns.Contains(p[at].Text))
        {
            return ResolvePronoun(p[at].Text.ToLowerInvariant(), at);
        }
        // "according to him": the object pronoun as its subject form.
        if (subject.Count == 1 && p[at].Text is "him" or "her" or "them")
        {
            return ResolvePronoun(p[at].Text switch { "him" => "he", "her" => "she", _ => "they" }, at);
        }
        if (AgeRefersBack(subject) is { } aged)
        {
            return aged;
        }
        var headToken = p[subject[^1]];
        if (headToken.IsWord && headToken.Text == "family" && Family(subject) is { } family)
        {
            return family;
        }
        if (headToken.IsWord && !headToken.IsCapitalised && Lexicon.DocumentNouns.Contains(headToken.Bare))
        {
            return Statements.ResolveDocument(subject);
        }
        if (BodyOfPlace(subject) is { } body)
        {
            return Resolution.Of(body, SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence);
        }
        var runs = p.Entities.WithWordSurnames(EntityIndex.RunsIn(p.Tokens, subject[0], subject[^1] + 1), subject[^1] + 1);
        if (JointSpeakers(subject, runs) is { } joint)
        {
            return joint;
        }
        // "said a New Hampshire Republican": someone of a place and a party, whom the article never names.
        if (subject.Count >= 3 && p[at].Text.ToLowerInvariant() is "a" or "an" or "another" or "one" && headToken.IsCapitalised
            && Lexicon.PartyMemberNouns.Contains(headToken.Text))
        {
            var partisan = RoleDescription(subject);
            return Resolution.Of(partisan, SpeakerKind.Role, DraftConfidence.RoleWithoutName, partisan);
        }
        NameRun? multi = null;
        foreach (var run in runs)
        {
            if (run.Count >= 2 && !IsInsidePhrase(run.First, subject[0]))
            {
                multi = run;
            }
        }
        if (multi is { } named)
        {
            if (p.Entities.FindOrganisation(named.Name) is { } org)
            {
                // "the Harbour Court judge", "the Lindenport County sheriff": a body or place that only
                // says which judge or sheriff; a spokesperson or official, though, speaks for the body.
                return named.Last + 1 == subject[^1] && headToken.IsWord && !headToken.IsCapitalised && Lexicon.IsRoleNoun(headToken.Bare)
                       && !Lexicon.VoiceRoles.Contains(headToken.Bare)
                    ? ResolveRole(subject, headToken.Bare, named)
                    : Resolution.Of(org.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence);
            }
            if (p.Entities.FindPerson(named.Name) is { } known)
            {
                return Resolution.Of(p.Entities.FullerNameEndingIn(known.FullName) ?? known.FullName, SpeakerKind.Person, DraftConfidence.NamedInSentence);
            }
            if (p.Entities.FullerNameEndingIn(named.Name) is { } fuller)
            {
                return Resolution.Of(fuller, SpeakerKind.Person, DraftConfidence.NamedInSentence);
            }
            // "a New Hampshire Republican said": the name only describes the speaker.
            return named.Last + 1 == subject[^1] && p[subject[^1]].IsWord && !p[named.Last].IsPossessive
                ? Resolution.Of(named.Name, SpeakerKind.Person, DraftConfidence.NameBeforeNoun, named.Name, p.Words(named.First, subject[^1]))
                : Resolution.Of(named.Name, SpeakerKind.Person, DraftConfidence.NamedInSentence);
        }
        // "the Pope", and "the king" written in lower case: a title alone, for the one person who holds it.
        if (runs.Count == 0 && (headToken.IsCapitalised || headToken.IsWord && Lexicon.Honorifics.Contains(headToken.Bare) && !Lexicon.IsRoleNoun(headToken.Bare))
            && TitleHolder(subject, subject[^1]) is { } titled)
        {
            return titled;
        }
        if (headToken.IsWord && Lexicon.IsRoleNoun(headToken.Bare) && !EntityIndex.IsSurnameAfterPersonalHonorific(p.Tokens, subject[^1]))
        {
            return ResolveRole(subject, headToken.Bare);
        }
        if (runs.Count > 0)
        {
            var run = runs[^1];
            var written = HonorificBefore(run.First) is { } honorific ? $"{honorific} {run.Name}" : run.Name;
            // "the Lindenport ministry" after "the Lindenport Ministry of Fisheries": the body of that
            // place the article names, not the place.
            if (run.Last + 1 == subject[^1] && headToken.IsWord && !headToken.IsCapitalised && Lexicon.OrganisationNouns.Contains(headToken.Bare)
                && BodyOfPlaceNamed(run, headToken.Bare) is { } namedBody)
            {
                return Resolution.Of(namedBody, SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence);
            }
            if (!IsSurnameOfPerson(run, at) && p.Entities.FindOrganisation(run.Name) is { } org)
            {
                return Resolution.Of(org.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence);
            }
            if (p.Entities.FindPersonBySurname(run.Name, at, p.Entities.GenderOfHonorificBefore(run.First)) is { } person)
            {
                if (person.FullName == run.Name)
                {
                    if ((GivenNameAfterTitle(run, written) ?? FullNamePrinted(run, written, at) ?? FamilyNameFirst(run, written)) is { } printed)
                    {
                        return printed;
                    }
                    // A speaker is named without titles, "Mr." and "Ms." included: the reason keeps the words as printed.
                    return Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.NameNotGivenInFull, written);
                }
                var first = p.Entities.FirstMention(person);
                var where = first >= 0 && first < at ? p.Distance(first, at) : "elsewhere in the article";
                var sharing = p.Entities.PeopleWithSurname(run.Name);
                if (sharing > 1)
                {
                    return Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.SurnameShared, written, person.FullName, where, sharing);
                }
                // "Ada Lune" printed (a headline, a subject with no title) beside the one person known as "Tomas Lune".
                if (p.Entities.OtherPrintedNameEndingIn(run.Name, person) is not null)
                {
                    return Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.SurnameShared, written, person.FullName, where, 2);
                }
                return DescribingPhrase(run, subject) is { } phrase
                    ? Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.SurnameDescribes, written, person.FullName, where, phrase)
                    : Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.SurnameInSentence, written, person.FullName, where);
            }
            if (p.Entities.FindPerson(run.Name) is { } byName)
            {
                return Resolution.Of(byName.FullName, SpeakerKind.Person, DraftConfidence.NamedInSentence);
            }
            if (p[run.First].IsAcronym && run.Count == 1)
            {
                return Resolution.Of(run.Name, SpeakerKind.Organisation, DraftConfidence.AcronymInSentence, run.Name);
            }
            if (run.Count == 1 && TitleHolder(subject, run.First) is { } holder)
            {
                return holder;
            }
            // "Police say …" opening a sentence: the capital is the sentence's, the word the body's noun.
            if (run.Count == 1 && run.Last == subject[^1] && IsSentenceStart(run.First) && Lexicon.OrganisationNouns.Contains(run.Name)
                && p.Entities.PrintedNameEndingIn(run.Name) is null)
            {
                return Statements.ResolveOrganisationNoun(run.Name.ToLowerInvariant(), at, subject);
            }
            // "the Board said" after "the Lindenport Water Board": the body's word with "the" refers back to it.
            if (run.Count == 1 && run.Last == subject[^1] && p.IsWordAt(run.First - 1, "the") && Lexicon.OrganisationNouns.Contains(run.Name)
                && p.Entities.OnlyOrganisationNamedWith(run.Name) is { } bodyNamed)
            {
                var mention = p.Entities.OrganisationMentions.LastOrDefault(m => m.Token < at && m.Organisation == bodyNamed);
                return Resolution.Of(bodyNamed.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationNoun, "the " + run.Name, bodyNamed.Name,
                    mention.Organisation is null ? "elsewhere in the article" : p.Distance(mention.Token, at));
            }
            if (run.Last == subject[^1] && PlaceAfterRole(subject, run) is { } role)
            {
                return role;
            }
            if (run.Last == subject[^1])
            {
                return GivenNameAfterTitle(run, written)
                    ?? FullNamePrinted(run, written, at)
                    ?? FamilyNameFirst(run, written)
                    ?? SurnameSpeltLike(run, written)
                    ?? Resolution.Of(run.Name, SpeakerKind.Person, DraftConfidence.NameNotGivenInFull, written);
            }
        }
        if (headToken.IsWord && !headToken.IsCapitalised && Lexicon.OrganisationNouns.Contains(headToken.Bare))
        {
            return Statements.ResolveOrganisationNoun(headToken.Bare.ToLowerInvariant(), at, subject);
        }
        if (IsClauseFragment(subject))
        {
            return Resolution.Unresolved();
        }
        var description = RoleDescription(subject);
        return Resolution.Of(description, SpeakerKind.Role, DraftConfidence.RoleWithoutName, description);
    }

    /// <summary>
    /// "the intelligence chief in Westmark", "a lawyer from Kell": a name after "in", "from" or "at"
    /// that ends the subject says where the role before it is; the speaker is that role, never the
    /// place. Null when no role noun stands before the preposition.
    /// </summary>
    private Resolution? PlaceAfterRole(List<int> subject, NameRun run)
    {
        var preposition = run.First - 1;
        if (preposition <= subject[0] || !p[preposition].IsWord || p[preposition].Text is not ("in" or "from" or "at"))
        {
            return null;
        }
        var head = preposition - 1;
        if (!p[head].IsWord || p[head].IsCapitalised || !Lexicon.IsRoleNoun(p[head].Bare))
        {
            return null;
        }
        return ResolveRole([.. subject.Where(k => k <= head)], p[head].Bare);
    }

    /// <summary>
    /// "his family said", "said Ana Ruiz's family", "a statement from the Lune family": a family
    /// speaks as one, known by the person it is named for ("Tom Baker's family", the person
    /// "his" or "her" stands for) or by the name printed before it ("Lune family"). Null for "the
    /// family" and the like, which name no one.
    /// </summary>
    private Resolution? Family(List<int> subject)
    {
        var before = subject[^1] - 1;
        if (before < subject[0] || !p[before].IsWord || !p.SameSentence(before, subject[^1]))
        {
            return null;
        }
        var words = p.Words(before, subject[^1]);
        if (p[before].Text is "his" or "her" or "His" or "Her")
        {
            var person = ResolvePronoun(p[before].Text.ToLowerInvariant() == "his" ? "he" : "she", before);
            return person is { Resolved: true, Kind: SpeakerKind.Person }
                ? Resolution.Of($"{person.Name}'s family", SpeakerKind.Organisation, DraftConfidence.OrganisationNoun, words, $"{person.Name}'s family", $"for {person.Name}, whom '{p[before].Text}' stands for")
                : null;
        }
        var runs = EntityIndex.RunsIn(p.Tokens, subject[0], subject[^1]);
        if (runs.Count == 0 || runs[^1].Last != before || p[runs[^1].First].IsAcronym)
        {
            return null;
        }
        var run = runs[^1];
        if (p[run.Last].IsPossessive)
        {
            var owner = p.Entities.FindPerson(run.Name)?.FullName ?? p.Entities.FindPersonBySurname(run.Name[(run.Name.LastIndexOf(' ') + 1)..], run.First)?.FullName;
            return owner is null ? null : Resolution.Of($"{owner}'s family", SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence);
        }
        return run.Count == 1
            ? Resolution.Of($"{run.Name} family", SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence)
            : null;
    }

    /// <summary>
    /// One word that is the surname of a person the article names, or of the one fuller name it
    /// prints: "Lune said" is the person even when "the Lune campaign" or "Lune Holdings" made the
    /// word look like an organisation's name.
    /// </summary>
    private bool IsSurnameOfPerson(NameRun run, int at) =>
        run.Count == 1 && !p[run.First].IsAcronym
        && (p.Entities.FindPersonBySurname(run.Name, at) is not null || p.Entities.PrintedNameEndingIn(run.Name) is not null);

    /// <summary>
    /// "Lune's office", "the Lune campaign", "one Lune supporter": a surname that is possessive or
    /// has a noun after it in the subject only describes whoever speaks; such picks were right
    /// about half the time on PolNeAR train's named sources (docs/quotation-drafting.md). The
    /// words as printed, or null for a surname alone.
    /// </summary>
    private string? DescribingPhrase(NameRun run, List<int> subject)
    {
        if (run.Last != subject[^1])
        {
            return p.Words(subject[0], subject[^1]);
        }
        if (!p[run.Last].IsPossessive)
        {
            return null;
        }
        var next = run.Last + 1;
        return next < p.Count && p.SameSentence(next, run.Last) && p[next].IsWord ? p.Words(subject[0], next) : p.Words(subject[0], run.Last);
    }

    /// <summary>A one-word name that is the surname of the one fuller name the article prints, as that name.</summary>
    private Resolution? FullNamePrinted(NameRun run, string written, int at)
    {
        if (run.Count != 1 || p.Entities.PrintedNameEndingIn(run.Name) is not { } printed)
        {
            return null;
        }
        var where = printed.Token < at ? p.Distance(printed.Token, at) : "later in the article";
        return Resolution.Of(printed.Name, SpeakerKind.Person, DraftConfidence.SurnameOfNamePrinted, written, printed.Name, where);
    }

    /// <summary>
    /// "Nina Cole and Raj Mehta said": two speakers named together. The quotation is theirs
    /// jointly, which a who-said-what question cannot ask as one person: the draft says to check.
    /// </summary>
    private Resolution? JointSpeakers(List<int> subject, List<NameRun> runs)
    {
        for (var i = 0; i + 1 < runs.Count; i++)
        {
            var between = runs[i + 1].First - runs[i].Last;
            if (between == 2 && p.IsWordAt(runs[i].Last + 1, "and") && subject.Contains(runs[i + 1].Last)
                && !p.Entities.Organisations.Any(o => o.Name == EntityIndex.CanonicalOrganisation(p.Words(runs[i].First, runs[i + 1].Last))))
            {
                var names = string.Join(" and ", new[] { runs[i], runs[i + 1] }.Select(r =>
                    p.Entities.FindPersonBySurname(r.Name[(r.Name.LastIndexOf(' ') + 1)..], r.First)?.FullName ?? r.Name));
                return Resolution.Of(names, SpeakerKind.Person, DraftConfidence.JointSpeakers, names);
            }
        }
        return null;
    }

    /// <summary>"the government of American Samoa": an organisation noun, "of" and a place name, named as the article writes it.</summary>
    private string? BodyOfPlace(List<int> subject)
    {
        var from = 0;
        while (from < subject.Count && Lexicon.Determiners.Contains(p[subject[from]].Text))
        {
            from++;
        }
        if (subject.Count - from < 3 || p[subject[from]].IsCapitalised || !Lexicon.OrganisationNouns.Contains(p[subject[from]].Bare)
            || !p.IsWordAt(subject[from + 1], "of") || subject.Skip(from + 2).Any(k => !p[k].IsCapitalised))
        {
            return null;
        }
        return p.Words(subject[from], subject[^1]);
    }

    /// <summary>The one organisation the article names that begins with the place and holds the noun ("Kell Fisheries Ministry" for "the Kell ministry").</summary>
    private string? BodyOfPlaceNamed(NameRun place, string noun)
    {
        var found = p.Entities.Organisations.Where(o => o.Name.StartsWith(place.Name + " ", StringComparison.OrdinalIgnoreCase)
            && o.Name.Split(' ').Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase))).Select(o => o.Name).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>True when a name inside the subject sits in a prepositional phrase ("… of the Riverton Hawks").</summary>
    private bool IsInsidePhrase(int first, int subjectStart)
    {
        var k = first - 1;
        while (k >= subjectStart && p[k].IsWord && Lexicon.Determiners.Contains(p[k].Text))
        {
            k--;
        }
        return k >= subjectStart && p[k].IsWord && !p[k].IsCapitalised && p[k].Text is "of" or "at" or "with" or "for" or "from";
    }

    private bool IsSentenceStart(int token) => token == 0 || !p.SameSentence(token - 1, token);

    private string? HonorificBefore(int first)
    {
        var k = first - 1;
        if (k >= 0 && p[k].IsPunct('.'))
        {
            k--;
        }
        return k >= 0 && p.SameSentence(k, first) && p[k].IsWord && p[k].IsCapitalised && Lexicon.Honorifics.Contains(p[k].Text)
            ? p[k].Text + (p[k + 1].IsPunct('.') ? "." : "")
            : null;
    }

    public string RoleText(List<int> subject)
    {
        var from = 0;
        while (from < subject.Count - 1 && Lexicon.Determiners.Contains(p[subject[from]].Text))
        {
            from++;
        }
        return p.Words(subject[from], subject[^1]);
    }

    /// <summary>
    /// "the Pope", "the King", "the Governor": a title alone, after "the", stands for the one
    /// person the article names with it ("Pope Gregory", "King Osric", "Gov. Ada Reyes").
    /// </summary>
    private Resolution? TitleHolder(List<int> subject, int title)
    {
        if (title == 0 || !p.IsWordAt(title - 1, "the") || title - 1 < subject[0])
        {
            return null;
        }
        var word = p[title].Bare;
        var holders = p.Entities.People.Where(person =>
            person.FullName.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) || person.HoldsTitle(word)).ToList();
        if (holders.Count != 1)
        {
            return null;
        }
        var holder = holders[0];
        return Resolution.Of(holder.FullName, SpeakerKind.Person, DraftConfidence.RoleRefersBack,
            "the " + word, holder.FullName, holder.TitleWith(word) ?? word);
    }
}
