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
