using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QuizTui.Storage;

/// <summary>
/// Opens the learner's score database: creates it and its folder when missing, migrates it to the
/// current schema, and turns every fault into a <see cref="ScoreStoreException"/> with a message to
/// show as is. A file that is not a readable SQLite database is renamed aside (never deleted) and a
/// fresh database is started; <see cref="SqliteScoreStore.Notices"/> then says where it went.
/// </summary>
public static class ScoreDatabase
{
    /// <summary>Opens (or creates) the score database at <paramref name="path"/>.</summary>
    /// <exception cref="ScoreStoreException">The database cannot be used; the message says why and what to do.</exception>
    public static SqliteScoreStore Open(string path, ScoreDatabaseOptions? options = null)
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

    private static SqliteScoreStore Connect(string path, ScoreDatabaseOptions options, List<string> notices)
    {
        var connection = new SqliteConnection(ConnectionString(path, options));
        try
        {
            connection.Open();
            Schema.Execute(connection, null, $"PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds};");
            string mode = Scalar<string>(connection, "PRAGMA journal_mode = WAL;");
            Schema.Execute(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
            string check = Scalar<string>(connection, "PRAGMA quick_check(1);");
            if (check != "ok")
                throw new Unreadable("the file is damaged");

            int version = Scalar<long>(connection, "PRAGMA user_version;") is var v ? (int)v : 0;
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
                throw new Unreadable(e.Message.Replace("SQLite Error ", "", StringComparison.Ordinal).Split(": ", 2)[^1].Trim().TrimEnd('.').Trim('\''));
            throw Translate(e, path, options);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs the migrations after <paramref name="version"/>, each in its own write transaction.</summary>
    private static int Migrate(SqliteConnection connection, int version)
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

    private static bool IsUnreadable(SqliteException e) => (e.SqliteErrorCode & 0xFF) is 11 or 26;

    internal static string ReadOnlyMessage(string path, string reason) =>
        $"Cannot write the score database {path}: {reason}. " +
        "Choose a writable file with --db PATH, or set QUIZTUI_DB=PATH.";

    /// <summary>A learner-facing exception for an SQLite failure.</summary>
    internal static ScoreStoreException Translate(SqliteException e, string path, ScoreDatabaseOptions options) => (e.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => new ScoreStoreException(ScoreStoreProblem.Locked, path,
            $"The score database {path} is in use by another running QuizTui, and it was still busy after {options.BusyTimeout.TotalSeconds:0.#} s. " +
            "Close the other QuizTui (or wait for it to finish) and try again.", e),
        3 or 8 or 14 or 23 => new ScoreStoreException(ScoreStoreProblem.ReadOnly, path, ReadOnlyMessage(path, "the location is read-only or cannot be opened"), e),
        11 or 26 => new ScoreStoreException(ScoreStoreProblem.Corrupt, path,
            $"The score database {path} is damaged ({e.Message}). Restart QuizTui: it will keep the file aside and start a new one.", e),
        13 => new ScoreStoreException(ScoreStoreProblem.Failed, path, $"The disk holding {path} is full; the last answer was not saved. Free some space and try again.", e),
        _ => new ScoreStoreException(ScoreStoreProblem.Failed, path, $"The score database {path} failed: {e.Message}", e),
    };

    /// <summary>The file is not a readable SQLite database.</summary>
    private sealed class Unreadable(string reason) : Exception(reason)
    {
        public string Reason { get; } = reason;
    }
}
