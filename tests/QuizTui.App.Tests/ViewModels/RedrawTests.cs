using QuizTui.App.Tests.Support;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Tests.Progress;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>
/// A screen is drawn on every key, resize and tick; drawing it again must not ask the score store
/// anything. What a screen shows from the store is read once, when its data changes.
/// </summary>
public class RedrawTests
{
    private static (StudyContext Context, CountingScoreStore Store) Fresh()
    {
        var store = new CountingScoreStore();
        return (Sample.Context(store: store), store);
    }

    /// <summary>Leaves a run of the event's comprehension quiz unfinished with two answers.</summary>
    private static void LeaveUnfinished(StudyContext context)
    {
        var e = context.Library.Events[0];
        var quiz = QuizModel.Start(context, e, e.Quizzes[0]);
        for (int i = 0; i < 2; i++)
        {
            quiz.Handle(UiCommand.Skip);
            quiz.Handle(UiCommand.Accept);
        }
    }

    [Fact]
    public void Home_drawn_again_asks_the_store_nothing_even_with_an_unfinished_run_to_resume()
    {
        var (context, store) = Fresh();
        LeaveUnfinished(context);
        var home = new HomeModel(context);
        string first = home.Body().ToString();
        Assert.Contains("(2 of 8 answered)", first);
        int reads = store.Reads.Count;

        for (int i = 0; i < 5; i++)
            Assert.Equal(first, home.Body().ToString());
        home.Handle(UiCommand.Down);
        _ = home.Body();
        home.OnReturn();
        _ = home.Body();

        Assert.Equal(reads, store.Reads.Count);
    }

    [Fact]
    public void Home_follows_a_run_answered_elsewhere_in_the_app_without_asking_the_store_again()
    {
        var (context, store) = Fresh();
        var home = new HomeModel(context);
        Assert.DoesNotContain("unfinished quiz", home.Body().ToString());
        int reads = store.Reads.Count;

        LeaveUnfinished(context);
        home.OnReturn();
        Assert.Contains("(2 of 8 answered)", home.Body().ToString());
        Assert.DoesNotContain("UnfinishedAttempts", store.Reads.Skip(reads));
        Assert.DoesNotContain("AnswersOf", store.Reads.Skip(reads));
    }

    [Fact]
    public void Results_drawn_again_ask_the_store_nothing()
    {
        var (context, store) = Fresh();
        var e = context.Library.Events[0];
        // An earlier finished run, so the results have a best score to compare with.
        for (int run = 0; run < 2; run++)
        {
            var quiz = QuizModel.Start(context, e, e.Quizzes[1]);
            Outcome last = Outcome.Ignored;
            while (last is not ReplaceOutcome)
            {
                quiz.Handle(UiCommand.Skip);
                last = quiz.Handle(UiCommand.Accept);
            }
            var results = Assert.IsType<ResultsModel>(((ReplaceOutcome)last).Screen);
            int reads = store.Reads.Count;
            string first = results.Body().ToString();
            for (int i = 0; i < 5; i++)
                Assert.Equal(first, results.Body().ToString());
            Assert.Equal(reads, store.Reads.Count);
            if (run == 1)
                Assert.Contains("Your best before this run: 0/", first);
        }
    }
}
