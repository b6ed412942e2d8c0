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

    /// <summary>A random (version 4) UUID as text, computed by SQLite: the globally unique id of an answer or a run.</summary>
    private const string NewUid = """
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
            || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        """;

    /// <summary>
    /// Version 4: a class server. Every answer and run gets a globally unique id (<c>uid</c>), so a
    /// class server can tell a copy it already has; answers and finished runs of a learner who joined a
    /// class are queued in <c>outbox</c> until the server has them.
    /// </summary>
    /// <remarks>
    /// Triggers give the ids and fill the outbox, in the same transaction as the answer itself: every
    /// writer (the app, a second copy of it, an import) gets them, and no answer can be committed
    /// without its outbox row, nor the other way round. The outbox names rows by their local id.
    /// </remarks>
    public static readonly string V4 = $"""
        ALTER TABLE attempts ADD COLUMN uid TEXT;
        ALTER TABLE answers ADD COLUMN uid TEXT;
        UPDATE attempts SET uid = {NewUid};
        UPDATE answers SET uid = {NewUid};
        CREATE UNIQUE INDEX attempts_by_uid ON attempts (uid);
        CREATE UNIQUE INDEX answers_by_uid ON answers (uid);

        CREATE TABLE outbox_profiles (
            profile   TEXT    PRIMARY KEY,
            joined_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE outbox (
            seq       INTEGER PRIMARY KEY,
            kind      TEXT    NOT NULL CHECK (kind IN ('answer', 'finish')),
            row_id    INTEGER NOT NULL,
            queued_at INTEGER NOT NULL
        );

        CREATE TRIGGER attempts_uid AFTER INSERT ON attempts WHEN NEW.uid IS NULL
        BEGIN
            UPDATE attempts SET uid = {NewUid} WHERE id = NEW.id;
        END;

        CREATE TRIGGER answers_uid AFTER INSERT ON answers WHEN NEW.uid IS NULL
        BEGIN
            UPDATE answers SET uid = {NewUid} WHERE id = NEW.id;
        END;

        CREATE TRIGGER answers_outbox AFTER INSERT ON answers
            WHEN EXISTS (SELECT 1 FROM outbox_profiles WHERE profile = NEW.profile)
        BEGIN
            INSERT INTO outbox (kind, row_id, queued_at) VALUES ('answer', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
        END;

        CREATE TRIGGER attempts_outbox AFTER UPDATE OF finished_at ON attempts
            WHEN OLD.finished_at IS NULL AND NEW.finished_at IS NOT NULL AND NEW.abandoned = 0
                AND EXISTS (SELECT 1 FROM outbox_profiles WHERE profile = NEW.profile)
        BEGIN
            INSERT INTO outbox (kind, row_id, queued_at) VALUES ('finish', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
        END;
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
        new(4, "ids for a class server; the outbox", (c, t) => Execute(c, t, V4)),
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
