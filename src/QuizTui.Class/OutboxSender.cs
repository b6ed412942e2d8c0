using Npgsql;
using QuizTui.Storage;

namespace QuizTui.Class;

/// <summary>What one round of sending did.</summary>
/// <param name="Sent">Items the server now has (including copies it already had).</param>
/// <param name="Waiting">Items still waiting afterwards.</param>
public sealed record SendResult(int Sent, int Waiting);

/// <summary>
/// Sends what waits in the local outbox to the class server: the oldest items first, a batch per
/// transaction (one round trip), each row inserted with <c>ON CONFLICT DO NOTHING</c> on its global id. A batch is
/// acknowledged locally only after the server committed it, so a crash at any moment at worst sends
/// a batch again, and the server keeps one copy of each answer.
/// </summary>
public static class OutboxSender
{
    public const int BatchSize = 200;

    /// <summary>Sends until the outbox is empty (or <paramref name="maxBatches"/> batches were sent), each batch on a connection of the pool.</summary>
    /// <exception cref="ClassException">The server could not be reached or refused; what was committed before stays acknowledged.</exception>
    public static Task<SendResult> SendAsync(SqliteScoreStore store, ClassServer server, int maxBatches = int.MaxValue, CancellationToken cancel = default) =>
        SendAsync(store, server.Names, work => server.RunAsync(work, cancel), maxBatches, cancel);

    /// <summary>Sends until the outbox is empty, on a connection kept from one round to the next.</summary>
    /// <exception cref="ClassException">The server could not be reached or refused; what was committed before stays acknowledged.</exception>
    internal static Task<SendResult> SendAsync(SqliteScoreStore store, ClassServer server, KeptConnection connection, CancellationToken cancel = default) =>
        SendAsync(store, server.Names, work => connection.RunAsync(work, cancel), int.MaxValue, cancel);

    private static async Task<SendResult> SendAsync(SqliteScoreStore store, ClassNames names, Func<Func<NpgsqlConnection, Task<int>>, Task<int>> run,
        int maxBatches, CancellationToken cancel)
    {
        int sent = 0;
        for (int batch = 0; batch < maxBatches; batch++)
        {
            var items = store.PeekOutbox(BatchSize);
            if (items.Count == 0)
                break;
            await run(async connection =>
            {
                // One round trip: a batch with no explicit transaction runs in one implicit
                // transaction, committed when its last statement succeeded, or not at all.
                await using var commands = new NpgsqlBatch(connection);
                foreach (var item in InLockOrder(items))
                    commands.BatchCommands.Add(Insert(names, item));
                await commands.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
                return 0;
            }).ConfigureAwait(false);
            // Committed on the server: now, and only now, the items leave the outbox.
            store.Acknowledge(items.Select(i => i.Seq).ToList());
            sent += items.Count;
        }
        return new SendResult(sent, store.OutboxCount());
    }

    /// <summary>
    /// The items in the order every sender inserts them: answers by question, verdict and answer,
    /// then finished runs. The server's triggers update rows the class shares (a question's
    /// summaries) in that order too, so two batches never wait for each other in a circle.
    /// </summary>
    internal static IEnumerable<OutboxItem> InLockOrder(IEnumerable<OutboxItem> items) =>
        items.OrderBy(i => i.Kind)
            .ThenBy(i => i.Answer?.EventId, StringComparer.Ordinal)
            .ThenBy(i => i.Answer?.QuizId, StringComparer.Ordinal)
            .ThenBy(i => i.Answer?.QuestionId, StringComparer.Ordinal)
            .ThenBy(i => i.Answer is { } a ? Rows.VerdictKey(a.Verdict) : null, StringComparer.Ordinal)
            .ThenBy(i => i.Answer?.Answer, StringComparer.Ordinal);

    private static NpgsqlBatchCommand Insert(ClassNames names, OutboxItem item)
    {
        string s = ClassNames.Quote(names.Schema);
        var attempt = item.Attempt;
        if (item.Kind == OutboxKind.Finish)
        {
            var finish = new NpgsqlBatchCommand($"""
                INSERT INTO {s}.finished_runs (attempt_id, run_kind, event_id, quiz_id, question_count, score, started_at, finished_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (attempt_id) DO NOTHING;
                """);
            Add(finish, Guid.Parse(item.Uid));
            Add(finish, Rows.KindKey(attempt.Kind));
            Add(finish, attempt.EventId);
            Add(finish, attempt.QuizId);
            Add(finish, attempt.QuestionCount);
            Add(finish, attempt.Score);
            Add(finish, attempt.StartedAt.ToUniversalTime());
            Add(finish, (attempt.FinishedAt ?? attempt.StartedAt).ToUniversalTime());
            return finish;
        }
        var a = item.Answer!;
        var answer = new NpgsqlBatchCommand($"""
            INSERT INTO {s}.answers (id, attempt_id, run_kind, event_id, quiz_id, question_id, question_type, skill, answer, answer_text,
                                     score, verdict, time_taken_ms, answered_at, answered_offset)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (id) DO NOTHING;
            """);
        Add(answer, Guid.Parse(item.Uid));
        Add(answer, Guid.Parse(item.AttemptUid));
        Add(answer, Rows.KindKey(attempt.Kind));
        Add(answer, a.EventId);
        Add(answer, a.QuizId);
        Add(answer, a.QuestionId);
        Add(answer, a.QuestionType);
        Add(answer, Core.Model.Skills.Key(a.Skill));
        Add(answer, a.Answer);
        Add(answer, a.AnswerText);
        Add(answer, a.Score);
        Add(answer, Rows.VerdictKey(a.Verdict));
        Add(answer, (long)Math.Round(a.TimeTaken.TotalMilliseconds));
        Add(answer, a.AnsweredAt.ToUniversalTime());
        Add(answer, (int)a.AnsweredAt.Offset.TotalMinutes);
        return answer;
    }

    private static void Add<T>(NpgsqlBatchCommand command, T value) => command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
}
