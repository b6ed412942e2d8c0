using QuizTui.Core.Model;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Tests.Quizzes;

public sealed class QuizSessionTests
{
    private static readonly SourceLocation At = SourceLocation.None;
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static NewsEvent SampleEvent()
    {
        Person[] people =
        [
            new("ana", "Ana Ruiz", "Mayor", "City"),
            new("ben", "Ben Okafor", "Councillor", "City"),
            new("city", "City Hall (statement)", null, "City"),
            new("dee", "Dee Park", "Resident", null),
        ];
        Quotation[] quotes = Enumerable.Range(1, 6)
            .Select(i => new Quotation($"q{i}", $"Words number {i}.", people[i % 3].Id, "statement", null, "art", At))
            .ToArray();
        var article = new Article("art", "Daily Sample", new DateOnly(2026, 10, 1), "A vote", false, null, "seed.txt", null, "Summary.", [], quotes);
        var who = new WhoSaidWhatQuiz("who", "Who said it", null, At, null, 4, 3, null);
        var comprehension = new ComprehensionQuiz("comp", "Reading", null, At, "art",
        [
            new TrueFalseQuestion("t1", "True?", "Because.", Skill.Detail, ["art"], At, true),
            new SingleChoiceQuestion("s1", "Which?", "Because.", Skill.MainIdea, ["art"], At,
                [new("a", true, null), new("b", false, null), new("c", false, null)]),
            new OrderingQuestion("o1", "Order?", "Because.", Skill.Detail, ["art"], At, ["x", "y", "z"]),
        ]);
        return new NewsEvent("ev", "Event", new DatePeriod(new DateOnly(2026, 10, 1), null), "Overview.", [], people, [], [article], [who, comprehension], "");
    }

    [Fact]
    public void The_same_seed_gives_the_same_run()
    {
        var ev = SampleEvent();
        var a = QuizSessionBuilder.Start(ev, ev.FindQuiz("who")!, 42, Start);
        var b = QuizSessionBuilder.Start(ev, ev.FindQuiz("who")!, 42, Start);
        Assert.Equal(a.Questions.Select(Describe), b.Questions.Select(Describe));
    }

    [Fact]
    public void Different_seeds_shuffle_differently()
    {
        var ev = SampleEvent();
        var runs = Enumerable.Range(0, 10)
            .Select(seed => string.Join("|", QuizSessionBuilder.Start(ev, ev.FindQuiz("who")!, seed, Start).Questions.Select(Describe)))
            .Distinct();
        Assert.True(runs.Count() > 1);
    }

    [Fact]
    public void Who_said_what_offers_the_speaker_among_distinct_choices()
    {
        var ev = SampleEvent();
        var run = QuizSessionBuilder.Start(ev, ev.FindQuiz("who")!, 7, Start);
        Assert.Equal(4, run.Questions.Count);
        foreach (var q in run.Questions.Select(p => (WhoSaidWhatQuestion)p.Question))
        {
            Assert.Equal(3, q.Speakers.Count);
            Assert.Equal(3, q.Speakers.Select(s => s.Id).Distinct().Count());
            Assert.Contains(q.Speakers, s => s.Id == q.Quotation.SpeakerId);
        }
    }

    [Fact]
    public void Ordering_questions_never_start_in_the_right_order()
    {
        var ev = SampleEvent();
        for (int seed = 0; seed < 50; seed++)
        {
            var run = QuizSessionBuilder.Start(ev, ev.FindQuiz("comp")!, seed, Start);
            var ordering = run.Questions.Single(q => q.Question is OrderingQuestion);
            Assert.NotEqual([0, 1, 2], ordering.OptionOrder);
        }
    }

    [Fact]
    public void Answers_advance_the_run_and_the_result_counts_them()
    {
        var ev = SampleEvent();
        var run = QuizSessionBuilder.Start(ev, ev.FindQuiz("comp")!, 3, Start);
        while (run.Current is { } current)
        {
            Answer answer = current.Question switch
            {
                TrueFalseQuestion => new TrueFalseAnswer(true),
                SingleChoiceQuestion => new ChoiceAnswer([1]),
                _ => SkippedAnswer.Instance,
            };
            run.Answer(answer, TimeSpan.FromSeconds(5), Start.AddSeconds(5));
        }
        var result = run.Result(Start.AddMinutes(4));
        Assert.Equal(1, result.RightCount);
        Assert.Equal(1, result.WrongCount);
        Assert.Equal(1, result.SkippedCount);
        Assert.Equal(1.0 / 3, result.Fraction, 3);
        Assert.Equal(TimeSpan.FromMinutes(4), result.Duration);
    }

    [Fact]
    public void A_resumed_run_continues_after_the_restored_answers()
    {
        var ev = SampleEvent();
        var first = QuizSessionBuilder.Start(ev, ev.FindQuiz("comp")!, 9, Start);
        var firstQuestion = first.Current!.Question.Id;
        first.Answer(SkippedAnswer.Instance, TimeSpan.Zero, Start);

        var resumed = QuizSessionBuilder.Start(ev, ev.FindQuiz("comp")!, 9, Start);
        resumed.Restore(firstQuestion, SkippedAnswer.Instance, TimeSpan.Zero, Start);
        Assert.Equal(1, resumed.CurrentIndex);
        Assert.Equal(first.Current!.Question.Id, resumed.Current!.Question.Id);
    }

    [Fact]
    public void Wrong_speakers_are_counted_as_confusions()
    {
        var ev = SampleEvent();
        var run = QuizSessionBuilder.Start(ev, ev.FindQuiz("who")!, 5, Start);
        while (run.Current is { } current)
        {
            var q = (WhoSaidWhatQuestion)current.Question;
            var wrong = q.Speakers.First(s => s.Id != q.Quotation.SpeakerId);
            run.Answer(new SpeakerAnswer(wrong.Id), TimeSpan.FromSeconds(2), Start);
        }
        var result = run.Result(Start.AddMinutes(1));
        Assert.Equal(4, result.Confusions.Sum(c => c.Count));
        Assert.All(result.Confusions, c => Assert.NotEqual(c.ActualSpeakerId, c.GivenSpeakerId));
    }

    [Fact]
    public void Who_said_what_explanations_name_speaker_role_and_channel_as_plain_sentences()
    {
        var ev = SampleEvent();
        var run = QuizSessionBuilder.Start(ev, ev.FindQuiz("who")!, 1, Start);
        var q = run.Questions.Select(p => (WhoSaidWhatQuestion)p.Question).First(w => w.Quotation.SpeakerId == "ana");
        Assert.Equal("Ana Ruiz, Mayor, City, in a statement.", q.Explanation);
        Assert.Equal("Ana Ruiz, Mayor, City, in a statement. Printed by Daily Sample, 1 October 2026.",
            WhoSaidWhatType.Explanation(ev, q.Quotation, withSource: true));
    }

    private static string Describe(PresentedQuestion p) => p.Question switch
    {
        WhoSaidWhatQuestion w => w.Id + ":" + string.Join(",", w.Speakers.Select(s => s.Id)),
        _ => p.Question.Id + ":" + string.Join(",", p.OptionOrder),
    };
}
