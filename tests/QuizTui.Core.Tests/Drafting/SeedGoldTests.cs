using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

/// <summary>
/// Runs the drafter over the seed articles (outside the repository: ../shared/seeds next to the
/// repository root, a shared/seeds folder further up, or QUIZTUI_SEEDS) against the hand-written
/// gold in benchmarks/gold/quotes.
/// </summary>
public class SeedGoldTests(ITestOutputHelper output)
{
    private const double Target = 0.95;

    [Fact]
    public void Drafts_of_the_seed_articles_meet_the_gold()
    {
        var goldDir = Path.Combine(RepoPaths.Root, "benchmarks", "gold", "quotes");
        var goldFiles = Directory.GetFiles(goldDir, "*.yaml");
        Assert.NotEmpty(goldFiles);
        var seeds = RepoPaths.SeedsFolder;
        if (seeds is null)
        {
            output.WriteLine("Seed articles are absent (set QUIZTUI_SEEDS or place them in ../shared/seeds); only the gold files were checked.");
            foreach (var file in goldFiles)
            {
                Assert.NotEmpty(QuotationGoldFile.Parse(File.ReadAllText(file)).Quotations);
            }
            return;
        }

        var total = SpanScore.Zero;
        var scored = 0;
        foreach (var file in goldFiles.Order(StringComparer.Ordinal))
        {
            var (seed, gold) = QuotationGoldFile.Parse(File.ReadAllText(file));
            var seedPath = Path.Combine(seeds, seed ?? Path.GetFileNameWithoutExtension(file) + ".txt");
            if (!File.Exists(seedPath))
            {
                output.WriteLine($"{Path.GetFileName(file)}: seed {seedPath} is absent");
                continue;
            }
            var score = QuotationSpanScoring.Score(QuotationDrafter.Extract(File.ReadAllText(seedPath)), gold);
            output.WriteLine($"{Path.GetFileName(file)}: precision {score.Precision:0.000}, recall {score.Recall:0.000}, speaker accuracy {score.SpeakerAccuracy:0.000}");
            total += score;
            scored++;
        }
        output.WriteLine($"overall: precision {total.Precision:0.000}, recall {total.Recall:0.000}, speaker accuracy {total.SpeakerAccuracy:0.000}");
        if (scored == 0)
        {
            output.WriteLine($"No seed article named by the gold files is in {seeds}.");
            return;
        }
        Assert.True(total.Precision >= Target, $"precision {total.Precision:0.000}; spurious: {string.Join(" | ", total.Spurious.Select(d => d.Text))}");
        Assert.True(total.Recall >= Target, $"recall {total.Recall:0.000}; missed: {string.Join(" | ", total.Missed.Select(g => g.Text))}");
        Assert.True(total.SpeakerAccuracy >= Target, $"speaker accuracy {total.SpeakerAccuracy:0.000}; wrong: {string.Join(" | ", total.Matches.Where(m => !m.SpeakerCorrect).Select(m => $"{m.Gold.Text} ({m.Gold.Speaker} / {m.Draft.Speaker})"))}");
    }
}
