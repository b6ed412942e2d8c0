namespace QuizTui.Core.Drafting;

/// <summary>A speech verb after a quotation followed by a long title or description that ends in the speaker's name.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>Most words a description before a name after the verb may have.</summary>
    private const int MaxTitleWords = 10;

    /// <summary>
    /// "…," said master of ceremonies Ivo Marsh; "…," said Norland's deputy minister for ports Ivo
    /// Marsh; "…," explains Secretary General of the Kell Union Ana Ruiz: the words after the verb
    /// up to the end of the clause are a title with its field or place ("of", "for", "to") or an
    /// owner's possessive, then the name. The name closing the clause speaks, not the owner or the
    /// body inside the title. A one-word name counts when the article uses the word alone
    /// elsewhere ("said Wagner").
    /// </summary>
    private List<int>? NameAfterLongTitle(int verb)
    {
        var span = new List<int>();
        var k = verb + 1;
        for (; k < p.Count && p.SameSentence(k, verb + 1) && span.Count <= MaxTitleWords + 3; k++)
        {
            if (p[k].IsWord)
            {
                span.Add(k);
            }
            else if (!p.IsAbbreviationDot(k))
            {
                break;
            }
        }
        var closes = k >= p.Count || !p.SameSentence(k, verb) || p[k].IsPunct('.') || p[k].IsPunct(',');
        if (!closes || span.Count < 3 || span.Count > MaxTitleWords + 3 || !p[span[^1]].IsCapitalised || p[span[^1]].IsPossessive)
        {
            return null;
        }
        // The capitalised words that close the clause.
        var first = span.Count - 1;
        while (first > 0 && p[span[first - 1]].IsCapitalised && !p[span[first - 1]].IsPossessive)
        {
            first--;
        }
        var name = TailName(span, first);
        // A name straight after "of" is the field or place ("University of California"), not a holder.
        if (name is null || name[0] == span[0] || !p[name[0] - 1].IsCapitalised && Lexicon.Prepositions.Contains(p[name[0] - 1].Text))
        {
            return null;
        }
        var description = span.TakeWhile(t => t < name[0]).ToList();
        if (!p[description[0]].IsCapitalised && (Lexicon.Prepositions.Contains(p[description[0]].Text) || Lexicon.Determiners.Contains(p[description[0]].Text)))
        {
            return null; // "…," she said of Ana Ruiz: a preposition opens no title
        }
        var holdsTitle = description.Exists(t => p[t].IsPossessive || p[t].Text is "of" or "for" or "to");
        if (!holdsTitle || description.Exists(t => !p[t].IsCapitalised && IsNoTitleWord(p[t].Text)))
        {
            return null;
        }
        // A person in the description ("said Ruiz of the Kell Teachers") is the speaker the usual way.
        if (EntityIndex.RunsIn(p.Tokens, description[0], description[^1] + 1).Exists(r => p.Entities.FindPerson(r.Name) is not null)
            || name.Exists(t => p[t].IsAcronym))
        {
            return null;
        }
        return name;
    }

    /// <summary>
    /// The name at the end of a capitalised run from <paramref name="first"/>: three or two words
    /// the article knows as a person's name, else the longest tail of two or three words that
    /// holds no word of a body's name; one word only when the article prints it alone elsewhere.
    /// </summary>
    private List<int>? TailName(List<int> span, int first)
    {
        var length = span.Count - first;
        string Words(int n) => string.Join(' ', span.Skip(span.Count - n).Select(t => p[t].Bare));
        foreach (var n in new[] { 3, 2 })
        {
            if (n <= length && p.Entities.FindPerson(Words(n)) is not null)
            {
                return span.GetRange(span.Count - n, n);
            }
        }
        // The longest tail of two or three words holding no word of a body's name ("Union", "Community").
        for (var n = Math.Min(3, length); n >= 2; n--)
        {
            var tail = span.GetRange(span.Count - n, n);
            if (p.Entities.FindOrganisation(Words(n)) is null && !tail.Exists(t => Lexicon.OrganisationNameWords.Contains(p[t].Bare)))
            {
                return tail;
            }
        }
        // One word closing a body's name ("the Kell Harbour Community Vell"), printed alone elsewhere.
        var word = span[^1];
        return length >= 2 && UsedAloneElsewhere(word) ? [word] : null;
    }

    /// <summary>The capitalised word printed elsewhere in the article with no capitalised word either side of it.</summary>
    private bool UsedAloneElsewhere(int word)
    {
        for (var k = 1; k + 1 < p.Count; k++)
        {
            if (k != word && p[k].Text == p[word].Text && !(p[k - 1].IsWord && p[k - 1].IsCapitalised) && !(p[k + 1].IsWord && p[k + 1].IsCapitalised))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A lowercase word that no title is made of: a verb of speech, a pronoun, a word that joins clauses.</summary>
    private static bool IsNoTitleWord(string word) =>
        Lexicon.IsSpeechVerb(word) || Lexicon.Pronouns.Contains(word)
        || word is "and" or "or" or "but" or "who" or "which" or "that" or "when" or "after" or "before" or "in" or "on" or "at" or "with" or "a" or "an";
}
