using QuizTui.App.Tests.Support;
using QuizTui.App.Tui.Views;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>From a question, the article it is about; back to the question as the learner left it.</summary>
public class OpenArticleTests
{
    private static (Navigator Nav, QuizModel Quiz, InMemoryScoreStore Store, FixedClock Clock) Start(ContentLibrary? library = null, int quiz = 0)
    {
        var store = new InMemoryScoreStore();
        var clock = new FixedClock(FixedClock.TestDay);
        var context = Sample.Context(library, store, clock);
        var e = context.Library.Events[0];
        var nav = new Navigator(new HomeModel(context), context.Keys);
        var run = QuizModel.Start(context, e, e.Quizzes[quiz]);
        nav.Open(run);
        return (nav, run, store, clock);
    }

    private static void SkipTo<T>(QuizModel quiz)
        where T : Question
    {
        while (quiz.Shown!.Question is not T)
        {
            quiz.Handle(UiCommand.Skip);
            quiz.Handle(UiCommand.Accept);
        }
    }

    [Fact]
    public void The_article_opens_over_the_question_and_Esc_comes_back_with_the_typed_answer_kept()
    {
        var (nav, quiz, store, clock) = Start();
        SkipTo<ShortAnswerQuestion>(quiz);
        int answered = quiz.Session.AnsweredCount;
        foreach (char c in "Acm")
            quiz.Handle(Input.Typed(c));
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.IsType<OpenOutcome>(nav.Handle(UiCommand.OpenArticle));
        var article = Assert.IsType<ArticleModel>(nav.Current);
        Assert.True(article.FromQuestion);
        Assert.Equal("paper-a", article.Article.Id);
        string page = article.Body().ToString();
        Assert.Contains($"Opened from question {quiz.Number} of 8: Esc goes back to it, with your answer as you left it.", page);
        Assert.Contains("Staff signed a letter.", page);
        // Read over the quiz: the article offers no quiz of its own.
        Assert.Null(article.Quiz);
        Assert.DoesNotContain(article.Keys, k => k.Command == UiCommand.StartQuiz);
        Assert.DoesNotContain("Take this article's quiz", page);
        clock.Advance(TimeSpan.FromSeconds(40));

        nav.Handle(UiCommand.Back);
        Assert.Same(quiz, nav.Current);
        Assert.Contains("> Acm", quiz.Body().ToString());
        Assert.Equal(answered, quiz.Session.AnsweredCount);
        Assert.DoesNotContain(store.AnswersOf(quiz.Attempt.Id), a => a.Verdict != Verdict.Skipped);

        quiz.Handle(Input.Typed('e'));
        quiz.Handle(UiCommand.Accept);
        Assert.True(quiz.LastAnswer!.Grade.IsRight);
        // The question's clock ran on from when it was shown: reading is time spent on it.
        Assert.Equal(TimeSpan.FromSeconds(60), store.AnswersOf(quiz.Attempt.Id).Last().TimeTaken);
    }

    [Fact]
    public void Ticks_and_a_cursor_are_kept_too()
    {
        var (nav, quiz, _, _) = Start();
        SkipTo<MultipleAnswersQuestion>(quiz);
        quiz.Handle(Input.PickAt(1));
        quiz.Handle(UiCommand.Down);
        quiz.Handle(UiCommand.Down);
        string before = quiz.Body().ToString();
        int? cursor = quiz.Selected;

        nav.Handle(UiCommand.OpenArticle);
        nav.Handle(UiCommand.Back);

        Assert.Equal(before, quiz.Body().ToString());
        Assert.Equal(cursor, quiz.Selected);
    }

    [Fact]
    public void The_quiz_status_bar_names_the_key_from_the_bindings()
    {
        var (_, quiz, _, _) = Start();
        var key = Assert.Single(quiz.Keys, k => k.Command == UiCommand.OpenArticle);
        Assert.Equal("F2 article", $"{StatusLine.KeysOf(key, AppKeys.Default)} {key.What}");
        quiz.Handle(UiCommand.Skip);
        Assert.Contains(quiz.Keys, k => k.Command == UiCommand.OpenArticle);
    }

    [Fact]
    public void A_question_about_several_articles_opens_the_first_and_turns_to_the_others()
    {
        var e = Sample.Event();
        var quiz = (ComprehensionQuiz)e.Quizzes[0];
        var both = quiz.Questions[0] with { ArticleIds = ["paper-a", "paper-b"] };
        var library = new ContentLibrary([e with { Quizzes = [quiz with { Questions = [both] }] }]);
        var (nav, _, _, _) = Start(library);

        nav.Handle(UiCommand.OpenArticle);
        var article = Assert.IsType<ArticleModel>(nav.Current);
        Assert.Equal("paper-a", article.Article.Id);
        Assert.Contains("The question is about 2 articles; this is 1 of 2. ←→ for the others.", article.Body().ToString());
        Assert.Contains(article.Keys, k => k.Command == UiCommand.Right && k.What == "other article");

        Assert.Equal(Outcome.Changed, nav.Handle(UiCommand.Right));
        Assert.Equal("paper-b", article.Article.Id);
        Assert.Contains("this is 2 of 2", article.Body().ToString());
        Assert.Equal(Outcome.Ignored, nav.Handle(UiCommand.Right));
        nav.Handle(UiCommand.Left);
        Assert.Equal("paper-a", article.Article.Id);
        nav.Handle(UiCommand.Back);
        Assert.IsType<QuizModel>(nav.Current);
    }

    [Fact]
    public void A_who_said_what_question_opens_its_article_only_once_answered_since_the_article_names_the_speaker()
    {
        var (nav, quiz, _, _) = Start(quiz: 1);
        Assert.False(quiz.CanOpenArticle);
        Assert.DoesNotContain(quiz.Keys, k => k.Command == UiCommand.OpenArticle);
        Assert.Equal(Outcome.Ignored, nav.Handle(UiCommand.OpenArticle));
        Assert.Same(quiz, nav.Current);

        quiz.Handle(Input.PickAt(0));
        Assert.True(quiz.CanOpenArticle);
        nav.Handle(UiCommand.OpenArticle);
        var article = Assert.IsType<ArticleModel>(nav.Current);
        Assert.Equal(((WhoSaidWhatQuestion)quiz.Shown!.Question).Quotation.ArticleId, article.Article.Id);
        nav.Handle(UiCommand.Back);
        Assert.True(quiz.ShowingFeedback);
    }

    [Fact]
    public void While_quitting_is_being_confirmed_the_key_does_nothing()
    {
        var (nav, quiz, _, _) = Start();
        nav.Handle(UiCommand.Back);
        Assert.True(quiz.IsConfirmingQuit);
        Assert.Equal(Outcome.Ignored, nav.Handle(UiCommand.OpenArticle));
        Assert.Same(quiz, nav.Current);
    }
}
