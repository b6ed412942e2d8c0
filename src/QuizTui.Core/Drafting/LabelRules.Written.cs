namespace QuizTui.Core.Drafting;

/// <summary>Quoted words the sentence itself calls a slogan, chant or sign.</summary>
internal sealed partial class LabelRules
{
    /// <summary>
    /// ""Save the Pier" was one of the slogans of the march", ""No Entry" is the sign on the
    /// gate": a quotation whose sentence goes on to say it was a slogan, chant or sign.
    /// </summary>
    private bool IsNamedSloganAfter(int marker)
    {
        var k = marker + 1;
        if (k >= p.Count || !p.SameSentence(marker, k) || !p[k].IsWord || p[k].Text.ToLowerInvariant() is not ("was" or "is" or "were" or "are"))
        {
            return false;
        }
        for (k++; k < p.Count && k <= marker + 6 && p.SameSentence(marker, k) && p[k].IsWord; k++)
        {
            var word = p[k].Text.ToLowerInvariant();
            if (Lexicon.WrittenOnNouns.Contains(word) || Lexicon.SloganNouns.Contains(word))
            {
                return true;
            }
            if (word is not ("one" or "of" or "the" or "a" or "an" or "among" or "its" or "their" or "main" or "first"))
            {
                return false;
            }
        }
        return false;
    }
}
