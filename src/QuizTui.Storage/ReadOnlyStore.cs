using Microsoft.Data.Sqlite;

namespace QuizTui.Storage;

/// <summary>
/// Opens a score database for <see cref="ScoreDatabase.OpenReadOnly"/> without writing a byte in
/// its folder. SQLite opening a WAL database even read-only creates <c>-wal</c> and <c>-shm</c>
/// files beside it (and fails where it cannot), so the way in depends on what is there:
/// <list type="bullet">
/// <item>no <c>-wal</c>: no QuizTui has it open and every answer is in the file itself, which is
/// read as immutable (no locks, no files created);</item>
/// <item><c>-wal</c> and <c>-shm</c>: a QuizTui may be writing; SQLite reads through both with its
/// usual locking, and creates nothing;</item>
/// <item><c>-wal</c> alone (a backup copied without the shared-memory file SQLite rebuilds): the
/// file and its log are copied to a private temporary folder and read from there.</item>
/// </list>
/// A database of an earlier schema, or a temporary copy, is read into memory and migrated there.
/// </summary>
internal static class ReadOnlyStore
{
    public static SqliteScoreStore Open(string path, ScoreDatabaseOptions options)
    {
        string log = path + "-wal";
        if (!File.Exists(log))
            return Read(path, SqliteUri(path, immutable: true), intoMemory: false, options);
        if (File.Exists(path + "-shm"))
            return Read(path, SqliteUri(path, immutable: false), intoMemory: false, options);

        string copy = Directory.CreateTempSubdirectory("quiztui-read-").FullName;
        try
        {
            string db = Path.Combine(copy, "scores.db");
            File.Copy(path, db);
            File.Copy(log, db + "-wal");
            return Read(path, SqliteUri(db, immutable: false), intoMemory: true, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScoreStoreException(ScoreStoreProblem.ReadOnly, path, $"The score database {path} cannot be read: {e.Message}", e);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <param name="path">The database as the learner named it, for messages.</param>
    /// <param name="source">What SQLite opens: a <c>file:</c> URI.</param>
    private static SqliteScoreStore Read(string path, string source, bool intoMemory, ScoreDatabaseOptions options)
    {
        var connection = ScoreDatabase.CreateConnection(new SqliteConnectionStringBuilder
        {
            DataSource = source,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString(), path);
        try
        {
            connection.Open();
            Schema.Execute(connection, null, $"PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds};");
            ScoreDatabase.CheckReadable(connection);
            int version = ScoreDatabase.CheckOurs(connection, path);
            if (version == 0)
            {
                throw new ScoreStoreException(ScoreStoreProblem.NotOurs, path,
                    $"{path} is an empty SQLite database with no QuizTui scores in it; it was left as it is.");
            }
            if (version == Schema.LatestVersion && !intoMemory)
                return new SqliteScoreStore(connection, path, version, [], options);

            var memory = ScoreDatabase.CreateConnection("Data Source=:memory:", path);
            memory.Open();
            connection.BackupDatabase(memory);
            connection.Dispose();
            version = ScoreDatabase.Migrate(memory, version);
            return new SqliteScoreStore(memory, path, version, [], options);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            if (ScoreDatabase.IsUnreadable(e))
                throw ScoreDatabase.UnreadableFrom(e);
            if ((e.SqliteErrorCode & 0xFF) is 3 or 14 or 23)
                throw new ScoreStoreException(ScoreStoreProblem.ReadOnly, path, $"The score database {path} cannot be read ({e.Message.Split(": ", 2)[^1].Trim().TrimEnd('.')}).", e);
            throw ScoreDatabase.Translate(e, path, options);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The <c>file:</c> URI SQLite opens for a path (every segment escaped, so '?', '#' and '%'
    /// in a folder name stay part of the path); <c>immutable=1</c> reads without locks or side files.
    /// </summary>
    internal static string SqliteUri(string path, bool immutable)
    {
        string slashed = path.Replace('\\', '/');
        if (!slashed.StartsWith('/'))
            slashed = "/" + slashed;
        string escaped = string.Join('/', slashed.Split('/').Select(Uri.EscapeDataString));
        return "file:" + escaped + (immutable ? "?immutable=1" : "");
    }
}
