using Npgsql;

namespace QuizTui.Class;

/// <summary>
/// One connection to the class server, kept open from one round of sending to the next while it is
/// in use, and closed once it has not been used for <see cref="IdleLifetime"/> or after any failure
/// (the next round opens a new one).
/// </summary>
/// <remarks>
/// A pool is no help to a sender that is busy a few milliseconds every second: the pool counts the
/// connection idle whenever it looks, and closes it every idle lifetime. Each new connection costs a
/// login (a SCRAM exchange on both sides) and a new server process whose caches start cold, many
/// times the cost of the insert it was opened for; a class of students answering at once spent more
/// of the server's processor on logging in again than on their answers. Not thread-safe: one sender
/// uses it at a time.
/// </remarks>
internal sealed class KeptConnection(ClassServer server, TimeSpan idleLifetime, Func<DateTimeOffset>? clock = null) : IAsyncDisposable
{
    private readonly Func<DateTimeOffset> _clock = clock ?? (() => DateTimeOffset.UtcNow);
    private NpgsqlConnection? _connection;
    private DateTimeOffset _lastUsed;

    public TimeSpan IdleLifetime { get; } = idleLifetime;

    /// <summary>True while a connection is open.</summary>
    public bool IsOpen => _connection is not null;

    /// <summary>Runs <paramref name="work"/> on the kept connection (opened first if need be); a server fault becomes a <see cref="ClassException"/> and closes it.</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancel = default)
    {
        await CloseIfIdleAsync().ConfigureAwait(false);
        if (_connection is { State: not System.Data.ConnectionState.Open })
            await CloseAsync().ConfigureAwait(false);
        _connection ??= await server.OpenUnpooledAsync(cancel).ConfigureAwait(false);
        try
        {
            var result = await work(_connection).ConfigureAwait(false);
            _lastUsed = _clock();
            return result;
        }
        catch (Exception e)
        {
            // Whatever went wrong (a cut, a refusal, a cancelled command), the connection's state is
            // not known any more: the next round starts on a new one.
            await CloseAsync().ConfigureAwait(false);
            if (ClassServer.IsServerFault(e))
                throw server.Translate(e);
            throw;
        }
    }

    /// <summary>Closes the connection if it was not used for <see cref="IdleLifetime"/>, so an idle app holds none of the server's connections.</summary>
    public async Task CloseIfIdleAsync()
    {
        if (_connection is not null && _clock() - _lastUsed >= IdleLifetime)
            await CloseAsync().ConfigureAwait(false);
    }

    private async Task CloseAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is not null)
        {
            try
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (ClassServer.IsServerFault(e))
            {
                // Closing a broken connection can fail; it is gone either way.
            }
        }
    }

    public ValueTask DisposeAsync() => new(CloseAsync());
}
