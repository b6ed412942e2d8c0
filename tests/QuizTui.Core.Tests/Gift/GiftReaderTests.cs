using QuizTui.Core.Gift;
using QuizTui.Core.Model;

namespace QuizTui.Core.Tests.Gift;

public class GiftReaderTests
{
    private static GiftImport Read(string gift) => GiftReader.Read(gift, "week.gift");

    private static T Single<T>(string gift) where T : Question
    {
        var result = Read(gift);
        return Assert.IsType<T>(Assert.Single(result.Questions));
    }

    [Fact]
    public void Single_choice_with_title_feedback_and_general_feedback()
    {
        var q = Single<SingleChoiceQuestion>("""
            ::Who announced it::Who announced the change first? {
              =The mayor #Yes, in the morning briefing.
              ~The council #The council met later.
              ~A reporter
              ####The second paragraph names the mayor.
            }
            """);
        Assert.Equal("who-announced-it", q.Id);
        Assert.Equal("Who announced the change first?", q.Prompt);
        Assert.Equal(["The mayor", "The council", "A reporter"], q.Choices.Select(c => c.Text));
        Assert.Equal(0, q.CorrectIndex);
        Assert.Equal("Yes, in the morning briefing.", q.Choices[0].Feedback);
        Assert.Null(q.Choices[2].Feedback);
        Assert.Equal("The second paragraph names the mayor.", q.Explanation);
        Assert.Equal(Skill.Detail, q.Skill);
        Assert.Equal(1, q.Location.Line);
    }

    [Fact]
    public void Comments_are_skipped_and_blank_lines_separate_questions()
    {
        var result = Read("""
            // A comment about the file
            ::one::First? {=yes ~no}

            // another comment
            ::two::Second?
            on two lines {=yes ~no}
            """);
        Assert.Equal(["one", "two"], result.Questions.Select(q => q.Id));
        Assert.Equal("Second? on two lines", result.Questions[1].Prompt);
        Assert.Equal(5, result.Questions[1].Location.Line);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Escaped_special_characters_are_text()
    {
        var q = Single<SingleChoiceQuestion>(@"::esc::What does a\{b\} mean\: a \~ b \= c \# d? {=it is 50\% \= half ~nothing\\else}");
        Assert.Equal("What does a{b} mean: a ~ b = c # d?", q.Prompt);
        Assert.Equal(@"it is 50\% = half", q.Choices[0].Text);
        Assert.Equal(@"nothing\else", q.Choices[1].Text);
    }

    [Fact]
    public void Escaped_newline_is_a_line_break()
    {
        var q = Single<TrueFalseQuestion>(@"First line\nSecond line {T}");
        Assert.Equal("First line\nSecond line", q.Prompt);
    }

    [Fact]
    public void Multiple_answers_with_equal_weights_convert_without_a_note()
    {
        var result = Read("Which did the report name? {~%50%the date ~%50%the place ~%-50%the price}");
        var q = Assert.IsType<MultipleAnswersQuestion>(Assert.Single(result.Questions));
        Assert.Equal([true, true, false], q.Choices.Select(c => c.IsCorrect));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Multiple_answers_with_unequal_weights_are_reported()
    {
        var result = Read("\n\nWhich? {~%70%a ~%30%b ~%-100%c}");
        var q = Assert.IsType<MultipleAnswersQuestion>(Assert.Single(result.Questions));
        Assert.Equal([true, true, false], q.Choices.Select(c => c.IsCorrect));
        var note = Assert.Single(result.Notes);
        Assert.StartsWith("week.gift:3: warning: weights 70%, 30%, -100%", note.ToString());
        Assert.Contains("not expressible", note.Message);
        Assert.Contains("equal share", note.Message);
    }

    [Theory]
    [InlineData("{T}", true)]
    [InlineData("{TRUE}", true)]
    [InlineData("{F}", false)]
    [InlineData("{FALSE}", false)]
    [InlineData("{false}", false)]
    public void True_false_forms(string block, bool answer)
    {
        var q = Single<TrueFalseQuestion>($"The vote was held on a Monday. {block}");
        Assert.Equal(answer, q.Answer);
        Assert.Equal("The vote was held on a Monday.", q.Prompt);
    }

    [Fact]
    public void True_false_feedback_is_kept_in_the_explanation_and_reported()
    {
        var result = Read("It rained. {F#Look again at the weather line.#Right, it was dry.####The report says it was dry.}");
        var q = Assert.IsType<TrueFalseQuestion>(Assert.Single(result.Questions));
        Assert.False(q.Answer);
        Assert.Equal("The report says it was dry.\nLook again at the weather line.\nRight, it was dry.", q.Explanation);
        Assert.Contains("true/false feedback", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void Short_answer_lists_accepted_answers()
    {
        var q = Single<ShortAnswerQuestion>("Which city hosted the summit? {=Geneva =Genève}");
        Assert.Equal(["Geneva", "Genève"], q.Accepted);
    }

    [Fact]
    public void Short_answers_that_differ_only_in_case_or_punctuation_are_kept_once()
    {
        // Both Moodle and QuizTui ignore case here; keeping both would only earn a QT412 warning.
        var q = Single<ShortAnswerQuestion>("Who leads the fire service? {=Varga =varga =VARGA. =Tomas Varga}");
        Assert.Equal(["Varga", "Tomas Varga"], q.Accepted);
    }

    [Fact]
    public void Short_answer_partial_credit_and_feedback_are_reported()
    {
        var result = Read("Name the city. {=Geneva #Yes =%50%Switzerland}");
        var q = Assert.IsType<ShortAnswerQuestion>(Assert.Single(result.Questions));
        Assert.Equal(["Geneva"], q.Accepted);
        Assert.Equal(2, result.Notes.Count);
        Assert.Contains(result.Notes, n => n.Message.Contains("\"Switzerland\" (50%) not converted"));
        Assert.Contains(result.Notes, n => n.Message.Contains("feedback \"Yes\""));
    }

    [Fact]
    public void Numeric_with_tolerance()
    {
        var q = Single<NumericQuestion>("How many staff signed the letter? {#120:10}");
        Assert.Equal(120m, q.Answer);
        Assert.Equal(10m, q.Tolerance);
    }

    [Fact]
    public void Numeric_range_becomes_middle_and_tolerance()
    {
        var q = Single<NumericQuestion>("Pick a year in the decade. {#1990..2000}");
        Assert.Equal(1995m, q.Answer);
        Assert.Equal(5m, q.Tolerance);
    }

    [Fact]
    public void Numeric_exact_and_negative_and_decimal()
    {
        Assert.Equal(-2.5m, Single<NumericQuestion>("Change? {#-2.5}").Answer);
        Assert.Equal(0m, Single<NumericQuestion>("Change? {#-2.5}").Tolerance);
    }

    [Fact]
    public void Numeric_with_several_answers_keeps_the_full_credit_one_and_reports_the_rest()
    {
        var result = Read("""
            ::turnout::What was the turnout in percent? {#
              =62:1 #Right.
              =%50%62:5
            }
            """);
        var q = Assert.IsType<NumericQuestion>(Assert.Single(result.Questions));
        Assert.Equal(62m, q.Answer);
        Assert.Equal(1m, q.Tolerance);
        Assert.Equal(2, result.Notes.Count);
        Assert.Equal(2, result.Notes[0].Line);
        Assert.Equal(3, result.Notes[1].Line);
        Assert.Contains("62:5 (50%) not converted", result.Notes[1].Message);
    }

    [Fact]
    public void Matching_pairs()
    {
        var q = Single<MatchingQuestion>("""
            ::who-what::Match each person with their role. {
              =Ana Ruiz -> mayor
              =Tom Berg -> reporter
              =Li Wen -> lawyer
            }
            """);
        Assert.Equal([new MatchPair("Ana Ruiz", "mayor"), new MatchPair("Tom Berg", "reporter"), new MatchPair("Li Wen", "lawyer")], q.Pairs);
    }

    [Fact]
    public void Matching_extra_right_answer_is_reported()
    {
        var result = Read("Match. {=a -> 1 =b -> 2 = -> 3}");
        Assert.Equal(2, Assert.IsType<MatchingQuestion>(Assert.Single(result.Questions)).Pairs.Count);
        Assert.Contains("extra right-hand answer \"3\" not converted", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void Essay_and_description_are_not_converted_with_their_lines()
    {
        var result = Read("""
            ::intro::Read the article before you start.

            // essay
            ::opinion::What did you think of the coverage? {}
            """);
        Assert.Empty(result.Questions);
        Assert.Equal(["week.gift:1: warning: description \"intro\" not converted", "week.gift:4: warning: essay question \"opinion\" not converted"],
            result.Notes.Select(n => n.ToString()[..n.ToString().IndexOf(':', n.ToString().IndexOf("warning", StringComparison.Ordinal) + 9)]));
    }

    [Fact]
    public void Category_is_reported_and_questions_still_read()
    {
        var result = Read("$CATEGORY: $course$/Week 3\n\nA? {=x ~y}");
        Assert.Single(result.Questions);
        Assert.Equal(1, Assert.Single(result.Notes).Line);
        Assert.Contains("category \"$course$/Week 3\" not converted", result.Notes[0].Message);
    }

    [Fact]
    public void Html_is_converted_as_plain_text_with_a_note()
    {
        var result = Read("[html]<p>Who wrote the <b>first</b> report &amp; when?</p> {=Ana ~Tom}");
        var q = Assert.IsType<SingleChoiceQuestion>(Assert.Single(result.Questions));
        Assert.Equal("Who wrote the first report & when?", q.Prompt);
        Assert.Contains("[html] text converted as plain text", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void Missing_word_question_marks_the_gap()
    {
        var result = Read("The minister resigned on {=Tuesday ~Friday} after the vote.");
        var q = Assert.IsType<SingleChoiceQuestion>(Assert.Single(result.Questions));
        Assert.Equal("The minister resigned on _____ after the vote.", q.Prompt);
        Assert.Contains("missing-word", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void Several_equals_in_a_choice_question_become_multiple_answers_with_a_note()
    {
        var result = Read("Which? {=a =b ~c}");
        Assert.IsType<MultipleAnswersQuestion>(Assert.Single(result.Questions));
        Assert.Contains("converted to multiple-answers", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void Ids_without_titles_come_from_the_prompt_and_are_unique()
    {
        var result = Read("::Q1::A? {T}\n\n::Q1::B? {F}\n\nWhen did the strike end? {T}");
        Assert.Equal(["q1", "q1-2", "when-did-the-strike-end"], result.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Reserved_ids_are_avoided()
    {
        var result = GiftReader.Read("::Q1::A? {T}", "x.gift", ["q1"]);
        Assert.Equal("q1-2", Assert.Single(result.Questions).Id);
    }

    [Fact]
    public void Skills_default_to_detail_and_are_marked_for_review_unless_a_comment_gives_them()
    {
        var result = Read("// skill: inference\n// articles: first-report\n::a::A? {T}\n\n::b::B? {T}");
        Assert.Equal(Skill.Inference, result.Questions[0].Skill);
        Assert.Equal(["first-report"], result.Questions[0].ArticleIds);
        Assert.Equal(Skill.Detail, result.Questions[1].Skill);
        Assert.Equal(["b"], result.SkillsToReview);
    }

    [Fact]
    public void Unclosed_answer_block_is_reported()
    {
        var result = Read("::x::Broken {=a ~b");
        Assert.Empty(result.Questions);
        Assert.Contains("no closing }", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void Choice_question_without_a_right_answer_is_reported()
    {
        var result = Read("::x::Which? {~a ~b}");
        Assert.Empty(result.Questions);
        Assert.Contains("no answer is marked right", Assert.Single(result.Notes).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("::")]
    [InlineData("::::")]
    [InlineData("{#}")]
    [InlineData("{#..}")]
    [InlineData("{#1..}")]
    [InlineData("{#=}")]
    [InlineData("{=}")]
    [InlineData("{~}")]
    [InlineData("{~%%}")]
    [InlineData("{~%abc%x =y}")]
    [InlineData("{=->}")]
    [InlineData("{= -> =->x}")]
    [InlineData("\\")]
    [InlineData("a\\")]
    [InlineData("[html]")]
    [InlineData("[html]<b {=a ~b}")]
    [InlineData("$CATEGORY:")]
    [InlineData("{#99999999999999999999999999999999999:1}")]
    [InlineData("{#1e400}")]
    [InlineData("\uFEFF\r\n\r\n::t::\r\nx {T#}")]
    [InlineData("{TRUE####}")]
    [InlineData("x {####}")]
    public void Odd_input_never_throws(string gift)
    {
        var result = GiftReader.Read(gift, "odd.gift");
        Assert.All(result.Notes, n => Assert.True(n.Line >= 1));
        Assert.All(result.Questions, q => Assert.True(Core.Authoring.IdSlug.IsValid(q.Id), $"question id '{q.Id}' is not a valid id"));
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "{}=~#:%->.0123456789abc \n\\/T$[]";
        for (int i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var result = GiftReader.Read(new string(chars), "fuzz.gift");
            Assert.All(result.Notes, n => Assert.True(n.Line >= 1, $"note without a line for input {new string(chars)}"));
            Assert.All(result.Questions, q => Assert.True(Core.Authoring.IdSlug.IsValid(q.Id), $"question id '{q.Id}' is not a valid id"));
        }
    }
}
