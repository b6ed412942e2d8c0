namespace QuizTui.Core.Drafting;

/// <summary>
/// Turns the subject of an attribution into a speaker: a name into the person or organisation the
/// article names, a surname or "Mr. Doe" into the full name given earlier, a pronoun into the most
/// recent person introduced as the subject of a sentence whose gender (as the text shows it)
/// agrees, and a role ("the mayor") into the person given that title. Organisation nouns and
/// documents ("the company", "the statement") go to <see cref="OrganisationStatements"/>.
/// </summary>
internal sealed class SpeakerResolver(Prose p, AttributionCues cues)
{
    private OrganisationStatements? _statements;

    public OrganisationStatements Statements => _statements ??= new OrganisationStatements(p, cues, this);

    public Resolution Resolve(List<int> subject)
    {
        var at = subject[0];
        if (subject.Count == 1 && Lexicon.Pronouns.Contains(p[at].Text))
        {
            return ResolvePronoun(p[at].Text.ToLowerInvariant(), at);
        }
        var headToken = p[subject[^1]];
        if (headToken.IsWord && !headToken.IsCapitalised && Lexicon.DocumentNouns.Contains(headToken.Bare))
        {
            return Statements.ResolveDocument(subject);
        }
        if (BodyOfPlace(subject) is { } body)
        {
            return Resolution.Of(body, SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence);
        }
        var runs = EntityIndex.RunsIn(p.Tokens, subject[0], subject[^1] + 1);
        if (JointSpeakers(subject, runs) is { } joint)
        {
            return joint;
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
                return Resolution.Of(org.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence);
            }
            if (p.Entities.FindPerson(named.Name) is { } known)
            {
                return Resolution.Of(known.FullName, SpeakerKind.Person, DraftConfidence.NamedInSentence);
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
        if (headToken.IsWord && Lexicon.IsRoleNoun(headToken.Bare))
        {
            return ResolveRole(subject, headToken.Bare);
        }
        if (runs.Count > 0)
        {
            var run = runs[^1];
            var written = HonorificBefore(run.First) is { } honorific ? $"{honorific} {run.Name}" : run.Name;
            if (!IsSurnameOfPerson(run, at) && p.Entities.FindOrganisation(run.Name) is { } org)
            {
                return Resolution.Of(org.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationInSentence);
            }
            if (p.Entities.FindPersonBySurname(run.Name, at) is { } person)
            {
                if (person.FullName == run.Name)
                {
                    if (FullNamePrinted(run, written, at) is { } printed)
                    {
                        return printed;
                    }
                    // A speaker is named without titles, "Mr." and "Ms." included: the reason keeps the words as printed.
                    return Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.NameNotGivenInFull, written);
                }
                var first = p.Entities.FirstMention(person);
                var where = first >= 0 && first < at ? p.Distance(first, at) : "elsewhere in the article";
                var sharing = p.Entities.PeopleWithSurname(run.Name);
                return sharing > 1
                    ? Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.SurnameShared, written, person.FullName, where, sharing)
                    : Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.SurnameInSentence, written, person.FullName, where);
            }
            if (p.Entities.FindPerson(run.Name) is { } byName)
            {
                return Resolution.Of(byName.FullName, SpeakerKind.Person, DraftConfidence.NamedInSentence);
            }
            if (p[run.First].IsAcronym)
            {
                return Resolution.Of(run.Name, SpeakerKind.Organisation, DraftConfidence.AcronymInSentence, run.Name);
            }
            if (run.Count == 1 && TitleHolder(subject, run.First) is { } holder)
            {
                return holder;
            }
            if (run.Last == subject[^1])
            {
                return FullNamePrinted(run, written, at)
                    ?? Resolution.Of(run.Name, SpeakerKind.Person, DraftConfidence.NameNotGivenInFull, written);
            }
        }
        if (headToken.IsWord && !headToken.IsCapitalised && Lexicon.OrganisationNouns.Contains(headToken.Bare))
        {
            return Statements.ResolveOrganisationNoun(headToken.Bare.ToLowerInvariant(), at, subject);
        }
        var description = RoleDescription(subject);
        return Resolution.Of(description, SpeakerKind.Role, DraftConfidence.RoleWithoutName, description);
    }

    /// <summary>
    /// One word that is the surname of a person the article names, or of the one fuller name it
    /// prints: "Lune said" is the person even when "the Lune campaign" or "Lune Holdings" made the
    /// word look like an organisation's name.
    /// </summary>
    private bool IsSurnameOfPerson(NameRun run, int at) =>
        run.Count == 1 && !p[run.First].IsAcronym
        && (p.Entities.FindPersonBySurname(run.Name, at) is not null || p.Entities.PrintedNameEndingIn(run.Name) is not null);

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

    // ---- pronouns ----

    /// <summary>
    /// "he" or "she" goes to the most recent person named as the subject of a sentence (a
    /// speaker, or someone introduced doing something), not to one mentioned only in passing
    /// ("praised Gov. Hale"), whose gender agrees or is not shown; "it" and "they" to the most
    /// recent organisation, "they" also to a person the text gives no gender.
    /// </summary>
    public Resolution ResolvePronoun(string pronoun, int at)
    {
        switch (pronoun)
        {
            case "he" or "she":
                var gender = pronoun == "he" ? Gender.Male : Gender.Female;
                if (LatestMention(at, gender, asSubject: true) is { } subjectMention)
                {
                    // The subject of the sentence just before keeps the pronoun ("Kay Moss called it
                    // a scandal. She said …"). Further back, a person the text shows to agree comes
                    // before a nearer one it shows nothing about, and the draft says to check.
                    if (subjectMention.Person.Gender == Gender.Unknown && p[at].Sentence - p[subjectMention.Token].Sentence >= 2
                        && LatestAgreeing(at, gender) is { } agreeing)
                    {
                        return Resolution.Of(agreeing.Person.FullName, SpeakerKind.Person, DraftConfidence.PronounPassesOver,
                            pronoun, agreeing.Person.FullName, Introduced(agreeing.Person, agreeing.Token, at), subjectMention.Person.FullName);
                    }
                    return PronounResolution(pronoun, subjectMention, gender, at, sure: true);
                }
                if (LatestMention(at, gender, asSubject: false) is { } anyMention)
                {
                    return PronounResolution(pronoun, anyMention, gender, at, sure: false);
                }
                // Nobody agrees: "Meltzer tweeted after hearing of her death. He said …" read "her" as
                // Meltzer's. A subject whose gender rests on one pronoun alone is offered, to check.
                if (LatestWeaklyOpposed(at) is { } weak)
                {
                    return Resolution.Of(weak.Person.FullName, SpeakerKind.Person, DraftConfidence.PronounUnsure,
                        pronoun, weak.Person.FullName, Introduced(weak.Person, weak.Token, at));
                }
                return Resolution.Unresolved();
            case "they":
                var lastPerson = p.Entities.PersonMentions.LastOrDefault(m => m.Token < at && m.AsSubject && m.Person.Gender == Gender.Unknown);
                var lastOrg = p.Entities.OrganisationMentions.LastOrDefault(m => m.Token < at);
                if (lastPerson.Person is not null && (lastOrg.Organisation is null || lastPerson.Token > lastOrg.Token))
                {
                    return Resolution.Of(lastPerson.Person.FullName, SpeakerKind.Person, DraftConfidence.PronounUnsure,
                        pronoun, lastPerson.Person.FullName, Introduced(lastPerson.Person, lastPerson.Token, at));
                }
                if (lastOrg.Organisation is not null)
                {
                    return Resolution.Of(lastOrg.Organisation.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationPronoun,
                        pronoun, lastOrg.Organisation.Name, p.Distance(lastOrg.Token, at));
                }
                return Resolution.Unresolved();
            case "it":
                var org = p.Entities.OrganisationMentions.LastOrDefault(m => m.Token < at);
                return org.Organisation is null
                    ? Resolution.Unresolved()
                    : Resolution.Of(org.Organisation.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationPronoun,
                        pronoun, org.Organisation.Name, p.Distance(org.Token, at));
            default:
                return Resolution.Unresolved();
        }
    }

    private PersonMention? LatestMention(int at, Gender gender, bool asSubject)
    {
        var mentions = p.Entities.PersonMentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.Token < at && (mention.AsSubject || !asSubject)
                && (mention.Person.Gender == Gender.Unknown || mention.Person.Gender == gender)
                && !(asSubject && ReportedBySubjectBefore(i, gender)))
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>
    /// "Ryan said Obama had never respected the right. He …": a name that opens a clause reported
    /// by someone named as the subject earlier in the same sentence is what the speaker talked
    /// about; a pronoun after the sentence goes on with the speaker, when the speaker fits it. (Also
    /// when only the person spoken about is shown to fit: a pronoun in the reported clause is weak
    /// evidence, and trusting it lost right speakers on PolNeAR train.)
    /// </summary>
    private bool ReportedBySubjectBefore(int index, Gender gender)
    {
        var mentions = p.Entities.PersonMentions;
        var mention = mentions[index];
        for (var j = index - 1; j >= 0 && p.SameSentence(mentions[j].Token, mention.Token); j--)
        {
            var speaker = mentions[j];
            if (!speaker.AsSubject || speaker.Person == mention.Person
                || speaker.Person.Gender != Gender.Unknown && speaker.Person.Gender != gender)
            {
                continue;
            }
            for (var k = speaker.Token + 1; k < mention.Token; k++)
            {
                if (p[k].IsWord && (Lexicon.IsSpeechVerb(p[k].Text) || Lexicon.Participles.Contains(p[k].Text)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The person last named, in the pronoun's sentence or the one before, when their gender rests on a single pronoun.</summary>
    private PersonMention? LatestWeaklyOpposed(int at)
    {
        var mentions = p.Entities.PersonMentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.Token < at)
            {
                return p[at].Sentence - p[mention.Token].Sentence <= 1 && Math.Abs(mention.Person.FemaleVotes - mention.Person.MaleVotes) == 1
                    ? mention
                    : null;
            }
        }
        return null;
    }

    /// <summary>The latest person named as a subject whom the text shows to have the pronoun's gender, in its paragraph or the two before.</summary>
    private PersonMention? LatestAgreeing(int at, Gender gender)
    {
        var mentions = p.Entities.PersonMentions;
        var fromParagraph = p[at].Paragraph - 2;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.Token < at && mention.AsSubject && p[mention.Token].Paragraph >= fromParagraph && mention.Person.Gender == gender)
            {
                return mention;
            }
        }
        return null;
    }

    private Resolution PronounResolution(string pronoun, PersonMention mention, Gender gender, int at, bool sure)
    {
        var person = mention.Person;
        // A person the text gives no gender is still a sure antecedent when no one else the
        // pronoun could mean was named as a subject in the last few paragraphs.
        var level = !sure || person.Gender != gender && AnotherCandidate(mention, gender, at) ? DraftConfidence.PronounUnsure
            // Named two or more paragraphs back, the pick is wrong about half the time on PolNeAR train.
            : p[at].Paragraph - p[mention.Token].Paragraph >= 2 ? DraftConfidence.PronounFar
            : DraftConfidence.PronounAgrees;
        if (person.Gender == Gender.Unknown)
        {
            // "he" now stands for this person, so a later "she" looks elsewhere.
            if (gender == Gender.Male)
            {
                person.MaleVotes++;
            }
            else
            {
                person.FemaleVotes++;
            }
        }
        return Resolution.Of(person.FullName, SpeakerKind.Person, level, pronoun, person.FullName, Introduced(person, mention.Token, at));
    }

    /// <summary>
    /// Whether someone else the pronoun could mean was named as a subject lately: in the chosen
    /// person's own paragraph, or, when the chosen mention is more than a sentence back, in the
    /// three paragraphs before the pronoun.
    /// </summary>
    private bool AnotherCandidate(PersonMention chosen, Gender gender, int at)
    {
        var adjacent = p[at].Sentence - p[chosen.Token].Sentence <= 1;
        var fromParagraph = p[at].Paragraph - 3;
        return p.Entities.PersonMentions.Exists(m => m.Token < at && m.AsSubject && m.Person != chosen.Person
            && (m.Person.Gender == Gender.Unknown || m.Person.Gender == gender)
            && (adjacent ? p[m.Token].Paragraph == p[chosen.Token].Paragraph : p[m.Token].Paragraph >= fromParagraph));
    }

    /// <summary>"introduced two paragraphs earlier", or "last named …" when that was not the first mention.</summary>
    private string Introduced(NamedPerson person, int mention, int at)
    {
        var first = p.Entities.FirstMention(person);
        var verb = first == mention ? "introduced" : "last named";
        return $"{verb} {p.Distance(mention, at)}";
    }

    // ---- roles ----

    /// <summary>"the CEO", "a spokeswoman": the person the article gives that title, if any.</summary>
    public Resolution ResolveRole(List<int> subject, string role)
    {
        var at = subject[0];
        NamedPerson? best = null;
        var bestToken = int.MinValue;
        NamedPerson? firstAfter = null;
        var named = 0;
        foreach (var mention in p.Entities.PersonMentions)
        {
            if (!mention.Person.HoldsTitle(role))
            {
                continue;
            }
            if (mention.Token < at && mention.Token > bestToken)
            {
                best = mention.Person;
                bestToken = mention.Token;
            }
            else if (mention.Token > at && firstAfter is null)
            {
                firstAfter = mention.Person;
            }
        }
        foreach (var person in p.Entities.People)
        {
            named += person.HoldsTitle(role) ? 1 : 0;
        }
        // An indefinite role ("a spokesperson said") names someone new unless the article gives
        // exactly one person that title.
        var indefinite = p[subject[0]].Text.ToLowerInvariant() is "a" or "an" or "another" or "one";
        var chosen = indefinite && named != 1 ? null : best ?? firstAfter;
        if (chosen is not null)
        {
            return Resolution.Of(chosen.FullName, SpeakerKind.Person, DraftConfidence.RoleRefersBack,
                RoleText(subject), chosen.FullName, chosen.TitleWith(role) ?? role);
        }
        if (Lexicon.VoiceRoles.Contains(role) && OrganisationSpokenFor(subject) is { } organisation)
        {
            return Resolution.Of(organisation, SpeakerKind.Organisation, DraftConfidence.SpeaksForOrganisation, RoleDescription(subject), organisation);
        }
        var text = indefinite ? RoleDescription(subject) : EarlierDescription(subject[^1], role) ?? RoleDescription(subject);
        return Resolution.Of(text, SpeakerKind.Role, DraftConfidence.RoleWithoutName, text);
    }

    /// <summary>
    /// The organisation an unnamed spokesperson or official speaks for: named before the role
    /// ("a Hampshire Police spokesman") or after it ("an official from TfL", "a spokeswoman for
    /// the Riverton Fire Department"), by the fullest name the article gives it.
    /// </summary>
    private string? OrganisationSpokenFor(List<int> subject)
    {
        var last = subject[^1];
        var runs = EntityIndex.RunsIn(p.Tokens, subject[0], last);
        var k = last + 1;
        if (k < p.Count && p.SameSentence(k, last) && p[k].IsWord && p[k].Text is "for" or "of" or "at" or "from" or "with")
        {
            var phrase = cues.NounPhraseForward(k + 1);
            if (phrase.Count > 0)
            {
                runs.AddRange(EntityIndex.RunsIn(p.Tokens, phrase[0], phrase[^1] + 1));
            }
        }
        foreach (var run in runs)
        {
            if (p.Entities.FindOrganisation(run.Name) is { } org)
            {
                return org.Name;
            }
            if (p.Entities.FindPerson(run.Name) is null && (run.Count >= 2 || p[run.First].Bare.Count(char.IsUpper) >= 2))
            {
                return run.Name;
            }
        }
        return null;
    }

    /// <summary>
    /// The role with the organisation phrase that follows it: "spokesperson for the Ontario
    /// Medical Association", as the article gives it.
    /// </summary>
    public string RoleDescription(List<int> subject)
    {
        var last = subject[^1];
        // "head of news for the Yushu county television station": the chain of phrases after the
        // role, kept when it names something.
        var extended = last;
        var named = false;
        for (var k = last + 1; k < p.Count && p.SameSentence(k, last) && p[k].IsWord && p[k].Text is "for" or "of" or "at" or "with" or "from";)
        {
            var phrase = cues.NounPhraseForward(k + 1);
            if (phrase.Count == 0)
            {
                break;
            }
            named |= phrase.Any(t => p[t].IsCapitalised);
            extended = phrase[^1];
            k = extended + 1;
        }
        if (named)
        {
            last = extended;
        }
        // "One of the victims" keeps its "one"; "the mayor" loses its "the".
        var from = subject.Count > 1 && p.IsWordAt(subject[1], "of") ? 0 : subject.FindIndex(t => !Lexicon.Determiners.Contains(p[t].Text));
        return p.Words(subject[from < 0 ? 0 : from], last);
    }

    /// <summary>
    /// "the official" after "A senior government official, who …, said": the fuller description
    /// the article gave when it introduced the unnamed speaker.
    /// </summary>
    private string? EarlierDescription(int head, string role)
    {
        for (var k = head - 1; k >= 0; k--)
        {
            if (!p[k].IsWord || !p[k].Bare.Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var start = k;
            while (start > 0 && p.SameSentence(start - 1, k) && p[start - 1].IsWord && !Lexicon.Prepositions.Contains(p[start - 1].Text)
                   && !Lexicon.IsSpeechVerb(p[start - 1].Text) && start > k - 5)
            {
                start--;
            }
            if (p[start].Text.ToLowerInvariant() is "a" or "an" or "one" && start < k)
            {
                return RoleDescription([.. Enumerable.Range(start, k - start + 1)]);
            }
        }
        return null;
    }
}
