using System.CommandLine;
using System.Globalization;
using System.Text;
using QuizTui.Core.Drafting;

/// <summary>
/// Learns the speaker ranker's weights from the tuning sets and says whether it helps.
/// </summary>
/// <remarks>
/// Usage: <c>speakers-train [--set tune --set tune2 --set tune3 --set seeds] [--polnear DIR [--gold named|source|all]]
/// [--eval SET]... [--margin X] [--seeds DIR] [--texts DIR] [--l2 X] [--steps N] [--folds K] [--drop FEATURE]... [--out FILE] [--show]</c>.
/// <c>--polnear DIR</c> trains on PolNeAR's train compartment too (DIR its data folder, or
/// <c>QUIZTUI_POLNEAR</c> when DIR is left out), as the set <c>polnear-train</c>: only its quotations whose speaker is
/// named in the source teach (<c>--gold named</c>, the default), those and the ones whose source names
/// nobody (<c>--gold source</c>: all but those found through coreference), or all (<c>--gold all</c>);
/// every matched quotation is scored either way. <c>--eval SET</c> (a tuning set) is never trained
/// on: it is scored with the weights trained on every <c>--set</c> and PolNeAR. <c>--margin X</c> writes
/// that margin into the weights instead of the one the cross-validated figures favour. <c>--drop</c> trains without a feature (its weight stays zero), to see what it adds;
/// <c>--folds</c> sets the k of the k-fold by article figure (5; 1 for none). <c>--show</c> lists each quotation whose gold speaker is not among its candidates, and each the ranker changes at margin 0.5. Held-out sets are refused. Prints, per set, the
/// quotations matched to gold, how many the rules name right, and how many have the gold speaker
/// among their candidates (the most the ranker could get right); then leave-one-set-out figures:
/// trained on the other sets, the left-out set's strict speaker accuracy with the rules alone and
/// with the ranker at several margins, drafting the whole article each time. Last, the weights
/// trained on every set named, as the C# source of SpeakerRankerWeights.cs (to --out, or printed).
/// </remarks>
public static partial class SpeakerTrainCommand
{
    private static readonly double[] Margins = [0, 0.5, 1, 2, 3];

    private static int Run(ParseResult parse)
    {
        var names = new List<string>(parse.GetValue(TrainSets) ?? []);
        var seeds = parse.GetValue(SeedsFolder);
        var texts = parse.GetValue(TextsFolder);
        var output = parse.GetValue(Output);
        var l2 = parse.GetValue(L2);
        var steps = parse.GetValue(Steps);
        var show = parse.GetValue(Show);
        var folds = parse.GetValue(Folds);
        var dropped = (parse.GetValue(Drop) ?? []).Select(f => SpeakerRanker.FeatureNames.ToList().IndexOf(f)).ToList();
        var (polNearGiven, polNear) = DraftingArguments.PolNearFolder(parse, PolNearFolder);
        if (polNearGiven && polNear is null)
        {
            Console.Error.WriteLine("speakers-train: --polnear without DIR, and QUIZTUI_POLNEAR is not set");
            return 2;
        }
        var goldMode = parse.GetValue(Gold)!;
        IReadOnlySet<PolNearSpeakerOrigin>? taught = goldMode switch
        {
            "named" => new HashSet<PolNearSpeakerOrigin> { PolNearSpeakerOrigin.Named },
            "source" => new HashSet<PolNearSpeakerOrigin> { PolNearSpeakerOrigin.Named, PolNearSpeakerOrigin.Unnamed },
            _ => null,
        };
        var evalNames = new List<string>(parse.GetValue(EvalSets) ?? []);
        var margin = parse.GetValue(Margin);
        if (names.Count == 0 && polNear is null)
        {
            names.AddRange(["tune", "tune2", "tune3", "seeds"]);
        }
        if (names.Intersect(evalNames).Any())
        {
            Console.Error.WriteLine("speakers-train: a set is both trained on (--set) and scored unseen (--eval)");
            return 2;
        }
        List<TrainArticle> articles;
        List<TrainArticle> unseen;
        try
        {
            articles = [.. QuoteDraftBenchmark.ReadTuningSets(names, seeds, texts).Select(a => new TrainArticle(a.Set, a.Name, a.Text, a.Gold))];
            if (polNear is not null)
            {
                articles.AddRange(TrainArticle.PolNearTrain(polNear, taught));
                names.Add("polnear-train");
            }
            unseen = [.. QuoteDraftBenchmark.ReadTuningSets(evalNames, seeds, texts).Select(a => new TrainArticle(a.Set, a.Name, a.Text, a.Gold))];
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("speakers-train: " + e.Message);
            return 2;
        }

        var data = names.ToDictionary(n => n, n => SpeakerRankerTrainer.Collect(articles.Where(a => a.Set == n)).Without(dropped));
        foreach (var name in names)
        {
            var d = data[name];
            Console.WriteLine(
                $"set {name} articles={articles.Count(a => a.Set == name)} teaching_matched={d.Matched} rules_right={d.RulesRight} ({F(Ratio(d.RulesRight, d.Matched))}) " +
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
                var (matched, rules, ranked, suggested) = Evaluate(articles.Where(a => a.Set == left), weights, show);
                pooledMatched += matched;
                pooledRules += rules;
                var line = new StringBuilder($"cv left_out={left} train_examples={training.Examples.Count} matched={matched} rules={rules} ({F(Ratio(rules, matched))}) suggest={suggested} ({F(Ratio(suggested, matched))})");
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

        var kfold = folds > 1 ? KFold(articles, folds, l2, steps, dropped) : null;
        var all = names.Aggregate(TrainingData.Empty, (sum, n) => sum + data[n]);
        var final = SpeakerRankerTrainer.Train(all, l2, steps);
        foreach (var set in evalNames)
        {
            var (matched, rules, ranked, suggested) = Evaluate(unseen.Where(a => a.Set == set), final, show);
            Console.WriteLine(Figures($"unseen set={set} trained_on={string.Join('+', names)} matched={matched}", rules, ranked, matched, suggested));
        }

        // The margin is the one that did best in the k-fold figures, or across the left-out sets
        // without them (the largest among ties): one number chosen on cross-validated figures, not
        // on the final training.
        var chosenOn = kfold ?? pooledRanked;
        var best = Margins.Length - 1;
        for (var m = Margins.Length - 1; m >= 0; m--)
        {
            if (chosenOn[m] > chosenOn[best])
            {
                best = m;
            }
        }
        for (var k = 0; k < final.Length; k++)
        {
            Console.WriteLine($"weight {SpeakerRanker.FeatureNames[k],-32} {final[k].ToString("+0.000;-0.000", CultureInfo.InvariantCulture)}");
        }
        var described = names.Select(n => n == "polnear-train" ? $"polnear-train (--gold {goldMode})" : n).ToList();
        var source = WeightsSource(final, margin ?? Margins[best], margin is not null, described, all, l2, steps);
        if (output is null)
        {
            Console.WriteLine(source);
        }
        else
        {
            File.WriteAllText(output, source);
            Console.WriteLine($"# wrote {output} (margin {margin ?? Margins[best]})");
        }
        return 0;
    }

    /// <summary>
    /// K-fold by article over every set together (article i in fold i mod k): trained on the
    /// other folds, each fold's strict speaker accuracy with the rules alone and with the ranker.
    /// Returns the ranker's right speakers at each margin.
    /// </summary>
    private static int[] KFold(List<TrainArticle> articles, int folds, double l2, int steps, List<int> dropped)
    {
        var matched = 0;
        var rules = 0;
        var suggested = 0;
        var ranked = new int[Margins.Length];
        for (var f = 0; f < folds; f++)
        {
            var fold = f;
            var training = SpeakerRankerTrainer.Collect(articles.Where((_, i) => i % folds != fold)).Without(dropped);
            var weights = SpeakerRankerTrainer.Train(training, l2, steps);
            var (m, r, k, g) = Evaluate(articles.Where((_, i) => i % folds == fold), weights, show: false);
            suggested += g;
            matched += m;
            rules += r;
            for (var j = 0; j < Margins.Length; j++)
            {
                ranked[j] += k[j];
            }
        }
        Console.WriteLine(Figures($"kfold k={folds} by article matched={matched}", rules, ranked, matched, suggested));
        return ranked;
    }

    /// <summary>A figures line: the rules' right speakers, with suggestions where they found no one, and the ranker's at each margin, out of the matched quotations.</summary>
    private static string Figures(string head, int rules, int[] ranked, int matched, int suggested)
    {
        var line = new StringBuilder($"{head} rules={rules} ({F(Ratio(rules, matched))}) suggest={suggested} ({F(Ratio(suggested, matched))})");
        for (var j = 0; j < Margins.Length; j++)
        {
            line.Append(CultureInfo.InvariantCulture, $" ranker@{Margins[j]}={ranked[j]} ({F(Ratio(ranked[j], matched))})");
        }
        return line.ToString();
    }

    /// <summary>Matched quotations, right with the rules alone, and right with the ranker at each margin.</summary>
    /// <remarks>Also the right speakers when the rules are kept and the ranker only suggests where they found no one (<see cref="DraftOptions.RankUnattributed"/>).</remarks>
    private static (int Matched, int Rules, int[] Ranked, int Suggested) Evaluate(IEnumerable<TrainArticle> articles, double[] weights, bool show)
    {
        var matched = 0;
        var rules = 0;
        var suggested = 0;
        var ranked = new int[Margins.Length];
        foreach (var article in articles)
        {
            var text = article.Text;
            var gold = article.Gold;
            var alone = QuotationSpanScoring.Score(article.Scored(QuotationDrafter.Draft(text, new DraftOptions { RankSpeakers = false, RankUnattributed = false }).Quotations), gold);
            matched += alone.Matched;
            rules += alone.SpeakerCorrect;
            var suggesting = new DraftOptions { RankSpeakers = false, RankUnattributed = true, Weights = weights };
            suggested += QuotationSpanScoring.Score(article.Scored(QuotationDrafter.Draft(text, suggesting).Quotations), gold).SpeakerCorrect;
            for (var m = 0; m < Margins.Length; m++)
            {
                var options = new DraftOptions { RankSpeakers = true, RankUnattributed = false, Weights = weights, Margin = Margins[m] };
                var withRanker = QuotationSpanScoring.Score(article.Scored(QuotationDrafter.Draft(text, options).Quotations), gold);
                ranked[m] += withRanker.SpeakerCorrect;
                if (show && m == 1)
                {
                    ShowChanges(alone, withRanker);
                }
            }
        }
        return (matched, rules, ranked, suggested);
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

    private static string WeightsSource(double[] weights, double margin, bool marginGiven, List<string> sets, TrainingData data, double l2, int steps)
    {
        var sb = new StringBuilder();
        sb.AppendLine("// Generated by `speakers-train` (benchmarks/QuizTui.Benchmarks/SpeakerTrainCommand.cs); do not edit by hand.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"// Trained on the sets {string.Join(", ", sets)}: {data.Examples.Count} quotations whose gold speaker is among the candidates");
        sb.AppendLine(CultureInfo.InvariantCulture, $"// (of {data.Matched} matched to gold); conditional logit, gradient descent, {steps} steps, L2 {l2.ToString(CultureInfo.InvariantCulture)}.");
        sb.AppendLine(marginGiven
            ? "// The margin was given (--margin), chosen on the cross-validated and unseen-set figures in docs/benchmarks.md."
            : "// The margin is the one with the best cross-validated speaker accuracy (k-fold by article).");
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
