namespace QuizTui.Core.Drafting;

/// <summary>Name runs: capitalised words, initials and name particles in one sentence, and the page furniture that holds none.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>Finds name runs: capitalised words, initials and name particles, in one sentence.</summary>
    public static List<NameRun> RunsIn(List<Token> tokens, int from, int to)
    {
        var runs = new List<NameRun>();
        var i = from;
        while (i < to)
        {
            var particle = StartsWithParticle(tokens, i, to);
            if (!particle && !IsNameWord(tokens, i, first: true))
            {
                i++;
                continue;
            }
            var first = i;
            var last = i;
            var parts = new List<string> { tokens[i].Bare };
            if (particle)
            {
                // "said van Gaal", "coach de Boer", "said van der Berg": the surname keeps its particles.
                var particles = ParticlesBeforeName(tokens, i, to);
                parts.AddRange(tokens.Skip(i + 1).Take(particles - 1).Select(t => t.Text));
                parts.Add(tokens[i + particles].Bare);
                last = i + particles;
                i += particles;
            }
            if (CapitalsNameBeforeColon(tokens, i, to) is var end and > 0)
            {
                // "ANA RUIZ:" heading the remarks that follow: a name set in capitals, printed as a name.
                var words = tokens.Skip(i).Take(end - i).Select(t => char.ToUpperInvariant(t.Bare[0]) + t.Bare[1..].ToLowerInvariant()).ToList();
                runs.Add(new NameRun(i, end - 1, string.Join(' ', words), words.Count));
                i = end;
                continue;
            }
            if (tokens[i].IsAcronym && !IsJoinedInitialsBeforeName(tokens, i, to) || tokens[i].IsPossessive && !PossessiveInsideName(tokens, i, to))
            {
                runs.Add(new NameRun(first, last, parts[0], 1));
                i++;
                continue;
            }
            if (tokens[i].IsPossessive)
            {
                parts[0] = tokens[i].Text;
            }
            var j = i + 1;
            // An initial ("J.") or a place-name abbreviation ("St. Luke's") keeps its full stop.
            if (IsInitial(tokens, i, to) || IsNamePrefix(tokens, i, to) || IsJoinedInitialsBeforeName(tokens, i, to))
            {
                parts[0] += ".";
                j = i + 2;
            }
            while (j < to && tokens[j].Sentence == tokens[first].Sentence)
            {
                if (IsNameWord(tokens, j, first: false) && !tokens[j].IsAcronym)
                {
                    var inside = tokens[j].IsPossessive && PossessiveInsideName(tokens, j, to);
                    var part = inside ? tokens[j].Text : tokens[j].Bare;
                    last = j;
                    if (IsInitial(tokens, j, to) || IsNamePrefix(tokens, j, to))
                    {
                        parts.Add(part + ".");
                        j += 2;
                        continue;
                    }
                    // "Jr." and "Sr." are printed with their full stop, as the article prints them.
                    parts.Add(IsGenerationalSuffix(tokens, j) ? part + "." : part);
                    j++;
                    if (tokens[last].IsPossessive && !inside)
                    {
                        break;
                    }
                    continue;
                }
                if (ParticlesBeforeName(tokens, j, to, first: false) is var particles and > 0)
                {
                    // "Ivo van der Berg", "Lena de la Cruz": one or more particles before the surname.
                    parts.AddRange(tokens.Skip(j).Take(particles).Select(t => t.Text));
                    j += particles;
                    continue;
                }
                break;
            }
            while (parts.Count > 1 && IsParticle(parts[^1]))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            last = BodyNameGoesOnWithAnd(tokens, first, last, to, parts);
            last = BodyNameGoesOnWithOf(tokens, last, to, parts);
            // The place, body or portfolio that completes a title is not part of the name after it.
            var titleWords = TitleWordsBeforeName(tokens, first, parts);
            if (titleWords > 0)
            {
                parts.RemoveRange(0, titleWords);
                first += titleWords;
            }
            // "Minister of Home Affairs Ana Ruiz", "Minister of i-Taukei Affairs Ana Ruiz": an office's field
            // that ends in a word such as "Affairs" or "Police" is not part of the name after it.
            var field = parts.Count - 3;
            while (field >= 0 && !Lexicon.OfficeFieldEnds.Contains(parts[field]))
            {
                field--;
            }
            if (field >= 0 && !parts.Take(field + 1).Any(w => w.EndsWith('.')) && OfficeWithOfBefore(tokens, first + field + 1) >= 0)
            {
                parts.RemoveRange(0, field + 1);
                first += field + 1;
            }
            runs.Add(new NameRun(first, last, string.Join(' ', parts), parts.Count));
            i = last + 1;
        }
        return runs;
    }

    /// <summary>"Jr" or "Sr" right before its full stop.</summary>
    private static bool IsGenerationalSuffix(List<Token> tokens, int i) =>
        tokens[i].Text is "Jr" or "Sr" && i + 1 < tokens.Count && tokens[i + 1].IsPunct('.') && tokens[i + 1].Start == tokens[i].End;

    private static bool IsInitial(List<Token> tokens, int i, int to) =>
        tokens[i].Text.Length == 1 && char.IsUpper(tokens[i].Text[0]) && i + 1 < to && tokens[i + 1].IsPunct('.');

    /// <summary>
    /// "J.M. Vell": initials printed together open a name when a word that can be a name follows
    /// their full stop; "U.S. Senator" and "D.C. Mayor" are a place before a title, not initials.
    /// </summary>
    private static bool IsJoinedInitialsBeforeName(List<Token> tokens, int i, int to) =>
        Lexicon.IsJoinedInitials(tokens[i].Text) && !Lexicon.OtherAbbreviations.Contains(tokens[i].Text)
        && i + 2 < to && tokens[i + 1].IsPunct('.') && tokens[i + 1].Start == tokens[i].End
        && tokens[i + 2].Sentence == tokens[i].Sentence && tokens[i + 2].IsCapitalised && !tokens[i + 2].IsAcronym
        && !Lexicon.IsRoleNoun(tokens[i + 2].Bare) && !Lexicon.Honorifics.Contains(tokens[i + 2].Bare)
        && !Lexicon.OrganisationNameWords.Contains(tokens[i + 2].Bare);

    /// <summary>"St." and "Mt." before a capitalised word are part of a name (St. Luke's Hospital, Jane St. Clair).</summary>
    private static bool IsNamePrefix(List<Token> tokens, int i, int to) =>
        tokens[i].Text is "St" or "Ste" or "Mt" or "Ft" && i + 2 < to && tokens[i + 1].IsPunct('.') && tokens[i + 2].IsCapitalised;

    /// <summary>"Children's Hospital", "St. Luke's Hospital": a possessive followed by a word that ends organisation names.</summary>
    private static bool PossessiveInsideName(List<Token> tokens, int i, int to) =>
        i + 1 < to && tokens[i + 1].IsCapitalised && tokens[i + 1].Sentence == tokens[i].Sentence
        && Lexicon.OrganisationNameWords.Contains(tokens[i + 1].Bare);

    /// <summary>A surname joined to a lowercase particle by a hyphen: "el-Sisi", "al-Assad", "bin-Talal".</summary>
    private static bool IsParticleHyphenName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && IsParticle(word[..hyphen])
            && word.Skip(hyphen + 1).All(c => char.IsLetter(c) || c == '\'');
    }

    /// <summary>
    /// A lowercase name particle opening a name, as a surname printed without the first name has it
    /// ("said van Gaal"): a capitalised name word follows in the same sentence, and it is not a day
    /// or a month ("a van Tuesday").
    /// </summary>
    private static bool StartsWithParticle(List<Token> tokens, int i, int to) =>
        ParticlesBeforeName(tokens, i, to) is var particles and > 0
        && !tokens[i + particles].IsAcronym && !tokens[i + particles].IsPossessive && !IsInitial(tokens, i + particles, to)
        && tokens[i + particles].Bare is not ("Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            or "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September"
            or "October" or "November" or "December");

    /// <summary>
    /// How many lowercase name particles at <paramref name="i"/> come before a name word in the same
    /// sentence ("de Boer" 1, "van der Berg" 2, "de la Cruz" 2); 0 when none, or when no name word follows.
    /// </summary>
    private static int ParticlesBeforeName(List<Token> tokens, int i, int to, bool first = true)
    {
        const int mostParticles = 3;
        var count = 0;
        while (count < mostParticles && i + count < to && tokens[i + count].IsWord && IsParticle(tokens[i + count].Text)
               && tokens[i + count].Sentence == tokens[i].Sentence)
        {
            count++;
        }
        var name = i + count;
        return count > 0 && name < to && tokens[name].Sentence == tokens[i].Sentence && IsNameWord(tokens, name, first) ? count : 0;
    }

    private static bool IsParticle(string word) =>
        word is "de" or "van" or "von" or "der" or "den" or "da" or "di" or "du" or "la" or "le" or "bin" or "al" or "el" or "dos" or "del" or "ter" or "ten";

    /// <summary>
    /// "ANA RUIZ:": two or three words in capitals, none a role noun, and a colon right after them;
    /// the index of the colon, or -1.
    /// </summary>
    private static int CapitalsNameBeforeColon(List<Token> tokens, int i, int to)
    {
        var j = i;
        while (j < to && j - i < 3 && tokens[j].Sentence == tokens[i].Sentence && tokens[j].IsAcronym && tokens[j].Bare.Length >= 2
               && !tokens[j].IsPossessive && !Lexicon.IsRoleNoun(tokens[j].Bare))
        {
            j++;
        }
        return j - i >= 2 && j < tokens.Count && tokens[j].IsPunct(':') && (i == 0 || !tokens[i - 1].IsAcronym) ? j : -1;
    }

    /// <summary>
    /// "the WHO's website": a word in capitals among ordinary words is an acronym, even when it
    /// spells a common word; in a line set all in capitals it is just a word.
    /// </summary>
    private static bool IsAcronymInProse(List<Token> tokens, int i) =>
        tokens[i].IsAcronym && tokens[i].Bare.Length >= 2
        && (i == 0 || !tokens[i - 1].IsAcronym) && (i + 1 >= tokens.Count || !tokens[i + 1].IsAcronym);

    /// <summary>
    /// A capitalised word right after "Mr.", "Ms.", "Mrs.", "Miss", "Mx." or "Dr.": a surname even
    /// when it is also a role noun, title or speech verb ("Ms. Driver", "Mr. Host", "Mr. King"),
    /// except the titles used to address someone ("Mr. President", "Mr. Speaker").
    /// </summary>
    internal static bool IsSurnameAfterPersonalHonorific(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || !token.IsCapitalised || token.IsAcronym || IsAddressTitle(token.Bare))
        {
            return false;
        }
        var k = i - 1;
        if (k >= 0 && tokens[k].IsPunct('.'))
        {
            k--;
        }
        return k >= 0 && tokens[k].Sentence == token.Sentence && tokens[k].Text is "Mr" or "Ms" or "Mrs" or "Miss" or "Mx" or "Dr";
    }

    /// <summary>
    /// "former governor Oskar Dean said", "chief executive Milo Read said": after a lowercase role
    /// noun and one capitalised word, a role noun or speech verb that ends the name is its surname.
    /// </summary>
    private static bool IsSurnameAfterDescribedFirstName(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (i < 2 || !token.IsCapitalised || token.IsAcronym || token.IsPossessive || IsAddressTitle(token.Bare)
            || !(Lexicon.IsRoleNounForm(token.Bare) || Lexicon.Honorifics.Contains(token.Bare) || Lexicon.SpeechVerbs.Contains(token.Bare))
            || i + 1 < tokens.Count && tokens[i + 1].Sentence == token.Sentence && tokens[i + 1].IsCapitalised)
        {
            return false;
        }
        var given = tokens[i - 1];
        var role = tokens[i - 2];
        return given.Sentence == token.Sentence && role.Sentence == token.Sentence && given.IsCapitalised && !given.IsAcronym && !given.IsPossessive
            && !Lexicon.IsRoleNoun(given.Bare) && !Lexicon.Honorifics.Contains(given.Bare) && !Lexicon.NotNames.Contains(given.Bare)
            && !Lexicon.SpeechVerbs.Contains(given.Bare) && !IsTitleModifier(given.Bare)
            && role.IsWord && !role.IsCapitalised && (Lexicon.IsRoleNoun(role.Bare) || Lexicon.Honorifics.Contains(role.Bare));
    }

    /// <summary>"Ivo T. King": after a first name and a middle initial, a title or role noun is the surname.</summary>
    private static bool IsSurnameAfterMiddleInitial(List<Token> tokens, int i) =>
        i >= 3 && tokens[i].IsCapitalised && !tokens[i].IsAcronym && !IsAddressTitle(tokens[i].Bare)
        && tokens[i - 1].IsPunct('.') && tokens[i - 2].Text.Length == 1 && char.IsUpper(tokens[i - 2].Text[0])
        && tokens[i - 3].IsCapitalised && tokens[i - 3].Text.Length > 1 && !tokens[i - 3].IsAcronym
        && tokens[i - 3].Sentence == tokens[i].Sentence
        && !Lexicon.Honorifics.Contains(tokens[i - 3].Bare) && !Lexicon.IsRoleNoun(tokens[i - 3].Bare) && !Lexicon.NotNames.Contains(tokens[i - 3].Bare);

    /// <summary>Titles used to address someone ("Mr. President", "Mr. Speaker"): never a surname.</summary>
    private static bool IsAddressTitle(string word) =>
        word is "President" or "Speaker" or "Chairman" or "Chairwoman" or "Chair" or "Secretary" or "Vice";

    /// <summary>Capitalised words that make a title of the role noun after them ("Vice President", "Deputy Director").</summary>
    private static bool IsTitleModifier(string word) =>
        word is "Vice" or "Deputy" or "Assistant" or "Associate" or "Senior" or "Executive" or "General" or "Managing"
            or "Press" or "Majority" or "Minority" or "Acting" or "Interim" or "Former" or "Chief" or "Prime";

    private static bool IsNameWord(List<Token> tokens, int i, bool first)
    {
        var token = tokens[i];
        if (!first && IsParticleHyphenName(token.Text))
        {
            return true; // "Abdel Fattah el-Sisi", "Bashar al-Assad"
        }
        if (!token.IsCapitalised || !char.IsLetter(token.Text[0]))
        {
            return false;
        }
        // "Alachua Sheriff's Office", "the Governor's Office": a title's possessive inside an organisation's name.
        if (token.IsPossessive && PossessiveInsideName(tokens, i, tokens.Count))
        {
            return true;
        }
        var bare = token.Bare;
        // "passed by the Kell Assembly Thursday": a day after a name says when, unless it is named ("Good Friday").
        if (!first && Lexicon.Weekdays.Contains(bare) && !(i > 0 && Lexicon.WordsNamingDays.Contains(tokens[i - 1].Bare)))
        {
            return false;
        }
        // "Ivo A. Renwick": "A" and "I" are middle initials between a first name and a surname.
        if (!first && bare is "A" or "I" && i + 2 < tokens.Count && tokens[i + 1].IsPunct('.') && tokens[i + 1].Start == token.End
            && tokens[i + 2].IsCapitalised && tokens[i + 2].Sentence == token.Sentence)
        {
            return true;
        }
        if (first && IsGivenNameSpeltLikeMonth(tokens, i))
        {
            return true;
        }
        if (Lexicon.NotNames.Contains(bare) && (first || bare.Length <= 3 || Lexicon.Pronouns.Contains(bare)) && !IsAcronymInProse(tokens, i))
        {
            return false;
        }
        // "Does Lune, like …?": an auxiliary opening a question starts no name.
        if (first && (i == 0 || tokens[i - 1].Sentence != token.Sentence) && Lexicon.QuestionAuxiliaries.Contains(bare))
        {
            return false;
        }
        if (IsNamePrefix(tokens, i, tokens.Count))
        {
            return true;
        }
        if (!first && bare == "States" && i > 0 && tokens[i - 1].Text == "United")
        {
            return true; // "United States Supreme Court": "States" is no speech verb here
        }
        // "Ms. Driver", "Mr. King": after a personal honorific a role noun or title is a surname.
        if (IsSurnameAfterPersonalHonorific(tokens, i) || !first && (IsSurnameAfterDescribedFirstName(tokens, i) || IsSurnameAfterMiddleInitial(tokens, i)))
        {
            return true;
        }
        if (first && IsGivenNameSpeltLikeTitle(tokens, i))
        {
            return true;
        }
        if (!first && IsSaidInsideName(tokens, i))
        {
            return true; // "Omar Said Vell": a name word between two others, no speech verb
        }
        if (Lexicon.SpeechVerbs.Contains(bare) && !token.IsAcronym && IsFieldBeforeBodyWord(tokens, i))
        {
            return true; // "the State Department", "the Post Office": a field naming the body after it, no speech verb
        }
        if (Lexicon.IsRoleNounForm(bare) || Lexicon.Honorifics.Contains(bare) || Lexicon.SpeechVerbs.Contains(bare) && !token.IsAcronym)
        {
            return false;
        }
        if (first && (i == 0 || tokens[i - 1].Sentence != token.Sentence) && (Lexicon.IsCompoundRoleNoun(bare) || Lexicon.PeopleMetOpeningSentences.Contains(bare)))
        {
            return false; // "Sportswriter Dave Meltzer wrote", "Voter Ana Ruiz said": the first word's capital is the sentence's
        }
        if (first && bare.Length > 4 && bare[^1] == 's' && Lexicon.Honorifics.Contains(bare[..^1]))
        {
            return false; // "Senators Ana Ruiz and …", "Democrats Ana Ruiz and …": a title for several, before the names
        }
        // "Vancouver-based" describes; it does not name.
        var hyphen = bare.LastIndexOf('-');
        return hyphen < 0 || hyphen + 1 >= bare.Length || !char.IsLower(bare[hyphen + 1]) || !first && IsHyphenatedGivenName(tokens, i);
    }

    /// <summary>A capitalised word right before a capitalised body's word ("State Department") that ends the name there.</summary>
    private static bool IsFieldBeforeBodyWord(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Sentence == tokens[i].Sentence && tokens[i + 1].IsCapitalised && !tokens[i + 1].IsAcronym
        && Lexicon.BodiesNamedWithOf.Contains(tokens[i + 1].Bare)
        && (i + 2 >= tokens.Count || tokens[i + 2].Sentence != tokens[i].Sentence || !tokens[i + 2].IsCapitalised);

    /// <summary>
    /// "Ana Lin Mei-ling", "Lin Mei-ling": a given name of two short syllables joined by a hyphen,
    /// printed after the surname as names written in that order are, goes on with the name before it.
    /// </summary>
    private static bool IsHyphenatedGivenName(List<Token> tokens, int i)
    {
        var parts = tokens[i].Bare.Split('-');
        return parts.Length == 2 && parts[0].Length is >= 2 and <= 5 && parts[1].Length is >= 2 and <= 5
            && parts[0].All(char.IsLetter) && parts[1].All(char.IsLower) && !Lexicon.DescribingHyphenEndings.Contains(parts[1])
            && i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence && tokens[i - 1].IsCapitalised && !tokens[i - 1].IsAcronym
            && !tokens[i - 1].IsPossessive;
    }

    private void FindRuns()
    {
        FindWordSurnames();
        var start = 0;
        for (var i = 1; i <= _tokens.Count; i++)
        {
            if (i == _tokens.Count || _tokens[i].Sentence != _tokens[start].Sentence)
            {
                if (!IsPageFurniture(start, i))
                {
                    _runs.AddRange(WithWordSurnames(RunsIn(_tokens, start, i), i));
                }
                start = i;
            }
        }
    }

    /// <summary>
    /// A long "sentence" of capitalised words and nothing else is a menu or a list of links
    /// around the article ("Home News Sport Rankings Events Newsroom …"), not prose that names people.
    /// </summary>
    private bool IsPageFurniture(int from, int to)
    {
        var words = 0;
        var capitalised = 0;
        for (var k = from; k < to; k++)
        {
            if (_tokens[k].IsWord && char.IsLetter(_tokens[k].Text[0]))
            {
                words++;
                capitalised += _tokens[k].IsCapitalised ? 1 : 0;
            }
        }
        return words >= 12 && capitalised >= words * 0.85;
    }
}
