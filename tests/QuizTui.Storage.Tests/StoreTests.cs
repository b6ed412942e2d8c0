using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using static QuizTui.Storage.Tests.Records;

namespace QuizTui.Storage.Tests;

public sealed class StoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Creates_the_folder_and_a_database_at_the_latest_schema_in_wal_mode()
    {
        string path = Path.Combine(_folder.Path, "deep", "er", "quiztui.db");
        using var store = ScoreDatabase.Open(path);
        Assert.True(File.Exists(path));
        Assert.Equal(Schema.LatestVersion, store.SchemaVersion);
        Assert.Empty(store.Notices);
        Assert.Equal(path, store.DatabasePath);
    }

    [Fact]
    public void Answers_and_runs_survive_closing_and_reopening()
    {
        long attemptId;
        using (var store = ScoreDatabase.Open(_folder.Db))
        {
            var attempt = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 42, 3, T0);
            attemptId = attempt.Id;
            var stored = store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0.AddSeconds(10)));
            Assert.True(stored.Id > 0);
            store.RecordAnswer(Answer(attempt, "q2", Verdict.Wrong, T0.AddSeconds(20)));
            store.FinishAttempt(attempt.Id, 1, T0.AddSeconds(30));
        }
        using (var store = ScoreDatabase.Open(_folder.Db))
        {
            var attempt = Assert.Single(store.Attempts("ann"));
            Assert.Equal(attemptId, attempt.Id);
            Assert.Equal(42, attempt.Seed);
            Assert.Equal(T0, attempt.StartedAt);
            Assert.Equal(TimeSpan.FromHours(1), attempt.StartedAt.Offset);
            Assert.Equal(T0.AddSeconds(30), attempt.FinishedAt);
            Assert.Equal(1, attempt.Score);
            var log = store.AnswerLog("ann");
            Assert.Equal(["q1", "q2"], log.Select(a => a.QuestionId));
            var first = log[0];
            Assert.Equal(Answer(attempt, "q1", Verdict.Right, T0.AddSeconds(10)) with { Id = first.Id }, first);
            Assert.Empty(store.AnswerLog("bob"));
        }
    }

    [Fact]
    public void A_changed_answer_is_a_new_row_and_the_run_shows_the_newest()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        var attempt = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 3, T0);
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Wrong, T0.AddSeconds(1)));
        store.RecordAnswer(Answer(attempt, "q2", Verdict.Right, T0.AddSeconds(2)));
        store.RecordAnswer(Answer(attempt, "q1", Verdict.Right, T0.AddSeconds(3)));

        Assert.Equal(3, store.AnswerLog("ann").Count);
        var run = store.AnswersOf(attempt.Id);
        Assert.Equal(["q2", "q1"], run.Select(a => a.QuestionId));
        Assert.All(run, a => Assert.Equal(Verdict.Right, a.Verdict));
    }

    [Fact]
    public void Unfinished_runs_are_offered_until_finished_or_abandoned()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        var first = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 3, T0);
        var second = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 2, 3, T0.AddMinutes(1));
        store.StartAttempt("ann", SampleEvent.EventId, "@review", 3, 3, T0.AddMinutes(2), AttemptKind.Review);
        store.RecordAnswer(Answer(second, "q1", Verdict.Right, T0.AddMinutes(2)));

        Assert.Equal(second.Id, store.FindUnfinishedAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId)?.Id);
        Assert.Equal([second.Id, first.Id], store.UnfinishedAttempts("ann").Select(a => a.Id));

        store.AbandonAttempt(second.Id, T0.AddMinutes(5));
        var abandoned = store.FindAttempt(second.Id)!;
        Assert.True(abandoned.Abandoned);
        Assert.Equal(1, abandoned.Score);
        Assert.Equal(first.Id, store.FindUnfinishedAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId)?.Id);

        store.FinishAttempt(first.Id, 2, T0.AddMinutes(6));
        Assert.Null(store.FindUnfinishedAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId));
        Assert.Empty(store.UnfinishedAttempts("ann"));
        Assert.Equal(AttemptKind.Review, store.Attempts("ann")[2].Kind);
    }

    [Fact]
    public void An_answer_to_a_run_that_does_not_exist_is_refused()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        var ghost = new AttemptRecord(999, "ann", "e", "q", 1, 1, T0, null, 0);
        Assert.Throws<ArgumentException>(() => store.RecordAnswer(Answer(ghost, "q1", Verdict.Right, T0)));
        Assert.Empty(store.AnswerLog("ann"));
    }

    [Fact]
    public void Profiles_are_kept_with_last_use()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        store.EnsureProfile("zoe", T0);
        store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 3, T0.AddDays(1));
        Assert.Equal(["ann", "zoe"], store.Profiles().Select(p => p.Name));
        Assert.Equal("ann", store.LastUsedProfile());
        store.EnsureProfile("zoe", T0.AddDays(2));
        Assert.Equal("zoe", store.LastUsedProfile());
        Assert.Equal(T0, store.Profiles().Single(p => p.Name == "zoe").CreatedAt);
    }

    [Fact]
    public void Review_boxes_kept_by_the_store_equal_a_replay_of_the_log()
    {
        using var store = ScoreDatabase.Open(_folder.Db);
        var attempt = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 3, T0);
        var verdicts = new[] { Verdict.Wrong, Verdict.Right, Verdict.Right, Verdict.Partial, Verdict.Wrong, Verdict.Right };
        for (int i = 0; i < verdicts.Length; i++)
        {
            store.RecordAnswer(Answer(attempt, "q1", verdicts[i], T0.AddDays(i)));
            store.RecordAnswer(Answer(attempt, "q2", Verdict.Right, T0.AddDays(i)));
        }
        var kept = store.ReviewStates("ann").OrderBy(s => s.QuestionId).ToList();
        var replayed = LeitnerScheduler.Replay(store.AnswerLog("ann")).Values.OrderBy(s => s.QuestionId).ToList();
        Assert.Equal(replayed, kept);
        Assert.Equal(2, kept[0].Box);
        Assert.Equal(3, kept[0].Misses); // wrong, partial, wrong
        Assert.Equal(0, kept[1].Box);

        store.RebuildReviewState();
        Assert.Equal(replayed, store.ReviewStates("ann").OrderBy(s => s.QuestionId).ToList());
    }

    [Fact]
    public void The_in_memory_store_behaves_like_the_sqlite_store()
    {
        using var sqlite = ScoreDatabase.Open(_folder.Db);
        var memory = new InMemoryScoreStore();
        foreach (IScoreStore store in new IScoreStore[] { sqlite, memory })
        {
            var a = store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 1, 3, T0);
            store.RecordAnswer(Answer(a, "q1", Verdict.Wrong, T0.AddSeconds(1)));
            store.RecordAnswer(Answer(a, "q1", Verdict.Right, T0.AddSeconds(2)));
            store.RecordAnswer(Answer(a, "q2", Verdict.Partial, T0.AddSeconds(3)));
            store.AbandonAttempt(a.Id, T0.AddSeconds(4));
            store.StartAttempt("ann", SampleEvent.EventId, SampleEvent.QuizId, 2, 3, T0.AddSeconds(5));
        }
        Assert.Equal(memory.AnswerLog("ann"), sqlite.AnswerLog("ann"));
        Assert.Equal(memory.AnswersOf(1), sqlite.AnswersOf(1));
        Assert.Equal(memory.Attempts("ann"), sqlite.Attempts("ann"));
        Assert.Equal(memory.UnfinishedAttempts("ann"), sqlite.UnfinishedAttempts("ann"));
        Assert.Equal(memory.ReviewStates("ann").OrderBy(s => s.QuestionId), sqlite.ReviewStates("ann").OrderBy(s => s.QuestionId));
        Assert.Equal(memory.Profiles().Select(p => p.Name), sqlite.Profiles().Select(p => p.Name));
    }
}
