using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using static QuizTui.Core.Tests.Progress.ProgressFixtures;

namespace QuizTui.Core.Tests.Progress;

/// <summary>
/// The tracker reads each thing once and then keeps it in step with what is written through it,
/// so the screens can ask it as often as they draw.
/// </summary>
public sealed class ProgressTrackerTests
{
    private static readonly TimeProvider Clock = new FixedTime(T0.AddHours(1));

    private static (ProgressTracker Tracker, CountingScoreStore Store) Fresh(Action<IScoreStore>? before = null)
    {
        var store = new CountingScoreStore();
        before?.Invoke(store);
        store.Reads.Clear();
        return (new ProgressTracker(Library(), store, "ann", Clock, TimeZoneInfo.Utc), store);
    }

    private static AnswerRecord AnswerOf(AttemptRecord run, string question, Verdict verdict) =>
        Answer(question, verdict, T0.AddMinutes(1), attempt: run.Id);

    [Fact]
    public void The_summary_reads_runs_and_review_boxes_once_and_follows_what_is_recorded()
    {
        var (tracker, store) = Fresh();
        Assert.Equal(0, tracker.Summary.Overall.Attempts);
        Assert.Equal(["Attempts", "ReviewStates"], store.Reads);

        var run = tracker.Store.StartAttempt("ann", EventId, Comprehension, 1, 3, T0);
        tracker.Store.RecordAnswer(AnswerOf(run, "q1", Verdict.Right));
        Assert.Equal(1, tracker.Summary.Overall.Attempts);
        Assert.Single(tracker.ReviewStates);
        tracker.Store.FinishAttempt(run.Id, 1, T0.AddMinutes(2));
        Assert.Equal(1, tracker.Summary.Overall.Finished);

        // Finishing reads the finished run back once; nothing else was read again.
        Assert.Equal(["Attempts", "ReviewStates", "FindAttempt"], store.Reads);
    }

    [Fact]
    public void The_answer_log_is_read_once_for_the_full_report_then_kept_up_to_date()
    {
        var (tracker, store) = Fresh(s =>
        {
            var earlier = s.StartAttempt("ann", EventId, Comprehension, 1, 3, T0);
            s.RecordAnswer(AnswerOf(earlier, "q1", Verdict.Wrong));
        });
        Assert.False(tracker.LogLoaded);
        Assert.Equal(1, tracker.Full.TotalAnswers);
        var run = tracker.Store.StartAttempt("ann", EventId, Comprehension, 1, 3, T0);
        tracker.Store.RecordAnswer(AnswerOf(run, "q2", Verdict.Right));
        Assert.Equal(2, tracker.Full.TotalAnswers);
        Assert.Equal(1, tracker.LogLoads);
        Assert.Single(store.Reads, "AnswerLog");
    }

    [Fact]
    public void Unfinished_runs_are_read_once_and_follow_runs_started_answered_and_closed()
    {
        AttemptRecord? stored = null;
        var (tracker, store) = Fresh(s =>
        {
            stored = s.StartAttempt("ann", EventId, Comprehension, 1, 3, T0);
            s.RecordAnswer(AnswerOf(stored, "q1", Verdict.Right));
            s.RecordAnswer(AnswerOf(stored, "q1", Verdict.Wrong));
            // Not offered: no answer yet, and a quiz that is no longer in the content.
            s.StartAttempt("ann", EventId, Who, 1, 3, T0);
            var gone = s.StartAttempt("ann", EventId, "retired-quiz", 1, 3, T0);
            s.RecordAnswer(AnswerOf(gone, "old", Verdict.Right) with { QuizId = "retired-quiz" });
        });

        var offered = Assert.Single(tracker.Unfinished);
        Assert.Equal(stored!.Id, offered.Attempt.Id);
        Assert.Equal(Comprehension, offered.Quiz.Id);
        Assert.Equal(1, offered.Answered);
        int reads = store.Reads.Count;
        Assert.Equal(["UnfinishedAttempts", "AnswersOf", "AnswersOf"], store.Reads);

        var run = tracker.Store.StartAttempt("ann", EventId, Comprehension, 2, 3, T0.AddMinutes(10));
        Assert.Single(tracker.Unfinished);
        tracker.Store.RecordAnswer(AnswerOf(run, "q1", Verdict.Right));
        tracker.Store.RecordAnswer(AnswerOf(run, "q2", Verdict.Right));
        Assert.Equal([(run.Id, 2), (stored.Id, 1)], tracker.Unfinished.Select(u => (u.Attempt.Id, u.Answered)));

        tracker.Store.AbandonAttempt(stored.Id, T0.AddMinutes(11));
        tracker.Store.FinishAttempt(run.Id, 2, T0.AddMinutes(12));
        Assert.Empty(tracker.Unfinished);
        Assert.DoesNotContain("UnfinishedAttempts", store.Reads.Skip(reads));
        Assert.DoesNotContain("AnswersOf", store.Reads.Skip(reads));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
