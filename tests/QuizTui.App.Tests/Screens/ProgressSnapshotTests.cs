using QuizTui.App.Tests.Support;
using QuizTui.App.Tests.ViewModels;
using QuizTui.App.Tui;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.Screens;

/// <summary>The progress screen, Home with reviews due, resume and learner screens, at fixed sizes.</summary>
[Collection(RenderingCollection.Name)]
public class ProgressSnapshotTests
{
    /// <summary>
    /// Three days of practice on the bundled pack: the who-said-what quiz twice with every speaker
    /// wrong, then once right; a comprehension quiz skipped through; an answer to a question since removed.
    /// </summary>
    private static StudyContext WithHistory()
    {
        var store = new InMemoryScoreStore();
        var clock = new FixedClock(FixedClock.TestDay);
        var context = Sample.Context(Sample.Bundled(), store, clock, seed: 1);
        var e = context.Library.Events[0];
        var who = e.Quizzes.First(q => q is WhoSaidWhatQuiz);
        var comprehension = e.Quizzes.First(q => q is ComprehensionQuiz);
        foreach (int days in new[] { 2, 1, 0 })
        {
            clock.Now = FixedClock.TestDay.AddDays(-days).AddHours(-1);
            var quiz = QuizModel.Start(context, e, who);
            int n = 0;
            while (!quiz.Session.IsFinished)
            {
                var q = (WhoSaidWhatQuestion)quiz.Shown!.Question;
                bool right = days == 0 || n++ % 3 == 0;
                quiz.Handle(Input.PickAt(q.Speakers.ToList().FindIndex(p => right ? p.Id == q.Quotation.SpeakerId : p.Id != q.Quotation.SpeakerId)));
                quiz.Handle(UiCommand.Accept);
            }
        }
        var c = QuizModel.Start(context, e, comprehension);
        for (int i = 0; i < 3 && !c.Session.IsFinished; i++)
        {
            QuizModelTests.AnswerRight(c);
            c.Handle(UiCommand.Accept);
        }
        while (!c.Session.IsFinished)
        {
            c.Handle(UiCommand.Skip);
            c.Handle(UiCommand.Accept);
        }
        var old = store.StartAttempt("tester", e.Id, comprehension.Id, 1, 7, FixedClock.TestDay.AddDays(-5));
        store.RecordAnswer(new AnswerRecord(old.Id, "tester", e.Id, comprehension.Id, "value-of-the-old-contract", "single", Skill.Detail, "choice:0", "x", 0, Verdict.Wrong, TimeSpan.FromSeconds(3), FixedClock.TestDay.AddDays(-5)));
        store.FinishAttempt(old.Id, 0, FixedClock.TestDay.AddDays(-5));
        clock.Now = FixedClock.TestDay;
        return Sample.Context(Sample.Bundled(), store, clock, seed: 1);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Progress_with_history(int w, int h)
    {
        using var app = new Headless(WithHistory(), w, h);
        app.Press(Key.P);
        Snapshot.Match($"progress-{w}x{h}", app.Screen());
    }

    [Fact]
    public void Progress_with_history_scrolled_to_the_speakers()
    {
        using var app = new Headless(WithHistory());
        app.Press(Key.P, Key.PageDown);
        Snapshot.Match("progress-page-2-80x24", app.Screen());
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Progress_when_nothing_is_answered_yet(int w, int h)
    {
        using var app = new Headless(Sample.Context(Sample.Bundled(), seed: 1), w, h);
        app.Press(Key.P);
        Snapshot.Match($"progress-empty-{w}x{h}", app.Screen());
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Home_with_reviews_due(int w, int h)
    {
        using var app = new Headless(WithHistory(), w, h);
        Snapshot.Match($"home-due-{w}x{h}", app.Screen());
    }

    [Fact]
    public void Event_with_progress()
    {
        using var app = new Headless(WithHistory());
        app.Press(Key.Enter, Key.PageDown);
        Snapshot.Match("event-progress-80x24", app.Screen());
    }

    [Fact]
    public void Home_offers_the_unfinished_quiz_and_the_quiz_offers_resume()
    {
        var context = Sample.Context(Sample.Bundled(), seed: 1);
        var e = context.Library.Events[0];
        var quiz = QuizModel.Start(context, e, e.Quizzes[6]);
        quiz.Handle(Input.PickAt(0));
        quiz.Handle(UiCommand.Accept);
        quiz.Handle(Input.PickAt(1));
        using var app = new Headless(Sample.Context(Sample.Bundled(), context.Store, seed: 1));
        Snapshot.Match("home-unfinished-80x24", app.Screen());
        app.Press(Key.CursorDown, Key.Enter, Key.D7);
        Snapshot.Match("resume-offer-80x24", app.Screen());
        app.Press(Key.Enter);
        Assert.Contains("Question 3 of 10 · 1st attempt", app.Screen());
    }

    [Fact]
    public void Learner_picker()
    {
        var store = new InMemoryScoreStore();
        store.EnsureProfile("amy", FixedClock.TestDay);
        using var app = new Headless(Sample.Context(Sample.Bundled(), store, seed: 1));
        app.Press(Key.U).Type("Sam");
        Snapshot.Match("learners-80x24", app.Screen());
        app.Press(Key.Enter);
        Assert.Contains("learner: Sam", app.Screen());
        Assert.Contains("Pick an event", app.Screen());
    }

    [Fact]
    public void Progress_in_mono_shows_the_same_text()
    {
        var context = WithHistory();
        using var colour = new Headless(context);
        using var mono = new Headless(context, theme: ThemeName.Mono);
        colour.Press(Key.P);
        mono.Press(Key.P);
        Assert.Equal(colour.Screen(), mono.Screen());
    }
}
