namespace QuizTui.Core.Drafting;

/// <summary>Segments between a subject and its verb that describe the subject: appositives and places after a name.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// A segment describing the name just before it: it holds a role noun, opens with a
    /// determiner or a lowercase word, and the segment before ends in a capitalised word
    /// (or in a quoted name after a preposition).
    /// </summary>
    private bool IsAppositive(int start, int stop, (int Start, int End) before)
    {
        if (before.End <= before.Start || !(p[before.End - 1].IsCapitalised || IsQuotedNameInPhrase(before.End - 1)))
        {
            return false;
        }
        // "Additionally, businessman Stephen Schwarzman said": a sentence adverb is no name to
        // describe, and a segment ending in a full name is the subject with its description; a
        // name after a preposition ("a spokesman for the Kell Convention") is what the description
        // is of, not a subject.
        if (before.End - before.Start == 1 && p[before.Start].Text.EndsWith("ly", StringComparison.Ordinal)
            || EntityIndex.RunsIn(p.Tokens, start, stop) is { Count: > 0 } runs && runs[^1].Count >= 2 && runs[^1].Last == stop - 1
               && p.Entities.FindOrganisation(runs[^1].Name) is null && !FollowsPreposition(runs[^1].First))
        {
            return false;
        }
        var opensLikeDescription = Lexicon.Determiners.Contains(p[start].Text) || !p[start].IsCapitalised
            || Lexicon.IsRoleNoun(p[start].Bare) || Lexicon.Honorifics.Contains(p[start].Bare) || OpensWithOwner(start, stop);
        // "Ana Ruiz of "Speak Up", a support charity, said": an indefinite description of a body named before it.
        var describesBody = p[start].Text is "a" or "an" && p[stop - 1].IsWord && !p[stop - 1].IsCapitalised
                            && Lexicon.OrganisationNouns.Contains(p[stop - 1].Text);
        // "Ana Ruiz of Harbourline, the largest ferry company, said": a definite description of the body after a person's name.
        describesBody |= (p[start].Text is "the" || OpensWithOwner(start, stop)) && p[stop - 1].IsWord && !p[stop - 1].IsCapitalised
                         && Lexicon.OrganisationNouns.Contains(p[stop - 1].Text) && IsNameOfBody(before);
        // "Ana Ruiz, a nurse who treated the injured, said": an indefinite description with its own "who" clause.
        var describedByClause = p[start].Text is "a" or "an" && Enumerable.Range(start + 1, stop - start - 1).Any(k => p.IsWordAt(k, "who"));
        return opensLikeDescription && (ContainsRoleNoun(start, stop) || NamesPartyMember(start, stop, before) || describesBody || describedByClause || DescribesPersonNamed(start, stop, before));
    }

    /// <summary>
    /// "a Republican", "the committee's ranking Democrat", "the senior Tory on the panel": a party's
    /// member, capitalised, describes a person as a role noun would, when it ends the segment or a
    /// preposition follows it. Followed by anything else it is an adjective ("the Republican
    /// architects") or the subject of its own verb ("the Kell Republican criticised …"). "the
    /// Independent" alone is a newspaper's name, not a member. After an opening phrase ("In an
    /// interview Thursday, the Kell Republican said") the member is the subject, not a description.
    /// </summary>
    private bool NamesPartyMember(int start, int stop, (int Start, int End) before)
    {
        if (stop - start == 2 && p.IsWordAt(start, "the") || Lexicon.Prepositions.Contains(p[before.Start].Text.ToLowerInvariant()))
        {
            return false;
        }
        for (var k = start; k < stop; k++)
        {
            if (p[k].IsWord && p[k].IsCapitalised && Lexicon.PartyMemberNouns.Contains(p[k].Bare)
                && (k == stop - 1 || p[k + 1].IsWord && (Lexicon.Prepositions.Contains(p[k + 1].Text) || p[k + 1].Text == "who")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Nora Vell, a deckhand, said": a short description (<see cref="EntityIndex.IsShortDescription"/>),
    /// after a segment that is just the full name of a person the article knows, describes that
    /// person even when the lexicon knows no role noun in it.
    /// </summary>
    private bool DescribesPersonNamed(int start, int stop, (int Start, int End) before)
    {
        if (!EntityIndex.IsShortDescription(p.Tokens, start, stop))
        {
            return false;
        }
        var runs = EntityIndex.RunsIn(p.Tokens, before.Start, before.End);
        return runs.Count == 1 && runs[0].Count >= 2 && runs[0].First == before.Start && runs[0].Last == before.End - 1
            && p.Entities.FindPerson(runs[0].Name) is not null;
    }

    /// <summary>
    /// "clad in a yellow coat", "flanked by aides": a segment opening with a lowercase word and a
    /// preposition after a name describes the name's bearer, as a participle's clause does.
    /// </summary>
    private bool IsParticipleClause(int start, int stop, (int Start, int End) before) =>
        stop - start >= 3 && before.End > before.Start && p[before.End - 1].IsCapitalised && p[start].IsWord && !p[start].IsCapitalised
        && !Lexicon.Determiners.Contains(p[start].Text) && !Lexicon.Prepositions.Contains(p[start].Text) && !Lexicon.IsSpeechVerb(p[start].Text)
        && p[start].Text is not ("who" or "which" or "whose" or "and" or "but" or "or")
        && p[start + 1].IsWord && p[start + 1].Text is "in" or "by" or "with" or "at";

    /// <summary>"Ana Ruiz of Harbourline": a segment opening with a name of two or more words and ending in a body after "of", "at" or "from".</summary>
    private bool IsNameOfBody((int Start, int End) segment)
    {
        var runs = EntityIndex.RunsIn(p.Tokens, segment.Start, segment.End);
        if (runs.Count < 2 || runs[0].First != segment.Start || runs[0].Count < 2 || p.Entities.FindOrganisation(runs[0].Name) is not null
            || runs[^1].Last != segment.End - 1)
        {
            return false;
        }
        var between = runs[^1].First - 1;
        while (between > runs[0].Last && p[between].IsWord && Lexicon.Determiners.Contains(p[between].Text))
        {
            between--;
        }
        return between == runs[0].Last + 1 && p[between].IsWord && p[between].Text is "of" or "at" or "from";
    }

    /// <summary>
    /// A segment that describes or names the body an appositive ends in, not the name the
    /// appositive describes: "an influential weekly" or "the Kell Courier" after "Ana Ruiz, editor
    /// of the Kell Courier," or "…, editor of the town's weekly,". The appositive before it must
    /// describe a name itself; an indefinite description ("a", "an") describes its last words, and
    /// capitalised words name the lowercase noun that ends it when that noun is no role.
    /// </summary>
    private bool DescribesAppositive(int start, int stop, (int Start, int End) appositive, (int Start, int End) named)
    {
        if (appositive.End <= appositive.Start || named.End <= named.Start || !p[named.Start].IsCapitalised
            || Lexicon.Prepositions.Contains(p[named.Start].Text.ToLowerInvariant()) || !IsAppositive(appositive.Start, appositive.End, named))
        {
            return false;
        }
        if (p[start].Text is "a" or "an")
        {
            return true;
        }
        var last = p[appositive.End - 1];
        if (last.IsWord && last.IsCapitalised && IsPlaceCompletingBody(start, stop, appositive))
        {
            return true; // "Ana Ruiz, curator at the Museum of Kell, Lindenport, said": where the museum is
        }
        if (!last.IsWord || last.IsCapitalised || Lexicon.IsRoleNoun(last.Bare) || stop - start > 4)
        {
            return false;
        }
        for (var k = start; k < stop; k++)
        {
            if (!p[k].IsCapitalised)
            {
                return false;
            }
        }
        return p.Entities.FindPerson(p.Words(start, stop - 1)) is null;
    }

    /// <summary>
    /// A segment of one to three capitalised words that names no one the article knows, after a
    /// segment that opens with a person's name and ends in "of …" or "in …" a capitalised place or
    /// body: the segment completes that place ("University of Westmark, Easton"; "Kim Lo of
    /// Dunmore, Ohio").
    /// </summary>
    private bool IsPlaceAfterName(int start, int stop, (int Start, int End) before)
    {
        if (stop - start is < 1 or > 3 || before.End - before.Start < 4)
        {
            return false;
        }
        for (var k = start; k < stop; k++)
        {
            if (!p[k].IsCapitalised || p[k].IsPossessive)
            {
                return false;
            }
        }
        var segment = p.Words(start, stop - 1);
        if (p.Entities.FindPerson(segment) is not null || p.Entities.FindOrganisation(segment) is not null || !p[before.End - 1].IsCapitalised)
        {
            return false;
        }
        var runs = EntityIndex.RunsIn(p.Tokens, before.Start, before.End);
        if (runs.Count == 0 || runs[0].First != before.Start || runs[0].Count < 2 || p.Entities.FindOrganisation(runs[0].Name) is not null)
        {
            return false;
        }
        for (var k = runs[0].Last + 1; k < before.End; k++)
        {
            if (p[k].IsWord && !p[k].IsCapitalised && p[k].Text is "of" or "in" or "at" or "from")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// One to three capitalised words naming no one the article knows, after a segment whose
    /// last name follows a preposition ("… at the Museum of Kell"): they complete that place or body.
    /// </summary>
    private bool IsPlaceCompletingBody(int start, int stop, (int Start, int End) before)
    {
        if (stop - start is < 1 or > 3 || Enumerable.Range(start, stop - start).Any(k => !p[k].IsCapitalised || p[k].IsPossessive))
        {
            return false;
        }
        var segment = p.Words(start, stop - 1);
        return p.Entities.FindPerson(segment) is null && p.Entities.FindOrganisation(segment) is null
            && EntityIndex.RunsIn(p.Tokens, before.Start, before.End) is { Count: > 0 } runs && runs[^1].Last == before.End - 1
            && FollowsPreposition(runs[^1].First);
    }

    /// <summary>
    /// "Ivo Marsh of the tenants' organization, Fair Rent, said": capitalised words after a
    /// segment that opens with a person's name and ends in a body's lowercase noun after "of",
    /// "at", "from" or "for" name that body, not the speaker.
    /// </summary>
    private bool NamesBodyDescribedBefore(int start, int stop, (int Start, int End) before)
    {
        if (stop - start is < 1 or > 4 || before.End - before.Start < 4 || Enumerable.Range(start, stop - start).Any(k => !p[k].IsCapitalised)
            || p[before.End - 1] is not { IsWord: true, IsCapitalised: false } last || !Lexicon.OrganisationNouns.Contains(last.Text)
            || p.Entities.FindPerson(p.Words(start, stop - 1)) is not null)
        {
            return false;
        }
        var runs = EntityIndex.RunsIn(p.Tokens, before.Start, before.End);
        if (runs.Count == 0 || runs[0].First != before.Start || runs[0].Count < 2 || p.Entities.FindOrganisation(runs[0].Name) is not null)
        {
            return false;
        }
        return p[runs[0].Last + 1] is { IsWord: true, IsCapitalised: false } next && next.Text is "of" or "at" or "from" or "for";
    }

    /// <summary>"for the Kell Convention": a name right after a preposition, or after one and "the".</summary>
    private bool FollowsPreposition(int first)
    {
        var k = p.IsWordAt(first - 1, "the") ? first - 2 : first - 1;
        return k >= 0 && p[k].IsWord && !p[k].IsCapitalised && p[k].Text is "of" or "for" or "at" or "from" or "with";
    }

    /// <summary>
    /// A segment that says where, not who, after a name's description: "Westmark" after "…, at a
    /// meeting in Kellburg," (one to three capitalised words no one is named by, after a segment
    /// that opens with a preposition and ends in a capitalised place, itself after a name), or a
    /// party and its state after a name ("Ana Ruiz, Republican of Westmark, said"). An opening
    /// phrase's place ("At a rally in Dunmore, Vale County, …") is left to the opening-phrase rules.
    /// </summary>
    private bool IsPlaceAfterPhrase(int start, int stop, (int Start, int End) before, (int Start, int End) named)
    {
        if (before.End <= before.Start || !p[before.End - 1].IsCapitalised)
        {
            return false;
        }
        if (stop - start >= 3 && p[start].IsCapitalised && Lexicon.PartyMemberNouns.Contains(p[start].Bare) && p.IsWordAt(start + 1, "of")
            && Enumerable.Range(start + 2, stop - start - 2).All(k => p[k].IsCapitalised))
        {
            return true;
        }
        if (stop - start is < 1 or > 3 || named.End <= named.Start || !p[named.End - 1].IsCapitalised
            || p[before.Start].IsCapitalised || !Lexicon.Prepositions.Contains(p[before.Start].Text)
            || Enumerable.Range(start, stop - start).Any(k => !p[k].IsCapitalised || p[k].IsPossessive))
        {
            return false;
        }
        // The phrase ends in a place after "in", "at", "of", "from" or "near" ("in Kellburg"), not a day ("on Tuesday").
        var place = before.End - 1;
        while (place > before.Start && p[place - 1].IsCapitalised)
        {
            place--;
        }
        var preposition = p.IsWordAt(place - 1, "the") ? place - 2 : place - 1;
        if (preposition < before.Start || !p[preposition].IsWord || p[preposition].Text is not ("in" or "at" or "of" or "from" or "near"))
        {
            return false;
        }
        var segment = p.Words(start, stop - 1);
        return p.Entities.FindPerson(segment) is null && p.Entities.FindOrganisation(segment) is null;
    }

    /// <summary>
    /// "Ana Ruiz, 54, a teacher, said", "Ivo Marsh, 61, of Kell, said": an age set off by commas
    /// after a name describes that name; dropping it lets the description after it be read as the
    /// name's appositive. A party-and-state tag ("Rep. Ana Ruiz, D-Kell, the panel's chair, said")
    /// is dropped for the same reason.
    /// </summary>
    private void DropAgesAndPartyTagsAfterNames(List<(int Start, int End)> segments)
    {
        for (var s = segments.Count - 2; s >= 1; s--)
        {
            var before = segments[s - 1];
            if (before.End > before.Start && p[before.End - 1].IsCapitalised
                && (EntityIndex.AgeAfter(p.Tokens, before.End - 1) || IsPartyStateTag(segments[s])))
            {
                segments.RemoveAt(s);
            }
        }
    }

    /// <summary>"Rep. Ana Ruiz, D-Kell, said": a segment that is a party-and-state tag and its abbreviation dots.</summary>
    private bool IsPartyStateTag((int Start, int End) segment) =>
        segment.End > segment.Start && p[segment.Start].IsWord && Lexicon.IsPartyStateTag(p[segment.Start].Text)
        && Enumerable.Range(segment.Start + 1, segment.End - segment.Start - 1).All(k => p[k].IsPunct('.') || p[k].IsWord && p[k].Text.Length == 1 && char.IsUpper(p[k].Text[0]));

    /// <summary>
    /// A short quotation standing for a name after a preposition ("Ana Ruiz of "Speak Up", a
    /// charity, said"): part of the subject's phrase, not words that end the reporter's clause.
    /// </summary>
    private bool IsQuotedNameInPhrase(int k) =>
        p[k].IsQuote && k > 0 && p[k - 1].IsWord && !p[k - 1].IsCapitalised && p[k - 1].Text is "of" or "from" or "at" or "with" or "for"
        && p.SameSentence(k - 1, k) && p.SpanOf(k) is { WordCount: <= 5, Text: [var initial, ..] } && char.IsUpper(initial);
}
