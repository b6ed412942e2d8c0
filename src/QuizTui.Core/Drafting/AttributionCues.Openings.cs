namespace QuizTui.Core.Drafting;

/// <summary>Opening phrases that stand before a sentence's subject.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>How many words an opening phrase of time may have, its comma aside.</summary>
    private const int OpeningTimePhraseWords = 6;

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
}
