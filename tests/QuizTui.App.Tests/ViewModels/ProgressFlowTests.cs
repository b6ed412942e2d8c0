using QuizTui.App.Tests.Support;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>Progress in the app without a terminal: Home and Event figures, review, cram, resume, learners, the progress screen.</summary>
public class ProgressFlowTests
{
    private static (StudyContext Context, InMemoryScoreStore Store, FixedClock Clock) Fresh(string profile = "tester")
    {
        var store = new InMemoryScoreStore();
        var clock = new FixedClock(FixedClock.TestDay);
        var context = new StudyContext(Sample.Library(), store, profile, clock, 7, AppKeys.Default);
        return (context, store, clock);
    }

    private static NewsEvent Acme(StudyContext context) => context.Library.Events[0];

    private static QuizModel Open(Navigator nav, params Input[] inputs)
    {
        foreach (var input in inputs)
            nav.Handle(input);
        return Assert.IsType<QuizModel>(nav.Current);
    }

    private static void Next(QuizModel quiz) => quiz.Handle(UiCommand.Accept);

    [Fact]
    public void Given_a_new_learner_home_says_nothing_is_due_and_the_progress_screen_shows_the_empty_state()
    {
        var (context, _, _) = Fresh();
        var home = new HomeModel(context);
        Assert.Contains("Nothing due for review — m to cram everything", home.Body().ToString());
        Assert.Contains("Not started — 2 quizzes", home.Body().ToString());
        Assert.Contains("Nothing answered yet", new ProgressModel(context).Body().ToString());
    }

    [Fact]
    public void Home_draws_from_runs_only_and_the_answer_log_is_read_once_then_kept_up_to_date()
    {
        var (context, store, _) = Fresh();
        var e = Acme(context);
        var home = new HomeModel(context);
        _ = home.Body();
        Assert.False(context.Tracker.LogLoaded);

        Assert.Equal(0, new ProgressModel(context).Report.TotalAnswers);
        Assert.Equal(1, context.Tracker.LogLoads);

        var quiz = QuizModel.Start(context, e, e.Quizzes[1]);
        quiz.Handle(UiCommand.Skip);
        Next(quiz);
        QuizModelTests.AnswerRight(quiz);

        var report = new ProgressModel(context).Report;
        Assert.Equal(2, report.TotalAnswers);
        Assert.Equal(1, context.Tracker.LogLoads);
        Assert.Equal(2, store.AnswerLog("tester").Count);
        Assert.Equal(1, context.Tracker.Summary.DueForReview);
    }

    [Fact]
    public void Given_a_missed_question_home_shows_it_due_and_r_reviews_it_then_the_count_drops()
    {
        var (context, _, _) = Fresh();
        var e = Acme(context);
        var home = new HomeModel(context);
        var nav = new Navigator(home, AppKeys.Default);
        var quiz = Open(nav, UiCommand.Accept, Input.PickAt(1));
        quiz.Handle(UiCommand.Skip);
        Next(quiz);
        nav.Handle(UiCommand.Back);
        nav.Handle(UiCommand.Yes);
        nav.Handle(UiCommand.Back);
        Assert.Same(home, nav.Current);
        Assert.Contains("1 question due for review — r to review", home.Body().ToString());
        Assert.Contains("1 question due for review", new EventModel(context, e).Body().ToString());

        var review = Open(nav, UiCommand.Retry);
        Assert.Equal(QuizSessionBuilder.ReviewQuizId, review.Quiz.Id);
        Assert.Equal(1, review.Count);
        Assert.Equal(0, review.AttemptNumber);
        QuizModelTests.AnswerRight(review);
        nav.Handle(UiCommand.Accept);
        var results = Assert.IsType<ResultsModel>(nav.Current);
        Assert.Contains("Score: 1 of 1", results.Body().ToString());
        Assert.Contains(results.Keys, k => k.What == Strings.KeyReviewAgain);

        nav.Handle(UiCommand.Back);
        Assert.Contains("Nothing due for review", home.Body().ToString());
        Assert.Equal(0, context.Tracker.Summary.DueForReview);
        var answers = context.Store.AnswerLog("tester");
        Assert.Equal("who", answers[^1].QuizId);
    }

    [Fact]
    public void With_nothing_due_r_says_so_and_m_crams_every_question()
    {
        var (context, store, _) = Fresh();
        var home = new HomeModel(context);
        Assert.Equal(Outcome.Changed, home.Handle(UiCommand.Retry));
        Assert.Contains("Nothing is due for review today", home.Body().ToString());

        var cram = Assert.IsType<QuizModel>(Assert.IsType<OpenOutcome>(home.Handle(UiCommand.Cram)).Screen);
        Assert.Equal(QuizSessionBuilder.CramQuizId, cram.Quiz.Id);
        Assert.Equal(8 + 3, cram.Count);
        Assert.Equal(AttemptKind.Cram, store.Attempts("tester").Single().Kind);
    }

    [Fact]
    public void A_run_left_unfinished_is_offered_on_home_and_resumes_at_the_first_unanswered_question()
    {
        var (context, store, _) = Fresh();
        var e = Acme(context);
        var first = QuizModel.Start(context, e, e.Quizzes[0]);
        QuizModelTests.AnswerRight(first);
        Next(first);
        first.Handle(UiCommand.Skip);
        // The app is killed here: nothing more happens to `first`.

        var (_, _, clock) = Fresh();
        var again = new StudyContext(context.Library, store, "tester", clock, 7, AppKeys.Default);
        var home = new HomeModel(again);
        Assert.Contains("You have an unfinished quiz: The Daily Paper: Acme drops the contract (2 of 8 answered) — Enter to resume", home.Body().ToString());
        Assert.Equal(0, home.Selected);

        var resumed = Assert.IsType<QuizModel>(Assert.IsType<OpenOutcome>(home.Handle(UiCommand.Accept)).Screen);
        Assert.Equal(first.Attempt.Id, resumed.Attempt.Id);
        Assert.Equal(3, resumed.Number);
        Assert.Equal(2, resumed.Session.AnsweredCount);
        while (!resumed.Session.IsFinished)
        {
            resumed.Handle(UiCommand.Skip);
            Next(resumed);
        }
        var finished = store.FindAttempt(first.Attempt.Id)!;
        Assert.True(finished.IsFinished);
        Assert.Equal(1, finished.Score);

        home.OnReturn();
        Assert.DoesNotContain("unfinished", home.Body().ToString());
    }

    [Fact]
    public void Opening_a_quiz_with_an_unfinished_run_offers_resume_or_start_again_and_start_again_abandons_it()
    {
        var (context, store, _) = Fresh();
        var e = Acme(context);
        var first = QuizModel.Start(context, e, e.Quizzes[0]);
        first.Handle(UiCommand.Skip);

        var offer = Assert.IsType<ResumeModel>(ResumeModel.Open(context, e, e.Quizzes[0]));
        Assert.Contains("you have answered 1 of 8 questions", offer.Body().ToString());
        var fresh = Assert.IsType<QuizModel>(Assert.IsType<ReplaceOutcome>(offer.Handle(Input.PickAt(1))).Screen);
        Assert.NotEqual(first.Attempt.Id, fresh.Attempt.Id);
        Assert.True(store.FindAttempt(first.Attempt.Id)!.Abandoned);
        Assert.Equal(1, fresh.Number);
        Assert.Equal(2, fresh.AttemptNumber);
        Assert.Contains("2nd attempt", fresh.ProgressText);

    }

    [Fact]
    public void A_quiz_opened_with_an_unfinished_run_without_answers_just_starts_again()
    {
        var (context, store, _) = Fresh();
        var e = Acme(context);
        var empty = QuizModel.Start(context, e, e.Quizzes[1]);
        var next = Assert.IsType<QuizModel>(ResumeModel.Open(context, e, e.Quizzes[1]));
        Assert.True(store.FindAttempt(empty.Attempt.Id)!.Abandoned);
        Assert.NotEqual(empty.Attempt.Id, next.Attempt.Id);
    }

    [Fact]
    public void Event_shows_attempts_best_last_average_and_when_per_quiz_and_per_article()
    {
        var (context, store, _) = Fresh();
        var e = Acme(context);
        var at = FixedClock.TestDay.AddDays(-3);
        var a = store.StartAttempt("tester", e.Id, "paper-a-quiz", 1, 8, at);
        store.FinishAttempt(a.Id, 4, at.AddMinutes(5));
        var b = store.StartAttempt("tester", e.Id, "paper-a-quiz", 2, 8, at.AddDays(1));
        store.FinishAttempt(b.Id, 6, at.AddDays(1).AddMinutes(5));
        var model = new EventModel(context, e);
        string body = model.Body().ToString();
        Assert.Contains("Comprehension · 8 questions · 2 attempts · best 75% · last 75% · average 63% · 2 days ago", body);
        Assert.Contains("Who said what · 2 questions · not tried yet", body);
        Assert.Contains("its quiz: 2 attempts · best 75%", body);
        Assert.Contains("1 of 2 quizzes tried — 2 attempts · best 75%", body);
        Assert.Contains("1 of 2 quizzes tried — 2 attempts · best 75% · last 75% · average 63% · 2 days ago", new HomeModel(context).Body().ToString());
    }

    [Fact]
    public void The_progress_screen_shows_the_chart_skills_speakers_mix_ups_streak_and_retired_questions()
    {
        var (context, store, clock) = Fresh();
        var e = Acme(context);
        foreach (int days in new[] { 2, 1, 0 })
        {
            clock.Now = FixedClock.TestDay.AddDays(-days);
            var quiz = QuizModel.Start(context, e, e.Quizzes[1]);
            while (!quiz.Session.IsFinished)
            {
                if (days == 0)
                    QuizModelTests.AnswerRight(quiz);
                else
                    GiveWrongSpeaker(quiz);
                Next(quiz);
            }
        }
        var old = store.StartAttempt("tester", e.Id, "paper-a-quiz", 1, 8, FixedClock.TestDay.AddDays(-5));
        store.RecordAnswer(new AnswerRecord(old.Id, "tester", e.Id, "paper-a-quiz", "gone-question", "single", Skill.Detail, "choice:0", "x", 0, Verdict.Wrong, TimeSpan.FromSeconds(3), FixedClock.TestDay.AddDays(-5)));

        var body = new ProgressModel(context).Body().ToString();
        Assert.Contains("3 days in a row", body);
        Assert.Contains("Who said it?", body);
        Assert.Contains("▁▁█", body);
        Assert.Contains("3 attempts · best 100% · last 100% · average 33% · now", body);
        Assert.Contains("Who said what", body);
        Assert.Contains("Detail", body);
        Assert.Contains("You gave ", body);
        Assert.Contains("Said by (rows)", body);
        Assert.Contains("Retired questions", body);
        Assert.Contains("gone-question: retired", body);
    }

    /// <summary>Names a speaker who did not say the quotation on screen.</summary>
    private static void GiveWrongSpeaker(QuizModel quiz)
    {
        var q = Assert.IsType<WhoSaidWhatQuestion>(quiz.Shown!.Question);
        quiz.Handle(Input.PickAt(q.Speakers.ToList().FindIndex(p => p.Id != q.Quotation.SpeakerId)));
    }

    [Fact]
    public void The_learner_picker_lists_learners_switches_and_takes_a_new_valid_name()
    {
        var (context, store, _) = Fresh();
        store.EnsureProfile("amy", FixedClock.TestDay);
        var picker = new ProfilesModel(context);
        Assert.Equal(["amy", "tester"], picker.Profiles);
        Assert.Equal(1, picker.Selected);
        Assert.Contains("tester  (current)", picker.Body().ToString());

        var home = Assert.IsType<HomeModel>(Assert.IsType<ResetOutcome>(picker.Handle(Input.PickAt(0))).Screen);
        Assert.Equal("amy", home.Context.Profile);
        Assert.Equal("amy", home.Learner);

        foreach (char c in "  ")
            picker.Handle(Input.Typed(c));
        Assert.Equal(Outcome.Changed, picker.Handle(UiCommand.Accept));
        Assert.Contains("cannot be empty", picker.Body().ToString());

        picker.Handle(UiCommand.Back);
        foreach (char c in "Sam")
            picker.Handle(Input.Typed(c));
        var sam = Assert.IsType<HomeModel>(Assert.IsType<ResetOutcome>(picker.Handle(UiCommand.Accept)).Screen);
        Assert.Equal("Sam", sam.Context.Profile);
        Assert.Contains(store.Profiles(), p => p.Name == "Sam");
    }

    [Fact]
    public void Switching_learner_starts_again_from_their_home()
    {
        var (context, _, _) = Fresh();
        var nav = new Navigator(new HomeModel(context), AppKeys.Default);
        nav.Handle(UiCommand.Profiles);
        Assert.IsType<ProfilesModel>(nav.Current);
        foreach (char c in "kim")
            nav.Handle(Input.Typed(c));
        nav.Handle(UiCommand.Accept);
        Assert.Equal(1, nav.Depth);
        Assert.Equal("kim", Assert.IsType<HomeModel>(nav.Current).Context.Profile);
    }

    [Fact]
    public void The_stores_notices_are_shown_on_home_once()
    {
        var (context, _, _) = Fresh();
        var home = new HomeModel(context, ["The score file was damaged; it was kept as quiztui.db.corrupt-20261120-100000."]);
        Assert.Contains("Please note", home.Body().ToString());
        Assert.Contains("kept as quiztui.db.corrupt-20261120-100000", home.Body().ToString());
        home.OnReturn();
        Assert.DoesNotContain("Please note", home.Body().ToString());
    }

    [Fact]
    public void Progress_opens_with_p_from_home_and_event()
    {
        var (context, _, _) = Fresh();
        Assert.IsType<ProgressModel>(Assert.IsType<OpenOutcome>(new HomeModel(context).Handle(UiCommand.Progress)).Screen);
        Assert.IsType<ProgressModel>(Assert.IsType<OpenOutcome>(new EventModel(context, Acme(context)).Handle(UiCommand.Progress)).Screen);
    }
}
