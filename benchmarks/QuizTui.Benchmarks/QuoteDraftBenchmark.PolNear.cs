using System.Globalization;
using QuizTui.Core.Drafting;

/// <summary>
/// The drafter measured on PolNeAR, a corpus kept outside the repository (it has no licence): gold
/// derived by <see cref="PolNearGold"/>, scored by <see cref="QuotationSpanScoring"/> exactly as
/// the other sets.
/// </summary>
/// <remarks>
/// Usage: <c>quotes --polnear [DIR] [--compartment train|dev|test] [--show] [--levels]</c>, DIR defaulting to
/// <c>QUIZTUI_POLNEAR</c>; DIR is PolNeAR's <c>data</c> folder, holding <c>train/</c>, <c>dev/</c>
/// and <c>test/</c>, each with <c>text/</c>, <c>attributions/</c> and <c>corenlp/</c>. Prints the
/// summary line of the other sets for <c>polnear-COMPARTMENT</c>, then a line of PolNeAR's own
/// counts, ending with the marks for checking over the quotations whose source names the speaker
/// (<c>named_marked=…</c>). <c>--levels</c> adds, for <c>train</c> only, a line per confidence level
/// over all matched quotations, over those named ones and over those whose speaker CoreNLP's
/// coreference found (where the pronoun levels can be told right from wrong). <c>--show</c> adds per-article rows and every missed, spurious and misattributed
/// quotation for <c>train</c> only: <c>dev</c> and <c>test</c> are held out and reported in totals.
/// </remarks>
public static partial class QuoteDraftBenchmark
{
    private static readonly string[] Compartments = ["train", "dev", "test"];

    private static int RunPolNear(string? folder, string compartment, bool show, bool levels, int iterations, DraftOptions options)
    {
        if (!Compartments.Contains(compartment))
        {
            Console.Error.WriteLine($"quotes: --compartment {compartment} is not one of {string.Join(", ", Compartments)}");
            return (int)ExitCode.CannotRun;
        }
        if (folder is null)
        {
            Console.Error.WriteLine("quotes: no PolNeAR folder: pass --polnear DIR or set QUIZTUI_POLNEAR");
            return (int)ExitCode.CannotRun;
        }

        var detail = show && compartment == "train";
        var name = "polnear-" + compartment;
        var total = SpanScore.Zero;
        var origins = new Dictionary<PolNearSpeakerOrigin, int>();
        var ignored = 0;
        var labels = 0;
        var named = new List<SpanMatch>();
        var coreference = new List<SpanMatch>();
        PolNearCompartment read;
        try
        {
            read = ReadPolNear(folder, compartment);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("quotes: " + e.Message);
            return (int)ExitCode.CannotRun;
        }
        foreach (var (article, text, gold) in read.Articles)
        {
            var score = QuotationSpanScoring.Score(gold.WithoutIgnored(Draft(text, options)), gold.Gold);
            total += score;
            ignored += gold.Ignored.Count;
            labels += gold.Quotations.Count(q => q.Gold.Kind == QuotationKind.Label);
            var originOf = OriginOf(gold);
            foreach (var origin in originOf.Values)
            {
                origins[origin] = origins.GetValueOrDefault(origin) + 1;
            }
            named.AddRange(score.Matches.Where(m => originOf.GetValueOrDefault(m.Gold) == PolNearSpeakerOrigin.Named));
            coreference.AddRange(score.Matches.Where(m => originOf.GetValueOrDefault(m.Gold) == PolNearSpeakerOrigin.Coreference));
            if (detail)
            {
                PrintDetail(name, article, score, g => originOf.TryGetValue(g, out var origin) && origin != PolNearSpeakerOrigin.Named ? $" ({origin.ToString().ToLowerInvariant()})" : "");
            }
        }
        var articles = read.Articles.Count + read.Unavailable;
        var unavailable = read.Unavailable;
        var withoutAnalysis = read.WithoutAnalysis;
        var scoredTexts = read.Articles.Select(a => a.Text).ToList();

        Console.WriteLine($"# PolNeAR: {Path.Combine(folder, compartment)}");
        if (withoutAnalysis > 0)
        {
            Console.WriteLine($"# articles without a CoreNLP analysis: {withoutAnalysis} (their speakers are named without coreference)");
        }
        PrintSummary(name, articles, unavailable, total, " (PolNeAR)");
        var namedMarks = CheckMarks.Of(named);
        var namedAccuracy = namedMarks.Matched == 0 ? 1 : (double)namedMarks.Right / namedMarks.Matched;
        Console.WriteLine(
            $"{name} gold_named={origins.GetValueOrDefault(PolNearSpeakerOrigin.Named)} gold_coreference={origins.GetValueOrDefault(PolNearSpeakerOrigin.Coreference)} " +
            $"gold_unnamed={origins.GetValueOrDefault(PolNearSpeakerOrigin.Unnamed)} labels={labels} ignored={ignored} " +
            $"named_matched={namedMarks.Matched} named_speaker_right={namedMarks.Right} named_speaker_acc={namedAccuracy.ToString("0.000", CultureInfo.InvariantCulture)} " +
            MarkFields("named_", namedMarks));
        // Dev and test are held out: their levels would tell how to tune on them.
        if (levels && compartment == "train")
        {
            PrintLevels(name, total.Matches);
            PrintLevels(name + "-named", named);
            PrintLevels(name + "-coreference", coreference);
        }
        PrintSpeed(scoredTexts, Math.Min(iterations, 20), options);
        if (total.Articles == 0)
        {
            Console.Error.WriteLine($"quotes: no {compartment} article could be scored");
            return (int)ExitCode.CannotRun;
        }
        // The targets are checked on our own held-out set only.
        return (int)ExitCode.HeldOutNotScored;
    }
    /// <summary>
    /// Every article of one PolNeAR compartment with an annotation, converted to gold, in name
    /// order; also what <c>speakers-train --polnear</c> trains on.
    /// </summary>
    internal static PolNearCompartment ReadPolNear(string folder, string compartment)
    {
        var texts = Path.Combine(folder, compartment, "text");
        var annotations = Path.Combine(folder, compartment, "attributions");
        var analyses = Path.Combine(folder, compartment, "corenlp");
        if (!Directory.Exists(texts) || !Directory.Exists(annotations))
        {
            throw new IOException($"{texts} or {annotations} is missing: is {folder} PolNeAR's data folder?");
        }

        // Annotation files are NAME_ANNOTATOR.ann; an article annotated twice is read from one of them.
        var annotationsByArticle = Directory.GetFiles(annotations, "*.ann")
            .Select(Path.GetFileName)
            .OfType<string>()
            .GroupBy(f => f[..f.LastIndexOf('_')], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PolNearGold.ChooseAnnotation(g), StringComparer.Ordinal);
        var result = new List<(string, string, PolNearGoldArticle)>();
        var unavailable = 0;
        var withoutAnalysis = 0;
        foreach (var textPath in Directory.GetFiles(texts, "*.txt").Order(StringComparer.Ordinal))
        {
            var article = Path.GetFileNameWithoutExtension(textPath);
            if (!annotationsByArticle.TryGetValue(article, out var annotation))
            {
                unavailable++;
                continue;
            }
            var text = File.ReadAllText(textPath);
            var analysisPath = Path.Combine(analyses, article + ".txt.xml");
            var analysis = File.Exists(analysisPath) ? File.ReadAllText(analysisPath) : null;
            if (analysis is null)
            {
                withoutAnalysis++;
            }
            result.Add((article, text, PolNearGold.Convert(text, File.ReadAllText(Path.Combine(annotations, annotation)), analysis)));
        }
        return new PolNearCompartment(result, unavailable, withoutAnalysis);
    }

    /// <summary>How each speech quotation's gold speaker was found (labels have none).</summary>
    internal static Dictionary<GoldQuotation, PolNearSpeakerOrigin> OriginOf(PolNearGoldArticle gold)
    {
        var originOf = new Dictionary<GoldQuotation, PolNearSpeakerOrigin>(ReferenceEqualityComparer.Instance);
        foreach (var quotation in gold.Quotations.Where(q => q.Origin is not null))
        {
            originOf[quotation.Gold] = quotation.Origin!.Value;
        }
        return originOf;
    }
}

/// <summary>One PolNeAR compartment read: its converted articles, and how many had no annotation or no CoreNLP analysis.</summary>
internal sealed record PolNearCompartment(List<(string Name, string Text, PolNearGoldArticle Gold)> Articles, int Unavailable, int WithoutAnalysis);
