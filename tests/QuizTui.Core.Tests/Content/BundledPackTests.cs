using System.Security.Cryptography;
using System.Text.RegularExpressions;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;
using YamlDotNet.RepresentationModel;

namespace QuizTui.Core.Tests.Content;

/// <summary>The bundled Hootsuite/ICE pack: clean, complete, and faithful to its source documents.</summary>
public sealed partial class BundledPackTests
{
    private static readonly Lazy<LoadResult> Loaded = new(() => ContentLoader.LoadDirectories([RepoPaths.BundledPack]));

    private static NewsEvent Event => Assert.Single(Loaded.Value.Library.Events);

    [Fact]
    public void Loads_without_errors_or_warnings()
    {
        Assert.Empty(Loaded.Value.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("hootsuite-ice-2020", Event.Id);
    }

    [Fact]
    public void Has_an_article_per_source_document()
    {
        var manifest = ReadManifest();
        Assert.Equal(5, manifest.Count);
        Assert.Equal(manifest.Keys.Order(), Event.Articles.Select(a => a.Seed).Order());
    }

    [Fact]
    public void Quotation_bank_has_at_least_18_distinct_quotations_from_all_five_speakers()
    {
        var distinct = Event.Quotations.Select(q => TextFolding.FoldTypography(q.Text)).Distinct().Count();
        Assert.True(distinct >= 18, $"{distinct} distinct quotations");
        Assert.Equal(5, Event.People.Count);
        Assert.Equal(Event.People.Select(p => p.Id).Order(), Event.Quotations.Select(q => q.SpeakerId).Distinct().Order());
    }

    [Fact]
    public void Every_article_has_a_comprehension_quiz_of_six_questions_and_three_types()
    {
        foreach (var article in Event.Articles)
        {
            var quiz = Assert.Single(Event.Quizzes.OfType<ComprehensionQuiz>(), q => q.ArticleId == article.Id);
            Assert.True(quiz.Questions.Count >= 6, $"{quiz.Id}: {quiz.Questions.Count} questions");
            Assert.True(quiz.Questions.Select(q => q.TypeKey).Distinct().Count() >= 3, $"{quiz.Id}: fewer than 3 types");
        }
    }

    [Fact]
    public void Has_an_event_level_compare_quiz_of_eight_comparison_questions()
    {
        var compare = Assert.IsType<ComprehensionQuiz>(Event.FindQuiz("compare-coverage"));
        Assert.Null(compare.ArticleId);
        Assert.True(compare.Questions.Count >= 8);
        Assert.All(compare.Questions, q => Assert.True(q.ArticleIds.Count >= 1, $"{q.Id} cites no article"));
    }

    /// <summary>Below this many words a quotation is a fragment: shown alone, it gives nothing to reason from.</summary>
    private const int FewestWordsToReasonFrom = 6;

    [Fact]
    public void Has_a_who_said_what_quiz_over_every_quotation_but_the_bare_fragments()
    {
        var quiz = Assert.Single(Event.Quizzes.OfType<WhoSaidWhatQuiz>());
        Assert.NotNull(quiz.QuotationIds);
        foreach (var quotation in Event.Quotations)
        {
            bool fragment = quotation.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < FewestWordsToReasonFrom;
            bool asked = quiz.QuotationIds.Contains(quotation.Id);
            Assert.True(asked != fragment, $"{quotation.Id} ({quotation.Location}): {(fragment ? "a fragment, asked" : "a full quotation, not asked")}");
        }
        var run = QuizSessionBuilder.Start(Event, quiz, seed: 1, DateTimeOffset.UnixEpoch);
        Assert.Equal(quiz.PerRun ?? quiz.QuotationIds.Count, run.Questions.Count);
        Assert.All(run.Questions, q => Assert.Equal(quiz.ChoiceCount, ((WhoSaidWhatQuestion)q.Question).Speakers.Count));
    }

    [Fact]
    public void Outlets_versions_of_one_quotation_are_grouped_for_comparison()
    {
        var groups = QuotationComparison.Groups(Event);
        Assert.Contains(groups, g => g.Versions.Any(v => v.Quotation.Text.Contains("targeted and harassed", StringComparison.Ordinal))
                                     && g.Versions.Any(v => v.Quotation.Text.Contains("targeted or harassed", StringComparison.Ordinal)));
        Assert.All(groups, g => Assert.Single(g.Versions.Select(v => v.Quotation.SpeakerId).Distinct()));
    }

    [Fact]
    public void A_who_said_what_run_never_asks_about_the_same_quotation_twice()
    {
        var quiz = Event.Quizzes.OfType<WhoSaidWhatQuiz>().Single();
        var groupOf = QuotationComparison.Groups(Event)
            .SelectMany((g, i) => g.Versions.Select(v => (v.Quotation.Id, Group: i)))
            .ToDictionary(x => x.Id, x => x.Group);
        for (int seed = 0; seed < 100; seed++)
        {
            var run = QuizSessionBuilder.Start(Event, quiz, seed, DateTimeOffset.UnixEpoch);
            var groups = run.Questions.Select(q => q.Question.Id).Where(groupOf.ContainsKey).Select(id => groupOf[id]).ToList();
            Assert.Equal(groups.Count, groups.Distinct().Count());
        }
    }

    [Fact]
    public void Every_question_has_an_explanation()
    {
        var questions = Event.Quizzes.OfType<ComprehensionQuiz>().SelectMany(q => q.Questions);
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Explanation), q.Id));
    }

    /// <summary>
    /// Explanations send the learner to the article screen by the opening words of a key point
    /// or quotation, ended with "…"; rewording a key point must not leave an explanation citing
    /// words the screen no longer shows.
    /// </summary>
    [Fact]
    public void Explanations_cite_key_points_and_quotations_by_words_the_article_screens_show()
    {
        var shown = Event.Articles.SelectMany(a => a.KeyPoints.Select(k => k.Text).Concat(a.Quotations.Select(q => q.Text)))
            .Select(TextFolding.FoldTypography).ToList();
        var questions = Event.Quizzes.OfType<ComprehensionQuiz>().SelectMany(q => q.Questions).ToList();
        int cited = 0;
        foreach (var question in questions)
        {
            foreach (Match m in CitedOpening().Matches(question.Explanation ?? ""))
            {
                string opening = TextFolding.FoldTypography(m.Groups[1].Value);
                Assert.True(shown.Any(t => t.StartsWith(opening, StringComparison.Ordinal)),
                    $"{question.Id} ({question.Location}): no key point or quotation begins \"{m.Groups[1].Value}…\"");
                cited++;
            }
        }
        Assert.True(cited > questions.Count, $"only {cited} citations in {questions.Count} explanations");
    }

    [GeneratedRegex("\"([^\"]+?)…\"")]
    private static partial Regex CitedOpening();

    [Fact]
    public void Seed_files_match_the_manifest_hashes()
    {
        string seeds = RepoPaths.RequireSeeds();
        foreach (var (file, sha256) in ReadManifest())
        {
            string path = Path.Combine(seeds, file);
            Assert.True(File.Exists(path), $"seed {file} listed in seeds/manifest.yaml is missing from {seeds}");
            string actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            Assert.Equal(sha256, actual);
        }
    }

    [Fact]
    public void Every_quotation_appears_verbatim_in_the_seed_it_cites()
    {
        string seeds = RepoPaths.RequireSeeds();
        var seedText = new Dictionary<string, string>();
        foreach (var quotation in Event.Quotations)
        {
            var article = Event.FindArticle(quotation.ArticleId)!;
            if (!seedText.TryGetValue(article.Seed, out var text))
            {
                string path = Path.Combine(seeds, article.Seed);
                Assert.True(File.Exists(path), $"seed {article.Seed}, cited by {article.Id}, is missing from {seeds}");
                seedText[article.Seed] = text = TextFolding.FoldTypography(File.ReadAllText(path));
            }
            Assert.True(text.Contains(TextFolding.FoldTypography(quotation.Text), StringComparison.Ordinal),
                $"{quotation.Id} ({quotation.Location}) is not found word for word in {article.Seed}");
        }
    }

    [Fact]
    public void Every_title_is_our_own_and_no_outlet_headline_is_carried()
    {
        // A headline is the outlet's prose, not anyone's spoken words: the pack says it in its own
        // words and marks each title as ours, so no reporter's sentence is carried verbatim.
        Assert.Equal(5, Event.Articles.Count);
        foreach (var article in Event.Articles)
        {
            Assert.True(article.HeadlineIsOurs, $"{article.Id}: its title is not marked as ours");
            Assert.Null(article.PrintedHeadline);
        }
    }

    /// <summary>Seed file name → sha256, from seeds/manifest.yaml.</summary>
    private static Dictionary<string, string> ReadManifest()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepoPaths.SeedManifest)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var seeds = (YamlSequenceNode)root.Children[new YamlScalarNode("seeds")];
        return seeds.Cast<YamlMappingNode>().ToDictionary(
            s => ((YamlScalarNode)s.Children[new YamlScalarNode("file")]).Value!,
            s => ((YamlScalarNode)s.Children[new YamlScalarNode("sha256")]).Value!);
    }
}
