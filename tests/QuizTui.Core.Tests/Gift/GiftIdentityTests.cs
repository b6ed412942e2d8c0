using QuizTui.Core.Authoring;
using QuizTui.Core.Gift;
using QuizTui.Core.Model;
using QuizTui.Core.Questions;
using QuizTui.Core.Tests.Questions;

namespace QuizTui.Core.Tests.Gift;

/// <summary>
/// A quiz that goes to Moodle as GIFT and comes back keeps its questions' ids (so students' history
/// carries on) and everything GIFT can carry, numeric units included; an id that has to change is
/// reported.
/// </summary>
public sealed class GiftIdentityTests(DocsExamplePack pack) : IClassFixture<DocsExamplePack>
{
    public static TheoryData<string> TypeKeys() => DocsExamplePack.TypeKeys();

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void Writing_reading_and_writing_again_gives_the_same_yaml(string key)
    {
        var type = QuestionTypes.All.Single(t => t.Key == key);
        var examples = pack.Questions(type);
        Assert.NotEmpty(examples);
        foreach (var question in examples)
        {
            var once = GiftReader.Read(GiftWriter.Write([question]).Text, "once.gift");
            var twice = GiftReader.Read(GiftWriter.Write(once.Questions).Text, "twice.gift");

            Assert.DoesNotContain(once.Notes, n => n.Message.Contains("renamed", StringComparison.Ordinal));
            Assert.NotEmpty(once.Questions);
            if (once.Questions is [{ } only] && only.Type == type)
            {
                // GIFT has this type: the question comes back as it was.
                Assert.Equal(Yaml([question]), Yaml(once.Questions));
            }
            // Types GIFT lacks are converted once (ordering to matching, evidence to two questions);
            // after that the round trip changes nothing.
            Assert.Equal(Yaml(once.Questions), Yaml(twice.Questions));
        }
    }

    [Fact]
    public void A_numeric_unit_comes_back_as_the_unit_not_as_part_of_the_prompt()
    {
        var numeric = new NumericQuestion("spaces", "How many parking spaces?", null, Skill.Detail, [], SourceLocation.None, 120, 5, "parking spaces");

        var back = Assert.IsType<NumericQuestion>(Assert.Single(GiftReader.Read(GiftWriter.Write([numeric]).Text).Questions));

        Assert.Equal("parking spaces", back.Unit);
        Assert.Equal("How many parking spaces?", back.Prompt);
    }

    /// <summary>
    /// Moodle keeps a question's ID number (<c>// [id:…]</c>) and name but not our other comments; it
    /// writes its own comments, [html] text, and the questions in its own order.
    /// </summary>
    [Fact]
    public void A_file_exported_again_by_Moodle_with_questions_reordered_and_renamed_keeps_every_id()
    {
        var original = pack.Loaded.Library.Events.SelectMany(e => e.Quizzes).OfType<ComprehensionQuiz>()
            .SelectMany(q => q.Questions).Where(q => q is SingleChoiceQuestion or TrueFalseQuestion or NumericQuestion or ShortAnswerQuestion).ToList();
        Assert.True(original.Count >= 3);
        string ours = GiftWriter.Write(original).Text;

        string fromMoodle = AsMoodleExportsIt(ours);

        var back = GiftReader.Read(fromMoodle, "moodle.gift");
        Assert.DoesNotContain(back.Notes, n => n.Message.Contains("renamed", StringComparison.Ordinal));
        Assert.Equal(original.Select(q => q.Id).Order(), back.Questions.Select(q => q.Id).Order());
        Assert.Contains(back.Questions, q => q.Id == original[0].Id);
        Assert.Equal(original[^1].Id, back.Questions[0].Id);
    }

    [Fact]
    public void Without_its_id_comment_a_question_keeps_the_id_in_its_name_and_a_renamed_one_gets_an_id_from_the_new_name()
    {
        const string gift = """
            ::first-who-reversed::Who reversed the decision? {=The chief executive ~The board}

            ::Who announced it::Who announced the decision? {=The chief executive ~The board}
            """;

        var back = GiftReader.Read(gift, "hand.gift");

        Assert.Equal(["first-who-reversed", "who-announced-it"], back.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Every_id_changed_because_it_was_taken_is_listed_in_the_notes()
    {
        const string gift = """
            // [id:contract-value]
            ::contract-value::What was the contract worth? {#2.5}

            // [id:contract-value]
            ::contract-value::What was it worth in the second report? {#3}

            // [id:who-reversed]
            ::who-reversed::Who reversed it? {=The chief executive ~The board}
            """;

        var back = GiftReader.Read(gift, "clash.gift", reservedIds: ["who-reversed"]);

        Assert.Equal(["contract-value", "contract-value-2", "who-reversed-2"], back.Questions.Select(q => q.Id));
        Assert.Equal(
            [
                "clash.gift:5: warning: question \"contract-value\": id \"contract-value\" is already used by an earlier question in the file; renamed \"contract-value-2\"",
                "clash.gift:8: warning: question \"who-reversed\": id \"who-reversed\" is already used by the event; renamed \"who-reversed-2\"",
            ],
            back.Notes.Select(n => n.ToString()));
    }

    private static string Yaml(IReadOnlyList<Question> questions) =>
        QuizYamlWriter.Write(new ComprehensionQuiz("round-trip", "Round trip", null, SourceLocation.None, null, questions), new QuizYamlOptions { SchemaPath = null });

    /// <summary>
    /// What a Moodle export of our file looks like: only the <c>[id:]</c> comments survive, each
    /// question gets Moodle's own comment and a name edited by the teacher, its text is [html],
    /// and the questions come in the reverse order.
    /// </summary>
    private static string AsMoodleExportsIt(string gift)
    {
        var blocks = gift.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Reverse()
            .Select((block, n) =>
            {
                var lines = block.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal) || l.StartsWith("// [id:", StringComparison.Ordinal)).ToList();
                int title = lines.FindIndex(l => l.StartsWith("::", StringComparison.Ordinal));
                int end = lines[title].IndexOf("::", 2, StringComparison.Ordinal);
                lines[title] = $"::Question {n + 1} (edited)::[html]" + lines[title][(end + 2)..];
                lines.Insert(0, $"// question: {1000 + n}  name: Question {n + 1} (edited)");
                return string.Join('\n', lines);
            });
        return "// Exported from Moodle\n$CATEGORY: $course$/top/Default\n\n" + string.Join("\n\n", blocks) + "\n";
    }
}
