using System.Globalization;
using System.Text;
using QuizTui.Core.Drafting;

/// <summary>
/// Learns the speaker ranker's weights from the tuning sets and says whether it helps.
/// </summary>
/// <remarks>
/// Usage: <c>speakers-train --set tune --set tune2 --set tune3 --set seeds [--seeds DIR] [--texts DIR]
/// [--l2 X] [--steps N] [--folds K] [--drop FEATURE]... [--out FILE] [--show]</c>. <c>--drop</c> trains without a feature (its weight stays zero), to see what it adds;
/// <c>--folds</c> sets the k of the k-fold by article figure (5; 1 for none). <c>--show</c> lists each quotation whose gold speaker is not among its candidates, and each the ranker changes at margin 0.5. Held-out sets are refused. Prints, per set, the
/// quotations matched to gold, how many the rules name right, and how many have the gold speaker
/// among their candidates (the most the ranker could get right); then leave-one-set-out figures:
/// trained on the other sets, the left-out set's strict speaker accuracy with the rules alone and
/// with the ranker at several margins, drafting the whole article each time. Last, the weights
/// trained on every set named, as the C# source of SpeakerRankerWeights.cs (to --out, or printed).
/// </remarks>
public static class SpeakerTrainCommand
{
    private static readonly double[] Margins = [0, 0.5, 1, 2, 3];

    public static int Run(string[] args)
    {
        var names = new List<string>();
        string? seeds = null;
        string? texts = null;
        string? output = null;
        var l2 = SpeakerRankerTrainer.DefaultL2;
        var steps = SpeakerRankerTrainer.DefaultSteps;
        var show = false;
        var folds = 5;
        var dropped = new List<int>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--set" when i + 1 < args.Length:
                    names.Add(args[++i]);
                    break;
                case "--seeds" when i + 1 < args.Length:
                    seeds = args[++i];
                    break;
                case "--texts" when i + 1 < args.Length:
                    texts = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--l2" when i + 1 < args.Length:
                    l2 = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--steps" when i + 1 < args.Length:
                    steps = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--folds" when i + 1 < args.Length:
                    folds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--drop" when i + 1 < args.Length:
                    var feature = SpeakerRanker.FeatureNames.ToList().IndexOf(args[++i]);
                    if (feature < 0)
                    {
                        Console.Error.WriteLine($"speakers-train: --drop {args[i]} is not a feature; the features are {string.Join(", ", SpeakerRanker.FeatureNames)}");
                        return 2;
                    }
                    dropped.Add(feature);
                    break;
                case "--show":
                    show = true;
                    break;
                case "--polnear":
                    Console.Error.WriteLine("speakers-train: --polnear is not available yet");
                    return 2;
                default:
                    Console.Error.WriteLine($"speakers-train: unknown argument {args[i]}");
                    return 2;
            }
        }
        if (names.Count == 0)
        {
            names.AddRange(["tune", "tune2", "tune3", "seeds"]);
        }
        List<(string Set, string Name, string Text, IReadOnlyList<GoldQuotation> Gold)> articles;
        try
        {
            articles = QuoteDraftBenchmark.ReadTuningSets(names, seeds, texts);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("speakers-train: " + e.Message);
            return 2;
        }

        var data = names.ToDictionary(n => n, n => SpeakerRankerTrainer.Collect(articles.Where(a => a.Set == n).Select(a => (a.Text, a.Gold))).Without(dropped));
        foreach (var name in names)
        {
            var d = data[name];
            Console.WriteLine(
                $"set {name} articles={articles.Count(a => a.Set == name)} matched={d.Matched} rules_right={d.RulesRight} ({F(Ratio(d.RulesRight, d.Matched))}) " +
                $"gold_among_candidates={d.GoldAmongCandidates} ({F(Ratio(d.GoldAmongCandidates, d.Matched))}) mean_candidates={F(Ratio(d.Candidates, d.Matched))}");
            foreach (var line in d.Skipped.Where(_ => show))
            {
                Console.WriteLine("  not among candidates: " + line);
            }
        }

        var pooledRules = 0;
        var pooledMatched = 0;
        var pooledRanked = new int[Margins.Length];
        if (names.Count > 1)
        {
            Console.WriteLine("# leave one set out: trained on the other sets, scored on the one left out (strict speaker accuracy)");
            foreach (var left in names)
            {
                var training = names.Where(n => n != left).Aggregate(TrainingData.Empty, (sum, n) => sum + data[n]);
                var weights = SpeakerRankerTrainer.Train(training, l2, steps);
                var (matched, rules, ranked) = Evaluate(articles.Where(a => a.Set == left).Select(a => (a.Text, a.Gold)), weights, show);
                pooledMatched += matched;
                pooledRules += rules;
                var line = new StringBuilder($"cv left_out={left} train_examples={training.Examples.Count} matched={matched} rules={rules} ({F(Ratio(rules, matched))})");
                for (var m = 0; m < Margins.Length; m++)
                {
                    pooledRanked[m] += ranked[m];
                    line.Append(CultureInfo.InvariantCulture, $" ranker@{Margins[m]}={ranked[m]} ({F(Ratio(ranked[m], matched))})");
                }
                Console.WriteLine(line);
            }
            var pooled = new StringBuilder($"cv pooled matched={pooledMatched} rules={pooledRules} ({F(Ratio(pooledRules, pooledMatched))})");
            for (var m = 0; m < Margins.Length; m++)
            {
                pooled.Append(CultureInfo.InvariantCulture, $" ranker@{Margins[m]}={pooledRanked[m]} ({F(Ratio(pooledRanked[m], pooledMatched))})");
            }
            Console.WriteLine(pooled);
        }

        if (folds > 1)
        {
            KFold(articles, folds, l2, steps, dropped);
        }

        // The margin is the one that did best across the left-out sets (the largest among ties):
        // one number chosen on the cross-validated figures, not on the final training.
        var best = Margins.Length - 1;
        for (var m = Margins.Length - 1; m >= 0; m--)
        {
            if (pooledRanked[m] > pooledRanked[best])
            {
                best = m;
            }
        }
        var all = names.Aggregate(TrainingData.Empty, (sum, n) => sum + data[n]);
        var final = SpeakerRankerTrainer.Train(all, l2, steps);
        for (var k = 0; k < final.Length; k++)
        {
            Console.WriteLine($"weight {SpeakerRanker.FeatureNames[k],-32} {final[k].ToString("+0.000;-0.000", CultureInfo.InvariantCulture)}");
        }
        var source = WeightsSource(final, Margins[best], names, all, l2, steps);
        if (output is null)
        {
            Console.WriteLine(source);
        }
        else
        {
            File.WriteAllText(output, source);
            Console.WriteLine($"# wrote {output} (margin {Margins[best]})");
        }
        return 0;
    }

    /// <summary>
    /// K-fold by article over every set together (article i in fold i mod k): trained on the
    /// other folds, each fold's strict speaker accuracy with the rules alone and with the ranker.
    /// </summary>
    private static void KFold(List<(string Set, string Name, string Text, IReadOnlyList<GoldQuotation> Gold)> articles, int folds, double l2, int steps, List<int> dropped)
    {
        var matched = 0;
        var rules = 0;
        var ranked = new int[Margins.Length];
        for (var f = 0; f < folds; f++)
        {
            var fold = f;
            var training = SpeakerRankerTrainer.Collect(articles.Where((_, i) => i % folds != fold).Select(a => (a.Text, a.Gold))).Without(dropped);
            var weights = SpeakerRankerTrainer.Train(training, l2, steps);
            var (m, r, k) = Evaluate(articles.Where((_, i) => i % folds == fold).Select(a => (a.Text, a.Gold)), weights, show: false);
            matched += m;
            rules += r;
            for (var j = 0; j < Margins.Length; j++)
            {
                ranked[j] += k[j];
            }
        }
        var line = new StringBuilder($"kfold k={folds} by article matched={matched} rules={rules} ({F(Ratio(rules, matched))})");
        for (var j = 0; j < Margins.Length; j++)
        {
            line.Append(CultureInfo.InvariantCulture, $" ranker@{Margins[j]}={ranked[j]} ({F(Ratio(ranked[j], matched))})");
        }
        Console.WriteLine(line);
    }

    /// <summary>Matched quotations, right with the rules alone, and right with the ranker at each margin.</summary>
    private static (int Matched, int Rules, int[] Ranked) Evaluate(IEnumerable<(string Text, IReadOnlyList<GoldQuotation> Gold)> articles, double[] weights, bool show)
    {
        var matched = 0;
        var rules = 0;
        var ranked = new int[Margins.Length];
        foreach (var (text, gold) in articles)
        {
            var alone = QuotationSpanScoring.Score(QuotationDrafter.Extract(text), gold);
            matched += alone.Matched;
            rules += alone.SpeakerCorrect;
            for (var m = 0; m < Margins.Length; m++)
            {
                var options = new DraftOptions { RankSpeakers = true, Weights = weights, Margin = Margins[m] };
                var withRanker = QuotationSpanScoring.Score(QuotationDrafter.Draft(text, options).Quotations, gold);
                ranked[m] += withRanker.SpeakerCorrect;
                if (show && m == 1)
                {
                    ShowChanges(alone, withRanker);
                }
            }
        }
        return (matched, rules, ranked);
    }

    /// <summary>Each quotation whose speaker the ranker changed, for reading its choices (tuning sets only).</summary>
    private static void ShowChanges(SpanScore alone, SpanScore withRanker)
    {
        foreach (var (before, after) in alone.Matches.Zip(withRanker.Matches))
        {
            if (before.Draft.Speaker != after.Draft.Speaker || before.Draft.Confidence != after.Draft.Confidence)
            {
                var verdict = before.SpeakerCorrect == after.SpeakerCorrect ? (after.SpeakerCorrect ? "both right" : "both wrong") : after.SpeakerCorrect ? "FIXED" : "BROKEN";
                var text = after.Gold.Text.Length <= 50 ? after.Gold.Text : after.Gold.Text[..47] + "...";
                Console.WriteLine($"  {verdict}: {text} gold={after.Gold.Speaker} rules={before.Draft.Speaker ?? "(none)"} ranked={after.Draft.Speaker ?? "(none)"} | {after.Draft.Reason}");
            }
        }
    }

    private static string WeightsSource(double[] weights, double margin, List<string> sets, TrainingData data, double l2, int steps)
    {
        var sb = new StringBuilder();
        sb.AppendLine("// Generated by `speakers-train` (benchmarks/QuizTui.Benchmarks/SpeakerTrainCommand.cs); do not edit by hand.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"// Trained on the sets {string.Join(", ", sets)}: {data.Examples.Count} quotations whose gold speaker is among the candidates");
        sb.AppendLine(CultureInfo.InvariantCulture, $"// (of {data.Matched} matched to gold); conditional logit, gradient descent, {steps} steps, L2 {l2.ToString(CultureInfo.InvariantCulture)}.");
        sb.AppendLine("// The margin is the one with the best leave-one-set-out speaker accuracy.");
        sb.AppendLine("namespace QuizTui.Core.Drafting;");
        sb.AppendLine();
        sb.AppendLine("/// <summary>The speaker ranker's learned weights, one per <see cref=\"SpeakerRanker.FeatureNames\"/> entry, and its margin.</summary>");
        sb.AppendLine("public static class SpeakerRankerWeights");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>The score the ranker's pick needs above the rules' pick to replace it.</summary>");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    public const double Margin = {margin.ToString("0.0##", CultureInfo.InvariantCulture)};");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>One weight per feature, in <see cref=\"SpeakerRanker.FeatureNames\"/> order.</summary>");
        sb.AppendLine("    public static IReadOnlyList<double> Weights { get; } =");
        sb.AppendLine("    [");
        for (var k = 0; k < weights.Length; k++)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"        {weights[k].ToString("0.0000", CultureInfo.InvariantCulture)}, // {SpeakerRanker.FeatureNames[k]}");
        }
        sb.AppendLine("    ];");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
