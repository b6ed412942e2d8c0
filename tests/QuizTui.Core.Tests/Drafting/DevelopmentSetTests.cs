using System.Security.Cryptography;
using System.Text;
using QuizTui.Core.Drafting;
using YamlDotNet.RepresentationModel;

namespace QuizTui.Core.Tests.Drafting;

/// <summary>
/// The development set in benchmarks/drafting: every gold file reads, every gold quotation is
/// printed in its article, and the recorded split lists each article once and follows its method.
/// </summary>
public class DevelopmentSetTests
{
    private static readonly string SetFolder = Path.Combine(RepoPaths.Root, "benchmarks", "drafting");
    // The split's two halves, then the sets recorded apart from it (DevelopmentSets; later ones join when their folders do).
    private static readonly string[] Halves =
        new[] { DevelopmentSets.Tuning[0], DevelopmentSets.HeldOut[0] }
            .Concat(DevelopmentSets.Tuning.Skip(1))
            .Concat(DevelopmentSets.HeldOut.Skip(1))
            .Select(set => set.Name)
            .Where(set => Directory.Exists(Path.Combine(SetFolder, set)))
            .ToArray();

    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (var half in Halves)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(SetFolder, half), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(SetFolder, file));
            }
        }
        return data;
    }

    [Fact]
    public void The_set_holds_at_least_thirty_articles() => Assert.True(GoldFiles().Count >= 30, $"{GoldFiles().Count} gold files");

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Each_gold_file_reads_and_says_where_its_article_comes_from(string goldFile)
    {
        var id = Path.GetFileNameWithoutExtension(goldFile);
        var article = QuotationGoldFile.ParseArticle(File.ReadAllText(Path.Combine(SetFolder, goldFile)));

        Assert.Equal(id + ".txt", article.Article);
        Assert.False(string.IsNullOrWhiteSpace(article.Source), "source");
        Assert.False(string.IsNullOrWhiteSpace(article.Outlet), "outlet");
        Assert.False(string.IsNullOrWhiteSpace(article.Licence), "licence");
        Assert.False(string.IsNullOrWhiteSpace(article.Genre), "genre");
        // An article of labels only (song titles, slogans) is kept: it measures that none is offered as speech.
        Assert.NotEmpty(article.Quotations);
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Each_gold_quotation_is_printed_in_its_article(string goldFile)
    {
        var article = QuotationGoldFile.ParseArticle(File.ReadAllText(Path.Combine(SetFolder, goldFile)));
        var inRepo = Path.Combine(SetFolder, Path.GetDirectoryName(goldFile)!, article.Article!);
        string textPath;
        if (article.TextInRepo)
        {
            Assert.True(File.Exists(inRepo), $"{inRepo} is missing");
            textPath = inRepo;
        }
        else
        {
            // Its licence keeps the text out of the repository: only an excerpt and the address are here.
            Assert.False(File.Exists(inRepo), $"{inRepo} is in the repository although its gold says the licence keeps it out");
            Assert.False(string.IsNullOrWhiteSpace(article.Excerpt), "excerpt");
            var local = Environment.GetEnvironmentVariable("QUIZTUI_DRAFTING_TEXTS");
            textPath = string.IsNullOrWhiteSpace(local) ? "" : Path.Combine(local, article.Article!);
            Assert.SkipUnless(File.Exists(textPath),
                $"{article.Article}: its text is kept out of the repository and QUIZTUI_DRAFTING_TEXTS does not hold it, so only its gold was checked, not that each quotation is printed in it.");
        }
        var text = File.ReadAllText(textPath);
        foreach (var quotation in article.Quotations)
        {
            // Parts of one quotation separated in print are joined with " … " in the gold.
            foreach (var part in quotation.Text.Split(" … "))
            {
                Assert.True(text.Contains(part, StringComparison.Ordinal), $"not printed in {article.Article}: {part}");
            }
        }
    }

    [Fact]
    public void The_manifest_lists_each_article_exactly_once_in_the_half_that_holds_it()
    {
        var (tune, heldout) = ReadManifest();
        var listed = tune.Concat(heldout).ToList();
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());

        foreach (var (half, ids) in new[] { ("tune", tune), ("heldout", heldout) })
        {
            var onDisk = Directory.GetFiles(Path.Combine(SetFolder, half), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
            Assert.Equal(ids.Order(StringComparer.Ordinal), onDisk);
        }
        Assert.True(tune.Count <= listed.Count / 2, $"the tuning half has {tune.Count} of {listed.Count} articles");
    }

    [Fact]
    public void The_second_tuning_set_is_listed_apart_and_shares_no_article_with_the_split()
    {
        var (tune, heldout) = ReadManifest();
        var tune2 = ReadList("tune2");
        var onDisk = Directory.GetFiles(Path.Combine(SetFolder, "tune2"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(tune2.Order(StringComparer.Ordinal), onDisk);
        Assert.True(tune2.Count >= 20, $"{tune2.Count} articles in tune2");
        Assert.Empty(tune2.Intersect(tune.Concat(heldout), StringComparer.Ordinal));
    }

    // The tuning sets added after the second, each recorded apart from every other set.
    public static TheoryData<string> LaterTuningSets()
    {
        var data = new TheoryData<string>();
        foreach (var set in DevelopmentSets.Tuning.Skip(2).Select(set => set.Name).Where(Halves.Contains))
        {
            data.Add(set);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LaterTuningSets))]
    public void A_later_tuning_set_is_listed_apart_and_shares_no_article_with_any_other_set(string set)
    {
        var listed = ReadList(set);
        var folder = Path.Combine(SetFolder, set);
        var onDisk = Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(listed.Order(StringComparer.Ordinal), onDisk);
        Assert.True(listed.Count >= 20, $"{listed.Count} articles in {set}");
        foreach (var other in Halves.Where(other => other != set))
        {
            var otherFolder = Path.Combine(SetFolder, other);
            var otherIds = Directory.GetFiles(otherFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension);
            Assert.Empty(listed.Intersect(otherIds, StringComparer.Ordinal));
            // The same article under another id would overlap too: compare where each was read.
            Assert.Empty(Sources(folder).Intersect(Sources(otherFolder), StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_split_follows_the_recorded_method()
    {
        var (tune, heldout) = ReadManifest();
        var ordered = tune.Concat(heldout)
            .OrderBy(id => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id))), StringComparer.Ordinal)
            .ToList();

        Assert.Equal(tune.Order(StringComparer.Ordinal), ordered.Take(ordered.Count / 2).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(folder, "*.yaml").Select(file => Uri.UnescapeDataString(QuotationGoldFile.ParseArticle(File.ReadAllText(file)).Source!));

    private static List<string> ReadList(string key)
    {
        var root = ReadManifestRoot();
        return ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!).ToList();
    }

    private static YamlMappingNode ReadManifestRoot()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(SetFolder, "manifest.yaml")))
        {
            stream.Load(reader);
        }
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static (List<string> Tune, List<string> Heldout) ReadManifest()
    {
        var root = ReadManifestRoot();
        List<string> List(string key) =>
            ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!).ToList();
        var articles = int.Parse(((YamlScalarNode)root.Children[new YamlScalarNode("articles")]).Value!, System.Globalization.CultureInfo.InvariantCulture);
        var (tune, heldout) = (List("tune"), List("heldout"));
        Assert.Equal(articles, tune.Count + heldout.Count);
        return (tune, heldout);
    }
}
