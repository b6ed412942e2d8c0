using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;
using static QuizTui.Core.Tests.Progress.ProgressFixtures;

namespace QuizTui.Core.Tests.Progress;

public sealed class ReviewTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(T0.UtcDateTime);

    [Fact]
    public void A_review_run_mixes_due_questions_across_quizzes_and_rebuilds_who_said_what()
    {
        var store = new InMemoryScoreStore();
        var quizRun = store.StartAttempt("ann", EventId, Comprehension, 1, 3, T0);
        var whoRun = store.StartAttempt("ann", EventId, Who, 1, 2, T0);
        store.RecordAnswer(Answer("q1", Verdict.Wrong, T0, attempt: quizRun.Id));
        store.RecordAnswer(Answer("q2", Verdict.Right, T0, attempt: quizRun.Id));
        store.RecordAnswer(Answer("quote-mary", Verdict.Wrong, T0, Who, Skill.WhoSaidWhat, "speaker:melanie", whoRun.Id));
        var states = store.ReviewStates("ann");
        Assert.Equal(LeitnerScheduler.Replay(store.AnswerLog("ann")).Values.OrderBy(s => s.QuestionId), states.OrderBy(s => s.QuestionId));
        var due = ReviewPlanner.Due(Library(), states, Today, TimeZoneInfo.Utc);
        Assert.Equal(2, due.Count);
        Assert.Equal(2, ReviewPlanner.DueCount(Library(), states, Today, TimeZoneInfo.Utc));
        Assert.Contains(due, d => d.Prompt == "We made a mistake.");

        var session = ReviewPlanner.StartReview(Event(), due, seed: 3, T0)!;
        Assert.Equal(QuizSessionBuilder.ReviewQuizId, session.Quiz.Id);
        Assert.Equal(AttemptKind.Review, Runs.KindOf(session));
        Assert.Equal(2, session.Questions.Count);
        var who = session.Questions.Single(q => q.Question is WhoSaidWhatQuestion);
        Assert.Equal(Who, session.QuizIdOf(who));
        Assert.Equal(3, ((WhoSaidWhatQuestion)who.Question).Speakers.Count);
        Assert.Contains(((WhoSaidWhatQuestion)who.Question).Speakers, p => p.Id == "mary");
        Assert.Equal(Comprehension, session.QuizIdOf(session.Questions.Single(q => q.Question.Id == "q1")));

        // Answers are logged under the quiz each question came from.
        var attempt = Runs.Start(store, "ann", session);
        Assert.Equal(AttemptKind.Review, attempt.Kind);
        while (!session.IsFinished)
        {
            var answer = session.Current!.Question is WhoSaidWhatQuestion ? (Answer)new SpeakerAnswer("mary") : new ChoiceAnswer([0]);
            Runs.Answer(store, attempt, session, answer, TimeSpan.FromSeconds(2), T0.AddMinutes(1));
        }
        Assert.Equal([Comprehension, Who], store.AnswersOf(attempt.Id).Select(a => a.QuizId).Order());
        Assert.All(store.ReviewStates("ann").Where(s => s.QuestionId != "q2"), s => Assert.Equal(2, s.Box));
        Assert.Empty(ReviewPlanner.Due(Library(), store.ReviewStates("ann"), Today, TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_same_seed_gives_the_same_review_run()
    {
        var items = QuizSessionBuilder.EveryQuestion(Event());
        var a = QuizSessionBuilder.StartReview(Event(), items, 11, T0);
        var b = QuizSessionBuilder.StartReview(Event(), items, 11, T0);
        Assert.Equal(a.Questions.Select(q => q.Question.Id), b.Questions.Select(q => q.Question.Id));
        Assert.Equal(a.Questions.Select(q => string.Join(",", q.OptionOrder)), b.Questions.Select(q => string.Join(",", q.OptionOrder)));
    }

    [Fact]
    public void Cram_practises_everything_and_skips_retired_questions()
    {
        var session = ReviewPlanner.StartCram(Event(), 5, T0);
        Assert.Equal(QuizSessionBuilder.CramQuizId, session.Quiz.Id);
        Assert.Equal(5, session.Questions.Count);    // 3 comprehension + 2 quotations
        Assert.Equal(AttemptKind.Cram, Runs.KindOf(session));

        var review = QuizSessionBuilder.StartReview(Event(withQ3: false), [(Comprehension, "q3"), (Comprehension, "q1"), ("gone-quiz", "q1")], 1, T0);
        Assert.Equal(["q1"], review.Questions.Select(q => q.Question.Id));
        Assert.Null(ReviewPlanner.StartReview(Event(), [], 1, T0));
    }

    [Fact]
    public void Starting_a_quiz_run_is_unchanged_by_the_review_builder()
    {
        // The who-said-what construction was shared with review runs; seeded runs must stay the same.
        var run = QuizSessionBuilder.Start(Event(), Event().FindQuiz(Who)!, 42, T0);
        var again = QuizSessionBuilder.Start(Event(), Event().FindQuiz(Who)!, 42, T0);
        Assert.Equal(
            run.Questions.Select(q => string.Join(",", ((WhoSaidWhatQuestion)q.Question).Speakers.Select(p => p.Id))),
            again.Questions.Select(q => string.Join(",", ((WhoSaidWhatQuestion)q.Question).Speakers.Select(p => p.Id))));
        Assert.All(run.Questions, q => Assert.Null(q.SourceQuizId));
    }

    [Fact]
    public void A_resumed_run_has_its_answers_back()
    {
        var store = new InMemoryScoreStore();
        var quiz = Event().FindQuiz(Comprehension)!;
        var session = QuizSessionBuilder.Start(Event(), quiz, 77, T0);
        var attempt = Runs.Start(store, "ann", session);
        Runs.Answer(store, attempt, session, new ChoiceAnswer([0]), TimeSpan.FromSeconds(4), T0.AddMinutes(1));

        var resumed = Runs.Resume(Event(), store.FindUnfinishedAttempt("ann", EventId, Comprehension)!, store.AnswersOf(attempt.Id))!;
        Assert.Equal(1, resumed.CurrentIndex);
        Assert.Equal(session.Questions.Select(q => q.Question.Id), resumed.Questions.Select(q => q.Question.Id));
        Assert.Equal(TimeSpan.FromSeconds(4), resumed.Answers[0]!.TimeTaken);
    }
}
