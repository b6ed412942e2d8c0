using Npgsql;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Class;

/// <summary>
/// The class report kept up to date for a live view: a connection listens on the class's channel
/// (the server announces every insert of answers or finished runs), and the report is read again
/// at most <see cref="MinGap"/> after an announcement, and every <see cref="Fallback"/> anyway. A
/// lost connection is a <see cref="Problem"/>, tried again every few seconds; the last report stays.
/// </summary>
public sealed class ClassReportFeed : IAsyncDisposable
{
    private readonly ClassServer _server;
    private readonly Func<ContentLibrary> _content;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _announced = new(0, 1);
    private Task? _listen;
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

    /// <summary>The shortest time between two reads of the report.</summary>
    public TimeSpan MinGap { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The report is read this often even with no announcement (a missed one, the time "ago" moving on).</summary>
    public TimeSpan Fallback { get; init; } = TimeSpan.FromSeconds(15);

    public LiveClassReport? Latest => _latest;

    /// <summary>Counts new reports; a view redraws when it changes.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>Why the server cannot be used now, or null.</summary>
    public string? Problem => _problem;

    public void Start()
    {
        _listen ??= Task.Run(() => ListenAsync(_stop.Token));
        _read ??= Task.Run(() => ReadAsync(_stop.Token));
    }

    private void Announce()
    {
        try
        {
            _announced.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    private async Task ListenAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _server.OpenAsync(stop).ConfigureAwait(false);
                connection.Notification += (_, _) => Announce();
                await using (var listen = new NpgsqlCommand($"LISTEN {ClassNames.Quote(_server.Names.Channel)};", connection))
                    await listen.ExecuteNonQueryAsync(stop).ConfigureAwait(false);
                // Anything that arrived before listening began is read now.
                Announce();
                while (!stop.IsCancellationRequested)
                    await connection.WaitAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (e is ClassException or NpgsqlException or IOException or TimeoutException)
            {
                _problem = _server.Translate(e).Message;
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(3), stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReadAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                _latest = await ClassReportQuery.ReadAsync(_server, _content(), stop).ConfigureAwait(false);
                _problem = null;
                Interlocked.Increment(ref _version);
            }
            catch (ClassException e)
            {
                _problem = e.Message;
                Interlocked.Increment(ref _version);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await _announced.WaitAsync(Fallback, stop).ConfigureAwait(false);
                await Task.Delay(MinGap, stop).ConfigureAwait(false);
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
        foreach (var task in new[] { _listen, _read })
        {
            if (task is null)
                continue;
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stop.Dispose();
        _announced.Dispose();
    }
}
