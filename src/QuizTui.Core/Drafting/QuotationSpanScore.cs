using System.Text;

namespace QuizTui.Core.Drafting;

/// <summary>A draft quotation paired with the gold quotation it overlaps.</summary>
/// <param name="Gold">The gold speech quotation.</param>
/// <param name="Draft">The draft quotation offered as speech.</param>
/// <param name="SpeakerCorrect">Whether the draft names the gold speaker (see <see cref="QuotationSpanScoring.SameSpeaker"/>).</param>
public sealed record SpanMatch(GoldQuotation Gold, DraftQuotation Draft, bool SpeakerCorrect);

/// <summary>How a matched quotation's draft speaker differs from the gold one.</summary>
public enum SpeakerMiss
{
    /// <summary>The draft speaker is the gold one.</summary>
    None,

    /// <summary>The draft names no speaker.</summary>
    Unresolved,

    /// <summary>The draft's words are all in the gold name, or the gold's all in the draft's ("Biden" for "Joe Biden").</summary>
    PartName,

    /// <summary>The draft names someone the gold does not.</summary>
    OtherSpeaker,
}

/// <summary>
/// How the speech quotations of a draft compare with the gold: counts for precision, recall and
/// speaker accuracy, and the quotations behind each count.
/// </summary>
/// <param name="Articles">Articles scored.</param>
/// <param name="GoldSpans">Gold quotations of kind speech.</param>
/// <param name="DraftSpans">Draft quotations offered as speech.</param>
/// <param name="Matches">Pairs of a draft and a gold quotation that overlap, each quotation in one pair at most.</param>
/// <param name="Missed">Gold speech quotations no draft speech quotation overlaps.</param>
/// <param name="Spurious">Draft speech quotations that overlap no gold speech quotation (labels offered as speech among them).</param>
public sealed record SpanScore(
    int Articles,
    int GoldSpans,
    int DraftSpans,
    IReadOnlyList<SpanMatch> Matches,
    IReadOnlyList<GoldQuotation> Missed,
    IReadOnlyList<DraftQuotation> Spurious)
{
    /// <summary>Pairs found.</summary>
    public int Matched => Matches.Count;

    /// <summary>Pairs whose speaker is right.</summary>
    public int SpeakerCorrect => Matches.Count(m => m.SpeakerCorrect);

    /// <summary>Matched ÷ draft spans; 1 when the draft offers none.</summary>
    public double Precision => DraftSpans == 0 ? 1 : (double)Matched / DraftSpans;

    /// <summary>Matched ÷ gold spans; 1 when the gold has none.</summary>
    public double Recall => GoldSpans == 0 ? 1 : (double)Matched / GoldSpans;

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Matched pairs whose draft names no speaker.</summary>
    public int SpeakerUnresolved => Misses(SpeakerMiss.Unresolved);

    /// <summary>Matched pairs whose draft names the right person by part of the gold name, or with more words.</summary>
    public int SpeakerPartName => Misses(SpeakerMiss.PartName);

    /// <summary>Matched pairs whose draft names someone else.</summary>
    public int SpeakerOther => Misses(SpeakerMiss.OtherSpeaker);

    private int Misses(SpeakerMiss kind) => Matches.Count(m => QuotationSpanScoring.MissKind(m.Gold.Speaker, m.Draft.Speaker) == kind);

    /// <summary>How the draft's marks for checking fall on the matched quotations.</summary>
    public CheckMarks Marks => CheckMarks.Of(Matches);

    /// <summary>Speaker right ÷ matched; 1 when nothing matched.</summary>
    public double SpeakerAccuracy => Matched == 0 ? 1 : (double)SpeakerCorrect / Matched;

    /// <summary>An empty score to add to.</summary>
    public static SpanScore Zero { get; } = new(0, 0, 0, [], [], []);

    /// <summary>Adds two scores, for totals over several articles.</summary>
    public static SpanScore operator +(SpanScore a, SpanScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new SpanScore(
            a.Articles + b.Articles, a.GoldSpans + b.GoldSpans, a.DraftSpans + b.DraftSpans,
            [.. a.Matches, .. b.Matches], [.. a.Missed, .. b.Missed], [.. a.Spurious, .. b.Spurious]);
    }
}

/// <summary>
/// Scores drafted quotations against gold by overlap of their words, and speakers strictly by
/// full name. Only speech counts: a label the draft offers as speech is spurious, and a gold
/// speech quotation the draft calls a label is missed.
/// </summary>
public static class QuotationSpanScoring
{
    /// <summary>
    /// Scores one article's draft. A draft and a gold quotation overlap when the words they share,
    /// in order (longest common subsequence of <see cref="Words"/>), are at least half of the
    /// draft's words and at least half of the gold's. Each quotation is paired at most once,
    /// taking pairs with the largest overlap first.
    /// </summary>
    public static SpanScore Score(IReadOnlyList<DraftQuotation> drafts, IReadOnlyList<GoldQuotation> gold)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(gold);
        var draftSpeech = drafts.Where(d => d.Kind == QuotationKind.Speech).ToList();
        var goldSpeech = gold.Where(g => g.Kind == QuotationKind.Speech).ToList();
        var draftWords = draftSpeech.Select(d => Words(d.Text)).ToList();
        var goldWords = goldSpeech.Select(g => Words(g.Text)).ToList();

        var candidates = new List<(double Overlap, int Gold, int Draft)>();
        for (var gi = 0; gi < goldSpeech.Count; gi++)
        {
            for (var di = 0; di < draftSpeech.Count; di++)
            {
                var overlap = Overlap(draftWords[di], goldWords[gi]);
                if (overlap >= 0.5)
                {
                    candidates.Add((overlap, gi, di));
                }
            }
        }
        // Largest overlap first; ties go to the earlier gold, then the earlier draft, so the result
        // never depends on sort stability.
        candidates.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Draft.CompareTo(b.Draft));

        var goldTaken = new bool[goldSpeech.Count];
        var draftTaken = new bool[draftSpeech.Count];
        var pairs = new List<(int Gold, int Draft)>();
        foreach (var (_, gi, di) in candidates)
        {
            if (!goldTaken[gi] && !draftTaken[di])
            {
                goldTaken[gi] = true;
                draftTaken[di] = true;
                pairs.Add((gi, di));
            }
        }
        var matches = pairs.OrderBy(p => p.Gold)
            .Select(p => new SpanMatch(goldSpeech[p.Gold], draftSpeech[p.Draft], SameSpeaker(goldSpeech[p.Gold].Speaker, draftSpeech[p.Draft].Speaker)))
            .ToList();
        var missed = goldSpeech.Where((_, i) => !goldTaken[i]).ToList();
        var spurious = draftSpeech.Where((_, i) => !draftTaken[i]).ToList();
        return new SpanScore(1, goldSpeech.Count, draftSpeech.Count, matches, missed, spurious);
    }

    /// <summary>
    /// The smaller of the two shares of shared words: longest common subsequence of the word
    /// lists ÷ the draft's words, and ÷ the gold's words. 0 when either has no words.
    /// </summary>
    public static double Overlap(IReadOnlyList<string> draftWords, IReadOnlyList<string> goldWords)
    {
        ArgumentNullException.ThrowIfNull(draftWords);
        ArgumentNullException.ThrowIfNull(goldWords);
        if (draftWords.Count == 0 || goldWords.Count == 0)
        {
            return 0;
        }
        var common = CommonSubsequence(draftWords, goldWords);
        return Math.Min((double)common / draftWords.Count, (double)common / goldWords.Count);
    }

    /// <summary>
    /// The words of a quotation for comparison: quote marks, dashes and spacing folded
    /// (<see cref="QuotationText.Normalise"/>), lower case, split at anything that is not a letter,
    /// digit or apostrophe inside a word. "[T]he" gives "t", "he"; brackets and ellipses vanish.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = QuotationText.Normalise(text).ToLowerInvariant();
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var inWordApostrophe = c == '\'' && word.Length > 0 && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]);
            if (char.IsLetterOrDigit(c) || inWordApostrophe)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    /// <summary>
    /// Strict speaker comparison: equal after folding case, quote marks and punctuation (each
    /// punctuation mark becomes a space) and collapsing spaces; nothing else. "Dr. Ana Ruiz" is not
    /// "Ana Ruiz", "the council" is not "council", and a missing speaker is never right. One
    /// allowance: a trailing generational suffix ("Jr.", "Sr.", "III") printed on one side only is
    /// optional, since "Ana Ruiz Jr." and "Ana Ruiz" name the same person in one article.
    /// </summary>
    public static bool SameSpeaker(string? gold, string? draft)
    {
        if (gold is null || draft is null)
        {
            return false;
        }
        var goldName = FoldName(gold);
        var draftName = FoldName(draft);
        // Optional, not ignored: "Jr." on one side and "Sr." on the other are father and son.
        return goldName.Length > 0
               && (goldName == draftName || WithoutGenerationalSuffix(goldName) == draftName || goldName == WithoutGenerationalSuffix(draftName));
    }

    private static string WithoutGenerationalSuffix(string folded)
    {
        var space = folded.LastIndexOf(' ');
        return space > 0 && folded[(space + 1)..] is "jr" or "sr" or "iii" ? folded[..space] : folded;
    }

    /// <summary>
    /// Why a draft speaker is not the gold one, for reading errors in totals: no speaker, part of
    /// the name (each name's words all among the other's), or another speaker.
    /// </summary>
    public static SpeakerMiss MissKind(string? gold, string? draft)
    {
        if (SameSpeaker(gold, draft))
        {
            return SpeakerMiss.None;
        }
        if (draft is null || FoldName(draft).Length == 0)
        {
            return SpeakerMiss.Unresolved;
        }
        if (gold is null)
        {
            return SpeakerMiss.OtherSpeaker;
        }
        var goldWords = FoldName(gold).Split(' ');
        var draftWords = FoldName(draft).Split(' ');
        return draftWords.All(goldWords.Contains) || goldWords.All(draftWords.Contains)
            ? SpeakerMiss.PartName
            : SpeakerMiss.OtherSpeaker;
    }

    /// <summary>A name as <see cref="SameSpeaker"/> compares it.</summary>
    public static string FoldName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = QuotationText.Normalise(name).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            sb.Append(char.IsPunctuation(c) || char.IsSymbol(c) ? ' ' : c);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static int CommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // One row of the classic table at a time: quotations are short, articles have few of them.
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Count];
    }
}
