using QuizTui.Core.Authoring;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.Core.Tests.Authoring;

public class ScaffoldTests
{
    private static readonly DateOnly Today = new(2025, 3, 14);

    private static LoadResult Load(params (string Path, string Text)[] files) =>
        ContentLoader.Load(files.Select(f => new ContentFile("my-event/" + f.Path, f.Text)));

    private static string Problems(LoadResult result) => string.Join("\n", result.Diagnostics);

    [Fact]
    public void Event_scaffold_alone_validates_cleanly()
    {
        var result = Load(("event.yaml", Scaffolds.EventYaml("my-event", Today)));
        Assert.True(result.Diagnostics.Count == 0, Problems(result));
        var newsEvent = result.Library.Events.Single();
        Assert.Equal(Scaffolds.SamplePeople, newsEvent.People.Select(p => p.Id));
    }

    [Fact]
    public void Full_scaffolded_pack_validates_cleanly()
    {
        var result = Load(
            ("event.yaml", Scaffolds.EventYaml("my-event", Today)),
            ("articles/first-article.yaml", Scaffolds.ArticleYaml("first-article", Today, Scaffolds.SamplePeople[0])),
            ("articles/second-article.yaml", Scaffolds.ArticleYaml("second-article", Today, Scaffolds.SamplePeople[1])),
            ("quizzes/who-said-it.yaml", Scaffolds.WhoSaidWhatQuizYaml("who-said-it", null)),
            ("quizzes/first-who.yaml", Scaffolds.WhoSaidWhatQuizYaml("first-who", ["first-article-quote-1"])),
            ("quizzes/first-article-quiz.yaml", Scaffolds.ComprehensionQuizYaml("first-article-quiz", "first-article", "first-article")),
            ("quizzes/event-quiz.yaml", Scaffolds.ComprehensionQuizYaml("event-quiz", null, "second-article")));
        Assert.True(result.Diagnostics.Count == 0, Problems(result));
        var newsEvent = result.Library.Events.Single();
        Assert.Equal(4, newsEvent.Quizzes.Count);
        Assert.Equal(2, newsEvent.Quotations.Count());
        var eventQuiz = Assert.IsType<ComprehensionQuiz>(newsEvent.FindQuiz("event-quiz"));
        Assert.Null(eventQuiz.ArticleId);
        Assert.All(eventQuiz.Questions, q => Assert.Equal(["second-article"], q.ArticleIds));
    }

    [Theory]
    [InlineData("first-article")]
    [InlineData(null)]
    public void Every_commented_question_example_validates_once_uncommented(string? articleId)
    {
        string quiz = Scaffolds.ComprehensionQuizYaml("my-quiz", articleId, "first-article", "first-article-point-1", "first-article-quote-1");
        // Do what the file says: remove the '#' at the start of each line of the examples.
        string[] lines = quiz.Split('\n');
        int examples = Array.FindIndex(lines, l => l.StartsWith("# More question types", StringComparison.Ordinal));
        Assert.True(examples > 0);
        string uncommented = string.Join("\n", lines.Select((l, i) => i > examples && l.StartsWith('#') ? l[1..] : l));
        Assert.Contains("  - id: my-quiz-evidence", uncommented, StringComparison.Ordinal);

        var result = Load(
            ("event.yaml", Scaffolds.EventYaml("my-event", Today)),
            ("articles/first-article.yaml", Scaffolds.ArticleYaml("first-article", Today, Scaffolds.SamplePeople[0])),
            ("quizzes/my-quiz.yaml", uncommented));

        Assert.True(result.Diagnostics.Count == 0, Problems(result));
        Assert.Equal(9, Assert.IsType<ComprehensionQuiz>(result.Library.Events.Single().FindQuiz("my-quiz")).Questions.Count);
    }

    [Fact]
    public void Article_scaffold_without_people_validates_cleanly()
    {
        var result = Load(
            ("event.yaml", Scaffolds.EventYaml("my-event", Today)),
            ("articles/lonely.yaml", Scaffolds.ArticleYaml("lonely", Today, null)));
        Assert.True(result.Diagnostics.Count == 0, Problems(result));
        Assert.Empty(result.Library.Events.Single().Quotations);
    }

    [Fact]
    public void Scaffolds_point_at_the_pack_schema_folder()
    {
        Assert.StartsWith("# yaml-language-server: $schema=.schemas/event.schema.json\n", Scaffolds.EventYaml("e", Today));
        Assert.StartsWith("# yaml-language-server: $schema=../.schemas/article.schema.json\n", Scaffolds.ArticleYaml("a", Today, null));
        Assert.StartsWith("# yaml-language-server: $schema=../.schemas/quiz.schema.json\n", Scaffolds.WhoSaidWhatQuizYaml("q", null));
        Assert.StartsWith("# yaml-language-server: $schema=../.schemas/quiz.schema.json\n", Scaffolds.ComprehensionQuizYaml("q", "a", "a"));
    }

    [Fact]
    public void Scaffolds_have_no_trailing_spaces_or_tabs()
    {
        foreach (string text in new[]
        {
            Scaffolds.EventYaml("e", Today), Scaffolds.ArticleYaml("a", Today, "p"), Scaffolds.ArticleYaml("a", Today, null),
            Scaffolds.WhoSaidWhatQuizYaml("q", ["x"]), Scaffolds.ComprehensionQuizYaml("q", null, "a"),
        })
        {
            Assert.DoesNotContain(" \n", text);
            Assert.DoesNotContain("\t", text);
            Assert.EndsWith("\n", text);
        }
    }

    [Theory]
    [InlineData("Who Announced It?", "who-announced-it")]
    [InlineData("  Q1  ", "q1")]
    [InlineData("Café crème: l'été", "cafe-creme-lete")]
    [InlineData("!!!", "question")]
    [InlineData("", "question")]
    public void Slugs_are_valid_ids(string text, string expected)
    {
        Assert.Equal(expected, IdSlug.From(text));
        Assert.True(IdSlug.IsValid(IdSlug.From(text)));
    }

    [Fact]
    public void Long_slugs_are_cut_at_a_word()
    {
        string slug = IdSlug.From("How many people in total signed the open letter to the chief executive last week");
        Assert.True(slug.Length <= 40, slug);
        Assert.False(slug.EndsWith('-'));
        Assert.True(IdSlug.IsValid(slug));
    }
}
