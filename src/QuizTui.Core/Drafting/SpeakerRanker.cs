namespace QuizTui.Core.Drafting;

/// <summary>How a draft is made: the rules alone, or the rules with the learned speaker ranker.</summary>
public sealed record DraftOptions
{
    /// <summary>The rules alone unless <see cref="SpeakerRanker.OnByDefault"/> says otherwise.</summary>
    public static DraftOptions Default { get; } = new();

    /// <summary>Let the learned ranker replace the rules' speaker when it prefers another by a clear margin.</summary>
    public bool RankSpeakers { get; init; } = SpeakerRanker.OnByDefault;

    /// <summary>
    /// Where the rules find no speaker at all, offer the ranker's first candidate as a suggestion,
    /// always marked to check (<see cref="DraftConfidence.Suggested"/>). Independent of
    /// <see cref="RankSpeakers"/>: with that off, a speaker the rules found is never touched.
    /// </summary>
    public bool RankUnattributed { get; init; } = SpeakerRanker.SuggestsByDefault;

    /// <summary>Weights to rank with instead of <see cref="SpeakerRankerWeights"/>, for cross-validation.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>The score margin the ranker's pick needs over the rules' pick; null for <see cref="SpeakerRankerWeights.Margin"/>.</summary>
    public double? Margin { get; init; }
}

/// <summary>
/// A learned second opinion on each speech quotation's speaker: the candidates near the quotation
/// (<see cref="SpeakerCandidate"/>) are scored by a conditional logit over a few named features
/// (<see cref="FeatureNames"/>), with weights learned from gold articles by the
/// <c>speakers-train</c> benchmark command (<see cref="SpeakerRankerWeights"/>). When the ranker
/// prefers another candidate to the rules' by at least the margin, that candidate replaces the
/// rules' speaker, and the draft says why and asks for a check.
/// </summary>
public static class SpeakerRanker
{
    /// <summary>Off until cross-validated figures show the ranker does better than the rules alone.</summary>
    public const bool OnByDefault = false;

    /// <summary>
    /// On: a suggestion where the rules found no one is right about one time in three on articles
    /// the weights were not learned from, against never for an empty speaker, and it is always
    /// marked (docs/quotation-drafting.md, "Suggested speakers").
    /// </summary>
    public const bool SuggestsByDefault = true;

    internal const int RulesChoice = 0;
    internal const int RulesConfidence = 1;
    internal const int SameSentence = 2;
    internal const int JustBefore = 3;
    internal const int JustAfter = 4;
    internal const int LogDistance = 5;
    internal const int NearSpeechVerb = 6;
    internal const int InParagraphBefore = 7;
    internal const int PreviousSpeaker = 8;
    internal const int ParagraphBeforeEndsWithIt = 9;
    internal const int LogArticleMentions = 10;
    internal const int InHeadline = 11;
    internal const int IsPerson = 12;
    internal const int IsRole = 13;
    internal const int AsSubject = 14;
    internal const int PronounAgrees = 15;
    internal const int FullerThanRules = 16;
    internal const int InsideRules = 17;

    /// <summary>How many features each candidate has.</summary>
    public const int FeatureCount = 18;

    /// <summary>The features, by index, as the weights file and the trainer name them.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "rules-choice", "rules-confidence", "same-sentence", "just-before", "just-after", "log-distance",
        "near-speech-verb", "in-paragraph-before", "previous-speaker", "paragraph-before-ends-with-it",
        "log-article-mentions", "in-headline", "is-person", "is-role", "as-subject", "pronoun-agrees",
        "fuller-than-rules", "inside-rules",
    ];

    /// <summary>
    /// Each feature in plain words, as a reason for the ranker's pick: the first when the pick has
    /// more of it than the rules' pick, the second when less.
    /// </summary>
    private static readonly (string More, string Less)[] Phrases =
    [
        ("", ""),
        ("", "{0} rests on a weak cue"),
        ("named in the same sentence", "{0} is named in the same sentence"),
        ("named just before the quotation", "{0} is named just before it"),
        ("named just after the quotation", "{0} is named just after it"),
        ("named further from the quotation", "named nearer the quotation"),
        ("named next to a verb of saying", "{0} is named next to a verb of saying"),
        ("named in the paragraph before", "{0} is named in the paragraph before"),
        ("speaker of the previous quotation", "{0} is the speaker of the previous quotation"),
        ("the paragraph before ends with a quotation of theirs", "the paragraph before ends with a quotation by {0}"),
        ("mentioned more often in the article", "mentioned less often in the article"),
        ("named in the headline", "{0} is named in the headline"),
        ("a person, not an organisation", "an organisation, not a person"),
        ("only a description", "{0} is only a description, not a name"),
        ("named as the subject of a sentence", "{0} is named as the subject of a sentence"),
        ("a he or she in the sentence fits", "a he or she in the sentence does not fit {0}"),
        ("the fuller name of the rules' pick", ""),
        ("the rules' pick without its leading words", ""),
    ];

    /// <summary>What the ranker decides for one quotation.</summary>
    internal readonly record struct Decision(SpeakerCandidate? Pick, bool Override, string Why);

    /// <summary>
    /// The ranker's top candidate, and whether it should replace the rules' speaker: it must not
    /// be the rules' pick and must score at least <paramref name="margin"/> above it (above the
    /// runner-up when the rules found no one).
    /// </summary>
    internal static Decision Decide(IReadOnlyList<SpeakerCandidate> candidates, IReadOnlyList<double> weights, double margin)
    {
        if (candidates.Count == 0)
        {
            return new Decision(null, false, "");
        }
        var scores = candidates.Select(c => ConditionalLogit.Score(weights, c.Features)).ToArray();
        var top = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[top])
            {
                top = c;
            }
        }
        var rules = -1;
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].Features[RulesChoice] > 0)
            {
                rules = c;
            }
        }
        if (top == rules)
        {
            return new Decision(candidates[top], false, "");
        }
        var against = rules >= 0 ? rules : RunnerUp(scores, top);
        var clear = against < 0 || scores[top] - scores[against] >= margin;
        var why = Why(candidates[top], against >= 0 ? candidates[against] : null, rules >= 0, weights);
        return new Decision(candidates[top], clear, why);
    }

    private static int RunnerUp(double[] scores, int top)
    {
        var second = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c != top && (second < 0 || scores[c] > scores[second]))
            {
                second = c;
            }
        }
        return second;
    }

    /// <summary>The two or three features that most favour the pick over the other, in plain words.</summary>
    private static string Why(SpeakerCandidate pick, SpeakerCandidate? other, bool otherIsRules, IReadOnlyList<double> weights)
    {
        var otherName = other is null ? "" : otherIsRules ? "the rules' pick" : other.Name;
        var reasons = new List<(double Weight, string Words)>();
        for (var k = 0; k < FeatureCount; k++)
        {
            var difference = pick.Features[k] - (other?.Features[k] ?? 0);
            var contribution = weights[k] * difference;
            var words = difference > 0 ? Phrases[k].More : Phrases[k].Less.Replace("{0}", otherName, StringComparison.Ordinal);
            if (contribution > 0.05 && words.Length > 0)
            {
                reasons.Add((contribution, words));
            }
        }
        return reasons.Count == 0 ? "its features taken together"
            : string.Join(", ", reasons.OrderByDescending(r => r.Weight).Take(3).Select(r => r.Words));
    }

    /// <summary>
    /// Applies the ranker to the speech quotations given candidates: with <see cref="DraftOptions.RankSpeakers"/>,
    /// a clear preference replaces the rules' speaker at the check level and a preference short of
    /// the margin keeps the rules' speaker but asks for a check; with
    /// <see cref="DraftOptions.RankUnattributed"/>, a quotation the rules found no speaker for gets
    /// the first candidate as a marked suggestion, whatever the margin.
    /// </summary>
    internal static void Apply(List<QuoteAnalysis> analyses, IReadOnlyList<List<SpeakerCandidate>?> candidates, DraftOptions options)
    {
        var weights = options.Weights ?? SpeakerRankerWeights.Weights;
        var margin = options.Margin ?? SpeakerRankerWeights.Margin;
        for (var i = 0; i < analyses.Count; i++)
        {
            if (candidates[i] is not { Count: > 0 } list)
            {
                continue;
            }
            var a = analyses[i];
            var rules = a.Speaker is { Resolved: true } r ? r : null;
            if (rules is null && options.RankUnattributed)
            {
                Suggest(a, list, weights);
                continue;
            }
            if (!options.RankSpeakers)
            {
                continue;
            }
            var decision = Decide(list, weights, margin);
            if (decision.Pick is not { } pick || decision.Pick.Features[RulesChoice] > 0)
            {
                continue;
            }
            if (decision.Override)
            {
                var level = rules is null ? DraftConfidence.RankedWithoutRule : DraftConfidence.RankedAboveRules;
                a.Speaker = Resolution.Of(pick.Name, pick.Kind, level, rules is null ? decision.Why : rules.Name!, decision.Why);
            }
            else if (rules is not null)
            {
                a.Speaker = Disagreeing(rules, pick);
            }
        }
    }

    /// <summary>
    /// The first candidate as a suggestion for a quotation the rules found no speaker for, marked
    /// however clear it is, so the margin is not asked of it. An outlet named near the quotation
    /// (its own name in a header) reports; it does not speak, so it is never suggested; nor is a
    /// short acronym.
    /// </summary>
    private static void Suggest(QuoteAnalysis a, List<SpeakerCandidate> candidates, IReadOnlyList<double> weights)
    {
        // The instructor sees who else was in the running, likeliest first.
        var ranked = candidates.Where(c => !LabelRules.IsOutletName(c.Name) && !IsShortAcronym(c.Name))
            .OrderByDescending(c => ConditionalLogit.Score(weights, c.Features))
            .ToList();
        if (ranked.Count > 0)
        {
            var why = ranked.Count == 1
                ? "suggested as the only one named near it: " + ranked[0].Name
                : "suggested from those named near it, likeliest first: " + string.Join(", ", ranked.Take(4).Select(c => c.Name)) + (ranked.Count > 4 ? ", …" : "");
            a.Speaker = Resolution.Of(ranked[0].Name, ranked[0].Kind, DraftConfidence.Suggested, why);
        }
    }

    /// <summary>
    /// "WN", "CV", "FBI": an acronym of four letters or fewer is seldom the speaker of words nothing
    /// attributes to it (in transcripts it marks who asks), so it is not suggested.
    /// </summary>
    private static bool IsShortAcronym(string name) => name.Length <= 4 && name.All(char.IsUpper);

    /// <summary>The rules' speaker kept, marked to check because the ranker prefers <paramref name="pick"/>.</summary>
    private static Resolution Disagreeing(Resolution rules, SpeakerCandidate pick) => rules with
    {
        Level = rules.Weaker(DraftConfidence.RankerDisagrees),
        Rank = Math.Min(rules.Rank, DraftConfidence.RankerDisagrees.Rank),
        Reason = rules.Reason + "; " + DraftConfidence.RankerDisagrees.Reason(pick.Name),
    };
}
