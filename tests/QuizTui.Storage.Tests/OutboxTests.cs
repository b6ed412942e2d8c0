using Microsoft.Data.Sqlite;
using QuizTui.Core.Model;

namespace QuizTui.Storage.Tests;

/// <summary>The outbox: what waits for a class server, filled in the same transaction as each answer.</summary>
public sealed class OutboxTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_answer_and_run_gets_its_own_global_id_when_recorded()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        var attempt = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 3, Records.T0);
        for (int i = 0; i < 3; i++)
            store.RecordAnswer(Records.Answer(attempt, "q" + i, Verdict.Right, Records.T0.AddMinutes(i)));

        var uids = store.AnswerUids("ann");
        Assert.Equal(3, uids.Distinct().Count());
        Assert.All(uids, u => Assert.True(Guid.TryParse(u, out _), $"{u} is not a UUID"));
    }

    [Fact]
    public void Nothing_is_queued_for_a_learner_who_has_not_joined_a_class()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        var attempt = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 1, Records.T0);
        store.RecordAnswer(Records.Answer(attempt, "q1", Verdict.Right, Records.T0));
        store.FinishAttempt(attempt.Id, 1, Records.T0.AddMinutes(1));

        Assert.Equal(0, store.OutboxCount());
        Assert.False(store.IsQueueing("ann"));
    }

    [Fact]
    public void A_joined_learners_answers_and_finished_runs_wait_in_order_until_acknowledged()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        store.QueueForClass("ann", Records.T0);
        var attempt = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 2, Records.T0);
        var first = store.RecordAnswer(Records.Answer(attempt, "q1", Verdict.Right, Records.T0.AddMinutes(1)));
        store.RecordAnswer(Records.Answer(attempt, "q2", Verdict.Wrong, Records.T0.AddMinutes(2)));
        store.FinishAttempt(attempt.Id, 1, Records.T0.AddMinutes(3));
        // Another learner on the same computer who did not join: not queued.
        var other = store.StartAttempt("bob", SampleEvent.EventId, SampleEvent.QuizId, 1, 1, Records.T0);
        store.RecordAnswer(Records.Answer(other, "q1", Verdict.Right, Records.T0));

        var items = store.PeekOutbox(10);

        Assert.Equal([OutboxKind.Answer, OutboxKind.Answer, OutboxKind.Finish], items.Select(i => i.Kind));
        Assert.Equal(store.AnswerUids("ann"), items.Take(2).Select(i => i.Uid));
        Assert.Equal("q1", items[0].Answer!.QuestionId);
        Assert.Equal(first.Id, items[0].Answer!.Id);
        Assert.Equal(Records.T0.AddMinutes(1), items[0].Answer!.AnsweredAt);
        Assert.Equal(items[0].AttemptUid, items[2].Uid);
        Assert.Equal(Records.T0.AddMinutes(3), items[2].Attempt.FinishedAt);
        Assert.Null(items[2].Answer);

        store.Acknowledge([items[0].Seq, items[1].Seq]);
        Assert.Equal(1, store.OutboxCount());
        // Acknowledging does not wait for the disk; the answers that follow still do.
        Assert.Equal(2L, store.ExecuteOnConnection("PRAGMA synchronous;"));
        Assert.Equal(OutboxKind.Finish, Assert.Single(store.PeekOutbox(10)).Kind);
    }

    [Fact]
    public void An_abandoned_run_is_not_sent_as_finished()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        store.QueueForClass("ann", Records.T0);
        var attempt = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 2, Records.T0);
        store.RecordAnswer(Records.Answer(attempt, "q1", Verdict.Right, Records.T0));
        store.AbandonAttempt(attempt.Id, Records.T0.AddMinutes(1));

        Assert.Equal([OutboxKind.Answer], store.PeekOutbox(10).Select(i => i.Kind));
    }

    [Fact]
    public void Leaving_drops_what_waits_but_keeps_every_answer()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        store.QueueForClass("ann", Records.T0);
        var attempt = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 2, Records.T0);
        store.RecordAnswer(Records.Answer(attempt, "q1", Verdict.Right, Records.T0));

        Assert.Equal(1, store.StopQueueing("ann"));
        Assert.Equal(0, store.OutboxCount());
        Assert.Single(store.AnswerLog("ann"));
        store.RecordAnswer(Records.Answer(attempt, "q2", Verdict.Right, Records.T0));
        Assert.Equal(0, store.OutboxCount());
    }

    [Theory]
    [MemberData(nameof(MigrationTests.EarlierVersions), MemberType = typeof(MigrationTests))]
    public void Answers_kept_before_the_outbox_existed_get_distinct_ids_on_migration(int version)
    {
        ScoreDatabase.CreateAtVersion(_folder.Db, version);
        using (var connection = new SqliteConnection($"Data Source={_folder.Db};Pooling=False"))
        {
            connection.Open();
            Schema.Execute(connection, null, """
                INSERT INTO attempts (id, profile, event_id, quiz_id, seed, question_count, started_at, started_offset, score)
                VALUES (1, 'ann', 'e1', 'quiz1', 7, 2, 0, 0, 0), (2, 'ann', 'e1', 'quiz1', 8, 2, 0, 0, 0);
                INSERT INTO answers (attempt_id, profile, event_id, quiz_id, question_id, question_type, skill, answer, answer_text, score, verdict, time_taken_ms, answered_at, answered_offset)
                VALUES (1, 'ann', 'e1', 'quiz1', 'q1', 'single-choice', 'detail', 'choice:0', 'a', 1, 'right', 1, 1, 0),
                       (1, 'ann', 'e1', 'quiz1', 'q2', 'single-choice', 'detail', 'choice:0', 'a', 1, 'right', 1, 2, 0),
                       (2, 'ann', 'e1', 'quiz1', 'q1', 'single-choice', 'detail', 'choice:0', 'a', 1, 'right', 1, 3, 0);
                """);
        }

        using var store = ScoreDatabase.Open(_folder.Db);

        var uids = store.AnswerUids("ann");
        Assert.Equal(3, uids.Count);
        Assert.Equal(3, uids.Distinct().Count());
        Assert.All(uids, u => Assert.True(Guid.TryParse(u, out _), $"{u} is not a UUID"));
        // Answers from before joining a class are not queued.
        Assert.Equal(0, store.OutboxCount());
    }
}
