namespace QuizTui.Core.Drafting;

/// <summary>The last check on a speaker the rules found: is it someone at all, or a fragment of the sentence?</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// False for a "speaker" that names no one: a pronoun or a contraction of one ("I've",
    /// "Previously you"), a word that opens a clause rather than a name ("Instead", "Recently she"),
    /// a noun a clause hangs on ("way people"), a speaker cut off after a function word
    /// ("Westmark and", "groups who"), or the tag an interview puts before its questions ("((WN))").
    /// </summary>
    private bool IsPlausibleSpeaker(string name, SpeakerKind kind)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }
        var first = words[0];
        if (IsPronounForm(first) || Lexicon.SpeakerFragmentOpeners.Contains(first))
        {
            return false;
        }
        // "Westmark and", "groups who": a speaker cut off after a function word is a piece of the
        // sentence; in capitals the word may be a surname ("Tam From").
        if (words.Length > 1 && char.IsLower(words[^1][0]) && Lexicon.WordsEndingNoSpeaker.Contains(words[^1]))
        {
            return false;
        }
        // A description with a subject pronoun inside is a clause, not someone ("Recently she").
        if (kind == SpeakerKind.Role && (words.Any(Lexicon.SubjectPronouns.Contains) || Lexicon.ClauseHeadNouns.Contains(first)))
        {
            return false;
        }
        return !IsTranscriptTag(name);
    }

    /// <summary>
    /// "One post by him read", "An additional email from Ana Ruiz said": counting words read as the
    /// subject, cut off before the noun of a message right after them. Nothing names the writer the
    /// way the rules read it, so the quotation is left for checking. "Another said", with nothing
    /// cut, keeps its counting word, as an article prints it.
    /// </summary>
    private bool CutBeforeItsNoun(List<int> subject)
    {
        var next = subject[^1] + 1;
        if (next >= p.Count || !p.SameSentence(next, subject[^1]) || !p[next].IsWord || p[next].IsCapitalised)
        {
            return false;
        }
        // A message's noun as printed, "post", "email": after one counted thing a verb would end
        // in "-s" ("Another notes her first job").
        return Lexicon.DocumentNouns.Contains(p[next].Bare);
    }

    /// <summary>
    /// "One shopper said …. A second said …": an ordinal alone ("a second", "the third") stands
    /// for one more of the people the nearest "one …" before it, in its sentence or the two before,
    /// introduced, so the speaker is "second shopper". Null when the ordinal is no "second" to
    /// "fifth" or no such "one …" is found.
    /// </summary>
    private Resolution? OrdinalAfterOne(List<int> subject)
    {
        var ordinal = p[subject[^1]].Text.ToLowerInvariant();
        if (ordinal is not ("second" or "third" or "fourth" or "fifth") || subject.Count > 2)
        {
            return null;
        }
        var sentence = p[subject[0]].Sentence;
        for (var k = subject[0] - 1; k >= 1 && p[k].Sentence >= sentence - 2; k--)
        {
            if (p[k - 1].IsWord && p[k - 1].Text is "one" or "One" && p[k] is { IsWord: true, IsCapitalised: false } noun
                && !Lexicon.CountingWords.Contains(noun.Text) && noun.Text != "of" && k + 1 < p.Count
                && (p[k + 1].Text == "," || p[k + 1].IsWord && Lexicon.IsSpeechVerb(p[k + 1].Text)))
            {
                var description = $"{ordinal} {noun.Bare}";
                return Resolution.Of(description, SpeakerKind.Role, DraftConfidence.RoleWithoutName, description);
            }
        }
        return null;
    }

    /// <summary>"you", and contractions of a pronoun: "I've", "He's", "we’re".</summary>
    private static bool IsPronounForm(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        var stem = apostrophe > 0 ? word[..apostrophe] : word;
        return Lexicon.Pronouns.Contains(stem) || apostrophe > 0 && stem.Equals("let", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A short capitalised tag that the article prints as a transcript's speaker label: "((WN))", "WN:" opening a paragraph.</summary>
    private bool IsTranscriptTag(string name)
    {
        if (name.Length > 4 || !name.All(char.IsUpper))
        {
            return false;
        }
        var text = p.Article.Text;
        return text.Contains("((" + name + "))", StringComparison.Ordinal)
            || p.Article.Paragraphs.Any(par => text.AsSpan(par.Start, par.End - par.Start).TrimStart().StartsWith(name + ":", StringComparison.Ordinal));
    }
}
