using System.Diagnostics;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using static QuizTui.Core.Tests.Progress.ProgressFixtures;

namespace QuizTui.Core.Tests.Progress;

public sealed class ProgressCalculatorTests
{
    private static ProgressReport Compute(IReadOnlyList<AttemptRecord> runs, IReadOnlyList<AnswerRecord> answers, DateTimeOffset? now = null, ContentLibrary? library = null) =>
        ProgressCalculator.Compute(library ?? Library(), "ann", runs, answers, null, now ?? T0.AddDays(10), TimeZoneInfo.Utc);

    [Fact]
    public void Quiz_summary_counts_attempts_and_takes_best_last_and_average_of_finished_runs()
    {
        var runs = new[]
        {
            Run(1, T0, score: 1),                       // 1/3
            Run(2, T0.AddDays(1), score: 3),            // 3/3
            Run(3, T0.AddDays(2), score: 2),            // 2/3, the last finished
            Run(4, T0.AddDays(3), score: 0, abandoned: true),
            Run(5, T0.AddDays(4)),                      // unfinished
        };
        var report = Compute(runs, []);
        var quiz = report.FindQuiz(EventId, Comprehension)!;

        Assert.Equal(5, quiz.Summary.Attempts);
        Assert.Equal(3, quiz.Summary.Finished);
        Assert.Equal(1.0, quiz.Summary.Best);
        Assert.Equal(2 / 3.0, quiz.Summary.Last!.Value, 9);
        Assert.Equal(2 / 3.0, quiz.Summary.Average!.Value, 9);
        Assert.Equal(T0.AddDays(4), quiz.Summary.LastAt);
        Assert.Equal([1L, 2L, 3L], quiz.Series.Select(p => p.AttemptId));
        Assert.Equal(1.0, quiz.Series[1].Fraction);

        var article = report.FindEvent(EventId)!.Articles.Single(a => a.ArticleId == "a1");
        Assert.Equal(5, article.Summary.Attempts);
        Assert.Equal(ScoreSummary.Empty, report.FindQuiz(EventId, Who)!.Summary);
        Assert.Equal(5, report.Overall.Attempts);
    }

    [Fact]
    public void Review_runs_do_not_count_as_quiz_attempts_but_their_answers_count()
    {
        var review = new AttemptRecord(9, "ann", EventId, "@review", 1, 1, T0, T0.AddMinutes(1), 1, AttemptKind.Review);
        var report = Compute([review], [Answer("q1", Verdict.Right, T0, skill: Skill.MainIdea, attempt: 9)]);
        Assert.Equal(0, report.FindQuiz(EventId, Comprehension)!.Summary.Attempts);
        Assert.DoesNotContain(report.FindEvent(EventId)!.Quizzes, q => q.QuizId == "@review");
        Assert.Equal(1, report.Skills.Single(s => s.Skill == Skill.MainIdea).Answered);
    }

    [Fact]
    public void Mastery_per_skill_is_the_mean_of_the_latest_answers()
    {
        var answers = new List<AnswerRecord>();
        for (int i = 0; i < 30; i++)
            answers.Add(Answer("q1", i < 10 ? Verdict.Wrong : Verdict.Right, T0.AddMinutes(i), skill: Skill.MainIdea));
        answers.Add(Answer("q2", Verdict.Partial, T0.AddHours(1), skill: Skill.Detail));
        var report = Compute([], answers);

        var main = report.Skills.Single(s => s.Skill == Skill.MainIdea);
        Assert.Equal(30, main.Answered);
        Assert.Equal(20 / 30.0, main.Average!.Value, 9);
        Assert.Equal(1.0, main.Recent);    // the last 20 were all right
        Assert.Equal(0.5, report.Skills.Single(s => s.Skill == Skill.Detail).Average);
        var sourcing = report.Skills.Single(s => s.Skill == Skill.Sourcing);
        Assert.Equal(0, sourcing.Answered);
        Assert.Null(sourcing.Recent);
        Assert.Equal(Enum.GetValues<Skill>().Length, report.Skills.Count);
    }

    [Fact]
    public void Who_said_what_gives_accuracy_per_speaker_and_the_mix_ups_in_words()
    {
        var answers = new List<AnswerRecord>
        {
            Answer("quote-mary", Verdict.Wrong, T0, Who, Skill.WhoSaidWhat, "speaker:melanie"),
            Answer("quote-mary", Verdict.Wrong, T0.AddMinutes(1), Who, Skill.WhoSaidWhat, "speaker:melanie"),
            Answer("quote-mary", Verdict.Wrong, T0.AddMinutes(2), Who, Skill.WhoSaidWhat, "speaker:melanie"),
            Answer("quote-mary", Verdict.Right, T0.AddMinutes(3), Who, Skill.WhoSaidWhat, "speaker:mary"),
            Answer("quote-melanie", Verdict.Wrong, T0.AddMinutes(4), Who, Skill.WhoSaidWhat, "speaker:tom"),
            Answer("quote-melanie", Verdict.Skipped, T0.AddMinutes(5), Who, Skill.WhoSaidWhat, "skip"),
        };
        var report = Compute([], answers);

        var mary = report.Speakers.Single(s => s.PersonId == "mary");
        Assert.Equal((4, 1), (mary.Answered, mary.Right));
        Assert.Equal("Mary Houtmann", mary.Name);
        var melanie = report.Speakers.Single(s => s.PersonId == "melanie");
        Assert.Equal((2, 0), (melanie.Answered, melanie.Right));
        Assert.Equal("melanie", report.Speakers[0].PersonId);    // weakest first

        Assert.Equal(2, report.MixUps.Count);
        Assert.Equal("you gave Mary Houtmann's words to Melanie Gaboriault 3 times", report.MixUps[0].Sentence);
        Assert.Equal("you gave Melanie Gaboriault's words to Tom Keiser 1 time", report.MixUps[1].Sentence);
    }

    [Fact]
    public void Streak_counts_local_days_in_a_row_up_to_today_or_yesterday()
    {
        var days = new HashSet<DateOnly> { new(2025, 3, 1), new(2025, 3, 2), new(2025, 3, 3), new(2025, 3, 7), new(2025, 3, 8) };
        var streak = ProgressCalculator.Streak(days, new DateOnly(2025, 3, 9));
        Assert.Equal(new PracticeStreak(2, 3, 5, new DateOnly(2025, 3, 8), false), streak);
        Assert.Equal(2, ProgressCalculator.Streak(days, new DateOnly(2025, 3, 8)).Current);
        Assert.Equal(0, ProgressCalculator.Streak(days, new DateOnly(2025, 3, 10)).Current);
        Assert.Equal(PracticeStreak.None, ProgressCalculator.Streak(new HashSet<DateOnly>(), new DateOnly(2025, 3, 10)));
    }

    [Fact]
    public void Streak_days_are_the_learners_local_days()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("test+10", TimeSpan.FromHours(10), "test", "test");
        // 20:00 UTC on 1 and 2 March is the morning of 2 and 3 March at +10.
        var answers = new[] { Answer("q1", Verdict.Right, new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero)), Answer("q1", Verdict.Right, new DateTimeOffset(2025, 3, 2, 20, 0, 0, TimeSpan.Zero)) };
        var report = ProgressCalculator.Compute(Library(), "ann", [], answers, null, new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero), zone);
        Assert.Equal(new DateOnly(2025, 3, 3), report.Streak.LastDay);
        Assert.True(report.Streak.PractisedToday);
        Assert.Equal(2, report.Streak.Current);
    }

    [Fact]
    public void A_question_removed_from_the_content_stays_in_history_as_retired()
    {
        var answers = new[]
        {
            Answer("q3", Verdict.Wrong, T0),
            Answer("q3", Verdict.Right, T0.AddDays(1)),
            Answer("q1", Verdict.Right, T0.AddDays(1)),
        };
        var withQ3 = Compute([], answers, library: Library(withQ3: true));
        Assert.Empty(withQ3.Retired);
        Assert.Equal(2, withQ3.FindEvent(EventId)!.Articles.Single(a => a.ArticleId == "a2").Answered);

        var report = Compute([], answers, library: Library(withQ3: false));
        var retired = Assert.Single(report.Retired);
        Assert.Equal(("q3", 2, 0.5, T0.AddDays(1)), (retired.QuestionId, retired.Answered, retired.Average, retired.LastAnsweredAt));
        Assert.Equal(3, report.TotalAnswers);
    }

    [Fact]
    public void History_of_an_event_whose_content_is_not_loaded_is_shown_by_id_and_not_retired()
    {
        var answers = new[] { Answer("q1", Verdict.Right, T0) with { EventId = "other-event" } };
        var runs = new[] { Run(1, T0, score: 1) with { EventId = "other-event" } };
        var report = Compute(runs, answers);
        var other = report.FindEvent("other-event")!;
        Assert.False(other.InContent);
        Assert.Equal("other-event", other.Title);
        Assert.Equal(1, other.Summary.Attempts);
        Assert.False(Assert.Single(other.Quizzes).InContent);
        Assert.Empty(report.Retired);
    }

    [Fact]
    public void Due_questions_are_counted_per_event_only_when_still_in_the_content()
    {
        var answers = new[]
        {
            Answer("q1", Verdict.Wrong, T0),
            Answer("q3", Verdict.Wrong, T0),
            Answer("q2", Verdict.Right, T0),
        };
        Assert.Equal(2, Compute([], answers, T0.AddHours(1)).DueForReview);
        Assert.Equal(1, Compute([], answers, T0.AddHours(1), Library(withQ3: false)).DueForReview);
        Assert.Equal(2, Compute([], answers, T0.AddHours(1)).FindEvent(EventId)!.DueForReview);
    }

    [Fact]
    public void A_hundred_thousand_answers_are_computed_quickly()
    {
        var (runs, answers) = BigHistory(100_000);
        ProgressReport? report = null;
        long best = long.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            report = Compute(runs, answers);
            best = Math.Min(best, clock.ElapsedMilliseconds);
        }
        Assert.Equal(100_000, report!.TotalAnswers);
        // The target is 100 ms in a Release build (the "scores" benchmark measures it); this guard,
        // run in Debug beside other tests on a shared machine, only catches a gross slowdown.
        Assert.True(best < 2000, $"took {best} ms");
    }

    internal static (List<AttemptRecord> Runs, List<AnswerRecord> Answers) BigHistory(int count)
    {
        var runs = new List<AttemptRecord>();
        var answers = new List<AnswerRecord>(count);
        var random = new Random(5);
        string[] questions = ["q1", "q2", "q3"];
        string[] quotes = ["quote-mary", "quote-melanie"];
        for (int i = 0; i < count; i++)
        {
            long run = i / 3 + 1;
            var at = T0.AddMinutes(i * 7);
            if (i % 3 == 0)
                runs.Add(Run(run, at, score: random.Next(4)) with { QuizId = run % 2 == 0 ? Who : Comprehension });
            var verdict = random.Next(3) == 0 ? Verdict.Wrong : Verdict.Right;
            answers.Add(run % 2 == 0
                ? Answer(quotes[i % 2], verdict, at, Who, Skill.WhoSaidWhat, verdict == Verdict.Right ? "speaker:x" : "speaker:tom", run)
                : Answer(questions[i % 3], verdict, at, skill: (Skill)(i % 6), attempt: run));
        }
        return (runs, answers);
    }
}
