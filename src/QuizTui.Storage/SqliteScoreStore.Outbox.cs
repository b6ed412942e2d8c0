using Microsoft.Data.Sqlite;
using QuizTui.Core.Progress;

namespace QuizTui.Storage;

/// <summary>What waits in the outbox: an answer, or a run that was finished.</summary>
public enum OutboxKind
{
    Answer,
    Finish,
}

/// <summary>
/// One item of the outbox, with everything a class server keeps of it: the answer (for
/// <see cref="OutboxKind.Answer"/>) and its run, each with its globally unique id.
/// </summary>
/// <param name="Seq">The item's place in the outbox; acknowledge it with <see cref="SqliteScoreStore.Acknowledge"/> once the server has it.</param>
/// <param name="Uid">The answer's id (or, for a finished run, the run's).</param>
public sealed record OutboxItem(long Seq, OutboxKind Kind, string Uid, string AttemptUid, AttemptRecord Attempt, AnswerRecord? Answer);

/// <summary>
/// The outbox: answers and finished runs of the learners who joined a class, kept in the same file
/// as the answers until the class server has them. The schema's triggers fill it in the same
/// transaction as each answer (<see cref="Schema.V4"/>); a sender reads it in order and
/// acknowledges what the server has committed, so a crash at any point sends an item again at
/// worst, which the server ignores by its id.
/// </summary>
public sealed partial class SqliteScoreStore
{
    /// <summary>From now on, the learner's answers and finished runs are queued for the class server.</summary>
    public void QueueForClass(string profile, DateTimeOffset at) =>
        Write(transaction =>
        {
            using var command = Command(transaction, "INSERT OR IGNORE INTO outbox_profiles (profile, joined_at) VALUES ($profile, $at);");
            command.Parameters.AddWithValue("$profile", profile);
            command.Parameters.AddWithValue("$at", Rows.Millis(at));
            return command.ExecuteNonQuery();
        });

    /// <summary>Stops queueing the learner's answers and drops what waits; returns how many items were dropped (their answers stay in the log).</summary>
    public int StopQueueing(string profile) =>
        Write(transaction =>
        {
            using var drop = Command(transaction, """
                DELETE FROM outbox WHERE (kind = 'answer' AND row_id IN (SELECT id FROM answers WHERE profile = $profile))
                                      OR (kind = 'finish' AND row_id IN (SELECT id FROM attempts WHERE profile = $profile));
                """);
            drop.Parameters.AddWithValue("$profile", profile);
            int dropped = drop.ExecuteNonQuery();
            using var unlink = Command(transaction, "DELETE FROM outbox_profiles WHERE profile = $profile;");
            unlink.Parameters.AddWithValue("$profile", profile);
            unlink.ExecuteNonQuery();
            return dropped;
        });

    /// <summary>True when the learner's answers are queued for a class server.</summary>
    public bool IsQueueing(string profile) =>
        Read(() =>
        {
            using var command = Command(null, "SELECT count(*) FROM outbox_profiles WHERE profile = $profile;");
            command.Parameters.AddWithValue("$profile", profile);
            return (long)command.ExecuteScalar()! > 0;
        });

    /// <summary>How many items wait to be sent.</summary>
    public int OutboxCount() =>
        Read(() =>
        {
            using var command = Command(null, "SELECT count(*) FROM outbox;");
            return (int)(long)command.ExecuteScalar()!;
        });

    /// <summary>The oldest items waiting, at most <paramref name="max"/>, in the order they were queued.</summary>
    public IReadOnlyList<OutboxItem> PeekOutbox(int max) =>
        Read(() =>
        {
            using var command = Command(null, $"""
                SELECT o.seq, o.kind, t.uid, {AttemptColumnsOf("t")}, a.uid, {AnswerColumnsOf("a")}
                FROM outbox o
                JOIN attempts t ON t.id = CASE o.kind WHEN 'finish' THEN o.row_id ELSE (SELECT attempt_id FROM answers WHERE id = o.row_id) END
                LEFT JOIN answers a ON o.kind = 'answer' AND a.id = o.row_id
                ORDER BY o.seq
                LIMIT $max;
                """);
            command.Parameters.AddWithValue("$max", max);
            using var reader = command.ExecuteReader();
            var items = new List<OutboxItem>();
            int attemptFrom = 3, answerUid = attemptFrom + AttemptColumnCount, answerFrom = answerUid + 1;
            while (reader.Read())
            {
                var attempt = ReadAttemptAt(reader, attemptFrom);
                var kind = reader.GetString(1) == "finish" ? OutboxKind.Finish : OutboxKind.Answer;
                var answer = kind == OutboxKind.Answer ? ReadAnswerAt(reader, answerFrom) : null;
                items.Add(new OutboxItem(reader.GetInt64(0), kind, kind == OutboxKind.Answer ? reader.GetString(answerUid) : reader.GetString(2),
                    reader.GetString(2), attempt, answer));
            }
            return items;
        });

    /// <summary>Removes items the class server has committed.</summary>
    /// <remarks>
    /// Committed without waiting for the disk (<c>synchronous = NORMAL</c>): a power cut may undo an
    /// acknowledgement, which only sends those items again, and the server ignores copies it has.
    /// The next answer's synchronous commit takes it to the disk anyway (the log is written in order).
    /// </remarks>
    public void Acknowledge(IReadOnlyCollection<long> seqs)
    {
        if (seqs.Count == 0)
            return;
        WriteWithoutWaitingForTheDisk(transaction =>
        {
            using var command = Command(transaction, "DELETE FROM outbox WHERE seq = $seq;");
            var seq = command.Parameters.Add("$seq", SqliteType.Integer);
            foreach (long s in seqs)
            {
                seq.Value = s;
                command.ExecuteNonQuery();
            }
            return 0;
        });
    }

    /// <summary>The global ids of a learner's answers, oldest first (to compare with a class server).</summary>
    public IReadOnlyList<string> AnswerUids(string profile) =>
        Read(() =>
        {
            using var command = Command(null, "SELECT uid FROM answers WHERE profile = $profile ORDER BY id;");
            command.Parameters.AddWithValue("$profile", profile);
            using var reader = command.ExecuteReader();
            var list = new List<string>();
            while (reader.Read())
                list.Add(reader.GetString(0));
            return list;
        });

    /// <summary>An attempt read from <see cref="Rows.AttemptColumns"/> starting at column <paramref name="at"/>.</summary>
    private static AttemptRecord ReadAttemptAt(SqliteDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetString(at + 1),
        r.GetString(at + 2),
        r.GetString(at + 3),
        r.GetInt32(at + 4),
        r.GetInt32(at + 5),
        Rows.Time(r.GetInt64(at + 6), r.GetInt64(at + 7)),
        r.IsDBNull(at + 8) ? null : Rows.Time(r.GetInt64(at + 8), r.IsDBNull(at + 9) ? 0 : r.GetInt64(at + 9)),
        r.GetDouble(at + 10),
        Rows.ParseKind(r.GetString(at + 11)),
        r.GetInt64(at + 12) != 0);

    /// <summary>An answer read from <see cref="Rows.AnswerColumns"/> starting at column <paramref name="at"/>.</summary>
    private static AnswerRecord ReadAnswerAt(SqliteDataReader r, int at) => new(
        r.GetInt64(at + 1),
        r.GetString(at + 2),
        r.GetString(at + 3),
        r.GetString(at + 4),
        r.GetString(at + 5),
        r.GetString(at + 6),
        Rows.ParseSkill(r.GetString(at + 7)),
        r.GetString(at + 8),
        r.GetString(at + 9),
        r.GetDouble(at + 10),
        Rows.ParseVerdict(r.GetString(at + 11)),
        TimeSpan.FromMilliseconds(r.GetInt64(at + 12)),
        Rows.Time(r.GetInt64(at + 13), r.GetInt64(at + 14)),
        r.GetInt64(at));

    private static readonly int AttemptColumnCount = Rows.AttemptColumns.Split(',').Length;

    private static string AttemptColumnsOf(string alias) => ColumnsOf(Rows.AttemptColumns, alias);

    private static string AnswerColumnsOf(string alias) => ColumnsOf(Rows.AnswerColumns, alias);

    private static string ColumnsOf(string columns, string alias) =>
        string.Join(", ", columns.Split(',', StringSplitOptions.TrimEntries).Select(c => alias + "." + c));
}
