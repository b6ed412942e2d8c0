namespace QuizTui.Core.Drafting;

/// <summary>What is written next to a name: an honorific, a title, an appositive, a speech verb.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>"Mr.", "Gov.", "Dr." right before the name, as written; null when there is none.</summary>
    private string? HonorificBefore(int first)
    {
        var k = first - 1;
        var dot = k >= 0 && _tokens[k].IsPunct('.');
        if (dot)
        {
            k--;
        }
        if (k < 0 || !SameSentence(k, first) || !_tokens[k].IsWord || !Lexicon.Honorifics.Contains(_tokens[k].Text))
        {
            return null;
        }
        return _tokens[k].Text + (dot ? "." : "");
    }

    /// <summary>The title written just before a name: "Hootsuite spokeswoman", "CEO", "Lt. Col.".</summary>
    private string? TitleBefore(int first)
    {
        var k = first - 1;
        var end = k;
        if (k >= 0 && _tokens[k].IsPunct('.'))
        {
            k--;
        }
        if (k < 0 || !SameSentence(k, first) || !_tokens[k].IsWord
            || !(Lexicon.IsRoleNoun(_tokens[k].Bare) || Lexicon.Honorifics.Contains(_tokens[k].Text)))
        {
            return null;
        }
        var start = k;
        for (var j = k - 1; j >= 0 && j >= k - 5 && SameSentence(j, first); j--)
        {
            var token = _tokens[j];
            if (token.IsPunct('.') && j > 0 && _tokens[j - 1].IsWord && Lexicon.IsAbbreviation(_tokens[j - 1].Text))
            {
                continue;
            }
            if (!token.IsWord || Lexicon.Determiners.Contains(token.Text) || Lexicon.NotInSubject.Contains(token.Text)
                || Lexicon.Prepositions.Contains(token.Text) && !token.IsCapitalised || Lexicon.SpeechVerbs.Contains(token.Text)
                || token.Text is "and" or "or" or "but")
            {
                break;
            }
            start = j;
        }
        return Join(start, end);
    }

    /// <summary>"The company's chief executive, Tom Keiser,": a role set off by a comma before the name.</summary>
    private string? TitleBeforeComma(int first)
    {
        var comma = first - 1;
        if (comma < 1 || !_tokens[comma].IsPunct(',') || !SameSentence(comma - 1, first) || !_tokens[comma - 1].IsWord || first + 1 >= _tokens.Count)
        {
            return null;
        }
        if (!Lexicon.IsRoleNoun(_tokens[comma - 1].Bare))
        {
            return RoleOfBodyBeforeComma(comma) ?? RoleOfFieldBeforeComma(comma);
        }
        return TitleBefore(comma);
    }

    /// <summary>
    /// "Kell Council's head of transport, Ivo Vell,": a role noun with the field it covers
    /// written in lower case after "of" (one to three words), set off by a comma before the name.
    /// </summary>
    private string? RoleOfFieldBeforeComma(int comma)
    {
        var k = comma - 1;
        while (k > 0 && comma - k <= 3 && _tokens[k].IsWord && !_tokens[k].IsCapitalised && _tokens[k].Text != "of"
               && !Lexicon.Determiners.Contains(_tokens[k].Text) && !Lexicon.Prepositions.Contains(_tokens[k].Text)
               && !Lexicon.Pronouns.Contains(_tokens[k].Text) && SameSentence(k, comma))
        {
            k--;
        }
        if (k == comma - 1 || k < 1 || !_tokens[k].IsWord || _tokens[k].Text != "of" || !_tokens[k - 1].IsWord || !Lexicon.IsRoleNoun(_tokens[k - 1].Bare))
        {
            return null;
        }
        return TitleBefore(k) is { } role ? $"{role} {Join(k, comma - 1)}" : null;
    }

    /// <summary>
    /// "The Minister of Fisheries, Ama Boadu,": an office named with "of" (<see cref="OfficeWithOfBefore"/>),
    /// set off by a comma before the name, is its title; null when the words before the comma are no such office.
    /// </summary>
    private string? RoleOfBodyBeforeComma(int comma) =>
        OfficeWithOfBefore(_tokens, comma, anyCaseRole: true) is var role and >= 0 ? Join(role, comma - 1) : null;

    /// <summary>Tokens as printed: words with spaces between, a full stop kept on its word.</summary>
    private string Join(int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = from; k <= to; k++)
        {
            if (sb.Length > 0 && !_tokens[k].IsPunct('.'))
            {
                sb.Append(' ');
            }
            sb.Append(_tokens[k].Text);
        }
        return sb.ToString();
    }

    /// <summary>An appositive after a name: ", a training specialist at Acme," or ", Acme CEO,".</summary>
    private string? AppositiveAfter(int last)
    {
        // "Ian Vell, 54, a dock worker": an age before the description.
        var k = AgeAfter(last) ? last + 3 : last + 1;
        if (k + 1 >= _tokens.Count || !_tokens[k].IsPunct(',') || !SameSentence(k, last))
        {
            return null;
        }
        var start = k + 1;
        var first = _tokens[start];
        if (!first.IsWord)
        {
            return null;
        }
        var words = new List<string>();
        var hasRole = false;
        for (var j = start; j < _tokens.Count && j < start + 12 && SameSentence(j, last); j++)
        {
            var token = _tokens[j];
            if (!token.IsWord)
            {
                break;
            }
            if (token.Text is "who" or "whose")
            {
                // "Maria Lopez, who has worked at the clinic for 20 years": "who" is said of people.
                return words.Count == 0 ? "" : null;
            }
            if (Lexicon.SpeechVerbs.Contains(token.Text) && !token.IsCapitalised || Lexicon.NotInSubject.Contains(token.Text))
            {
                break;
            }
            // ", replied by asking Mayor Ana Ruiz": in a clause after the comma, a role right before
            // another name is that person's title, not a description of this one.
            if (Lexicon.IsRoleNoun(token.Bare) && IsTitleOfNameAfter(j, last) && words.Exists(IsVerbForm))
            {
                break;
            }
            hasRole |= Lexicon.IsRoleNoun(token.Bare);
            words.Add(token.Text);
        }
        if (!hasRole && !IsShortDescriptionBeforeSpeech(words, start))
        {
            return null;
        }
        while (words.Count > 0 && Lexicon.Determiners.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        return string.Join(' ', words);
    }

    /// <summary>
    /// "Nora Vell, a deckhand, said": a short description (<see cref="IsShortDescription"/>) with no
    /// role noun the lexicon knows, closed by a comma and a verb of saying, still describes the
    /// person named before it.
    /// </summary>
    private bool IsShortDescriptionBeforeSpeech(List<string> words, int start)
    {
        var end = start + words.Count;
        return IsShortDescription(_tokens, start, end) && end + 1 < _tokens.Count && _tokens[end].IsPunct(',') && SpeechVerbAfterComma(end);
    }

    /// <summary>
    /// "a deckhand", "an off-duty deckhand": "a" or "an" and one to four lowercase words, the words
    /// from <paramref name="start"/> to before <paramref name="stop"/>, describing a person; one
    /// that ends in a body's noun ("a small company") describes a body.
    /// </summary>
    internal static bool IsShortDescription(List<Token> tokens, int start, int stop) =>
        stop - start is >= 2 and <= 5 && tokens[start].Text is "a" or "an"
        && Enumerable.Range(start + 1, stop - start - 1).All(k => tokens[k].IsWord && !tokens[k].IsCapitalised)
        && !Lexicon.OrganisationNouns.Contains(tokens[stop - 1].Text);

    /// <summary>A verb of saying right after the comma at <paramref name="comma"/>: "…, said".</summary>
    private bool SpeechVerbAfterComma(int comma) =>
        comma + 1 < _tokens.Count && _tokens[comma].IsPunct(',') && SameSentence(comma + 1, comma) && SpeechVerbAfter(comma);

    private static bool IsVerbForm(string word) =>
        word.Length > 4 && char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>A capitalised role followed by a capitalised word in the same sentence: "Mayor Ana Ruiz".</summary>
    private bool IsTitleOfNameAfter(int role, int last) =>
        _tokens[role].IsCapitalised && role + 1 < _tokens.Count && SameSentence(role + 1, last) && _tokens[role + 1].IsWord
        && _tokens[role + 1].IsCapitalised && !Lexicon.IsRoleNoun(_tokens[role + 1].Bare);

    private bool SpeechVerbAfter(int last)
    {
        var k = last + 1;
        while (k < _tokens.Count && _tokens[k].IsWord && Lexicon.Adverbs.Contains(_tokens[k].Text))
        {
            k++;
        }
        return k < _tokens.Count && SameSentence(k, last) && _tokens[k].IsWord && !_tokens[k].IsCapitalised
            && Lexicon.SpeechVerbs.Contains(_tokens[k].Text) && !Lexicon.Participles.Contains(_tokens[k].Text)
            && !Lexicon.WeakSpeechVerbs.Contains(_tokens[k].Text);
    }

    /// <summary>
    /// "Kell Council's head of transport, Ivo Vell, said": a full name set off by commas, with the
    /// verb of saying right after it, is the one who speaks. Not so when a body's noun comes
    /// before the comma ("the port's newspaper, Kell Tidings,") or a person was named earlier in
    /// the sentence: the name then says which body, or who the first person is.
    /// </summary>
    private bool SetOffBeforeSpeech(NameRun run)
    {
        var comma = run.First - 1;
        if (run.Count < 2 || _tokens[run.Last].IsPossessive || comma < 1 || !_tokens[comma].IsPunct(',') || !SameSentence(comma, run.First)
            || run.Last + 1 >= _tokens.Count || !SpeechVerbAfterComma(run.Last + 1))
        {
            return false;
        }
        if (_tokens[comma - 1].IsWord && Lexicon.OrganisationNouns.Contains(_tokens[comma - 1].Bare))
        {
            return false;
        }
        return !_runs.Exists(other => other.Last < run.First && SameSentence(other.First, run.First) && FindPerson(other.Name) is not null);
    }

    private bool SpeechVerbBefore(int first)
    {
        var k = first - 1;
        if (k >= 0 && _tokens[k].IsPunct('.'))
        {
            k -= 2; // "said Gov. Jane Doe"
        }
        if (k < 0)
        {
            return false;
        }
        var token = _tokens[k];
        // "told National Geographic": whoever follows "told" is spoken to, not speaking.
        if (token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text) && !Lexicon.WeakSpeechVerbs.Contains(token.Text)
            && token.Text.ToLowerInvariant() is not ("told" or "tell" or "tells" or "telling"))
        {
            return true;
        }
        return token.Text == "to" && k >= 1 && _tokens[k - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase);
    }
}
