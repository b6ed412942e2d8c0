using Microsoft.Data.Sqlite;
using QuizTui.Core.Progress;

namespace QuizTui.Storage;

/// <summary>One step of the schema, from the version before it to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Description, Action<SqliteConnection, SqliteTransaction> Apply);

/// <summary>
/// The database schema, versioned with <c>PRAGMA user_version</c>. Migrations only go forward,
/// run at start-up, each in its own transaction, and are never edited once released: a change is
/// a new migration at the end of <see cref="Migrations"/>.
/// </summary>
/// <remarks>
/// Times are kept as Unix milliseconds (UTC) plus the learner's UTC offset in minutes, so they sort
/// and compare as numbers and still come back in the time zone they were taken in.
/// </remarks>
internal static class Schema
{
    /// <summary>Version 1: runs and the answer log.</summary>
    public const string V1 = """
        CREATE TABLE attempts (
            id              INTEGER PRIMARY KEY,
            profile         TEXT    NOT NULL,
            event_id        TEXT    NOT NULL,
            quiz_id         TEXT    NOT NULL,
            seed            INTEGER NOT NULL,
            question_count  INTEGER NOT NULL,
            started_at      INTEGER NOT NULL,
            started_offset  INTEGER NOT NULL,
            finished_at     INTEGER,
            finished_offset INTEGER,
            score           REAL    NOT NULL DEFAULT 0
        );
        CREATE INDEX attempts_by_quiz ON attempts (profile, event_id, quiz_id);

        CREATE TABLE answers (
            id              INTEGER PRIMARY KEY,
            attempt_id      INTEGER NOT NULL REFERENCES attempts (id),
            profile         TEXT    NOT NULL,
            event_id        TEXT    NOT NULL,
            quiz_id         TEXT    NOT NULL,
            question_id     TEXT    NOT NULL,
            question_type   TEXT    NOT NULL,
            skill           TEXT    NOT NULL,
            answer          TEXT    NOT NULL,
            answer_text     TEXT    NOT NULL,
            score           REAL    NOT NULL,
            verdict         TEXT    NOT NULL,
            time_taken_ms   INTEGER NOT NULL,
            answered_at     INTEGER NOT NULL,
            answered_offset INTEGER NOT NULL
        );
        CREATE INDEX answers_by_attempt ON answers (attempt_id);
        CREATE INDEX answers_by_profile_time ON answers (profile, answered_at);
        """;

    /// <summary>Version 2: learners as their own table; kinds of runs (quiz, review, cram) and abandoned runs.</summary>
    public const string V2 = """
        CREATE TABLE profiles (
            name         TEXT    PRIMARY KEY,
            created_at   INTEGER NOT NULL,
            last_used_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO profiles (name, created_at, last_used_at)
            SELECT profile, MIN(started_at), MAX(started_at) FROM attempts GROUP BY profile;

        ALTER TABLE attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'quiz';
        ALTER TABLE attempts ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX attempts_unfinished ON attempts (profile, finished_at);
        """;

    /// <summary>Version 3: the review box of each question, kept in step with the log (filled by replaying it).</summary>
    public const string V3 = """
        CREATE TABLE review_state (
            profile          TEXT    NOT NULL,
            event_id         TEXT    NOT NULL,
            quiz_id          TEXT    NOT NULL,
            question_id      TEXT    NOT NULL,
            box              INTEGER NOT NULL,
            last_answered_at INTEGER NOT NULL,
            last_offset      INTEGER NOT NULL,
            misses           INTEGER NOT NULL,
            PRIMARY KEY (profile, event_id, quiz_id, question_id)
        ) WITHOUT ROWID;
        """;

    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "runs and the answer log", (c, t) => Execute(c, t, V1)),
        new(2, "profiles; kinds of runs", (c, t) => Execute(c, t, V2)),
        new(3, "review boxes", (c, t) =>
        {
            Execute(c, t, V3);
            ReplayReviewState(c, t);
        }),
    ];

    public static int LatestVersion => Migrations[^1].Version;

    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Rebuilds every learner's review boxes from the answer log.</summary>
    public static void ReplayReviewState(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, transaction, "DELETE FROM review_state;");
        var log = Rows.ReadAnswers(connection, transaction, "ORDER BY answered_at, id", _ => { });
        foreach (var profileLog in log.GroupBy(a => a.Profile))
        {
            foreach (var state in LeitnerScheduler.Replay(profileLog).Values)
                Rows.WriteReviewState(connection, transaction, state);
        }
    }
}
