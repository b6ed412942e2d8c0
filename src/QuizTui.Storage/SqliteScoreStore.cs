using Microsoft.Data.Sqlite;
using QuizTui.Core.Progress;

namespace QuizTui.Storage;

/// <summary>
/// The learner's answer log in one SQLite file (WAL, foreign keys on, synchronous writes). Every
/// answer is committed in its own transaction before <see cref="RecordAnswer"/> returns, so a
/// killed process loses nothing already answered. Open it with <see cref="ScoreDatabase.Open"/>.
/// Safe to use from several threads (calls are serialised) and from several processes (SQLite
/// locking, with a busy timeout). Faults surface as <see cref="ScoreStoreException"/>.
/// </summary>
public sealed partial class SqliteScoreStore : IScoreStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly ScoreDatabaseOptions _options;
    private readonly Lock _lock = new();

    internal SqliteScoreStore(SqliteConnection connection, string path, int schemaVersion, IReadOnlyList<string> notices, ScoreDatabaseOptions options)
    {
        _connection = connection;
        _options = options;
        DatabasePath = path;
        SchemaVersion = schemaVersion;
        Notices = notices;
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    public int SchemaVersion { get; }

    /// <summary>Things the learner should be told once, on opening (a damaged file kept aside, an upgrade).</summary>
    public IReadOnlyList<string> Notices { get; }

    public AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt, AttemptKind kind = AttemptKind.Quiz) =>
        Write(transaction =>
        {
            UpsertProfile(transaction, profile, startedAt);
            using var command = Command(transaction, """
                INSERT INTO attempts (profile, event_id, quiz_id, seed, question_count, started_at, started_offset, score, kind, abandoned)
                VALUES ($profile, $event, $quiz, $seed, $count, $at, $offset, 0, $kind, 0)
                RETURNING id;
                """);
            command.Parameters.AddWithValue("$profile", profile);
            command.Parameters.AddWithValue("$event", eventId);
            command.Parameters.AddWithValue("$quiz", quizId);
            command.Parameters.AddWithValue("$seed", seed);
            command.Parameters.AddWithValue("$count", questionCount);
            command.Parameters.AddWithValue("$at", Rows.Millis(startedAt));
            command.Parameters.AddWithValue("$offset", Rows.OffsetMinutes(startedAt));
            command.Parameters.AddWithValue("$kind", Rows.KindKey(kind));
            long id = (long)command.ExecuteScalar()!;
            return new AttemptRecord(id, profile, eventId, quizId, seed, questionCount, Rows.Time(Rows.Millis(startedAt), Rows.OffsetMinutes(startedAt)), null, 0, kind);
        });

    public AnswerRecord RecordAnswer(AnswerRecord answer) =>
        Write(transaction =>
        {
            using var insert = Command(transaction, InsertAnswerSql + " RETURNING id;");
            BindAnswer(insert, answer, answer.AttemptId);
            long id;
            try
            {
                id = (long)insert.ExecuteScalar()!;
            }
            catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) == 19)
            {
                throw new ArgumentException($"Attempt {answer.AttemptId} does not exist; the answer was not stored.", nameof(answer), e);
            }
            var stored = answer with { Id = id, AnsweredAt = Rows.Time(Rows.Millis(answer.AnsweredAt), Rows.OffsetMinutes(answer.AnsweredAt)) };

            ReviewState? state = null;
            using (var read = Command(transaction, """
                SELECT box, last_answered_at, last_offset, misses FROM review_state
                WHERE profile = $profile AND event_id = $event AND quiz_id = $quiz AND question_id = $question;
                """))
            {
                read.Parameters.AddWithValue("$profile", answer.Profile);
                read.Parameters.AddWithValue("$event", answer.EventId);
                read.Parameters.AddWithValue("$quiz", answer.QuizId);
                read.Parameters.AddWithValue("$question", answer.QuestionId);
                using var reader = read.ExecuteReader();
                if (reader.Read())
                {
                    state = new ReviewState(answer.Profile, answer.EventId, answer.QuizId, answer.QuestionId,
                        reader.GetInt32(0), Rows.Time(reader.GetInt64(1), reader.GetInt64(2)), reader.GetInt32(3));
                }
            }
            Rows.WriteReviewState(_connection, transaction, LeitnerScheduler.Step(state, stored));
            return stored;
        });

    public void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt) =>
        Write(transaction =>
        {
            using var command = Command(transaction, """
                UPDATE attempts SET finished_at = $at, finished_offset = $offset, score = $score, abandoned = 0 WHERE id = $id;
                """);
            command.Parameters.AddWithValue("$id", attemptId);
            command.Parameters.AddWithValue("$score", score);
            command.Parameters.AddWithValue("$at", Rows.Millis(finishedAt));
            command.Parameters.AddWithValue("$offset", Rows.OffsetMinutes(finishedAt));
            return command.ExecuteNonQuery();
        });

    public void AbandonAttempt(long attemptId, DateTimeOffset at) =>
        Write(transaction =>
        {
            using var command = Command(transaction, $"""
                UPDATE attempts SET finished_at = $at, finished_offset = $offset, abandoned = 1,
                    score = (SELECT coalesce(sum(score), 0) FROM answers a WHERE a.attempt_id = $id AND {LatestPerQuestion})
                WHERE id = $id AND finished_at IS NULL;
                """);
            command.Parameters.AddWithValue("$id", attemptId);
            command.Parameters.AddWithValue("$at", Rows.Millis(at));
            command.Parameters.AddWithValue("$offset", Rows.OffsetMinutes(at));
            return command.ExecuteNonQuery();
        });

    public AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId) =>
        ReadAttempts("""
            WHERE profile = $profile AND event_id = $event AND quiz_id = $quiz AND finished_at IS NULL AND kind = 'quiz'
            ORDER BY started_at DESC, id DESC LIMIT 1
            """, c =>
        {
            c.Parameters.AddWithValue("$profile", profile);
            c.Parameters.AddWithValue("$event", eventId);
            c.Parameters.AddWithValue("$quiz", quizId);
        }).FirstOrDefault();

    public IReadOnlyList<AttemptRecord> UnfinishedAttempts(string profile) =>
        ReadAttempts("WHERE profile = $profile AND finished_at IS NULL AND kind = 'quiz' ORDER BY started_at DESC, id DESC",
            c => c.Parameters.AddWithValue("$profile", profile));

    public AttemptRecord? FindAttempt(long attemptId) =>
        ReadAttempts("WHERE id = $id", c => c.Parameters.AddWithValue("$id", attemptId)).FirstOrDefault();

    public IReadOnlyList<AnswerRecord> AnswersOf(long attemptId) =>
        Read(() => Rows.ReadAnswers(_connection, null, $"a WHERE attempt_id = $id AND {LatestPerQuestion} ORDER BY id",
            c => c.Parameters.AddWithValue("$id", attemptId)));

    public IReadOnlyList<AttemptRecord> Attempts(string profile, string? eventId = null) =>
        ReadAttempts("WHERE profile = $profile AND ($event IS NULL OR event_id = $event) ORDER BY started_at, id", c =>
        {
            c.Parameters.AddWithValue("$profile", profile);
            c.Parameters.AddWithValue("$event", (object?)eventId ?? DBNull.Value);
        });

    public IReadOnlyList<AnswerRecord> AnswerLog(string profile, DateTimeOffset? since = null) =>
        Read(() => Rows.ReadAnswers(_connection, null, "WHERE profile = $profile AND answered_at >= $since ORDER BY answered_at, id", c =>
        {
            c.Parameters.AddWithValue("$profile", profile);
            c.Parameters.AddWithValue("$since", since is { } s ? Rows.Millis(s) : long.MinValue);
        }));

    /// <summary>Every answer of every learner, oldest first (for an export of the whole class on one machine).</summary>
    public IReadOnlyList<AnswerRecord> AnswerLogOfEveryone(DateTimeOffset? since = null) =>
        Read(() => Rows.ReadAnswers(_connection, null, "WHERE answered_at >= $since ORDER BY answered_at, id",
            c => c.Parameters.AddWithValue("$since", since is { } s ? Rows.Millis(s) : long.MinValue)));

    public IReadOnlyList<ProfileRecord> Profiles() =>
        Read(() =>
        {
            using var command = Command(null, """
                SELECT name, created_at, last_used_at FROM profiles
                UNION ALL
                SELECT profile, min(started_at), max(started_at) FROM attempts
                WHERE profile NOT IN (SELECT name FROM profiles) GROUP BY profile
                ORDER BY 1;
                """);
            using var reader = command.ExecuteReader();
            var list = new List<ProfileRecord>();
            while (reader.Read())
                list.Add(new ProfileRecord(reader.GetString(0), Rows.Time(reader.GetInt64(1), 0), Rows.Time(reader.GetInt64(2), 0)));
            return list;
        });

    public ProfileRecord EnsureProfile(string name, DateTimeOffset at)
    {
        Write(transaction =>
        {
            UpsertProfile(transaction, name, at);
            return 0;
        });
        return Profiles().First(p => p.Name == name);
    }

    /// <summary>The learner used last (by <see cref="EnsureProfile"/> or a run started), if any.</summary>
    public string? LastUsedProfile() =>
        Read(() =>
        {
            using var command = Command(null, "SELECT name FROM profiles ORDER BY last_used_at DESC, name LIMIT 1;");
            return (string?)command.ExecuteScalar();
        });

    public IReadOnlyList<ReviewState> ReviewStates(string profile) =>
        Read(() =>
        {
            using var command = Command(null, """
                SELECT event_id, quiz_id, question_id, box, last_answered_at, last_offset, misses FROM review_state WHERE profile = $profile;
                """);
            command.Parameters.AddWithValue("$profile", profile);
            using var reader = command.ExecuteReader();
            var list = new List<ReviewState>();
            while (reader.Read())
            {
                list.Add(new ReviewState(profile, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    reader.GetInt32(3), Rows.Time(reader.GetInt64(4), reader.GetInt64(5)), reader.GetInt32(6)));
            }
            return list;
        });

    /// <summary>Rebuilds every review box by replaying the answer log (after changing the scheduler).</summary>
    public void RebuildReviewState() =>
        Write(transaction =>
        {
            Schema.ReplayReviewState(_connection, transaction);
            return 0;
        });

    /// <summary>Adds many runs and answers in one transaction (benchmarks and imports); ids are given by the store.</summary>
    internal void BulkInsert(IReadOnlyList<AttemptRecord> attempts, IReadOnlyList<AnswerRecord> answers)
    {
        Write(transaction =>
        {
            var ids = new Dictionary<long, long>();
            using var attempt = Command(transaction, """
                INSERT INTO attempts (profile, event_id, quiz_id, seed, question_count, started_at, started_offset, finished_at, finished_offset, score, kind, abandoned)
                VALUES ($profile, $event, $quiz, $seed, $count, $at, $offset, $end, $endOffset, $score, $kind, $abandoned) RETURNING id;
                """);
            foreach (var a in attempts)
            {
                attempt.Parameters.Clear();
                attempt.Parameters.AddWithValue("$profile", a.Profile);
                attempt.Parameters.AddWithValue("$event", a.EventId);
                attempt.Parameters.AddWithValue("$quiz", a.QuizId);
                attempt.Parameters.AddWithValue("$seed", a.Seed);
                attempt.Parameters.AddWithValue("$count", a.QuestionCount);
                attempt.Parameters.AddWithValue("$at", Rows.Millis(a.StartedAt));
                attempt.Parameters.AddWithValue("$offset", Rows.OffsetMinutes(a.StartedAt));
                attempt.Parameters.AddWithValue("$end", a.FinishedAt is { } end ? Rows.Millis(end) : DBNull.Value);
                attempt.Parameters.AddWithValue("$endOffset", a.FinishedAt is { } e ? Rows.OffsetMinutes(e) : DBNull.Value);
                attempt.Parameters.AddWithValue("$score", a.Score);
                attempt.Parameters.AddWithValue("$kind", Rows.KindKey(a.Kind));
                attempt.Parameters.AddWithValue("$abandoned", a.Abandoned ? 1 : 0);
                ids[a.Id] = (long)attempt.ExecuteScalar()!;
                UpsertProfile(transaction, a.Profile, a.StartedAt);
            }
            using var insert = Command(transaction, InsertAnswerSql + ";");
            foreach (var a in answers)
            {
                insert.Parameters.Clear();
                BindAnswer(insert, a, ids.GetValueOrDefault(a.AttemptId, a.AttemptId));
                insert.ExecuteNonQuery();
            }
            Schema.ReplayReviewState(_connection, transaction);
            return 0;
        });
    }

    private const string InsertAnswerSql = """
        INSERT INTO answers (attempt_id, profile, event_id, quiz_id, question_id, question_type, skill, answer, answer_text,
                             score, verdict, time_taken_ms, answered_at, answered_offset)
        VALUES ($attempt, $profile, $event, $quiz, $question, $type, $skill, $answer, $text,
                $score, $verdict, $taken, $at, $offset)
        """;

    private static void BindAnswer(SqliteCommand insert, AnswerRecord answer, long attemptId)
    {
        insert.Parameters.AddWithValue("$attempt", attemptId);
        insert.Parameters.AddWithValue("$profile", answer.Profile);
        insert.Parameters.AddWithValue("$event", answer.EventId);
        insert.Parameters.AddWithValue("$quiz", answer.QuizId);
        insert.Parameters.AddWithValue("$question", answer.QuestionId);
        insert.Parameters.AddWithValue("$type", answer.QuestionType);
        insert.Parameters.AddWithValue("$skill", QuizTui.Core.Model.Skills.Key(answer.Skill));
        insert.Parameters.AddWithValue("$answer", answer.Answer);
        insert.Parameters.AddWithValue("$text", answer.AnswerText);
        insert.Parameters.AddWithValue("$score", answer.Score);
        insert.Parameters.AddWithValue("$verdict", Rows.VerdictKey(answer.Verdict));
        insert.Parameters.AddWithValue("$taken", (long)Math.Round(answer.TimeTaken.TotalMilliseconds));
        insert.Parameters.AddWithValue("$at", Rows.Millis(answer.AnsweredAt));
        insert.Parameters.AddWithValue("$offset", Rows.OffsetMinutes(answer.AnsweredAt));
    }

    /// <summary>Runs a statement on the store's own connection and returns its first value (tests fill the disk with max_page_count).</summary>
    internal object? ExecuteOnConnection(string sql) =>
        Read(() =>
        {
            using var command = Command(null, sql);
            return command.ExecuteScalar();
        });

    public void Dispose()
    {
        lock (_lock)
            _connection.Dispose();
    }

    /// <summary>Keeps the newest row of each question of a run (an answer changed within a run adds a row).</summary>
    private const string LatestPerQuestion =
        "a.id = (SELECT max(b.id) FROM answers b WHERE b.attempt_id = a.attempt_id AND b.question_id = a.question_id)";

    private void UpsertProfile(SqliteTransaction transaction, string name, DateTimeOffset at)
    {
        using var command = Command(transaction, """
            INSERT INTO profiles (name, created_at, last_used_at) VALUES ($name, $at, $at)
            ON CONFLICT (name) DO UPDATE SET last_used_at = max(last_used_at, excluded.last_used_at);
            """);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$at", Rows.Millis(at));
        command.ExecuteNonQuery();
    }

    private List<AttemptRecord> ReadAttempts(string where, Action<SqliteCommand> bind) =>
        Read(() =>
        {
            using var command = Command(null, $"SELECT {Rows.AttemptColumns} FROM attempts {where};");
            bind(command);
            using var reader = command.ExecuteReader();
            var list = new List<AttemptRecord>();
            while (reader.Read())
                list.Add(Rows.ReadAttempt(reader));
            return list;
        });

    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Runs <paramref name="work"/> in its own write transaction, committed before returning.</summary>
    private T Write<T>(Func<SqliteTransaction, T> work) =>
        Read(() =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = work(transaction);
            transaction.Commit();
            return result;
        });

    /// <summary>
    /// A write that may be lost in a power cut at no cost (it can be done again): committed without
    /// the flush to disk that every other write waits for.
    /// </summary>
    private T WriteWithoutWaitingForTheDisk<T>(Func<SqliteTransaction, T> work) =>
        Read(() =>
        {
            Schema.Execute(_connection, null, "PRAGMA synchronous = NORMAL;");
            try
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                var result = work(transaction);
                transaction.Commit();
                return result;
            }
            finally
            {
                Schema.Execute(_connection, null, "PRAGMA synchronous = FULL;");
            }
        });

    private T Read<T>(Func<T> work)
    {
        lock (_lock)
        {
            try
            {
                return work();
            }
            catch (SqliteException e)
            {
                throw ScoreDatabase.Translate(e, DatabasePath, _options);
            }
        }
    }
}
