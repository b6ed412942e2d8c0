namespace QuizTui.Core.Drafting;

/// <summary>Roles and descriptions as speakers: the person given a title, the organisation an unnamed voice speaks for, the description as printed.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "On her website, the presenter said": the gender of "his" or "her" in the phrase that opens
    /// the sentence before its subject, which speaks of the subject; unknown when there is none.
    /// </summary>
    private Gender OpeningPronounGender(int subjectStart)
    {
        for (var k = p.SentenceStart(subjectStart); k < subjectStart; k++)
        {
            if (p[k].IsWord && p[k].Text is "his" or "her")
            {
                return p[k].Text == "his" ? Gender.Male : Gender.Female;
            }
        }
        return Gender.Unknown;
    }

    /// <summary>"the CEO", "a spokeswoman": the person the article gives that title, if any.</summary>
    /// <param name="body">A body or place named right before the role ("the Harbour Court judge"), which says which office it is.</param>
    public Resolution ResolveRole(List<int> subject, string role, NameRun? body = null)
    {
        var at = subject[0];
        NamedPerson? best = null;
        var bestToken = int.MinValue;
        NamedPerson? firstAfter = null;
        var qualifiers = QualifiersBefore(subject, role);
        if (body is { } place)
        {
            qualifiers.AddRange(place.Name.Split(' '));
        }
        var placeBefore = PlaceBefore(subject, role);
        // Everyone who may hold this office, decided once: the mentions below only pick among them.
        var holders = p.Entities.People
            .Where(person => person.HoldsTitle(role) && !OtherOffice(person, role, qualifiers) && !TaggedWithOtherPlace(person, placeBefore))
            .ToHashSet();
        foreach (var mention in p.Entities.PersonMentions)
        {
            if (!holders.Contains(mention.Person))
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
        // An indefinite role ("a spokesperson said") names someone new unless the article gives
        // exactly one person that title.
        var indefinite = p[subject[0]].Text.ToLowerInvariant() is "a" or "an" or "another" or "one";
        var chosen = indefinite && holders.Count != 1 ? null : best ?? firstAfter;
        if (chosen is not null)
        {
            // An indefinite role may still bring in someone new, and a holder last named two
            // paragraphs back may have been succeeded by another speaker the role fits.
            var unsure = indefinite || chosen == best && p[at].Paragraph - p[bestToken].Paragraph >= 2
                || body is { } office && !TitleNamesBody(chosen, role, office)
                || OpeningPronounGender(at) is var opening && opening != Gender.Unknown && chosen.Gender != Gender.Unknown && opening != chosen.Gender;
            return Resolution.Of(chosen.FullName, SpeakerKind.Person, unsure ? DraftConfidence.RoleUnsure : DraftConfidence.RoleRefersBack,
                RoleText(subject), chosen.FullName, chosen.TitleWith(role) ?? role);
        }
        if (Lexicon.VoiceRoles.Contains(role) && OrganisationSpokenFor(subject) is { } organisation)
        {
            return Resolution.Of(organisation, SpeakerKind.Organisation, DraftConfidence.SpeaksForOrganisation, RoleDescription(subject), organisation);
        }
        if (Lexicon.VoiceRoles.Contains(role) && BodySpokenForByNoun(subject, role) is { } bodyByNoun)
        {
            return bodyByNoun;
        }
        if (!indefinite && Lexicon.VoiceRoles.Contains(role) && BodyOfEarlierVoice(subject[^1], role) is { } earlierBody)
        {
            return earlierBody;
        }
        var text = indefinite ? RoleDescription(subject) : EarlierDescription(subject[^1], role) ?? RoleDescription(subject);
        return Resolution.Of(text, SpeakerKind.Role, DraftConfidence.RoleWithoutName, text);
    }

    /// <summary>
    /// "the Westmark senator": the capitalised words right before the role that may name a place,
    /// or null when there are none or they name a person, a party or an institution.
    /// </summary>
    private string? PlaceBefore(List<int> subject, string role)
    {
        var at = subject.FindIndex(k => p[k].IsWord && p[k].Bare.Equals(role, StringComparison.OrdinalIgnoreCase));
        var words = new List<string>();
        for (var i = at - 1; i >= 0 && words.Count < 3; i--)
        {
            var t = p[subject[i]];
            if (!t.IsWord || !t.IsCapitalised || t.IsPossessive || Lexicon.Determiners.Contains(t.Text))
            {
                break;
            }
            if (Lexicon.OfficeNameWords.Contains(t.Bare) || t.Bare.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                return null;
            }
            words.Insert(0, t.Bare);
        }
        var name = string.Join(' ', words);
        return words.Count == 0 || p.Entities.FindPerson(name) is not null || p.Entities.FindPersonBySurname(words[^1], subject[0], Gender.Unknown) is not null
            ? null
            : name;
    }

    /// <summary>
    /// "Sen. Ana Ruiz (D-Mo.)" is no "Westmark senator": a party tag after one of the person's
    /// mentions ("D-Mo.", "R-Westmark") names a place that the words before the role do not abbreviate.
    /// </summary>
    private bool TaggedWithOtherPlace(NamedPerson person, string? place)
    {
        if (place is null)
        {
            return false;
        }
        foreach (var mention in p.Entities.PersonMentions)
        {
            if (mention.Person != person)
            {
                continue;
            }
            for (var k = mention.Token + 1; k < p.Count && k <= mention.Token + 6 && p.SameSentence(k, mention.Token); k++)
            {
                var text = p[k].Text;
                if (p[k].IsWord && text.Length >= 3 && char.IsUpper(text[0]) && text[1] == '-' && char.IsUpper(text[2])
                    && (p[k - 1].IsPunct('(') || p[k - 1].IsPunct(',')))
                {
                    return !Abbreviates(text[2..].Replace(".", "", StringComparison.Ordinal), place);
                }
            }
        }
        return false;
    }

    /// <summary>"Wstm" for "Westmark", "NN" for "North Norland": the letters, in order, from the place's first letter.</summary>
    private static bool Abbreviates(string abbreviation, string place)
    {
        var letters = place.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var initials = abbreviation.ToLowerInvariant();
        if (initials.Length == 0 || letters.Length == 0 || initials[0] != letters[0])
        {
            return false;
        }
        var j = 0;
        foreach (var c in letters)
        {
            if (j < initials.Length && c == initials[j])
            {
                j++;
            }
        }
        return j == initials.Length;
    }

    /// <summary>"the Kell County sheriff" for "Kell County Sheriff Ana Ruiz": the holder's title names the body too.</summary>
    private static bool TitleNamesBody(NamedPerson person, string role, NameRun body) =>
        person.TitleWith(role) is { } title && body.Name.Split(' ').Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "the local health minister": the lower-case words before the role noun that say which office
    /// it is (determiners, possessives and words such as "federal" or "former" left out).
    /// </summary>
    private List<string> QualifiersBefore(List<int> subject, string role)
    {
        var words = new List<string>();
        var at = subject.FindIndex(k => p[k].IsWord && p[k].Bare.Equals(role, StringComparison.OrdinalIgnoreCase));
        // Only the words right before the role: "part of the judge's" has none.
        for (var i = at - 1; i >= 0; i--)
        {
            var t = p[subject[i]];
            if (!t.IsWord || t.IsCapitalised || t.IsPossessive || Lexicon.Determiners.Contains(t.Text) || Lexicon.Prepositions.Contains(t.Text))
            {
                break;
            }
            if (!Lexicon.GenericOfficeWords.Contains(t.Text))
            {
                words.Add(t.Text);
            }
        }
        return words;
    }

    /// <summary>
    /// "the health minister" after "Transport Minister Ana Ruiz": when both the role and the
    /// person's title say which office it is and share no word, they are two offices, so two people.
    /// </summary>
    private static bool OtherOffice(NamedPerson person, string role, List<string> qualifiers)
    {
        if (qualifiers.Count == 0 || person.TitleWith(role) is not { } title)
        {
            return false;
        }
        var titleWords = title.Split(' ', '-');
        var at = Array.FindIndex(titleWords, w => w.Equals(role, StringComparison.OrdinalIgnoreCase));
        var own = titleWords[..Math.Max(at, 0)].Where(w => !Lexicon.Determiners.Contains(w) && !w.EndsWith("'s", StringComparison.Ordinal)).ToList();
        return own.Count > 0 && !own.Any(w => qualifiers.Contains(w, StringComparer.OrdinalIgnoreCase));
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
    /// "court officials told …", "a police spokeswoman said", "a spokesman for the company": unnamed voices of a body known only by
    /// its noun speak for it, as the body's own noun would ("the court said"): the body the article
    /// names of that kind, or else the body it printed as "the Kellish court"; marked to check.
    /// Null when the noun names neither.
    /// </summary>
    private Resolution? BodySpokenForByNoun(List<int> subject, string role)
    {
        var at = subject.FindIndex(k => p[k].IsWord && p[k].Bare.Equals(role, StringComparison.OrdinalIgnoreCase));
        // "a spokesman for the company", "officials at the ministry": the noun after the role.
        var after = subject[^1] + 1;
        var nounAfter = p.IsWordAt(after, "for") || p.IsWordAt(after, "at") || p.IsWordAt(after, "from")
            ? after + (p.IsWordAt(after + 1, "the") ? 2 : 1)
            : -1;
        var nounAt = at >= 1 ? subject[at - 1] : -1;
        if (nounAt < 0 || p[nounAt] is not { IsWord: true, IsCapitalised: false } before || !Lexicon.VoiceBodyNouns.Contains(before.Bare))
        {
            nounAt = nounAfter > after && nounAfter < p.Count && p.SameSentence(after, nounAfter) && p[nounAfter] is { IsWord: true, IsCapitalised: false } following
                     && Lexicon.VoiceBodyNouns.Contains(following.Bare) && !(nounAfter + 1 < p.Count && p[nounAfter + 1].IsWord && p.SameSentence(nounAfter, nounAfter + 1) && p[nounAfter + 1].Text == "of")
                ? nounAfter
                : -1;
        }
        if (nounAt < 0)
        {
            return null;
        }
        var noun = p[nounAt].Bare.ToLowerInvariant();
        var body = Statements.ResolveOrganisationNoun(noun, subject[0], subject);
        if (body is { Resolved: true, Kind: SpeakerKind.Organisation })
        {
            return body;
        }
        return BodyPrintedWithNoun(noun, subject);
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
        // "a source close to the mayor": "close" alone is a cut-off description, so the phrase it needs is kept.
        else if (last + 2 < p.Count && p.SameSentence(last + 1, last) && p[last].IsWord && Lexicon.AdjectivesNeedingPhrase.Contains(p[last].Text)
                 && p[last + 1].IsWord && p[last + 1].Text is "to" or "with" && cues.NounPhraseForward(last + 2) is { Count: > 0 } needed)
        {
            last = needed[^1];
        }
        // "One of the victims" keeps its "one"; "the mayor" loses its "the".
        var from = subject.Count > 1 && p.IsWordAt(subject[1], "of") ? 0 : subject.FindIndex(t => !Lexicon.Determiners.Contains(p[t].Text));
        return p.Words(subject[from < 0 ? 0 : from], last);
    }

    /// <summary>
    /// "the official" after "A senior government official, who …, said": the fuller description
    /// the article gave when it introduced the unnamed speaker.
    /// </summary>
    private string? EarlierDescription(int head, string role) =>
        IndefiniteIntroduction(head, role) is { } earlier ? RoleDescription(earlier) : null;

    /// <summary>
    /// The words that introduced an unnamed speaker before <paramref name="head"/>: the nearest
    /// "a …", "an …" or "one …" of up to five words ending in <paramref name="role"/>; null when
    /// the article has none.
    /// </summary>
    private List<int>? IndefiniteIntroduction(int head, string role)
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
                return [.. Enumerable.Range(start, k - start + 1)];
            }
        }
        return null;
    }

    /// <summary>
    /// "the", "though", "displayed by the", "allowed terrorism to flourish": a subject in lower case
    /// that ends in a function word, or whose verb in "-ed" or "-ing" has a preposition or an
    /// object after it, is a piece of the reporter's clause, not a description of anyone.
    /// </summary>
    private bool IsClauseFragment(List<int> subject)
    {
        if (HasVerbOfClause(subject))
        {
            return true;
        }
        if (subject.Exists(k => p[k].IsCapitalised && !Lexicon.NotNames.Contains(p[k].Text)))
        {
            return false;
        }
        var last = p[subject[^1]].Text.ToLowerInvariant();
        if (last is "the" or "his" or "her" or "its" or "their" or "all" or "though" or "and" or "but" or "to" or "by" or "of" or "it")
        {
            return true;
        }
        for (var i = 0; i + 1 < subject.Count; i++)
        {
            var word = p[subject[i]].Text;
            var next = p[subject[i + 1]].Text.ToLowerInvariant();
            var verbLike = word.Length > 4 && !Lexicon.IsRoleNoun(p[subject[i]].Bare)
                && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
            if (verbLike && (Lexicon.Prepositions.Contains(next) || Lexicon.Determiners.Contains(next) && next is not "one" || next is "out" or "up"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Ana Ruiz issued a warning", "lawyers for Kell appeared to", "the vote followed weeks", "the
    /// bid won": a verb of the reporter's clause inside what was read as the subject, even where
    /// a name in capitals stands before it. The verb is a lowercase word (after the first, unless alone): one in
    /// "-ed" with "to", an object pronoun or an article after it, or after "the" and a noun; or a
    /// common irregular past at the end.
    /// </summary>
    private bool HasVerbOfClause(List<int> subject)
    {
        if (subject.Count == 1 && p[subject[0]] is { IsWord: true, IsCapitalised: false } only && Lexicon.IrregularPasts.Contains(only.Text))
        {
            return true;
        }
        for (var i = 1; i < subject.Count; i++)
        {
            var t = p[subject[i]];
            if (!t.IsWord || t.IsCapitalised || Lexicon.IsRoleNoun(t.Bare))
            {
                continue;
            }
            if (i == subject.Count - 1)
            {
                return Lexicon.IrregularPasts.Contains(t.Text);
            }
            if (t.Text.Length <= 4 || !t.Text.EndsWith("ed", StringComparison.Ordinal))
            {
                continue;
            }
            var next = p[subject[i + 1]];
            if (next.IsWord && next.Text is "to" or "it" or "them" or "him" or "us" or "a" or "an" or "the")
            {
                return true;
            }
            // "The vote followed weeks": "the", a noun, then the verb; "the newly elected mayor" has an adverb there.
            if (i >= 2 && Lexicon.Determiners.Contains(p[subject[i - 2]].Text) && p[subject[i - 1]] is { IsWord: true, IsCapitalised: false } before
                && !before.Text.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.Adverbs.Contains(before.Text) && !Lexicon.CountingWords.Contains(before.Text)
                && next is { IsWord: true, IsCapitalised: false } && !Lexicon.Prepositions.Contains(next.Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Jonas Hale scored twice. "…," the 24-year-old said": an age alone, with "the", refers back
    /// to the person last named as the subject of a sentence, in the same sentence or the two before.
    /// </summary>
    private Resolution? AgeRefersBack(List<int> subject)
    {
        if (subject.Count != 2 || !p.IsWordAt(subject[0], "the") || !IsAge(p[subject[1]].Text))
        {
            return null;
        }
        var at = subject[0];
        var mention = p.Entities.PersonMentions.LastOrDefault(m => m.Token < at && m.AsSubject);
        if (mention.Person is null || p[at].Sentence - p[mention.Token].Sentence > 2)
        {
            return null;
        }
        return Resolution.Of(mention.Person.FullName, SpeakerKind.Person, DraftConfidence.AgeRefersBack,
            $"the {p[subject[1]].Text}", mention.Person.FullName, Introduced(mention.Person, mention.Token, at));
    }

    /// <summary>"24-year-old", "61-year-old".</summary>
    private static bool IsAge(string word) =>
        word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) && word.Length > 9 && word[..^9].All(char.IsAsciiDigit) && word.Length <= 12;
}
