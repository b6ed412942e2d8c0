namespace QuizTui.Core.Drafting;

/// <summary>Name runs of offices and bodies named with "of" or "on": "Minister of Fisheries", "the Department of State".</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// "Minister of the Interior", "Commissioner of Police", "Minister of i-Taukei Affairs" right before
    /// <paramref name="end"/>: the index of the role noun that starts such an office, or -1. The field
    /// is up to five capitalised words (or words such as "i-Taukei" with a capital after a hyphen),
    /// with "the" and "and" among them. Where a name follows with nothing between, the role must be
    /// capitalised, as an office's title is ("father of Ana Ruiz" names a kin, not an office);
    /// <paramref name="anyCaseRole"/> allows "the director of Lindenport Ferries, Ana Ruiz," where a
    /// comma already sets the office apart.
    /// </summary>
    internal static int OfficeWithOfBefore(List<Token> tokens, int end, bool anyCaseRole = false)
    {
        var k = end - 1;
        var words = 0;
        while (k > 0 && end - k <= 6 && tokens[k].Sentence == tokens[end].Sentence && tokens[k].IsWord
               && (tokens[k].IsCapitalised || tokens[k].Text is "the" or "and" || IsCapitalAfterHyphen(tokens[k].Text)))
        {
            words += tokens[k].Text is "the" or "and" ? 0 : 1;
            k--;
        }
        return words > 0 && k >= 1 && tokens[k].IsWord && tokens[k].Text is "of" && tokens[k - 1].IsWord
               && tokens[k - 1].Sentence == tokens[end].Sentence && (anyCaseRole || tokens[k - 1].IsCapitalised)
               && Lexicon.IsRoleNoun(tokens[k - 1].Bare)
            ? k - 1
            : -1;
    }

    /// <summary>
    /// How many of a name run's first words complete the title before it rather than name the person.
    /// "First Minister of Norland Ana Ruiz", "Senator from Easton Jo Sands", "Ambassador to the United
    /// Nations Tom Vale": a place after "of", "to" or "from", taken as two words after "the", otherwise
    /// one. "Secretary General of the Lindenport Union Ruiz": after "of the", a body's two words ending
    /// in a body's word, then a surname the article gives alone. "Undersecretary of the Navy for Ports
    /// Ana Ruiz": after an office's title and "for", a portfolio of one word before a full name.
    /// </summary>
    private static int TitleWordsBeforeName(List<Token> tokens, int first, List<string> parts)
    {
        var preposition = first - 1;
        var withThe = preposition >= 2 && tokens[preposition].IsWord && tokens[preposition].Text == "the";
        if (withThe)
        {
            preposition--;
        }
        if (preposition < 1 || !tokens[preposition].IsWord)
        {
            return 0;
        }
        var placeWords = withThe ? 2 : 1;
        if (tokens[preposition].Text is "of" or "to" or "from"
            && (Lexicon.IsRoleNoun(tokens[preposition - 1].Bare) || Lexicon.Honorifics.Contains(tokens[preposition - 1].Bare)))
        {
            // "director of Taxpayers for Safe Ferries": a body's name going on through "for" is no place before a name.
            if (parts.Count >= placeWords + 2 && !IsParticle(parts[placeWords]) && parts[placeWords] != "for" && !parts.Take(placeWords).Any(w => w.EndsWith('.')))
            {
                return placeWords;
            }
            return withThe && tokens[preposition].Text == "of" && parts.Count == 3 && !parts.Any(w => w.EndsWith('.'))
                   && IsBodyNameEnd(parts[1]) && !IsBodyNameEnd(parts[2]) && !Lexicon.IsRoleNoun(parts[2]) && !IsParticle(parts[2])
                ? 2
                : 0;
        }
        return !withThe && tokens[preposition].Text == "for" && parts.Count >= 3 && !parts[0].EndsWith('.')
               && !IsParticle(parts[1]) && TitleEndsAt(tokens, preposition - 1)
            ? 1
            : 0;
    }

    private static bool IsBodyNameEnd(string word) =>
        Lexicon.OrganisationNameWords.Contains(word) || Lexicon.BodyNameEndsAfterTitles.Contains(word);

    /// <summary>
    /// "Deputy Undersecretary of the Navy" right up to <paramref name="end"/>: capitalised words (with
    /// "of", "the" and "and" among them) in one sentence, one of them a role noun or honorific.
    /// </summary>
    private static bool TitleEndsAt(List<Token> tokens, int end)
    {
        if (!tokens[end].IsWord || !tokens[end].IsCapitalised || tokens[end].IsAcronym)
        {
            return false;
        }
        for (var k = end; k >= 0 && end - k < 8 && tokens[k].Sentence == tokens[end].Sentence && tokens[k].IsWord; k--)
        {
            var t = tokens[k];
            if (!t.IsCapitalised && t.Text is not ("of" or "the" or "and"))
            {
                return false;
            }
            if (t.IsCapitalised && (Lexicon.IsRoleNoun(t.Bare) || Lexicon.IsCompoundRoleNoun(t.Bare) || Lexicon.Honorifics.Contains(t.Bare)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCapitalAfterHyphen(string word) =>
        word.IndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length && char.IsLower(word[0]) && char.IsUpper(word[hyphen + 1]);

    /// <summary>A name <see cref="BodyNameGoesOnWithOf"/> made: a body's word, then "of" or "on" and more of the name.</summary>
    private static bool IsBodyNamedWithOf(string name)
    {
        var words = name.Split(' ');
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (words[i] == "of" && Lexicon.BodiesNamedWithOf.Contains(words[i - 1])
                || words[i] == "on" && Lexicon.BodiesNamedWithOn.Contains(words[i - 1])
                || words[i] == "for" && Lexicon.BodiesNamedWithFor.Contains(words[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "the Supreme Court of the United Kingdom", "the Department of State", "the Commission on River
    /// Safety", "Taxpayers for Fair Fares": where a body's name ending at <paramref name="last"/> goes on through "of" (or "on", "for")
    /// and "the": the first capitalised word after them, or -1 when it does not go on.
    /// </summary>
    internal static int BodyNameContinuesAt(List<Token> tokens, int last, int to)
    {
        var of = last + 1;
        if (last < 0 || tokens[last].IsPossessive || !tokens[last].IsCapitalised || of + 1 >= to || !tokens[of].IsWord
            || tokens[of].Sentence != tokens[last].Sentence
            || !(tokens[of].Text == "of" && Lexicon.BodiesNamedWithOf.Contains(tokens[last].Bare)
                 || tokens[of].Text == "on" && Lexicon.BodiesNamedWithOn.Contains(tokens[last].Bare)
                 || tokens[of].Text == "for" && Lexicon.BodiesNamedWithFor.Contains(tokens[last].Bare)))
        {
            return -1;
        }
        var k = tokens[of + 1].IsWord && tokens[of + 1].Text == "the" ? of + 2 : of + 1;
        // "thanked the Council for Kell's help": a possessive after "for" is whom it is for, not the name.
        if (tokens[of].Text == "for" && k < to && tokens[k].IsPossessive)
        {
            return -1;
        }
        return k < to && tokens[k].Sentence == tokens[last].Sentence && !tokens[k].IsAcronym
               && (IsNameWord(tokens, k, first: false) || IsFieldSpeechVerb(tokens, k)) ? k : -1;
    }

    /// <summary>"Department of State": a capitalised word that is also a speech verb names the field after "of".</summary>
    private static bool IsFieldSpeechVerb(List<Token> tokens, int k) =>
        tokens[k].IsCapitalised && !tokens[k].IsAcronym && Lexicon.SpeechVerbs.Contains(tokens[k].Bare);

    /// <summary>The run's words go on with the rest of a body's name (<see cref="BodyNameContinuesAt"/>). Returns the run's new last token.</summary>
    private static int BodyNameGoesOnWithOf(List<Token> tokens, int last, int to, List<string> parts)
    {
        var k = BodyNameContinuesAt(tokens, last, to);
        if (k < 0)
        {
            return last;
        }
        for (var between = last + 1; between < k; between++)
        {
            parts.Add(tokens[between].Text); // "of", "on", "the"
        }
        var sentence = tokens[last].Sentence;
        var withFor = tokens[last + 1].Text == "for";
        var field = k;
        while (k < to && tokens[k].Sentence == sentence && !tokens[k].IsAcronym
               && (IsNameWord(tokens, k, first: false) || k == field && IsFieldSpeechVerb(tokens, k)))
        {
            parts.Add(tokens[k].Bare);
            last = k++;
            if (tokens[last].IsPossessive)
            {
                return last;
            }
            // "Centre for Control of Iodine Deficiency": a name through "for" goes on through one "of".
            if (withFor && k + 1 < to && tokens[k].IsWord && tokens[k].Text == "of" && tokens[k + 1].Sentence == sentence
                && IsNameWord(tokens, k + 1, first: false) && !tokens[k + 1].IsAcronym)
            {
                withFor = false;
                parts.Add("of");
                k++;
            }
        }
        return last;
    }

    /// <summary>
    /// "the Lindenport Water and Harbour Board": after "the", capitalised words joined by "and" to
    /// capitalised words ending in a body's word are that one body's name, not two names (a name
    /// with a body's word of its own before "and", "the Kell Council and Harbour Board", is two).
    /// The last token of the name, or <paramref name="last"/> when it does not go on.
    /// </summary>
    private static int BodyNameGoesOnWithAnd(List<Token> tokens, int first, int last, int to, List<string> parts)
    {
        var and = last + 1;
        if (first < 1 || !tokens[first - 1].IsWord || !tokens[first - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
            || tokens[first - 1].Sentence != tokens[first].Sentence || tokens[last].IsPossessive || and + 1 >= to
            || !tokens[and].IsWord || tokens[and].Text != "and" || tokens[and].Sentence != tokens[last].Sentence
            || parts.Exists(w => Lexicon.OrganisationNameWords.Contains(w.TrimEnd('.'))))
        {
            return last;
        }
        var words = new List<string>();
        var k = and + 1;
        while (k < to && tokens[k].Sentence == tokens[last].Sentence && IsNameWord(tokens, k, first: false) && !tokens[k].IsAcronym)
        {
            words.Add(tokens[k].Bare);
            if (tokens[k++].IsPossessive)
            {
                break;
            }
        }
        if (words.Count == 0 || !Lexicon.OrganisationNameWords.Contains(words[^1]))
        {
            return last;
        }
        parts.Add("and");
        parts.AddRange(words);
        return k - 1;
    }
}
