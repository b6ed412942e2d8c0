using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

/// <summary>
/// Runs the drafter over the seed articles (outside the repository: ../shared/seeds next to the
/// repository root, a shared/seeds folder further up, or QUIZTUI_SEEDS) against the hand-written
/// gold in benchmarks/gold/quotes. Without the seeds the scoring is reported as skipped.
/// </summary>
public class SeedGoldTests(ITestOutputHelper output)
{
    private const double Target = 0.95;

    private static string[] GoldFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "benchmarks", "gold", "quotes"), "*.yaml").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_gold_file_lists_quotations()
    {
        var goldFiles = GoldFiles();
        Assert.NotEmpty(goldFiles);
        Assert.All(goldFiles, file => Assert.NotEmpty(QuotationGoldFile.Parse(File.ReadAllText(file)).Quotations));
    }

    [Fact]
    public void Drafts_of_the_seed_articles_meet_the_gold()
    {
        var seeds = RepoPaths.RequireSeeds();
        var total = SpanScore.Zero;
        foreach (var file in GoldFiles())
        {
            var (seed, gold) = QuotationGoldFile.Parse(File.ReadAllText(file));
            var seedPath = Path.Combine(seeds, seed ?? Path.GetFileNameWithoutExtension(file) + ".txt");
            Assert.True(File.Exists(seedPath), $"{Path.GetFileName(file)} is gold for {seedPath}, which is missing from the seeds folder");
            var score = QuotationSpanScoring.Score(QuotationDrafter.Extract(File.ReadAllText(seedPath)), gold);
            output.WriteLine($"{Path.GetFileName(file)}: precision {score.Precision:0.000}, recall {score.Recall:0.000}, speaker accuracy {score.SpeakerAccuracy:0.000}");
            total += score;
        }
        output.WriteLine($"overall: precision {total.Precision:0.000}, recall {total.Recall:0.000}, speaker accuracy {total.SpeakerAccuracy:0.000}");
        Assert.True(total.Precision >= Target, $"precision {total.Precision:0.000}; spurious: {string.Join(" | ", total.Spurious.Select(d => d.Text))}");
        Assert.True(total.Recall >= Target, $"recall {total.Recall:0.000}; missed: {string.Join(" | ", total.Missed.Select(g => g.Text))}");
        Assert.True(total.SpeakerAccuracy >= Target, $"speaker accuracy {total.SpeakerAccuracy:0.000}; wrong: {string.Join(" | ", total.Matches.Where(m => !m.SpeakerCorrect).Select(m => $"{m.Gold.Text} ({m.Gold.Speaker} / {m.Draft.Speaker})"))}");
    }
}
