using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QuizTui.Storage;

/// <summary>
/// Opens the learner's score database and turns every fault into a <see cref="ScoreStoreException"/>
/// with a message to show as is. <see cref="Open"/> creates the file and its folder when missing and
/// migrates it to the current schema; <see cref="OpenReadOnly"/> only reads, and changes, moves or
/// creates nothing. A file that is not a readable SQLite database is never changed by either: only
/// <see cref="OpenKeepingDamagedAside"/>, called when the app is about to show the learner where it
/// went, renames it aside (never deletes it) and starts a fresh database.
/// </summary>
public static class ScoreDatabase
{
    /// <summary>Opens (or creates) the score database at <paramref name="path"/> for reading and writing.</summary>
    /// <exception cref="ScoreStoreException">
    /// The database cannot be used; the message says why and what to do. A damaged file
    /// (<see cref="ScoreStoreProblem.Corrupt"/>) is left exactly as it was.
    /// </exception>
    public static SqliteScoreStore Open(string path, ScoreDatabaseOptions? options = null)
    {
        options ??= ScoreDatabaseOptions.Default;
        string full = Path.GetFullPath(path);
        EnsureFolder(full);
        try
        {
            return Connect(full, options, []);
        }
        catch (Unreadable unreadable)
        {
            throw Damaged(full, unreadable);
        }
    }

    /// <summary>
    /// Opens (or creates) the score database like <see cref="Open"/>, but a file that cannot be read
    /// is renamed aside (never deleted) and a fresh database started in its place;
    /// <see cref="SqliteScoreStore.Notices"/> then says where it went. Call it only when the learner
    /// will see those notices.
    /// </summary>
    /// <exception cref="ScoreStoreException">The database cannot be used; the message says why and what to do.</exception>
    public static SqliteScoreStore OpenKeepingDamagedAside(string path, ScoreDatabaseOptions? options = null)
    {
        options ??= ScoreDatabaseOptions.Default;
        string full = Path.GetFullPath(path);
        EnsureFolder(full);
        var notices = new List<string>();
        try
        {
            return Connect(full, options, notices);
        }
        catch (Unreadable unreadable)
        {
            string aside = KeepAside(full, options.Clock(), unreadable.Reason);
            notices.Add(
                $"The score database {full} could not be read ({unreadable.Reason}). It was kept as {aside}, " +
                "and a new, empty score database was started in its place. Nothing was deleted.");
            try
            {
                return Connect(full, options, notices);
            }
            catch (Unreadable again)
            {
                throw new ScoreStoreException(ScoreStoreProblem.Corrupt, full, $"The score database {full} could not be started ({again.Reason}).", again);
            }
        }
    }

    /// <summary>
    /// Opens an existing score database only to read it: nothing in the file, beside it or in its
    /// folder is changed, moved or created, so a read-only file, folder or disk is read as well as
    /// any other. A database of an earlier schema is migrated in a copy in memory.
    /// </summary>
    /// <exception cref="ScoreStoreException">The file is missing, empty, damaged or not a score database; it was left as it is.</exception>
    public static SqliteScoreStore OpenReadOnly(string path, ScoreDatabaseOptions? options = null)
    {
        options ??= ScoreDatabaseOptions.Default;
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new ScoreStoreException(ScoreStoreProblem.NotOurs, full, $"{full} is a folder, not a score database; --db names the SQLite file where answers are kept.");
        if (!File.Exists(full))
            throw new ScoreStoreException(ScoreStoreProblem.Missing, full, $"There is no score database at {full}.");
        CheckLooksLikeSqlite(full);
        try
        {
            return ReadOnlyStore.Open(full, options);
        }
        catch (Unreadable unreadable)
        {
            throw Damaged(full, unreadable);
        }
    }

    /// <summary>The name a file that cannot be read is given: <c>quiztui.db.corrupt-20250314-093000</c>.</summary>
    public static string AsideName(string path, DateTimeOffset now) =>
        path + ".corrupt-" + now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Creates a database at an earlier schema version (tests of migrations from every version).</summary>
    internal static void CreateAtVersion(string path, int version)
    {
        using var connection = new SqliteConnection(ConnectionString(path, ScoreDatabaseOptions.Default));
        connection.Open();
        Schema.Execute(connection, null, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
        foreach (var migration in Schema.Migrations.Where(m => m.Version <= version))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            migration.Apply(connection, transaction);
            Schema.Execute(connection, transaction, $"PRAGMA user_version = {migration.Version};");
            transaction.Commit();
        }
    }

    internal static string ConnectionString(string path, ScoreDatabaseOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        // Closed means closed: a file kept aside must not stay open in a pool.
        Pooling = false,
        DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
    }.ToString();

    /// <summary>
    /// A connection, not yet open. SQLite is a native library: when it cannot be loaded (a build
    /// folder missing its runtimes/ folder), the learner gets one line, not a type initializer's stack trace.
    /// </summary>
    internal static SqliteConnection CreateConnection(string connectionString, string path)
    {
        try
        {
            return new SqliteConnection(connectionString);
        }
        catch (TypeInitializationException e) when (MissingLibrary(e) is { } missing)
        {
            throw new ScoreStoreException(ScoreStoreProblem.Failed, path,
                $"SQLite, which keeps the scores, could not be loaded ({missing.Message.Split('\n', 2)[0].Split(". ", 2)[0].Trim().TrimEnd('.')}). " +
                "Reinstall QuizTui: the published quiztui carries SQLite inside it, and a build folder needs every file it came with.", missing);
        }
    }

    /// <summary>The native library (or the assembly binding it) that SQLite's loader could not find.</summary>
    private static Exception? MissingLibrary(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DllNotFoundException or FileNotFoundException or FileLoadException)
                return e;
        }
        return null;
    }

    private static SqliteScoreStore Connect(string path, ScoreDatabaseOptions options, List<string> notices)
    {
        var connection = CreateConnection(ConnectionString(path, options), path);
        try
        {
            connection.Open();
            Schema.Execute(connection, null, $"PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds};");
            // Checked before anything is written: a damaged file is left exactly as it was.
            CheckReadable(connection);
            string mode = Scalar<string>(connection, "PRAGMA journal_mode = WAL;");
            Schema.Execute(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");

            int version = CheckOurs(connection, path);
            int from = version;
            version = Migrate(connection, version);
            if (version > from && from > 0)
                notices.Add($"The score database was updated from schema {from} to {version}.");
            if (version == from)
                ProbeWrite(connection, version);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new ScoreStoreException(ScoreStoreProblem.ReadOnly, path, ReadOnlyMessage(path, "its journal cannot be written"));

            return new SqliteScoreStore(connection, path, version, notices, options);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            if (IsUnreadable(e))
                throw UnreadableFrom(e);
            throw Translate(e, path, options);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Throws <see cref="Unreadable"/> when SQLite finds the file damaged.</summary>
    internal static void CheckReadable(SqliteConnection connection)
    {
        string check = Scalar<string>(connection, "PRAGMA quick_check(1);");
        if (check != "ok")
            throw new Unreadable("its integrity check failed");
    }

    /// <summary>The schema version of a QuizTui database; throws for a newer QuizTui's or another program's file.</summary>
    internal static int CheckOurs(SqliteConnection connection, string path)
    {
        int version = (int)Scalar<long>(connection, "PRAGMA user_version;");
        if (version > Schema.LatestVersion)
        {
            throw new ScoreStoreException(ScoreStoreProblem.NotOurs, path,
                $"The score database {path} was written by a newer QuizTui (schema {version}; this one knows up to {Schema.LatestVersion}). " +
                "Update QuizTui, or use another file with --db PATH or QUIZTUI_DB.");
        }
        if (version == 0 && Scalar<long>(connection, "SELECT count(*) FROM sqlite_master;") > 0)
        {
            throw new ScoreStoreException(ScoreStoreProblem.NotOurs, path,
                $"{path} is an SQLite database of another program, not QuizTui scores; it was left as it is. " +
                "Use another file with --db PATH or QUIZTUI_DB.");
        }
        return version;
    }

    /// <summary>Refuses, before SQLite opens it, a file that is empty or does not start as an SQLite database does.</summary>
    private static void CheckLooksLikeSqlite(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length == 0)
            {
                throw new ScoreStoreException(ScoreStoreProblem.NotOurs, path,
                    $"{path} is empty, so it holds no scores; it was left as it is. --db names the SQLite file where QuizTui keeps answers.");
            }
            Span<byte> header = stackalloc byte[16];
            int read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (read < header.Length || !header.SequenceEqual("SQLite format 3\0"u8))
            {
                throw new ScoreStoreException(ScoreStoreProblem.NotOurs, path,
                    $"{path} is not a score database, so it was left untouched; --db names the SQLite file where answers are kept " +
                    "(a score export is read with 'quiztui report FILE').");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScoreStoreException(ScoreStoreProblem.ReadOnly, path, $"The score database {path} cannot be read: {e.Message}", e);
        }
    }

    private static ScoreStoreException Damaged(string path, Unreadable unreadable) =>
        new(ScoreStoreProblem.Corrupt, path,
            $"The score database {path} is damaged ({unreadable.Reason}); it was left as it is. " +
            "Restore a backup of it, or start the app, which keeps the damaged file aside and starts a new, empty database.", unreadable);

    /// <summary>Runs the migrations after <paramref name="version"/>, each in its own write transaction.</summary>
    internal static int Migrate(SqliteConnection connection, int version)
    {
        foreach (var migration in Schema.Migrations.Where(m => m.Version > version))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            // Another process may have migrated while this one waited for the lock.
            int current = (int)Scalar<long>(connection, "PRAGMA user_version;", transaction);
            if (current < migration.Version)
            {
                migration.Apply(connection, transaction);
                Schema.Execute(connection, transaction, $"PRAGMA user_version = {migration.Version};");
            }
            transaction.Commit();
            version = Math.Max(current, migration.Version);
        }
        return version;
    }

    /// <summary>Writes the header once, so a read-only file is found now rather than at the first answer.</summary>
    private static void ProbeWrite(SqliteConnection connection, int version)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Schema.Execute(connection, transaction, $"PRAGMA user_version = {version};");
        transaction.Commit();
    }

    internal static T Scalar<T>(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static void EnsureFolder(string path)
    {
        string? folder = Path.GetDirectoryName(path);
        if (Directory.Exists(path))
            throw new ScoreStoreException(ScoreStoreProblem.ReadOnly, path, ReadOnlyMessage(path, "it is a folder, not a file"));
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder))
            return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScoreStoreException(ScoreStoreProblem.ReadOnly, path, ReadOnlyMessage(path, $"its folder cannot be created ({e.Message.TrimEnd('.')})"), e);
        }
    }

    private static string KeepAside(string path, DateTimeOffset now, string reason)
    {
        string aside = AsideName(path, now);
        for (int n = 2; File.Exists(aside); n++)
            aside = AsideName(path, now) + "-" + n.ToString(CultureInfo.InvariantCulture);
        try
        {
            File.Move(path, aside);
            foreach (string suffix in new[] { "-wal", "-shm", "-journal" })
            {
                if (File.Exists(path + suffix))
                    File.Move(path + suffix, aside + suffix);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScoreStoreException(ScoreStoreProblem.Corrupt, path,
                $"The score database {path} could not be read ({reason}) and could not be moved aside ({e.Message.TrimEnd('.')}). " +
                "Nothing was changed. Move it yourself, or use another file with --db PATH or QUIZTUI_DB.", e);
        }
        return aside;
    }

    internal static bool IsUnreadable(SqliteException e) => (e.SqliteErrorCode & 0xFF) is 11 or 26;

    /// <summary>SQLite's words for why a file cannot be read ("file is not a database").</summary>
    internal static Unreadable UnreadableFrom(SqliteException e) =>
        new(e.Message.Replace("SQLite Error ", "", StringComparison.Ordinal).Split(": ", 2)[^1].Trim().TrimEnd('.').Trim('\''));

    internal static string ReadOnlyMessage(string path, string reason) =>
        $"Cannot write the score database {path}: {reason}. " +
        "Choose a writable file with --db PATH, or set QUIZTUI_DB=PATH.";

    /// <summary>
    /// A learner-facing exception for an SQLite failure. A full disk can reach SQLite as a "disk I/O
    /// error" rather than SQLITE_FULL (a write that fails part way); with next to no space left on
    /// the database's disk it is reported as the full disk it is.
    /// </summary>
    internal static ScoreStoreException Translate(SqliteException e, string path, ScoreDatabaseOptions options) => (e.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => new ScoreStoreException(ScoreStoreProblem.Locked, path,
            $"The score database {path} is in use by another program (another QuizTui, perhaps), and it was still busy after {options.BusyTimeout.TotalSeconds:0.#} s. " +
            "Close that program, or wait for it to finish.", e),
        13 => DiskFull(path, e),
        10 when options.FreeSpace(path) is < NearlyFull => DiskFull(path, e),
        3 or 8 or 14 or 23 => new ScoreStoreException(ScoreStoreProblem.ReadOnly, path, ReadOnlyMessage(path, "the location is read-only or cannot be opened"), e),
        11 or 26 => new ScoreStoreException(ScoreStoreProblem.Corrupt, path,
            $"The score database {path} is damaged ({e.Message}). Restart QuizTui: it will keep the file aside and start a new one.", e),
        _ => new ScoreStoreException(ScoreStoreProblem.Failed, path, $"The score database {path} failed: {e.Message}", e),
    };

    /// <summary>Free space below which a disk I/O error is taken for a full disk: less than SQLite needs for one more transaction.</summary>
    private const long NearlyFull = 1 << 20;

    private static ScoreStoreException DiskFull(string path, SqliteException e) =>
        new(ScoreStoreProblem.Full, path, $"The disk holding the score database {path} is full. Free some space on it.", e);

    /// <summary>The file is not a readable SQLite database.</summary>
    internal sealed class Unreadable(string reason) : Exception(reason)
    {
        public string Reason { get; } = reason;
    }
}
