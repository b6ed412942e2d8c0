using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Tests.Authoring;

namespace QuizTui.Core.Tests.Gift;

public class GiftRoundTripTests
{
    [Fact]
    public void Convertible_questions_survive_gift_and_back()
    {
        var quiz = QuizYamlWriterTests.SampleQuiz();
        var convertible = quiz.Questions
            .Where(q => q is not OrderingQuestion)
            .ToList();
        var export = GiftWriter.Write(convertible);
        Assert.All(export.Notes, n => Assert.StartsWith("unit ", n.Message, StringComparison.Ordinal));

        var import = GiftReader.Read(export.Text, "round.gift");
        Assert.True(import.Notes.Count == 0, string.Join("\n", import.Notes) + "\n" + export.Text);
        Assert.Empty(import.SkillsToReview);
        Assert.Equal(convertible.Count, import.Questions.Count);
        for (int i = 0; i < convertible.Count; i++)
            QuizYamlWriterTests.AssertSameQuestion(convertible[i], import.Questions[i]);
    }

    [Fact]
    public void Gift_output_escapes_special_characters()
    {
        var q = new SingleChoiceQuestion("esc", "a{b}c=d~e#f:g\\h", null, Skill.Detail, ["first-report"], SourceLocation.None,
            [new Choice("x = y", true, "why: #1"), new Choice("z", false, null)]);
        string text = GiftWriter.Write([q]).Text;
        Assert.Equal("""
            // skill: detail
            // articles: first-report
            // [id:esc]
            ::esc::a\{b\}c\=d\~e\#f\:g\\h {
              =x \= y #why\: \#1
              ~z
            }


            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void Ordering_evidence_and_units_are_reported_on_export()
    {
        var ordering = new OrderingQuestion("o", "Order these.", null, Skill.Detail, [], new SourceLocation("q.yaml", 7, 5), ["a", "b", "c"]);
        var numeric = new NumericQuestion("n", "How far?", null, Skill.Detail, [], new SourceLocation("q.yaml", 12, 5), 3, 0, "km");
        var export = GiftWriter.Write([ordering, numeric]);
        Assert.Equal(2, export.Notes.Count);
        Assert.StartsWith("q.yaml:7: warning: ordering question \"o\" exported as a matching question", export.Notes[0].ToString());
        Assert.StartsWith("q.yaml:12: warning: unit \"km\"", export.Notes[1].ToString());
        Assert.Contains("=a -> 1", export.Text);
        Assert.Contains("::n::How far? (km) {#3}", export.Text);

        var back = GiftReader.Read(export.Text);
        Assert.Equal(["a", "b", "c"], Assert.IsType<MatchingQuestion>(back.Questions[0]).Pairs.Select(p => p.Left));
    }

    [Fact]
    public void Event_export_writes_who_said_what_as_single_choice_with_speaker_names()
    {
        var library = LoadBase();
        var newsEvent = library.Events.Single();
        var export = GiftWriter.Write(library.Events);
        Assert.Contains("$CATEGORY: $course$/sample-event/first-report-quiz", export.Text);
        Assert.Contains("$CATEGORY: $course$/sample-event/who-said-it", export.Text);
        Assert.Contains(export.Notes, n => n.Message.StartsWith("who-said-what quiz \"who-said-it\" exported as 3 single-choice questions", StringComparison.Ordinal));

        var import = GiftReader.Read(export.Text, "export.gift");
        var whoSaid = import.Questions.OfType<SingleChoiceQuestion>().Single(q => q.Id == "ann-not-aligned");
        Assert.Equal("Who said this? \u201CThis is not aligned with our values.\u201D", whoSaid.Prompt);
        Assert.Equal("Ann Chief", whoSaid.Choices[whoSaid.CorrectIndex].Text);
        Assert.Equal(4, whoSaid.Choices.Count);
        Assert.Equal("Ann Chief, Chief executive, Sample Co, in a social media post. In a post on the company blog that afternoon. Printed by The Daily Sample, 24 September 2020.",
            whoSaid.Explanation);
        var withoutContext = import.Questions.OfType<SingleChoiceQuestion>().Single(q => q.Id == "ben-disappointed");
        Assert.EndsWith(", in a tweet. Printed by The Daily Sample, 24 September 2020.", withoutContext.Explanation, StringComparison.Ordinal);
        Assert.All(whoSaid.Choices, c => Assert.Contains(newsEvent.People, p => p.Name == c.Text));

        var comprehension = (ComprehensionQuiz)newsEvent.FindQuiz("first-report-quiz")!;
        foreach (var original in comprehension.Questions)
            QuizYamlWriterTests.AssertSameQuestion(original, import.Questions.Single(q => q.Id == original.Id));
    }

    [Fact]
    public void Evidence_question_exports_as_two_single_choice_questions()
    {
        var evidence = new EvidenceQuestion("ev", "Who reversed it?", "Key point two.", Skill.Sourcing, [], new SourceLocation("q.yaml", 3, 5),
            [new Choice("The chief", true, null), new Choice("The board", false, null)],
            EvidenceQuestion.DefaultEvidencePrompt,
            [new EvidenceChoice(EvidenceKind.KeyPoint, "k1", "She reversed it.", true), new EvidenceChoice(EvidenceKind.Quotation, "q1", "We object.", false)]);
        var export = GiftWriter.Write([evidence]);
        Assert.Contains("evidence question \"ev\" exported as two single-choice questions", Assert.Single(export.Notes).Message);
        var back = GiftReader.Read(export.Text);
        Assert.Equal(["ev", "ev-evidence"], back.Questions.Select(q => q.Id));
        var partB = Assert.IsType<SingleChoiceQuestion>(back.Questions[1]);
        Assert.Equal("She reversed it.", partB.Choices[partB.CorrectIndex].Text);
        Assert.Contains("Answer: The chief.", partB.Prompt);
    }

    private static ContentLibrary LoadBase()
    {
        var result = ContentLoader.Load(BasePack.Files());
        Assert.False(result.HasErrors, BasePack.Errors(result));
        return result.Library;
    }
}

public class BundledGiftRoundTripTests
{
    [Fact]
    public void Bundled_quizzes_survive_gift_and_back_for_convertible_types()
    {
        var loaded = ContentLoader.LoadDirectories([RepoPaths.BundledPack]);
        var newsEvent = Assert.Single(loaded.Library.Events);
        var export = GiftWriter.Write(loaded.Library.Events);
        var import = GiftReader.Read(export.Text, "bundled.gift");
        Assert.DoesNotContain(import.Notes, n => !n.Message.StartsWith("category", StringComparison.Ordinal));

        var byId = import.Questions.ToDictionary(q => q.Id);
        var originals = newsEvent.Quizzes.OfType<ComprehensionQuiz>().SelectMany(q => q.Questions)
            .Where(q => q is not (OrderingQuestion or EvidenceQuestion))
            .ToList();
        Assert.NotEmpty(originals);
        foreach (var original in originals)
        {
            var back = byId[original.Id];
            QuizYamlWriterTests.AssertSameQuestion(original, back);
            Assert.Equal(original.ArticleIds, back.ArticleIds);
        }
    }

    [Fact]
    public void Bundled_quizzes_written_as_yaml_load_back_unchanged()
    {
        var loaded = ContentLoader.LoadDirectories([RepoPaths.BundledPack]);
        var newsEvent = Assert.Single(loaded.Library.Events);
        var files = Directory.EnumerateFiles(RepoPaths.BundledPack, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "quizzes" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => new ContentFile("p/" + Path.GetRelativePath(RepoPaths.BundledPack, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        foreach (var quiz in newsEvent.Quizzes)
            files.Add(new ContentFile($"p/quizzes/{quiz.Id}.yaml", QuizTui.Core.Authoring.QuizYamlWriter.Write(quiz)));
        var result = ContentLoader.Load(files);
        Assert.True(!result.HasErrors, BasePack.Errors(result));
        var rewritten = Assert.Single(result.Library.Events);
        foreach (var original in newsEvent.Quizzes.OfType<ComprehensionQuiz>())
        {
            var again = Assert.IsType<ComprehensionQuiz>(rewritten.FindQuiz(original.Id));
            QuizYamlWriterTests.AssertSameQuiz(original, again);
            for (int i = 0; i < original.Questions.Count; i++)
                Assert.Equal(original.Questions[i].ArticleIds, again.Questions[i].ArticleIds);
        }
        // Records compare lists by reference, so the quotation lists are compared item by item.
        static WhoSaidWhatQuiz Plain(WhoSaidWhatQuiz q) => q with { Location = SourceLocation.None, QuotationIds = null, DistractorPool = null };
        var before = newsEvent.Quizzes.OfType<WhoSaidWhatQuiz>().ToList();
        var after = rewritten.Quizzes.OfType<WhoSaidWhatQuiz>().ToList();
        Assert.Equal(before.Select(Plain), after.Select(Plain));
        Assert.Equal(before.Select(q => q.QuotationIds), after.Select(q => q.QuotationIds));
        Assert.Equal(before.Select(q => q.DistractorPool), after.Select(q => q.DistractorPool));
    }
}
