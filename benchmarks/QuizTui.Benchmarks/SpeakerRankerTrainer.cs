using QuizTui.Core.Drafting;

/// <summary>What the trainer found in a set of gold articles.</summary>
/// <param name="Examples">One example per matched quotation whose gold speaker is among its candidates.</param>
/// <param name="Matched">Gold speech quotations paired with a drafted one (as <see cref="QuotationSpanScoring"/> pairs them).</param>
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

    public static TrainingData Collect(IEnumerable<(string Text, IReadOnlyList<GoldQuotation> Gold)> articles)
    {
        var examples = new List<ChoiceExample>();
        var skipped = new List<string>();
        int matched = 0, among = 0, rulesRight = 0, candidates = 0;
        foreach (var (text, gold) in articles)
        {
            var (draft, byQuotation) = QuotationDrafter.DraftWithCandidates(text);
            var index = new Dictionary<DraftQuotation, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < draft.Quotations.Count; i++)
            {
                index[draft.Quotations[i]] = i;
            }
            foreach (var match in QuotationSpanScoring.Score(draft.Quotations, gold).Matches)
            {
                matched++;
                rulesRight += match.SpeakerCorrect ? 1 : 0;
                var list = byQuotation[index[match.Draft]];
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
