namespace QuizTui.Core.Drafting;

/// <summary>Pronouns: "he", "she", "they" and "it" resolved to the person or organisation they stand for.</summary>
internal sealed partial class SpeakerResolver
{
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
                if (PersonTheSentenceIsFor(at, gender) is { } meant)
                {
                    return PronounResolution(pronoun, meant, gender, at, sure: true);
                }
                if (RoleOpeningTheSentence(at, gender) is { } role)
                {
                    return role;
                }
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
                    if (NearerObjectOverFarSubject(at, gender, subjectMention) is { } nearer)
                    {
                        return PronounResolution(pronoun, nearer, gender, at, sure: false);
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
                if (FamilySpokeBefore(at) is { } family)
                {
                    return family;
                }
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
                if (BodySpokeJustBefore(at, org.Organisation is null ? -1 : org.Token) is { } body)
                {
                    return body;
                }
                return org.Organisation is null
                    ? Resolution.Unresolved()
                    : Resolution.Of(org.Organisation.Name, SpeakerKind.Organisation, DraftConfidence.OrganisationPronoun,
                        pronoun, org.Organisation.Name, p.Distance(org.Token, at));
            case "you":
                return Interviewee(at) ?? Resolution.Unresolved();
            default:
                return Resolution.Unresolved();
        }
    }

    /// <summary>
    /// "In a statement, his family said … . They said: …": "they" after a sentence in which a
    /// family spoke (the sentence before, in the paragraph or the one before it) is that family.
    /// </summary>
    private Resolution? FamilySpokeBefore(int at)
    {
        for (var k = at - 1; k > 0 && p[at].Sentence - p[k].Sentence <= 1 && p[at].Paragraph - p[k].Paragraph <= 1; k--)
        {
            if (!p[k].IsWord || p[k].Text != "family" || k + 1 >= p.Count || !p.SameSentence(k, k + 1) || !p[k + 1].IsWord
                || !(Lexicon.IsSpeechVerb(p[k + 1].Text) || Lexicon.IssuingVerbs.Contains(p[k + 1].Text)))
            {
                continue;
            }
            var first = k;
            while (first > 0 && p.SameSentence(first - 1, k) && p[first - 1].IsWord && (p[first - 1].IsCapitalised || p[first - 1].Text is "his" or "her" or "the"))
            {
                first--;
            }
            return first < k && Family(Enumerable.Range(first, k - first + 1).ToList()) is { } family
                ? family with { Level = family.Weaker(DraftConfidence.OrganisationPronoun), Rank = Math.Min(family.Rank, DraftConfidence.OrganisationPronoun.Rank) }
                : null;
        }
        return null;
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
    /// "… a message from Deputy Ana Ruiz, reporting that the ferry had left. "…," she wrote": when
    /// the last subject who fits was named two or more paragraphs back, a person the text shows to
    /// have the pronoun's gender, named later in the pronoun's paragraph or the sentence before but
    /// not as a subject, is the likelier antecedent; the draft still says to check.
    /// </summary>
    private PersonMention? NearerObjectOverFarSubject(int at, Gender gender, PersonMention subject)
    {
        if (p[at].Paragraph - p[subject.Token].Paragraph < 2 || LatestMention(at, gender, asSubject: false) is not { } nearer
            || nearer.Token <= subject.Token || nearer.Person == subject.Person || nearer.Person.Gender != gender)
        {
            return null;
        }
        if (p[nearer.Token].Paragraph != p[at].Paragraph && p[at].Sentence - p[nearer.Token].Sentence > 1)
        {
            return null;
        }
        // "He lambasted the deal Lune signed. He pledged …": a sentence opened by the same pronoun
        // goes on with the one it stood for; and a name never seen as anyone's subject may be no person at all.
        var opening = p.SentenceStart(nearer.Token);
        return p[opening].IsWord && p[opening].Text.Equals(gender == Gender.Male ? "he" : "she", StringComparison.OrdinalIgnoreCase)
               || !p.Entities.PersonMentions.Exists(m => m.Person == nearer.Person && m.AsSubject)
            ? null
            : nearer;
    }

    /// <summary>
    /// "Renwick said Lune had never kept his word. He …": a name that opens a clause reported
    /// by someone named as the subject earlier in the same sentence is what the speaker talked
    /// about; a pronoun after the sentence goes on with the speaker, when the speaker fits it. (Also
    /// when only the person spoken about is shown to fit: a pronoun in the reported clause is weak
    /// evidence, and trusting it lost right speakers on PolNeAR train.)
    /// </summary>
    private bool ReportedBySubjectBefore(int index, Gender gender)
    {
        var mentions = p.Entities.PersonMentions;
        var mention = mentions[index];
        if (ReportedByPronounBefore(mention.Token, gender))
        {
            return true;
        }
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

    /// <summary>
    /// "He said Lune is a fair man; however, "…", he added": a name in a clause reported by a
    /// pronoun of the same gender opening the sentence is what that speaker talked about, so a
    /// pronoun after it goes on with the speaker.
    /// </summary>
    private bool ReportedByPronounBefore(int token, Gender gender)
    {
        var start = p.SentenceStart(token);
        var opening = gender == Gender.Male ? "he" : gender == Gender.Female ? "she" : null;
        if (opening is null || start >= token || !p[start].IsWord || !p[start].Text.Equals(opening, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        for (var k = start + 1; k < token; k++)
        {
            if (p[k].IsWord && Lexicon.IsSpeechVerb(p[k].Text))
            {
                return true;
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
        var sentencesBack = p[at].Sentence - p[mention.Token].Sentence;
        // A person the text gives no gender is still a sure antecedent when no one else the
        // pronoun could mean was named as a subject in the last few paragraphs.
        var level = !sure || person.Gender != gender && AnotherCandidate(mention, gender, at) ? DraftConfidence.PronounUnsure
            // Named two or more paragraphs back, the pick is wrong about half the time on PolNeAR train.
            : p[at].Paragraph - p[mention.Token].Paragraph >= 2 ? DraftConfidence.PronounFar
            // Three or more sentences back, nearer than that, the pick was right about half the time (docs/quotation-drafting.md).
            : sentencesBack >= 3 ? DraftConfidence.PronounSentencesBack
            : DraftConfidence.PronounAgrees;
        // "Tomas Lune" beside a printed "Ada Lune": the pronoun may mean either namesake.
        if (level == DraftConfidence.PronounAgrees && Namesake(person) is { } namesake)
        {
            return Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.PronounNamesake, pronoun, person.FullName, Introduced(person, mention.Token, at), namesake);
        }
        // "One of the nurses spoke to reporters. She said …": the pronoun may mean the unnamed subject.
        if (level == DraftConfidence.PronounAgrees && UnnamedSubjectBefore(at, mention.Token) is { } unnamed)
        {
            return Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.PronounPassesUnnamed, pronoun, person.FullName, Introduced(person, mention.Token, at), unnamed);
        }
        if (person.Gender == Gender.Unknown)
        {
            // "he" now stands for this person, so a later "she" looks elsewhere.
            person.Vote(gender, 1);
        }
        return level == DraftConfidence.PronounSentencesBack
            ? Resolution.Of(person.FullName, SpeakerKind.Person, level, pronoun, person.FullName, Introduced(person, mention.Token, at),
                Humanizer.NumberToWordsExtension.ToWords(sentencesBack))
            : Resolution.Of(person.FullName, SpeakerKind.Person, level, pronoun, person.FullName, Introduced(person, mention.Token, at));
    }

    /// <summary>
    /// "For Ana Ruiz, the chair of the board, "…," she said", "As for Ana Ruiz, she said …": the
    /// person a sentence opens with "For" or "As for" is the one whose view it gives, so the pronoun
    /// later in it is that person; so is "He said" or "She said" opening the next sentence of the
    /// paragraph ("For Ana Ruiz, the ferry was a lifeline. She said, "…"").
    /// </summary>
    private PersonMention? PersonTheSentenceIsFor(int at, Gender gender)
    {
        var start = p.SentenceStart(at);
        if (PersonSentenceIsFor(start, at, gender) is { } inSentence)
        {
            return inSentence;
        }
        if (at != start || start == 0 || p[start - 1].Paragraph != p[start].Paragraph || at + 1 >= p.Count || !p[at + 1].IsWord
            || !Lexicon.SpeechVerbs.Contains(p[at + 1].Text))
        {
            return null;
        }
        return PersonSentenceIsFor(p.SentenceStart(start - 1), start, gender);
    }

    /// <summary>The person named right after "For" or "As for" opening the sentence at <paramref name="start"/>, before <paramref name="before"/>.</summary>
    private PersonMention? PersonSentenceIsFor(int start, int before, Gender gender)
    {
        var name = p.IsWordAt(start, "For") && p[start].IsCapitalised ? start + 1
            : p.IsWordAt(start, "As") && p[start].IsCapitalised && p.IsWordAt(start + 1, "for") ? start + 2
            : -1;
        if (name < 0 || name >= before)
        {
            return null;
        }
        // "As for Ana Ruiz's plan, she said …" turns to the plan, not to the person.
        var last = name;
        while (last + 1 < before && p[last + 1].IsWord && p[last + 1].IsCapitalised)
        {
            last++;
        }
        if (p[last].IsPossessive)
        {
            return null;
        }
        foreach (var mention in p.Entities.PersonMentions)
        {
            if (mention.Token == name && (mention.Person.Gender == Gender.Unknown || mention.Person.Gender == gender))
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>
    /// "The Mayor defended the crowd, saying "…," he said": a sentence opened by "the" and a role
    /// already named its speaker before the quotation, so the pronoun after it is that role's
    /// holder, when the article names one whose gender fits.
    /// </summary>
    private Resolution? RoleOpeningTheSentence(int at, Gender gender)
    {
        var start = p.SentenceStart(at);
        if (start + 2 >= at || !p.IsWordAt(start, "The") || !p[start].IsCapitalised || !p[start + 1].IsWord
            || !Lexicon.IsRoleNoun(p[start + 1].Bare) || !p[start + 2].IsWord || p[start + 2].IsCapitalised)
        {
            return null;
        }
        var quotation = Enumerable.Range(start + 2, at - start - 2).Any(k => p[k].IsQuote);
        if (!quotation)
        {
            return null;
        }
        var role = ResolveRole([start, start + 1], p[start + 1].Bare);
        return role.Kind == SpeakerKind.Person && role.Level == DraftConfidence.RoleRefersBack
               && p.Entities.FindPerson(role.Name!) is { } person && (person.Gender == Gender.Unknown || person.Gender == gender)
            ? role
            : null;
    }

    /// <summary>
    /// "One of the nurses" or "A neighbour" opening the sentence just before the pronoun's, in its
    /// paragraph and after the person chosen was named: the words up to the verb, or null.
    /// </summary>
    private string? UnnamedSubjectBefore(int at, int chosen)
    {
        var start = p.SentenceStart(at);
        if (start == 0)
        {
            return null;
        }
        var before = p.SentenceStart(start - 1);
        if (before <= chosen || p[before].Paragraph != p[at].Paragraph || !p[before].IsWord
            || p[before].Text.ToLowerInvariant() is not ("a" or "an" or "one" or "another"))
        {
            return null;
        }
        var last = before + 1;
        while (last < start - 1 && p.SameSentence(last + 1, before) && last - before < 5 && p[last + 1].IsWord
               && !Lexicon.IsSpeechVerb(p[last + 1].Text) && !p[last + 1].Text.EndsWith("ed", StringComparison.Ordinal))
        {
            last++;
        }
        return p.Entities.PersonMentions.Exists(m => m.Token >= before && m.Token <= last) ? null : p.Words(before, last);
    }

    /// <summary>Another person of the article, known or only printed, with this person's surname; null when there is none.</summary>
    private string? Namesake(NamedPerson person) =>
        !person.FullName.Contains(' ', StringComparison.Ordinal) ? null
        : p.Entities.People.FirstOrDefault(other => other != person && other.Surname == person.Surname && other.FullName.Contains(' ', StringComparison.Ordinal))?.FullName
          ?? p.Entities.OtherPrintedNameEndingIn(person.Surname, person);

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
}
