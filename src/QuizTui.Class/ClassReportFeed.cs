using Npgsql;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Class;

/// <summary>What the class has received so far; it changes whenever the report would.</summary>
/// <param name="Answers">Answers received, over every student.</param>
/// <param name="FinishedRuns">Finished runs received.</param>
/// <param name="Students">Students ever added.</param>
/// <param name="Removed">Students removed.</param>
public sealed record ClassActivity(long Answers, long FinishedRuns, long Students, long Removed);

/// <summary>
/// The class report kept up to date for a live view: the class's activity counts (a few rows, one
/// per student) are read every <see cref="PollInterval"/>, and the report is read again when they
/// changed, and every <see cref="Fallback"/> anyway. A server that cannot be used is a
/// <see cref="Problem"/>, tried again at the next poll; the last report stays.
/// </summary>
/// <remarks>
/// Polling a small table costs the server little; announcing each answer with <c>NOTIFY</c> instead
/// made every student's commit wait for all the others' (PostgreSQL serialises notifying commits).
/// </remarks>
public sealed class ClassReportFeed : IAsyncDisposable
{
    private readonly ClassServer _server;
    private readonly Func<ContentLibrary> _content;
    private readonly CancellationTokenSource _stop = new();
    private Task? _read;
    private volatile LiveClassReport? _latest;
    private volatile string? _problem;
    private int _version;

    /// <param name="content">The packs for question text and speakers' names (asked again now and then, as packs are published).</param>
    public ClassReportFeed(ClassServer server, Func<ContentLibrary> content)
    {
        _server = server;
        _content = content;
    }

    /// <summary>How often the activity counts are read: the longest an arrival waits to be noticed.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The report is read this often even with nothing new (the time "ago" moving on).</summary>
    public TimeSpan Fallback { get; init; } = TimeSpan.FromSeconds(15);

    public LiveClassReport? Latest => _latest;

    /// <summary>Counts new reports and problems; a view redraws when it changes.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>Why the server cannot be used now, or null.</summary>
    public string? Problem => _problem;

    public void Start() => _read ??= Task.Run(() => ReadAsync(_stop.Token));

    /// <summary>The class's activity counts, read in one statement.</summary>
    public static Task<ClassActivity> ActivityAsync(ClassServer server, CancellationToken cancel = default) =>
        server.RunAsync(async connection =>
        {
            string s = ClassNames.Quote(server.Names.Schema);
            await using var command = new NpgsqlCommand($"""
                SELECT (SELECT coalesce(sum(answers), 0)::bigint FROM {s}.activity),
                       (SELECT coalesce(sum(finished_runs), 0)::bigint FROM {s}.activity),
                       (SELECT count(*) FROM {s}.students),
                       (SELECT count(removed_at) FROM {s}.students);
                """, connection);
            await using var reader = await command.ExecuteReaderAsync(cancel).ConfigureAwait(false);
            await reader.ReadAsync(cancel).ConfigureAwait(false);
            return new ClassActivity(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }, cancel);

    private async Task ReadAsync(CancellationToken stop)
    {
        ClassActivity? seen = null;
        DateTimeOffset readAt = DateTimeOffset.MinValue;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                // The counts first: anything arriving while the report is read is read at the next poll.
                var activity = await ActivityAsync(_server, stop).ConfigureAwait(false);
                if (activity != seen || _problem is not null || DateTimeOffset.UtcNow - readAt >= Fallback)
                {
                    _latest = await ClassReportQuery.ReadAsync(_server, _content(), stop).ConfigureAwait(false);
                    (seen, readAt, _problem) = (activity, DateTimeOffset.UtcNow, null);
                    Interlocked.Increment(ref _version);
                }
            }
            catch (ClassException e)
            {
                if (_problem != e.Message)
                {
                    _problem = e.Message;
                    Interlocked.Increment(ref _version);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await Task.Delay(PollInterval, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_read is not null)
        {
            try
            {
                await _read.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stop.Dispose();
    }
}
