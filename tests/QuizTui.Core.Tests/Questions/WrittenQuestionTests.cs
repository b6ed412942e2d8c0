using QuizTui.Core.Gift;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Core.Tests.Authoring;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// Written questions: the share of the checklist ticked is the score; the text typed is kept in
/// the answer (and in the answer log) whatever happens to it; GIFT carries them as essays, with
/// the model answer and the checklist in comments, and reads them back.
/// </summary>
public sealed class WrittenQuestionTests
{
    private static readonly WrittenQuestion Question = new(
        "why-reverse", "Why did the company change course?", "The first key point.", Skill.Inference, ["first-report"], SourceLocation.None,
        "Staff objected in public,\nand the chief executive reversed the decision.",
        ["Names the staff protest.", "Names who reversed the decision.", "Says when: the same afternoon.", "Attributes the reason to the company."]);

    private static PresentedQuestion Shown => WrittenType.Instance.Present(Question, new Random(1));

    [Theory]
    [InlineData(new[] { 0, 1, 2, 3 }, 1.0, Verdict.Right)]
    [InlineData(new[] { 0, 2, 3 }, 0.75, Verdict.Partial)]
    [InlineData(new[] { 1 }, 0.25, Verdict.Partial)]
    [InlineData(new int[0], 0.0, Verdict.Wrong)]
    [InlineData(new[] { 1, 1, 7, -1 }, 0.25, Verdict.Partial)]
    public void The_score_is_the_share_of_the_checklist_ticked(int[] ticked, double score, Verdict verdict)
    {
        var grade = Question.Grade(new WrittenAnswer("My answer.", ticked));

        Assert.Equal(score, grade.Score, 6);
        Assert.Equal(verdict, grade.Verdict);
    }

    [Fact]
    public void Text_never_checked_counts_as_skipped_and_is_kept_as_the_answer()
    {
        var left = new WrittenAnswer("Half a thought", null);

        Assert.Equal(Verdict.Skipped, Question.Grade(left).Verdict);
        Assert.Equal(0, Question.Grade(left).Score);
        Assert.Equal("Half a thought", Question.DescribeAnswer(left));
        Assert.Equal(Question.ModelAnswer, Question.DescribeCorrectAnswer());
    }

    [Theory]
    [InlineData("One line.", new[] { 0, 2 })]
    [InlineData("Two lines:\nwith a colon: and more", new int[0])]
    [InlineData("", new[] { 1 })]
    public void A_written_answer_is_stored_with_its_text_and_ticks_and_read_back_the_same(string text, int[] ticked)
    {
        var answer = new WrittenAnswer(text, ticked);

        Assert.True(Answer.TryDecode(answer.Encode(), out var read));

        var written = Assert.IsType<WrittenAnswer>(read);
        Assert.Equal(text, written.Text);
        Assert.Equal(ticked, written.Ticked);
        Assert.Equal(answer, read);
    }

    [Fact]
    public void Text_never_checked_is_stored_apart_from_text_checked_with_no_tick()
    {
        Assert.True(Answer.TryDecode(new WrittenAnswer("a: b", null).Encode(), out var leftUnchecked));
        Assert.True(Answer.TryDecode(new WrittenAnswer("a: b", []).Encode(), out var noTicks));

        Assert.False(((WrittenAnswer)leftUnchecked).IsChecked);
        Assert.True(((WrittenAnswer)noTicks).IsChecked);
        Assert.NotEqual(leftUnchecked, noTicks);
    }

    [Fact]
    public void Text_skipped_is_stored_apart_from_text_left_while_typing_and_only_the_latter_is_resumed()
    {
        Assert.True(Answer.TryDecode(new WrittenAnswer("a: b", null, Skipped: true).Encode(), out var skipped));
        Assert.True(Answer.TryDecode(new WrittenAnswer("a: b", null).Encode(), out var left));

        Assert.Equal(new WrittenAnswer("a: b", null, Skipped: true), skipped);
        Assert.NotEqual(skipped, left);
        Assert.False(skipped.IsWorkToResume);
        Assert.True(left.IsWorkToResume);
        Assert.False(new WrittenAnswer("a: b", [0]).IsWorkToResume);
        Assert.False(SkippedAnswer.Instance.IsWorkToResume);
    }

    [Fact]
    public void The_text_is_fixed_once_submitted_and_the_checklist_only_then_takes_ticks()
    {
        var state = new WrittenState(Shown, Question.ModelAnswer, Question.Checklist);
        Assert.False(state.Toggle(0));
        Assert.False(state.Submit());
        Assert.Null(state.Finish());

        Assert.True(state.Edit("Staff objected.\r\nThe CEO reversed it.  "));
        Assert.True(state.Submit());

        Assert.Equal("Staff objected.\nThe CEO reversed it.", state.Text);
        Assert.False(state.Edit("Something better, now that I have seen the model answer."));
        Assert.True(state.Toggle(1));
        Assert.True(state.Toggle(0));
        Assert.True(state.Toggle(1));
        Assert.Equal(new WrittenAnswer("Staff objected.\nThe CEO reversed it.", [0]), state.Finish());
    }

    [Fact]
    public void Control_characters_typed_or_pasted_do_not_reach_the_text()
    {
        var state = new WrittenState(Shown, Question.ModelAnswer, Question.Checklist);

        state.Edit("a\tb\u001b[31mc\u0007\nd");

        Assert.Equal("a b[31mc\nd", state.Text);
    }

    [Fact]
    public void Text_left_leftUncheckedis_kept_and_put_back_on_the_next_visit()
    {
        var first = new WrittenState(Shown, Question.ModelAnswer, Question.Checklist);
        Assert.Null(first.Unfinished);
        first.Edit("Staff objected");
        var kept = first.Unfinished;
        Assert.Equal(new WrittenAnswer("Staff objected", null), kept);

        var again = new WrittenState(Shown, Question.ModelAnswer, Question.Checklist);
        Assert.True(again.Resume(kept!));

        Assert.Equal("Staff objected", again.Text);
        Assert.False(again.Resume(new WrittenAnswer("other", [0])));
    }

    [Fact]
    public void A_resumed_run_asks_a_question_left_mid_typing_again_with_its_text()
    {
        var result = BasePack.WithQuiz("written", WrittenQuiz);
        Assert.False(result.HasErrors, BasePack.Errors(result));
        var newsEvent = result.Library.Events.Single();
        var quiz = newsEvent.FindQuiz("written-quiz")!;
        var store = new InMemoryScoreStore();
        var session = QuizSessionBuilder.Start(newsEvent, quiz, 3, DateTimeOffset.UnixEpoch);
        var attempt = Runs.Start(store, "ana", session);
        var state = session.Current!.Question.Type.NewAnswerState(session.Current);
        ((WrittenState)state).Edit("The staff protested");

        Runs.Answer(store, attempt, session, state.Unfinished!, TimeSpan.FromSeconds(30), DateTimeOffset.UnixEpoch.AddMinutes(1));
        var stored = Assert.Single(store.AnswersOf(attempt.Id));
        Assert.Equal("skipped", stored.Verdict.ToString().ToLowerInvariant());
        Assert.Equal("The staff protested", stored.AnswerText);

        var resumed = Runs.Resume(newsEvent, attempt, store.AnswersOf(attempt.Id))!;

        Assert.Equal(0, resumed.CurrentIndex);
        var again = resumed.Current!.Question.Type.NewAnswerState(resumed.Current);
        Assert.True(again.Resume(resumed.UnfinishedFor(resumed.Current)!));
        Assert.Equal("The staff protested", ((WrittenState)again).Text);
    }

    [Fact]
    public void GIFT_carries_it_as_an_essay_with_the_model_answer_and_checklist_in_comments_and_reads_it_back()
    {
        var export = GiftWriter.Write([Question]);

        Assert.Contains("// model-answer: Staff objected in public,\n// model-answer: and the chief executive reversed the decision.\n", export.Text, StringComparison.Ordinal);
        Assert.Contains("// checklist: Names the staff protest.\n", export.Text, StringComparison.Ordinal);
        Assert.Contains("::why-reverse::Why did the company change course? {\n  ####The first key point.\n}", export.Text, StringComparison.Ordinal);
        var note = Assert.Single(export.Notes);
        Assert.Contains("essay", note.Message, StringComparison.Ordinal);
        Assert.Contains("by hand", note.Message, StringComparison.Ordinal);

        var import = GiftReader.Read(export.Text, "round-trip.gift");

        var read = Assert.IsType<WrittenQuestion>(Assert.Single(import.Questions));
        Assert.Equal(Question.ModelAnswer, read.ModelAnswer);
        Assert.Equal(Question.Checklist, read.Checklist);
        Assert.Equal(Question.Explanation, read.Explanation);
        Assert.Equal(Question.Skill, read.Skill);
        Assert.Equal(Question.ArticleIds, read.ArticleIds);
        Assert.Empty(import.Notes);
    }

    [Fact]
    public void A_Moodle_essay_with_a_checklist_takes_its_general_feedback_as_the_model_answer()
    {
        const string gift = """
            // checklist: Names the protest.
            // checklist: Names the reversal.
            ::opinion::Why did the company change course? {
              ####Because staff protested and the CEO reversed it.
            }
            """;

        var import = GiftReader.Read(gift, "week3.gift");

        var read = Assert.IsType<WrittenQuestion>(Assert.Single(import.Questions));
        Assert.Equal("Because staff protested and the CEO reversed it.", read.ModelAnswer);
        Assert.Null(read.Explanation);
        Assert.Equal(["Names the protest.", "Names the reversal."], read.Checklist);
        Assert.Contains(import.Notes, n => n.Line == 3 && n.Message.Contains("general feedback (####) is taken as the model answer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Moodle_essay_without_a_checklist_is_not_converted_and_the_note_says_how_to_add_one()
    {
        var import = GiftReader.Read("::opinion::What do you think? {}\n", "week3.gift");

        Assert.Empty(import.Questions);
        var note = Assert.Single(import.Notes);
        Assert.Equal(1, note.Line);
        Assert.Contains("// checklist:", note.Message, StringComparison.Ordinal);
    }

    private const string WrittenQuiz = """
        id: written-quiz
        kind: comprehension
        title: In your words
        article: first-report
        questions:
          - id: written-why
            type: written
            prompt: Why did the company change course?
            skill: inference
            explanation: The first key point.
            model_answer: Staff objected in public, and the chief executive reversed the decision.
            checklist:
              - Names the staff protest.
              - Names who reversed the decision.
        """;
}
