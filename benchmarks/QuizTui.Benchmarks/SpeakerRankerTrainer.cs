using QuizTui.Core.Drafting;

/// <summary>One gold article to train or score the ranker on.</summary>
/// <param name="Set">The set it comes from (tune, …, polnear-train).</param>
/// <param name="Name">Its name in the set.</param>
/// <param name="Text">The article.</param>
/// <param name="Gold">Its gold quotations.</param>
/// <param name="PolNear">For a PolNeAR article, its gold as converted, whose ignored stretches leave drafts out of the scoring.</param>
/// <param name="Taught">When not null, the only gold quotations that make training examples (PolNeAR's named sources); all are scored.</param>
internal sealed record TrainArticle(string Set, string Name, string Text, IReadOnlyList<GoldQuotation> Gold, PolNearGoldArticle? PolNear = null, IReadOnlySet<GoldQuotation>? Taught = null)
{
    /// <summary>The drafts to score: all, or for PolNeAR those not opening in an ignored stretch.</summary>
    public IReadOnlyList<DraftQuotation> Scored(IReadOnlyList<DraftQuotation> drafts) => PolNear?.WithoutIgnored(drafts) ?? drafts;

    /// <summary>Whether a gold quotation may make a training example.</summary>
    public bool Teaches(GoldQuotation gold) => Taught is null || Taught.Contains(gold);

    /// <summary>
    /// The articles of PolNeAR's train compartment, and which of their quotations teach:
    /// <paramref name="taught"/> names the speaker origins kept (all when null), since speakers
    /// found through coreference are noisier than those named in the source.
    /// </summary>
    public static List<TrainArticle> PolNearTrain(string folder, IReadOnlySet<PolNearSpeakerOrigin>? taught) =>
        [.. QuoteDraftBenchmark.ReadPolNear(folder, "train").Articles.Select(a =>
        {
            var origins = QuoteDraftBenchmark.OriginOf(a.Gold);
            var teaching = taught is null
                ? null
                : new HashSet<GoldQuotation>(origins.Where(o => taught.Contains(o.Value)).Select(o => o.Key), ReferenceEqualityComparer.Instance);
            return new TrainArticle("polnear-train", a.Name, a.Text, a.Gold.Gold, a.Gold, teaching);
        })];
}

/// <summary>What the trainer found in a set of gold articles.</summary>
/// <param name="Examples">One example per matched quotation whose gold speaker is among its candidates.</param>
/// <param name="Matched">Gold speech quotations paired with a drafted one (as <see cref="QuotationSpanScoring"/> pairs them) that may teach (<see cref="TrainArticle.Teaches"/>).</param>
/// <param name="GoldAmongCandidates">Of those, how many have the gold speaker among the candidates: the ranker's ceiling.</param>
/// <param name="RulesRight">Of those, how many the rules already name right.</param>
/// <param name="Candidates">Candidates over all matched quotations, for the mean set size.</param>
/// <param name="Skipped">Each quotation left out, in words: its gold speaker and its candidates.</param>
internal sealed record TrainingData(List<ChoiceExample> Examples, int Matched, int GoldAmongCandidates, int RulesRight, int Candidates, List<string> Skipped)
{
    public static TrainingData Empty { get; } = new([], 0, 0, 0, 0, []);

    /// <summary>The same examples with the features named set to zero, so training leaves their weights at zero.</summary>
    public TrainingData Without(IReadOnlyCollection<int> features) => features.Count == 0 ? this : this with
    {
        Examples = [.. Examples.Select(e => new ChoiceExample(
            [.. e.Candidates.Select(row => (IReadOnlyList<double>)[.. row.Select((v, k) => features.Contains(k) ? 0 : v)])], e.Positive))],
    };

    public static TrainingData operator +(TrainingData a, TrainingData b) =>
        new([.. a.Examples, .. b.Examples], a.Matched + b.Matched, a.GoldAmongCandidates + b.GoldAmongCandidates, a.RulesRight + b.RulesRight, a.Candidates + b.Candidates,
            [.. a.Skipped, .. b.Skipped]);
}

/// <summary>
/// Turns gold articles into training examples for the speaker ranker and learns its weights: each
/// article is drafted by the rules with candidates, gold and draft quotations are paired by
/// <see cref="QuotationSpanScoring.Score"/>, and the candidate whose name is the gold speaker
/// (<see cref="QuotationSpanScoring.SameSpeaker"/>) is the positive one. A quotation whose gold
/// speaker is not among its candidates teaches nothing and is only counted.
/// </summary>
internal static class SpeakerRankerTrainer
{
    public const double DefaultL2 = 0.01;
    public const int DefaultSteps = 3000;

    public static TrainingData Collect(IEnumerable<TrainArticle> articles)
    {
        var examples = new List<ChoiceExample>();
        var skipped = new List<string>();
        int matched = 0, among = 0, rulesRight = 0, candidates = 0;
        foreach (var article in articles)
        {
            var (draft, byQuotation) = QuotationDrafter.DraftWithCandidates(article.Text);
            var index = new Dictionary<DraftQuotation, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < draft.Quotations.Count; i++)
            {
                index[draft.Quotations[i]] = i;
            }
            foreach (var match in QuotationSpanScoring.Score(article.Scored(draft.Quotations), article.Gold).Matches.Where(m => article.Teaches(m.Gold)))
            {
                var list = byQuotation[index[match.Draft]];
                // PolNeAR leaves a surname alone when the article prints two fuller names ending
                // with it, where our gold would name the person in full: such a gold speaker,
                // with a fuller candidate at hand, would teach the ranker the opposite of our
                // convention, so it is scored but not taught.
                if (article.PolNear is not null && match.Gold.Speaker is { } speaker && !speaker.Contains(' ', StringComparison.Ordinal)
                    && list.Any(c => QuotationSpanScoring.FoldName(c.Name).EndsWith(" " + QuotationSpanScoring.FoldName(speaker), StringComparison.Ordinal)))
                {
                    continue;
                }
                matched++;
                rulesRight += match.SpeakerCorrect ? 1 : 0;
                candidates += list.Count;
                var positive = -1;
                for (var c = 0; c < list.Count && positive < 0; c++)
                {
                    if (QuotationSpanScoring.SameSpeaker(match.Gold.Speaker, list[c].Name))
                    {
                        positive = c;
                    }
                }
                if (positive < 0)
                {
                    var quoted = match.Gold.Text.Length <= 50 ? match.Gold.Text : match.Gold.Text[..47] + "...";
                    skipped.Add($"{quoted} gold={match.Gold.Speaker} candidates={string.Join(" | ", list.Select(c => c.Name))}");
                    continue;
                }
                among++;
                examples.Add(new ChoiceExample([.. list.Select(c => c.Features)], positive));
            }
        }
        return new TrainingData(examples, matched, among, rulesRight, candidates, skipped);
    }

    public static double[] Train(TrainingData data, double l2 = DefaultL2, int steps = DefaultSteps) =>
        ConditionalLogit.Train(data.Examples, SpeakerRanker.FeatureCount, l2, learningRate: 0.5, steps: steps);
}
