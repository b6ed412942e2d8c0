namespace QuizTui.Core.Drafting;

/// <summary>Opening phrases that stand before a sentence's subject.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>How many words an opening phrase of time may have, its comma aside.</summary>
    private const int OpeningTimePhraseWords = 6;

    /// <summary>How many tokens a dateline may have before its dash ("COLUMBIA, S.C. (AP) —").</summary>
    private const int DatelineTokens = 10;

    /// <summary>How many tokens a segment continuing an opening phrase may have ("on Sunday,", "Iowa,").</summary>
    private const int ContinuationTokens = 5;

    /// <summary>
    /// "Hours later, Ana Ruiz …", "But a week ago, Ruiz …", "Back on Tuesday, Ruiz …": a short
    /// opening phrase that ends in a word of time and a comma is not the subject; returns the token
    /// after its comma, or <paramref name="start"/> when the sentence has no such phrase.
    /// </summary>
    private int PastOpeningTimePhrase(int start, int end)
    {
        for (var k = start; k < end && k <= start + OpeningTimePhraseWords; k++)
        {
            if (p[k].IsPunct(','))
            {
                var last = k > start ? p[k - 1].Text.ToLowerInvariant() : "";
                return k + 1 < end && (IsTimeWord(last) || last is "ago") ? k + 1 : start;
            }
            if (!p[k].IsWord || p[k].IsQuote)
            {
                return start;
            }
        }
        return start;
    }

    /// <summary>
    /// "Speaking in Brookvale, Nova Terra, Ana Ruiz …": a place written as town, comma, region
    /// and comma ends an opening clause at its second comma, not inside the place. Returns that
    /// comma, or <paramref name="comma"/> when the words after it are not a place's.
    /// </summary>
    private int PastPlaceAfterComma(int comma, int end)
    {
        if (comma < 1 || !p[comma - 1].IsWord || !p[comma - 1].IsCapitalised)
        {
            return comma;
        }
        for (var k = comma + 1; k < end && k <= comma + 3; k++)
        {
            if (p[k].IsPunct(','))
            {
                return k > comma + 1 && k + 1 < end ? k : comma;
            }
            if (!p[k].IsWord || !p[k].IsCapitalised || p[k].IsPossessive)
            {
                return comma;
            }
        }
        return comma;
    }

    /// <summary>
    /// "WASHINGTON —", "COLUMBIA, S.C. (AP) —", "DUNMORE, Dec. 8 (Wire) —": a dateline opening the first sentence of one of an
    /// article's first paragraphs (a headline may come first) is a place, not the subject; returns
    /// the token after its dash, or <paramref name="start"/> when there is none.
    /// </summary>
    private int PastDateline(int start, int end)
    {
        if (p[start].Paragraph > 3 || start > 0 && p[start - 1].Paragraph == p[start].Paragraph || !p[start].IsAcronym)
        {
            return start;
        }
        var depth = 0;
        for (var k = start + 1; k < end && k <= start + DatelineTokens; k++)
        {
            var t = p[k];
            if (t.Kind == TokenKind.Punct && t.Text[0] is '—' or '–' or '-' && depth == 0)
            {
                return k + 1 < end ? k + 1 : start;
            }
            if (t.IsPunct('('))
            {
                depth++;
            }
            else if (t.IsPunct(')'))
            {
                depth--;
            }
            else if (t.IsQuote || t.IsWord && !t.IsCapitalised && !char.IsDigit(t.Text[0]) || t.Kind == TokenKind.Punct && t.Text[0] is not (',' or '.'))
            {
                return start;
            }
        }
        return start;
    }

    /// <summary>
    /// True when the sentence opens with a phrase that stands before its subject: a preposition
    /// ("At a rally in Reno"), a word from <see cref="Lexicon.PhraseOpeners"/>, a past participle with a
    /// preposition or question word after it ("Asked by reporters"), or an adverb in "-ly" set off by a comma
    /// ("Additionally,").
    /// </summary>
    private bool OpensWithPhrase(int start, int end)
    {
        var t = p[start];
        if (!t.IsWord || start + 1 >= end)
        {
            return false;
        }
        var next = p[start + 1];
        if (Lexicon.Prepositions.Contains(t.Text) && !Lexicon.Determiners.Contains(t.Text) || Lexicon.PhraseOpeners.Contains(t.Text))
        {
            return true;
        }
        // "Asked about the plan, …", "Faced with the vote, …"; never a name before its verb ("Alfred told").
        if (t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && next.IsWord
            && next.Text is "by" or "about" or "on" or "whether" or "if" or "why" or "what" or "how" or "with" or "for" or "during" or "after")
        {
            return true;
        }
        return t.Text.Length > 6 && t.Text.EndsWith("ly", StringComparison.Ordinal) && next.IsPunct(',')
            && p.Entities.FindPerson(t.Text) is null;
    }

    /// <summary>
    /// "At a rally in Ames, Iowa, on Sunday, Ana Ruiz …": after an opening phrase's comma, a place
    /// completing its last name ("Iowa,", "N.H.,") and a short phrase of time or place ("on
    /// Sunday,") still belong to the phrase. Returns where the subject starts.
    /// </summary>
    private int PastPhraseContinuations(int start, int end)
    {
        while (start < end)
        {
            var comma = -1;
            for (var k = start; k < end && k <= start + ContinuationTokens; k++)
            {
                if (p[k].IsPunct(','))
                {
                    comma = k;
                    break;
                }
                if (!p[k].IsWord && !p.IsAbbreviationDot(k) && !IsDotOfAbbreviation(k))
                {
                    break;
                }
            }
            if (comma <= start || comma + 1 >= end || !(IsPlaceContinuation(start, comma) || IsPhraseContinuation(start, comma)))
            {
                return start;
            }
            start = comma + 1;
        }
        return start;
    }

    /// <summary>"Iowa," "N.H.," after "in Ames,": capitalised words naming no one the article knows, after a capitalised word.</summary>
    private bool IsPlaceContinuation(int start, int comma)
    {
        if (comma - start > 3 || start < 2 || !p[start - 2].IsCapitalised && !p.IsAbbreviationDot(start - 2))
        {
            return false;
        }
        for (var k = start; k < comma; k++)
        {
            if (!(p[k].IsCapitalised && !p[k].IsPossessive || p.IsAbbreviationDot(k) || IsDotOfAbbreviation(k)))
            {
                return false;
            }
        }
        var words = p.Words(start, comma - 1);
        return p.Entities.FindPerson(words) is null && p.Entities.FindOrganisation(words) is null;
    }

    /// <summary>"N.H.,": the full stop closing a dotted abbreviation before a comma, which the tokenizer leaves apart.</summary>
    private bool IsDotOfAbbreviation(int k) =>
        p[k].IsPunct('.') && k > 0 && p[k - 1].IsWord && p[k - 1].End == p[k].Start && p[k - 1].Text.Contains('.')
        && k + 1 < p.Count && p[k + 1].IsPunct(',');

    /// <summary>
    /// "Asked by Tom Brell to respond, Ruiz said", "Continuing to explain, Ruiz said": a speech verb
    /// after "to" inside an opening phrase has no subject of its own; the words before it are no speaker.
    /// </summary>
    private bool IsInfinitiveInOpening(int s0, int verb, List<int> subject) =>
        subject[0] == s0 && p.IsWordAt(verb - 1, "to")
        && (OpensWithPhrase(s0, verb) || p[s0].IsCapitalised && p[s0].Text.Length > 5 && p[s0].Text.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>"on Sunday," "last week,": a short phrase opening with a preposition or a word of time.</summary>
    private bool IsPhraseContinuation(int start, int comma)
    {
        var first = p[start];
        return !first.IsCapitalised && (Lexicon.Prepositions.Contains(first.Text) && !Lexicon.Determiners.Contains(first.Text)
            || IsTimeWord(first.Text.ToLowerInvariant()));
    }
}
