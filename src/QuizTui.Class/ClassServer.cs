using System.Net.Sockets;
using Npgsql;

namespace QuizTui.Class;

/// <summary>
/// A connection to one class on a PostgreSQL server, as an instructor or as a student. Every
/// failure comes out as a <see cref="ClassException"/> whose message names the server as
/// user@host:port/database, never with the password or the connection string.
/// </summary>
public sealed class ClassServer : IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _unpooled;

    private ClassServer(NpgsqlDataSource dataSource, NpgsqlDataSource unpooled, ClassNames names, string description, string user)
    {
        _dataSource = dataSource;
        _unpooled = unpooled;
        Names = names;
        Description = description;
        User = user;
    }

    public ClassNames Names { get; }

    /// <summary>The server for messages: user@host:port/database.</summary>
    public string Description { get; }

    /// <summary>The login used, as given (empty when left to PGUSER or the login name).</summary>
    public string User { get; }

    /// <summary>
    /// A server to talk to (nothing is sent until the first command). <paramref name="timeout"/> bounds
    /// connecting, so an unreachable server is reported in seconds rather than minutes.
    /// </summary>
    public static ClassServer Create(NpgsqlConnectionStringBuilder settings, ClassNames names, TimeSpan? timeout = null)
    {
        var copy = new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            Timeout = Math.Max(1, (int)(timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds),
            // Idle connections are closed soon, so a class of students does not hold the server's slots.
            ConnectionIdleLifetime = 30,
            MaxPoolSize = 4,
            ApplicationName = string.IsNullOrEmpty(settings.ApplicationName) ? "quiztui" : settings.ApplicationName,
        };
        var unpooled = new NpgsqlConnectionStringBuilder(copy.ConnectionString) { Pooling = false };
        return new ClassServer(Build(copy), Build(unpooled), names, ServerAddress.Describe(copy), copy.Username ?? "");
    }

    /// <summary>
    /// The slim builder keeps the app small and free of trimming warnings; TLS is switched on so
    /// sslmode in the connection string is honoured.
    /// </summary>
    private static NpgsqlDataSource Build(NpgsqlConnectionStringBuilder settings)
    {
        var builder = new NpgsqlSlimDataSourceBuilder(settings.ConnectionString);
        builder.EnableTransportSecurity();
        return builder.Build();
    }

    /// <summary>Opens a connection, or says in one line why it cannot.</summary>
    public Task<NpgsqlConnection> OpenAsync(CancellationToken cancel = default) => OpenAsync(_dataSource, cancel);

    public NpgsqlConnection Open() => OpenAsync().GetAwaiter().GetResult();

    /// <summary>
    /// Opens a connection outside the pool, closed for good when disposed (a connection kept by its
    /// user, see <see cref="KeptConnection"/>); or says in one line why it cannot.
    /// </summary>
    internal Task<NpgsqlConnection> OpenUnpooledAsync(CancellationToken cancel = default) => OpenAsync(_unpooled, cancel);

    private async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource source, CancellationToken cancel)
    {
        try
        {
            return await source.OpenConnectionAsync(cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (IsServerFault(e) || e is InvalidOperationException)
        {
            throw Translate(e);
        }
    }

    /// <summary>True for a failure of the server or of the way to it (as opposed to a fault of ours).</summary>
    internal static bool IsServerFault(Exception e) => e is NpgsqlException or TimeoutException or SocketException or IOException;

    /// <summary>Runs <paramref name="work"/> on an open connection; a server fault becomes a <see cref="ClassException"/>.</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancel = default)
    {
        await using var connection = await OpenAsync(cancel).ConfigureAwait(false);
        try
        {
            return await work(connection).ConfigureAwait(false);
        }
        catch (Exception e) when (IsServerFault(e))
        {
            // A connection cut (the server restarted, the network dropped) takes the pooled ones with it.
            if (e is not PostgresException)
                _dataSource.Clear();
            throw Translate(e);
        }
    }

    public T Run<T>(Func<NpgsqlConnection, T> work) =>
        RunAsync(c => Task.FromResult(work(c))).GetAwaiter().GetResult();

    /// <summary>The class's schema version on the server: 0 when the class is not set up there.</summary>
    public int SchemaVersion() => Run(connection => SchemaVersion(connection, null));

    internal int SchemaVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL;", connection, transaction);
        exists.Parameters.Add(new NpgsqlParameter { Value = ClassNames.Quote(Names.Schema) + ".schema_version" });
        if (!(bool)exists.ExecuteScalar()!)
            return 0;
        using var version = new NpgsqlCommand($"SELECT version FROM {ClassNames.Quote(Names.Schema)}.schema_version;", connection, transaction);
        return version.ExecuteScalar() is int v ? v : 0;
    }

    /// <summary>Logs in and checks the class is there, at this QuizTui's schema version; throws a <see cref="ClassException"/> saying why not.</summary>
    public void Check() => Run(connection =>
    {
        RequireSchema(connection);
        return 0;
    });

    /// <summary>Fails unless the class is set up at this QuizTui's schema version.</summary>
    internal void RequireSchema(NpgsqlConnection connection)
    {
        int version = SchemaVersion(connection, null);
        if (version == 0)
            throw new ClassException(ClassProblem.NotSetUp, $"the class '{Names.Name}' is not set up on {Description}; the instructor sets it up with: quiztui class init --server URL --name {Names.Name}");
        if (version > ServerSchema.LatestVersion)
            throw new ClassException(ClassProblem.NotSetUp, $"the class '{Names.Name}' on {Description} was set up by a newer QuizTui (schema {version}; this one knows up to {ServerSchema.LatestVersion}); update QuizTui");
        if (version < ServerSchema.LatestVersion)
            throw new ClassException(ClassProblem.NotSetUp, $"the class '{Names.Name}' on {Description} has schema {version}; the instructor upgrades it with: quiztui class init --server URL --name {Names.Name}");
    }

    /// <summary>A person-readable <see cref="ClassException"/> for a failure talking to the server.</summary>
    public ClassException Translate(Exception e)
    {
        if (e is ClassException known)
            return known;
        if (e is PostgresException pg)
        {
            return pg.SqlState switch
            {
                "28P01" or "28000" => new ClassException(ClassProblem.LoginRefused,
                    $"the class server {Description} refused the login{UserWords}: the password is wrong, or the login was removed or is not allowed from here ({pg.MessageText})"),
                "42501" => new ClassException(ClassProblem.NotAllowed,
                    $"the login{UserWords} may not do this on {Description} ({pg.MessageText})"),
                "3D000" => new ClassException(ClassProblem.BadInput, $"{Description}: {pg.MessageText}; check the database name in the server setting"),
                "3F000" or "42P01" => new ClassException(ClassProblem.NotSetUp,
                    $"the class '{Names.Name}' is not set up on {Description}; the instructor sets it up with: quiztui class init --server URL --name {Names.Name}"),
                "53300" => new ClassException(ClassProblem.Unreachable, $"the class server {Description} has no free connection now ({pg.MessageText}); it is tried again later"),
                "57P01" or "57P02" or "57P03" => new ClassException(ClassProblem.Unreachable, $"the class server {Description} is shutting down or starting ({pg.MessageText})"),
                _ => new ClassException(ClassProblem.Failed, $"the class server {Description} reported: {pg.MessageText} ({pg.SqlState})"),
            };
        }
        string detail = Reason(e);
        if (detail.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            return new ClassException(ClassProblem.LoginRefused,
                $"the class server {Description} asks for a password and none was given: put it in PGPASSWORD or ~/.pgpass (or in the connection string)");
        }
        if (detail.Contains("SSL", StringComparison.Ordinal) || detail.Contains("TLS", StringComparison.Ordinal) || detail.Contains("certificate", StringComparison.OrdinalIgnoreCase))
            return new ClassException(ClassProblem.Unreachable, $"no secure connection to the class server {Description} ({detail}); check sslmode and the server's certificate");
        return new ClassException(ClassProblem.Unreachable, $"cannot reach the class server {Description} ({detail})");
    }

    private string UserWords => User.Length == 0 ? "" : $" of {User}";

    /// <summary>The innermost cause in a few words, e.g. "Connection refused".</summary>
    private static string Reason(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null && inner is not SocketException)
            inner = inner.InnerException;
        string text = inner is SocketException socket ? socket.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused: the server is down or the port is wrong",
            SocketError.HostNotFound or SocketError.NoData => "no such host",
            SocketError.TimedOut => "timed out",
            SocketError.NetworkUnreachable or SocketError.HostUnreachable => "no network route to the server",
            _ => socket.Message,
        } : inner is TimeoutException ? "timed out" : inner.Message;
        text = text.Split('\n', 2)[0].Trim().TrimEnd('.');
        return text.Length > 160 ? text[..159] + "…" : text;
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _unpooled.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await _unpooled.DisposeAsync().ConfigureAwait(false);
    }
}
