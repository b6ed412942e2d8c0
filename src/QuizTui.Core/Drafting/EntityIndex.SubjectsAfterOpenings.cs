namespace QuizTui.Core.Drafting;

/// <summary>
/// Where a sentence's subject may stand besides its first words: after an opening phrase and its
/// comma, and with an appositive or an adverb between it and its verb.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>The most tokens an appositive between a subject and its verb runs to.</summary>
    private const int AppositiveTokens = 30;

    /// <summary>
    /// "At the fair in Kell, Ana Ruiz …", "Recently, Ana Ruiz …", "Walking home, 62-year-old Ana Ruiz
    /// …": the name follows an opening phrase (its first word a preposition, a conjunction, an
    /// adverb or a participle) and the comma that closes it, or an age word after that comma.
    /// </summary>
    private bool FollowsOpeningPhrase(int first)
    {
        var comma = first - 1;
        if (comma >= 0 && _tokens[comma].IsWord && _tokens[comma].Text.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
        {
            comma--;
        }
        if (comma < 1 || !_tokens[comma].IsPunct(',') || !SameSentence(comma, first))
        {
            return false;
        }
        var start = comma;
        while (start > 0 && SameSentence(start - 1, comma))
        {
            start--;
        }
        for (var k = start; k < comma; k++)
        {
            if (_tokens[k].IsQuote)
            {
                return false;
            }
        }
        var opener = _tokens[start];
        if (!opener.IsWord || !opener.IsCapitalised || start == comma - 1 && !opener.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var word = opener.Text.ToLowerInvariant();
        return Lexicon.Prepositions.Contains(word) || Lexicon.PhraseOpeners.Contains(word) || Lexicon.Subordinators.Contains(word)
            || Lexicon.SpeakerFragmentOpeners.Contains(word)
            || word.Length > 4 && (word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
                || word.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// The token after which the name's verb comes: the name's last word ("Ana Ruiz railed"), an
    /// adverb after it ("Ana Ruiz also railed"), or the comma or dash closing an appositive ("Ana Ruiz,
    /// a baker who runs the stall, was asked"); -1 when no verb follows in one of these ways.
    /// </summary>
    private int VerbSlotAfter(int last)
    {
        if (VerbAfter(last))
        {
            return last;
        }
        var next = last + 1;
        if (next >= _tokens.Count || !SameSentence(next, last))
        {
            return -1;
        }
        if (_tokens[next].IsWord && Lexicon.Adverbs.Contains(_tokens[next].Text) && VerbAfter(next))
        {
            return next;
        }
        // The appositive closes with the mark that opened it: a comma, or a dash ("Ana Ruiz — who runs the stall — told").
        var mark = _tokens[next].Kind == TokenKind.Punct ? _tokens[next].Text[0] : ' ';
        if (mark is not (',' or '—' or '–'))
        {
            return -1;
        }
        for (var k = next + 1; k < _tokens.Count && k - next <= AppositiveTokens && SameSentence(k, last); k++)
        {
            if (_tokens[k].IsQuote)
            {
                return -1;
            }
            if (_tokens[k].IsPunct(mark) && VerbAfter(k))
            {
                return k;
            }
        }
        return -1;
    }
}
