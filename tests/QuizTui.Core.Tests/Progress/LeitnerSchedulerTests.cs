using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using static QuizTui.Core.Tests.Progress.ProgressFixtures;

namespace QuizTui.Core.Tests.Progress;

public sealed class LeitnerSchedulerTests
{
    [Theory]
    [InlineData(0, Verdict.Right, 0)]    // never missed: stays out of review
    [InlineData(0, Verdict.Wrong, 1)]    // first miss: box 1
    [InlineData(0, Verdict.Skipped, 1)]
    [InlineData(0, Verdict.Partial, 1)]
    [InlineData(1, Verdict.Right, 2)]
    [InlineData(4, Verdict.Right, 5)]
    [InlineData(5, Verdict.Right, 0)]    // right in the last box: learned
    [InlineData(4, Verdict.Wrong, 1)]
    [InlineData(3, Verdict.Partial, 3)]
    public void Boxes_move_up_on_right_and_back_to_one_on_wrong(int box, Verdict verdict, int expected) =>
        Assert.Equal(expected, LeitnerScheduler.NextBox(box, verdict));

    [Fact]
    public void Replay_of_a_log_gives_boxes_misses_and_due_days()
    {
        var log = new[]
        {
            Answer("q1", Verdict.Wrong, T0),
            Answer("q2", Verdict.Right, T0),
            Answer("q1", Verdict.Right, T0.AddDays(1)),
            Answer("q1", Verdict.Right, T0.AddDays(2)),
        };
        // Shuffled input: the replay sorts by time.
        var states = LeitnerScheduler.Replay(log.Reverse());

        var q1 = states[new QuestionKey(EventId, Comprehension, "q1")];
        Assert.Equal(3, q1.Box);
        Assert.Equal(1, q1.Misses);
        Assert.Equal(T0.AddDays(2), q1.LastAnsweredAt);
        // Box 3 waits 3 days.
        Assert.Equal(new DateOnly(2025, 3, 15), LeitnerScheduler.DueOn(q1, TimeZoneInfo.Utc));
        Assert.False(LeitnerScheduler.IsDue(q1, new DateOnly(2025, 3, 14), TimeZoneInfo.Utc));
        Assert.True(LeitnerScheduler.IsDue(q1, new DateOnly(2025, 3, 15), TimeZoneInfo.Utc));

        var q2 = states[new QuestionKey(EventId, Comprehension, "q2")];
        Assert.False(q2.InReview);
        Assert.Null(LeitnerScheduler.DueOn(q2, TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_question_missed_today_is_due_today_and_the_intervals_grow()
    {
        Assert.Equal([0, 1, 3, 7, 14], LeitnerScheduler.IntervalDays);
        var state = LeitnerScheduler.Step(null, Answer("q1", Verdict.Wrong, T0));
        Assert.True(LeitnerScheduler.IsDue(state, DateOnly.FromDateTime(T0.UtcDateTime), TimeZoneInfo.Utc));
        var day = T0;
        int[] waits = [1, 3, 7, 14];
        foreach (int wait in waits)
        {
            state = LeitnerScheduler.Step(state, Answer("q1", Verdict.Right, day));
            Assert.Equal(DateOnly.FromDateTime(day.UtcDateTime).AddDays(wait), LeitnerScheduler.DueOn(state, TimeZoneInfo.Utc));
            day = day.AddDays(wait);
        }
        state = LeitnerScheduler.Step(state, Answer("q1", Verdict.Right, day));
        Assert.False(state.InReview);
    }

    [Fact]
    public void Due_days_follow_the_learners_time_zone()
    {
        // 23:30 in Montreal on 10 March is 03:30 UTC on 11 March.
        var zone = TimeZoneInfo.CreateCustomTimeZone("test-4", TimeSpan.FromHours(-4), "test", "test");
        var late = new DateTimeOffset(2025, 3, 10, 23, 30, 0, TimeSpan.FromHours(-4));
        var state = LeitnerScheduler.Step(LeitnerScheduler.Step(null, Answer("q1", Verdict.Wrong, late)), Answer("q1", Verdict.Right, late));
        Assert.Equal(new DateOnly(2025, 3, 11), LeitnerScheduler.DueOn(state, zone));
        Assert.Equal(new DateOnly(2025, 3, 12), LeitnerScheduler.DueOn(state, TimeZoneInfo.Utc));
    }
}
