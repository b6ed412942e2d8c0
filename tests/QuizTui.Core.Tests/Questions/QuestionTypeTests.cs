using System.Text.Json;
using QuizTui.Core.Authoring;
using QuizTui.Core.Export;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// A question type is registered with every part or not at all. For each type in
/// <see cref="QuestionTypes.All"/>, tried on its examples in the docs' example packs: its record
/// names it; its YAML writer and reader agree; its JSON keys read back through the public contract;
/// its GIFT writer writes it (or says why not) and, where GIFT has the type, GIFT reads back into
/// it; a run presents it. Its answer state is driven by AnswerStateTests, its schema entry checked
/// by SchemaAgreementTests, its docs sections and example by AuthoringGuideTests, its screen view
/// by the app's AnswerViewTests, all from the same table.
/// </summary>
public sealed class QuestionTypeTests(DocsExamplePack pack) : IClassFixture<DocsExamplePack>
{
    public static TheoryData<string> TypeKeys() => DocsExamplePack.TypeKeys();

    private static QuestionType TypeOf(string key) => QuestionTypes.Find(key)!;

    [Fact]
    public void Every_type_is_registered_once_under_its_own_key_and_keys()
    {
        Assert.Equal(QuestionTypes.All.Count, QuestionTypes.All.Select(t => t.RecordType).Distinct().Count());
        Assert.Equal(QuestionTypes.All.Count, QuestionTypes.All.Select(t => t.Key).Distinct().Count());
        Assert.Equal(QuestionTypes.All.Count, QuestionTypes.All.Select(t => t.Keys.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void The_docs_examples_hold_questions_of_the_type_whose_record_names_it(string key)
    {
        var type = TypeOf(key);
        var questions = pack.Questions(type);
        Assert.True(questions.Count > 0, $"the docs' example packs have no {key} question");
        Assert.All(questions, q => Assert.Equal(type.RecordType, q.GetType()));
        Assert.Equal(key, questions[0].TypeKey);
    }

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void What_its_YAML_writer_writes_its_reader_reads_back_the_same(string key)
    {
        var type = TypeOf(key);
        if (type is not IWrittenQuestionType)
        {
            // A type made by a quiz kind of its own: its quiz is written and read back.
            foreach (var quiz in pack.Loaded.Library.Events.SelectMany(e => e.Quizzes).OfType<WhoSaidWhatQuiz>())
            {
                string yaml = QuizYamlWriter.Write(quiz with { Id = quiz.Id + "-again" });
                var reloaded = pack.LoadWith("quizzes/round-trip.yaml", yaml);
                Assert.True(!reloaded.HasErrors, string.Join("\n", reloaded.Diagnostics) + "\n" + yaml);
                var again = reloaded.Library.Events.Single().FindQuiz(quiz.Id + "-again")!;
                Assert.Equal(yaml, QuizYamlWriter.Write(again));
            }
            return;
        }
        foreach (var question in pack.Questions(type))
        {
            var copy = question with { Id = question.Id + "-again" };
            var quiz = new ComprehensionQuiz("round-trip", "Round trip", null, SourceLocation.None, null, [copy]);
            string yaml = QuizYamlWriter.Write(quiz);

            var reloaded = pack.LoadWith("quizzes/round-trip.yaml", yaml);

            Assert.True(!reloaded.HasErrors, string.Join("\n", reloaded.Diagnostics) + "\n" + yaml);
            var read = Assert.IsType<ComprehensionQuiz>(reloaded.Library.Events.Single().FindQuiz("round-trip")).Questions.Single();
            Assert.Equal(Json(copy), Json(read));
        }
    }

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void Its_JSON_keys_read_back_through_the_public_contract(string key)
    {
        foreach (var question in pack.Questions(TypeOf(key)))
        {
            var written = ContentJsonExporter.Question(question);
            Assert.NotNull(written.TypeFields);
            Assert.NotEmpty(written.TypeFields);

            string json = Json(question);
            var read = JsonSerializer.Deserialize(json, PublicJson.Default.QuestionJson)!;

            Assert.Equal(key, read.Type);
            Assert.Equal(written.TypeFields.Keys, read.TypeFields!.Keys);
            Assert.Equal(json, JsonSerializer.Serialize(read, PublicJson.Default.QuestionJson));
        }
    }

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void Its_GIFT_writer_writes_it_and_GIFT_reads_back_into_it_where_GIFT_has_the_type(string key)
    {
        var type = TypeOf(key);
        foreach (var question in pack.Questions(type))
        {
            var export = GiftWriter.Write([question]);

            Assert.True(export.Text.Contains("::" + question.Id + "::", StringComparison.Ordinal) || export.Notes.Any(n => n.Message.Contains(question.Id, StringComparison.Ordinal)),
                $"GIFT for {question.Id}: neither written nor noted\n{export.Text}");
            if (type.ReadsGift is null)
                continue;
            var import = GiftReader.Read(export.Text, "round-trip.gift");
            var read = Assert.Single(import.Questions);
            Assert.Equal(type, read.Type);
            Assert.Equal(question.Id, read.Id);
        }
    }

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void A_run_presents_its_options_in_some_order_of_all_of_them(string key)
    {
        var type = TypeOf(key);
        foreach (var question in pack.Questions(type))
        {
            var shown = type.Present(question, new Random(5));

            Assert.Same(question, shown.Question);
            Assert.True(shown.OptionOrder.Count == 0 || shown.OptionOrder.Order().SequenceEqual(Enumerable.Range(0, shown.OptionOrder.Count)));
            Assert.True(shown.EvidenceOrder.Count == 0 || shown.EvidenceOrder.Order().SequenceEqual(Enumerable.Range(0, shown.EvidenceOrder.Count)));
        }
    }

    private static string Json(Question question) => JsonSerializer.Serialize(ContentJsonExporter.Question(question), PublicJson.Default.QuestionJson);
}
