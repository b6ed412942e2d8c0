using QuizTui.Storage;

namespace QuizTui.Class;

/// <summary>How the class server looked at the last try, for a status line.</summary>
/// <param name="Reachable">True after a successful contact, false after a failed one, null before the first try.</param>
/// <param name="Waiting">Answers and finished runs waiting to be sent.</param>
/// <param name="Problem">Why the last try failed, in words (no password, no connection string).</param>
/// <param name="ProblemKind">What kind of failure it was: unreachable, or reached but refused.</param>
public sealed record ClassStatus(bool? Reachable, int Waiting, string? Problem, DateTimeOffset? LastContact, ClassProblem? ProblemKind = null);

/// <summary>How often the background work runs.</summary>
public sealed record ClassSyncOptions
{
    /// <summary>How often the outbox is looked at when nothing nudges (answers from another process).</summary>
    public TimeSpan SendInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait after a failed try before the next (the server is down or unreachable).</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often published packs are checked for a new version; null never.</summary>
    public TimeSpan? PackInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the sender keeps its connection open after it last sent something.</summary>
    public TimeSpan ConnectionIdleLifetime { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// A student's connection to the class while the app runs: sends the outbox in the background
/// (at once when nudged after an answer, and every few seconds anyway), fetches newly published
/// packs into the local cache, and keeps a <see cref="Status"/> for the status line. Never throws
/// into the app: every failure becomes a status, and local work goes on as before. Sending keeps
/// one connection open while answers come (<see cref="KeptConnection"/>) and closes it
/// <see cref="ClassSyncOptions.ConnectionIdleLifetime"/> after the last one.
/// </summary>
public sealed class ClassSync : IAsyncDisposable
{
    private readonly SqliteScoreStore _store;
    private readonly ClassServer _server;
    private readonly PackCache? _packs;
    private readonly ClassSyncOptions _options;
    private readonly SemaphoreSlim _nudge = new(0, 1);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly KeptConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private volatile ClassStatus _status;
    private int _packsChanged;

    public ClassSync(SqliteScoreStore store, ClassServer server, PackCache? packs = null, ClassSyncOptions? options = null)
    {
        _store = store;
        _server = server;
        _packs = packs;
        _options = options ?? new ClassSyncOptions();
        _connection = new KeptConnection(server, _options.ConnectionIdleLifetime);
        _status = new ClassStatus(null, SafeCount(), null, null);
    }

    public ClassStatus Status => _status;

    /// <summary>Raised (on a background thread) after a new version of a published pack was fetched.</summary>
    public event Action<IReadOnlyList<PublishedPack>>? PacksFetched;

    /// <summary>How many times packs were fetched; a screen compares it with the number it last saw.</summary>
    public int PacksChanged => Volatile.Read(ref _packsChanged);

    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Something was queued: send now rather than at the next interval.</summary>
    public void Nudge()
    {
        _status = _status with { Waiting = _status.Waiting + 1 };
        try
        {
            _nudge.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged; one round sends everything waiting.
        }
    }

    private async Task RunAsync(CancellationToken stop)
    {
        DateTimeOffset nextPacks = DateTimeOffset.MinValue;
        while (!stop.IsCancellationRequested)
        {
            bool ok = await TrySendAsync(stop).ConfigureAwait(false);
            if (ok && _packs is not null && _options.PackInterval is { } every && DateTimeOffset.UtcNow >= nextPacks)
            {
                nextPacks = DateTimeOffset.UtcNow + every;
                await TryFetchPacksAsync(stop).ConfigureAwait(false);
            }
            try
            {
                await _nudge.WaitAsync(ok ? _options.SendInterval : _options.RetryInterval, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round of sending; false when the server could not be used.</summary>
    public async Task<bool> TrySendAsync(CancellationToken cancel = default)
    {
        try
        {
            await _sending.WaitAsync(cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        try
        {
            var result = await OutboxSender.SendAsync(_store, _server, _connection, cancel).ConfigureAwait(false);
            if (result.Sent == 0 && _status.Reachable != true)
                await _connection.RunAsync(_ => Task.FromResult(0), cancel).ConfigureAwait(false);
            if (result.Sent == 0)
                await _connection.CloseIfIdleAsync().ConfigureAwait(false);
            _status = new ClassStatus(true, result.Waiting, null, DateTimeOffset.UtcNow);
            return true;
        }
        catch (ClassException e)
        {
            _status = _status with { Reachable = false, Waiting = SafeCount(), Problem = e.Message, ProblemKind = e.Problem };
            return false;
        }
        catch (ScoreStoreException e)
        {
            _status = _status with { Problem = e.Message };
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task TryFetchPacksAsync(CancellationToken cancel)
    {
        try
        {
            var fetched = await _packs!.RefreshAsync(_server, cancel).ConfigureAwait(false);
            if (fetched.Count > 0)
            {
                Interlocked.Increment(ref _packsChanged);
                PacksFetched?.Invoke(fetched);
            }
        }
        catch (Exception e) when (e is ClassException or IOException or UnauthorizedAccessException)
        {
            _status = _status with { Problem = e is ClassException ? e.Message : $"the class packs could not be kept on this computer ({e.Message})" };
        }
        catch (OperationCanceledException)
        {
        }
    }

    private int SafeCount()
    {
        try
        {
            return _store.OutboxCount();
        }
        catch (ScoreStoreException)
        {
            return _status?.Waiting ?? 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        await _sending.WaitAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
        _nudge.Dispose();
        _sending.Dispose();
    }
}
