using QuizTui.Core.Authoring;
using QuizTui.Core.Gift;
using QuizTui.Core.Model;
using YamlDotNet.RepresentationModel;

namespace QuizTui.Core.Tests.Authoring;

public class QuizYamlWriterTests
{
    private static readonly SourceLocation Here = SourceLocation.None;

    /// <summary>One question of each type the writer handles on its own (evidence needs the pack's ids).</summary>
    internal static ComprehensionQuiz SampleQuiz() => new(
        "written-quiz", "A quiz: with a colon", "Checks \"quotes\" and 'apostrophes' survive.", Here, "first-report",
        [
            new SingleChoiceQuestion("w-single", "Who reversed the decision? #1", "The second key point: the chief executive.", Skill.MainIdea, [], Here,
                [new Choice("The chief executive", true, "Yes: she did."), new Choice("true", false, null), new Choice("- a dash", false, "No # not this")]),
            new MultipleAnswersQuestion("w-multiple", "Which of these did the report mention?", null, Skill.Detail, [], Here,
                [new Choice("The reseller", true, null), new Choice("The same afternoon", true, null), new Choice("2020-09-24", false, null)]),
            new TrueFalseQuestion("w-true-false", "yes", "The first key point.", Skill.Inference, [], Here, false),
            new ShortAnswerQuestion("w-short", "Name the outlet.", null, Skill.Sourcing, [], Here, ["The Daily Sample", "Daily Sample", "null"]),
            new NumericQuestion("w-numeric", "How many people were quoted?", null, Skill.Detail, [], Here, 2.5m, 0.5m, "people"),
            new OrderingQuestion("w-ordering", "Put these in order.", null, Skill.Comparison, [], Here, ["First thing", "Second: thing", "'Third' thing"]),
            new MatchingQuestion("w-matching", "Match the people.", null, Skill.Vocabulary, [], Here,
                [new MatchPair("Ann Chief", "Chief executive"), new MatchPair("Ben Staff", "Engineer")]),
            new SingleChoiceQuestion("w-long", new string('x', 3) + " " + string.Join(" ", Enumerable.Repeat("a long prompt that needs folding", 8)),
                "Line one of the explanation.\nLine two: with a colon.\n\nA paragraph after a blank line.", Skill.Detail, [], Here,
                [new Choice("[bracketed] start", true, null), new Choice("50% off", false, null), new Choice("a \u2018tricky\u2019: choice", false, null)]),
        ]);

    [Fact]
    public void Written_quiz_loads_without_errors_and_keeps_every_value()
    {
        var quiz = SampleQuiz();
        string yaml = QuizYamlWriter.Write(quiz);
        var result = BasePack.WithQuiz("written-quiz", yaml);
        Assert.True(!result.HasErrors, BasePack.Errors(result) + "\n" + yaml);
        var loaded = Assert.IsType<ComprehensionQuiz>(result.Library.Events.Single().FindQuiz("written-quiz"));
        AssertSameQuiz(quiz, loaded);
    }

    [Fact]
    public void Layout_reads_like_hand_written_yaml()
    {
        string yaml = QuizYamlWriter.Write(SampleQuiz(), new QuizYamlOptions { SkillsToReview = new HashSet<string> { "w-single" } });
        Assert.StartsWith("# yaml-language-server: $schema=../.schemas/quiz.schema.json\nid: written-quiz\nkind: comprehension\n", yaml);
        Assert.Contains("title: 'A quiz: with a colon'\n", yaml);
        Assert.Contains("  - id: w-single\n    type: single-choice\n    prompt: 'Who reversed the decision? #1'\n", yaml);
        Assert.Contains("    skill: main-idea  # " + QuizYamlWriter.SkillReviewComment + "\n", yaml);
        Assert.Contains("      - text: The chief executive\n        correct: true\n        feedback: 'Yes: she did.'\n", yaml);
        Assert.Contains("      - text: 'true'\n", yaml);
        Assert.Contains("    prompt: >-\n      xxx a long prompt", yaml);
        Assert.Contains("    explanation: |-\n      Line one of the explanation.\n      Line two: with a colon.\n\n      A paragraph", yaml);
        Assert.DoesNotContain(" \n", yaml);
    }

    [Theory]
    [InlineData("plain words")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("12")]
    [InlineData("1.5")]
    [InlineData(".5")]
    [InlineData("-3")]
    [InlineData("2020-09-24")]
    [InlineData("12:30")]
    [InlineData("0x1F")]
    [InlineData(".inf")]
    [InlineData("a: b")]
    [InlineData("a #b")]
    [InlineData("ends:")]
    [InlineData("#start")]
    [InlineData("- item")]
    [InlineData("? key")]
    [InlineData("[list]")]
    [InlineData("{map}")]
    [InlineData("*alias")]
    [InlineData("&anchor")]
    [InlineData("!tag")]
    [InlineData("|bar")]
    [InlineData(">gt")]
    [InlineData("'single'")]
    [InlineData("\"double\"")]
    [InlineData("%percent")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData(" lead")]
    [InlineData("trail ")]
    [InlineData("it's")]
    [InlineData("back\\slash")]
    [InlineData("tab\tinside")]
    [InlineData("new\nline")]
    [InlineData("bell\u0007")]
    [InlineData("nel\u0085line sep\u2028para\u2029")]
    [InlineData("bom\uFEFF")]
    [InlineData("“curly” — dash, café, 東京, emoji 😀")]
    [InlineData("<<")]
    [InlineData("=")]
    public void Scalars_read_back_as_the_same_string(string value)
    {
        var y = new YamlText();
        y.Key(0, "value", value);
        y.Open(0, "list");
        y.Item(2, value);
        var stream = new YamlStream();
        stream.Load(new StringReader(y.ToString()));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var scalar = (YamlScalarNode)root.Children[new YamlScalarNode("value")];
        Assert.Equal(value, scalar.Value);
        if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain)
            Assert.False(YamlText.ResolvesToNonString(value), $"{value} is written plain but a loader reads it as another type");
        var item = (YamlScalarNode)((YamlSequenceNode)root.Children[new YamlScalarNode("list")]).Children[0];
        Assert.Equal(value, item.Value);
    }

    [Fact]
    public void Long_text_is_folded_and_reads_back_unchanged()
    {
        string text = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"word{i}")) + "  two  spaces  kept";
        var y = new YamlText { Width = 60 };
        y.Key(4, "prompt", text);
        string yaml = y.ToString();
        Assert.StartsWith("    prompt: >-\n", yaml);
        Assert.All(yaml.Split('\n').Where(l => l.Length > 0), l => Assert.True(l.Length <= 70, l));
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        Assert.Equal(text, ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("prompt")]).Value);
    }

    [Fact]
    public void Imported_gift_writes_yaml_that_validates()
    {
        string gift = """
            // Week 3: the first report
            $CATEGORY: $course$/Week 3

            ::Who reversed::Who reversed the decision? {
              =The chief executive #Yes.
              ~The board #No board is named.
              ####The second key point names the chief executive.
            }

            ::Reseller::The contract was sold through a reseller. {T}

            ::Outlet::Which outlet published the first report? {=The Daily Sample =Daily Sample}

            ::How many::How many people are quoted? {#2}

            ::Match::Match each person with their role. {=Ann Chief -> Chief executive =Ben Staff -> Engineer}

            ::Mentioned::Which does the report mention? {~%50%the reseller ~%50%the afternoon ~%-50%a lawsuit}

            ::Essay::What do you think? {}
            """;
        var import = GiftReader.Read(gift, "week3.gift", ["first-who-reversed", "first-true-false"]);
        Assert.Equal(6, import.Questions.Count);
        var quiz = new ComprehensionQuiz("week-3", "Week 3", null, SourceLocation.None, "first-report", import.Questions);
        string yaml = QuizYamlWriter.Write(quiz, new QuizYamlOptions
        {
            SkillsToReview = import.SkillsToReview,
            HeaderComments = ["Imported from week3.gift."],
        });
        var result = BasePack.WithQuiz("week-3", yaml);
        Assert.True(!result.HasErrors, BasePack.Errors(result) + "\n" + yaml);
        Assert.Equal(6, Assert.IsType<ComprehensionQuiz>(result.Library.Events.Single().FindQuiz("week-3")).Questions.Count);
        Assert.Equal(6, yaml.Split('\n').Count(l => l.EndsWith(QuizYamlWriter.SkillReviewComment, StringComparison.Ordinal)));
    }

    internal static void AssertSameQuiz(ComprehensionQuiz expected, ComprehensionQuiz actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.ArticleId, actual.ArticleId);
        Assert.Equal(expected.Questions.Count, actual.Questions.Count);
        for (int i = 0; i < expected.Questions.Count; i++)
            AssertSameQuestion(expected.Questions[i], actual.Questions[i]);
    }

    /// <summary>Same content, ignoring locations and the article defaulted from the quiz.</summary>
    internal static void AssertSameQuestion(Question expected, Question actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Prompt, actual.Prompt);
        Assert.Equal(expected.Explanation, actual.Explanation);
        Assert.Equal(expected.Skill, actual.Skill);
        Assert.Equal(expected.DescribeCorrectAnswer(), actual.DescribeCorrectAnswer());
        switch (expected, actual)
        {
            case (SingleChoiceQuestion e, SingleChoiceQuestion a):
                Assert.Equal(e.Choices, a.Choices);
                break;
            case (MultipleAnswersQuestion e, MultipleAnswersQuestion a):
                Assert.Equal(e.Choices, a.Choices);
                break;
            case (TrueFalseQuestion e, TrueFalseQuestion a):
                Assert.Equal(e.Answer, a.Answer);
                break;
            case (ShortAnswerQuestion e, ShortAnswerQuestion a):
                Assert.Equal(e.Accepted, a.Accepted);
                break;
            case (NumericQuestion e, NumericQuestion a):
                Assert.Equal(e.Answer, a.Answer);
                Assert.Equal(e.Tolerance, a.Tolerance);
                Assert.Equal(e.Unit, a.Unit);
                break;
            case (OrderingQuestion e, OrderingQuestion a):
                Assert.Equal(e.Items, a.Items);
                break;
            case (MatchingQuestion e, MatchingQuestion a):
                Assert.Equal(e.Pairs, a.Pairs);
                break;
        }
    }
}
