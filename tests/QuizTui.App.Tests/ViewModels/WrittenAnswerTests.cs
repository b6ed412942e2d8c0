using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.App.Tui.Screens;
using QuizTui.Presentation;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>
/// A written answer on the quiz screen: typed in an editor, submitted, marked against the
/// checklist, scored by the share ticked; and what the learner typed is never lost, whether they
/// open help, answer "no" to quitting, skip, leave the quiz, or resize the window.
/// </summary>
public sealed class WrittenAnswerTests
{
    private static readonly SourceLocation Here = new("test.yaml", 1, 1);

    private static readonly WrittenQuestion Question = new(
        "wr", "Why did Acme drop the contract?", "The summary gives the reason.", Skill.Inference, ["paper-a"], Here,
        "Staff objected, and Acme said it would not go ahead.",
        ["Names the staff's objection.", "Says Acme decided not to go ahead.", "Attributes the reason to Acme."]);

    private static (StudyContext Context, NewsEvent Event, InMemoryScoreStore Store) Setup()
    {
        var sample = Sample.Event();
        var quiz = new ComprehensionQuiz("written", "In your own words", null, Here, null, [Question]);
        var newsEvent = sample with { Quizzes = [quiz] };
        var store = new InMemoryScoreStore();
        return (Sample.Context(new ContentLibrary([newsEvent]), store), newsEvent, store);
    }

    [Fact]
    public void Typed_submitted_and_ticked_the_answer_scores_the_share_ticked_and_is_stored_with_its_text()
    {
        var (context, newsEvent, store) = Setup();
        var quiz = QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]);

        Assert.Equal(InputMode.Editor, quiz.Mode);
        Assert.Contains(quiz.Keys, k => k.Command == UiCommand.SubmitText);
        Assert.Equal("Ctrl+D", context.Keys.Label(UiCommand.SubmitText));
        Assert.True(quiz.Editing!.Edit("Staff objected.\nAcme backed out."));
        quiz.Handle(UiCommand.SubmitText);

        Assert.Null(quiz.Editing);
        Assert.Equal(InputMode.Choices, quiz.Mode);
        string checking = quiz.Body().ToString();
        Assert.Contains("Staff objected, and Acme said it would not go ahead.", checking, StringComparison.Ordinal);
        Assert.Contains("[ ]  1  Names the staff's objection.", checking, StringComparison.Ordinal);
        quiz.Handle(Input.PickAt(0));
        quiz.Handle(UiCommand.Down);
        quiz.Handle(UiCommand.Toggle);
        quiz.Handle(UiCommand.Accept);

        Assert.Equal(Verdict.Partial, quiz.LastAnswer!.Grade.Verdict);
        Assert.Equal(2 / 3.0, quiz.LastAnswer.Grade.Score, 6);
        string graded = quiz.Body().ToString();
        Assert.Contains("You ticked 2 of 3 points", graded, StringComparison.Ordinal);
        var stored = Assert.Single(store.AnswersOf(quiz.Attempt.Id));
        Assert.Equal("Staff objected.\nAcme backed out.", stored.AnswerText);
        Assert.Equal("written:0,1:Staff objected.\nAcme backed out.", stored.Answer);
        Assert.Equal(2 / 3.0, stored.Score, 6);
    }

    [Fact]
    public void Nothing_typed_cannot_be_submitted()
    {
        var (context, newsEvent, store) = Setup();
        var quiz = QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]);
        quiz.Editing!.Edit("   \n ");

        quiz.Handle(UiCommand.SubmitText);

        Assert.NotNull(quiz.Editing);
        Assert.Contains(Strings.WriteSomething, quiz.Body().ToString(), StringComparison.Ordinal);
        Assert.Empty(store.AnswersOf(quiz.Attempt.Id));
    }

    [Fact]
    public void The_text_survives_help_and_a_no_to_quitting()
    {
        var (context, newsEvent, _) = Setup();
        var quiz = QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]);
        var nav = new Navigator(quiz, AppKeys.Default);
        quiz.Editing!.Edit("Half an answer");

        nav.Handle(UiCommand.Help);
        nav.Handle(UiCommand.Back);
        nav.Handle(UiCommand.Back);
        Assert.True(quiz.IsConfirmingQuit);
        Assert.Null(quiz.Editing);
        Assert.Contains(Strings.TypedTextKept, quiz.Body().ToString(), StringComparison.Ordinal);
        nav.Handle(UiCommand.No);

        Assert.Same(quiz, nav.Current);
        Assert.Equal("Half an answer", quiz.Editing!.Text);
    }

    [Fact]
    public void Help_while_writing_lists_no_page_keys_since_they_move_in_the_answer()
    {
        var (context, newsEvent, _) = Setup();
        var quiz = QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]);
        var nav = new Navigator(quiz, AppKeys.Default);

        nav.Handle(UiCommand.Help);

        string help = nav.Current.Body().ToString();
        Assert.Contains("Ctrl+D", help, StringComparison.Ordinal);
        Assert.Contains("Ctrl+Q", help, StringComparison.Ordinal);
        Assert.DoesNotContain("PgUp", help, StringComparison.Ordinal);
        Assert.DoesNotContain(Strings.KeyScroll, help, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipping_keeps_the_text_with_the_skip()
    {
        var (context, newsEvent, store) = Setup();
        var quiz = QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]);
        quiz.Editing!.Edit("Not sure yet");

        quiz.Handle(UiCommand.Skip);

        Assert.Equal(Verdict.Skipped, quiz.LastAnswer!.Grade.Verdict);
        Assert.Contains(Strings.WrittenKept, quiz.Body().ToString(), StringComparison.Ordinal);
        var stored = Assert.Single(store.AnswersOf(quiz.Attempt.Id));
        Assert.Equal("Not sure yet", stored.AnswerText);
    }

    [Fact]
    public void A_question_skipped_with_text_typed_is_not_asked_again_when_the_run_is_resumed()
    {
        var sample = Sample.Event();
        var second = Question with { Id = "wr2", Prompt = "What did staff object to?" };
        var newsEvent = sample with { Quizzes = [new ComprehensionQuiz("written", "In your own words", null, Here, null, [Question, second])] };
        var store = new InMemoryScoreStore();
        var context = Sample.Context(new ContentLibrary([newsEvent]), store);
        var quiz = QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]);
        string skippedId = quiz.Session.Current!.Question.Id;
        quiz.Editing!.Edit("Not sure yet");
        quiz.Handle(UiCommand.Skip);
        quiz.Handle(UiCommand.Accept);
        quiz.Editing!.Edit("Half of the other one");

        quiz.Handle(UiCommand.Back);
        quiz.Handle(UiCommand.Yes);

        var attempt = Assert.Single(store.UnfinishedAttempts("tester"));
        Assert.Equal(1, Assert.Single(context.Tracker.Unfinished).Answered);
        var resumed = QuizModel.Resume(context, newsEvent, attempt)!;
        Assert.NotEqual(skippedId, resumed.Session.Current!.Question.Id);
        Assert.Equal("Half of the other one", resumed.Editing!.Text);
        // The skipped text stays in the log with its skip.
        Assert.Contains(store.AnswersOf(attempt.Id), a => a.QuestionId == skippedId && a.AnswerText == "Not sure yet" && a.Answer == "written:skip:Not sure yet");
    }

    [Fact]
    public void Leaving_the_quiz_mid_typing_keeps_the_text_and_resuming_puts_it_back_in_the_editor()
    {
        var (context, newsEvent, store) = Setup();
        var quiz = QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]);
        quiz.Editing!.Edit("Staff objected,\nand then");

        quiz.Handle(UiCommand.Back);
        var left = quiz.Handle(UiCommand.Yes);

        Assert.IsType<BackOutcome>(left);
        var attempt = Assert.Single(store.UnfinishedAttempts("tester"));
        Assert.Equal("Staff objected,\nand then", Assert.Single(store.AnswersOf(attempt.Id)).AnswerText);
        // Offered for resuming, with the question counted as not answered yet: only its text is kept.
        Assert.Equal(0, Assert.Single(context.Tracker.Unfinished).Answered);
        var offer = Assert.IsType<ResumeModel>(ResumeModel.Open(context, newsEvent, newsEvent.Quizzes[0]));
        Assert.Equal(0, offer.Answered);

        var resumed = QuizModel.Resume(context, newsEvent, attempt)!;

        Assert.Equal(InputMode.Editor, resumed.Mode);
        Assert.Equal("Staff objected,\nand then", resumed.Editing!.Text);
    }

    [Fact]
    public void On_screen_the_editor_shows_the_kept_text_again_after_help_and_a_resize()
    {
        var (context, newsEvent, _) = Setup();
        using var screen = new Headless(context, 80, 24);
        screen.Window.Navigator.Open(QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]));

        screen.Type("First line");
        screen.Press(Key.Enter);
        screen.Type("second line");
        screen.Resize(200, 60);
        screen.Press(Key.F1, Key.Esc);
        screen.Resize(80, 24);
        screen.Type(" and more");

        var quizScreen = Assert.IsType<QuizScreen>(screen.Window.Screen);
        Assert.Equal("First line\nsecond line and more", quizScreen.Editor!.State.Text);
        string shown = screen.Screen();
        Assert.Contains("│First line", shown, StringComparison.Ordinal);
        Assert.Contains("│second line and more", shown, StringComparison.Ordinal);
        Assert.Contains("Ctrl+D done writing", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checklist_stays_in_sight_when_the_window_shrinks_and_grows_while_it_is_ticked()
    {
        var (context, newsEvent, _) = Setup();
        // A long model answer pushes the checklist far down the screen.
        var longer = Question with { ModelAnswer = string.Join(" ", Enumerable.Repeat("Staff objected, and Acme said it would not go ahead.", 30)) };
        newsEvent = newsEvent with { Quizzes = [new ComprehensionQuiz("written", "In your own words", null, Here, null, [longer])] };
        using var screen = new Headless(context, 160, 45);
        screen.Window.Navigator.Open(QuizModel.Start(context, newsEvent, newsEvent.Quizzes[0]));
        screen.Type("Staff objected.");
        screen.Press(Key.D.WithCtrl);

        screen.Resize(80, 24);
        string small = screen.Screen();
        screen.Press(Key.D2);
        screen.Resize(160, 45);
        screen.Resize(60, 20);
        string smaller = screen.Screen();

        Assert.Contains("[ ]  1  Names the staff's objection.", small, StringComparison.Ordinal);
        Assert.Contains("[ ]  3  Attributes the reason to Acme.", small, StringComparison.Ordinal);
        Assert.Contains("[x]  2", smaller, StringComparison.Ordinal);
        Assert.Contains("[ ]  3", smaller, StringComparison.Ordinal);
    }
}
