namespace QuizTui.Core.Drafting;

/// <summary>People the article describes with words no list knows, between a speech verb and the name.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// "…," said port baker Tomas Vell.": a name that ends its clause after a speech verb and
    /// lowercase words describing it, when the article shows it to be a person: a pronoun after it
    /// in its paragraph, its surname used alone elsewhere, or "who" after it. A place after a
    /// preposition ("said crews across Lindenport Bay") is never taken.
    /// </summary>
    private bool SpeaksBeforeDescription(NameRun run)
    {
        if (run.Count < 2 || _tokens[run.Last].IsPossessive || !EndsClause(run.Last))
        {
            return false;
        }
        var k = run.First - 1;
        var described = 0;
        var stacked = false;
        for (; k >= 0 && SameSentence(k, run.First) && described < (stacked ? StackedDescriptionWords : DescriptionWords) && _tokens[k].IsWord
               && (!_tokens[k].IsCapitalised || PlaceInsideRole(k, run.First)); k--)
        {
            var word = _tokens[k].Text;
            // "said former Norland coach and former test player Tomas Vell": two roles joined by "and".
            stacked |= word == "and";
            if (word == "and")
            {
                described++;
                continue;
            }
            if (IsReportingVerb(_tokens[k]))
            {
                break;
            }
            if (Lexicon.Prepositions.Contains(word) || Lexicon.PhraseOpeners.Contains(word) || Lexicon.NotInSubject.Contains(word) || Lexicon.Pronouns.Contains(word)
                || Lexicon.IrregularPasts.Contains(word) || word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))
            {
                return false;
            }
            described++;
        }
        // The verb inverted after a quotation or a comma (", said …"), so it cannot be a noun ("in states like Westmark").
        if (described == 0 || k < 1 || !SameSentence(k, run.First) || !IsReportingVerb(_tokens[k])
            || _tokens[k].Text is "told" or "tell" or "tells" or "telling" || !(_tokens[k - 1].IsQuote || _tokens[k - 1].IsPunct(',')))
        {
            return false;
        }
        var surname = _tokens[run.Last].Bare;
        return PersonalPronounLater(run.Last) || AppositiveAfter(run.Last) is ""
            || _runs.Exists(other => other.Count == 1 && other.First != run.Last && AccentFoldingComparer.Instance.Equals(other.Name, surname));
    }

    /// <summary>The most words two roles joined by "and" before a name run to ("former North Norland coach and former test player").</summary>
    private const int StackedDescriptionWords = 10;

    /// <summary>"former North Norland coach": one or two capitalised words between lowercase words of a role, before the name.</summary>
    private bool PlaceInsideRole(int k, int first)
    {
        var left = k;
        while (left > 0 && _tokens[left - 1].IsWord && _tokens[left - 1].IsCapitalised)
        {
            left--;
        }
        var right = k;
        while (right + 1 < first && _tokens[right + 1].IsWord && _tokens[right + 1].IsCapitalised)
        {
            right++;
        }
        return right - left < 2 && left > 0 && right + 1 < first && !_tokens[right].IsPossessive
            && _tokens[left - 1].IsWord && !Lexicon.IsSpeechVerb(_tokens[left - 1].Text) && _tokens[right + 1].IsWord;
    }

    /// <summary>A speech verb that reports speech on its own: not a participle and not one that needs a further word.</summary>
    private static bool IsReportingVerb(Token token) =>
        token.IsWord && !token.IsCapitalised && Lexicon.SpeechVerbs.Contains(token.Text)
        && !Lexicon.Participles.Contains(token.Text) && !Lexicon.WeakSpeechVerbs.Contains(token.Text);

    /// <summary>The name is the clause's last word: a full stop, comma, semicolon or quotation mark follows, or nothing.</summary>
    private bool EndsClause(int last) =>
        last + 1 >= _tokens.Count || !SameSentence(last + 1, last)
        || _tokens[last + 1].IsQuote || _tokens[last + 1].Kind == TokenKind.Punct && _tokens[last + 1].Text[0] is '.' or ',' or ';';
}
