using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace QuizTui.Class.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster: <c>initdb</c> and <c>pg_ctl</c> from the machine's PostgreSQL
/// (the newest version under /usr/lib/postgresql, else PATH), in a temporary folder, on a free port
/// with its Unix socket in that folder, password logins only (SCRAM), removed afterwards. Run as
/// root, the server runs as the <c>postgres</c> user (PostgreSQL refuses root). Without PostgreSQL
/// installed it fails, saying what to install: these tests never pass without a real server.
/// </summary>
public sealed class PgCluster : IDisposable
{
    public const string AdminUser = "quiztui_admin";
    public const string Database = "quiztui";

    private readonly string _bin;
    private readonly string? _runAs;
    private bool _stopped;

    public PgCluster() : this(maxConnections: 100, durable: false)
    {
    }

    /// <param name="durable">Keep fsync on (benchmarks); tests turn it off for speed.</param>
    /// <param name="settings">More server settings, as <c>name=value</c> (a benchmark's <c>track_commit_timestamp=on</c>).</param>
    public static PgCluster Create(int maxConnections, bool durable, params string[] settings) => new(maxConnections, durable, settings);

    private PgCluster(int maxConnections, bool durable, params string[] settings)
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL's server programs (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin or on PATH. " +
            "Install PostgreSQL (apt-get install -y postgresql); the class tests need a real server.");
        Folder = Path.Combine(Path.GetTempPath(), "quiztui-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Folder);
        _runAs = Environment.UserName != "root" ? null
            : File.ReadAllLines("/etc/passwd").Any(l => l.StartsWith("postgres:", StringComparison.Ordinal)) ? "postgres" : "nobody";
        AdminPassword = Guid.NewGuid().ToString("N");
        File.WriteAllText(Path.Combine(Folder, "pw"), AdminPassword + "\n");
        if (_runAs is not null)
            Run("chown", ["-R", _runAs, Folder], asServerUser: false);
        Port = FreePort();
        Run(Path.Combine(_bin, "initdb"),
            ["-D", DataFolder, "-U", AdminUser, "--pwfile", Path.Combine(Folder, "pw"), "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-instructions", "-N"]);
        string options = string.Join(' ',
            "-p", Port.ToString(CultureInfo.InvariantCulture), "-k", Folder, "-c", "listen_addresses=127.0.0.1",
            "-c", "max_connections=" + maxConnections.ToString(CultureInfo.InvariantCulture),
            // Without fsync a crash of the machine could lose data, which a throwaway cluster does not
            // mind; commits stay synchronous, so Stop (a crash of the server alone) loses no commit.
            durable ? "" : "-c fsync=off -c full_page_writes=off",
            string.Join(' ', settings.Select(setting => "-c " + setting)));
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
        using var connection = new NpgsqlConnection(AdminConnection("postgres").ConnectionString);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {Database};", connection);
        create.ExecuteNonQuery();
    }

    public string Folder { get; }
    public string DataFolder => Path.Combine(Folder, "data");
    public int Port { get; }
    public string AdminPassword { get; }

    /// <summary>The PostgreSQL version folder in use (e.g. /usr/lib/postgresql/15/bin).</summary>
    public string Binaries => _bin;

    /// <summary>Connection settings of the cluster's superuser.</summary>
    public NpgsqlConnectionStringBuilder AdminConnection(string database = Database) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = AdminUser,
        Password = AdminPassword,
        Pooling = false,
    };

    /// <summary>The server of the test database with no credentials, as a URI.</summary>
    public string ServerUri => $"postgresql://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{Database}";

    /// <summary>The test database's address with no credentials.</summary>
    public NpgsqlConnectionStringBuilder ServerUriSettings() => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = Database,
    };

    /// <summary>
    /// A new instructor login: not a superuser; may create roles and schemas in the test database,
    /// as a school's database administrator would set one up.
    /// </summary>
    public (string User, string Password) NewInstructor()
    {
        string user = "teacher_" + Guid.NewGuid().ToString("N")[..8];
        string password = "pw-" + Guid.NewGuid().ToString("N");
        // Grants on the database rewrite its one catalogue row: two at once from tests running in
        // parallel fail with "tuple concurrently updated", so they are made one at a time.
        lock (_databaseGrants)
            Execute($"CREATE ROLE {user} LOGIN CREATEROLE PASSWORD '{password}'; GRANT CREATE ON DATABASE {Database} TO {user};");
        return (user, password);
    }

    private readonly Lock _databaseGrants = new();

    /// <summary>The test database as an instructor's connection settings.</summary>
    public NpgsqlConnectionStringBuilder Connection(string user, string password) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = Database,
        Username = user,
        Password = password,
    };

    public void Execute(string sql, string database = Database)
    {
        using var connection = new NpgsqlConnection(AdminConnection(database).ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnection().ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (T)command.ExecuteScalar()!;
    }

    /// <summary>Stops the server at once (as a crash or a pulled cable would); <see cref="Start"/> brings it back on the same port.</summary>
    public void Stop()
    {
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        _stopped = true;
    }

    public void Start()
    {
        string options = $"-p {Port.ToString(CultureInfo.InvariantCulture)} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off";
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
        _stopped = false;
    }

    /// <summary>The newest PostgreSQL bin folder with initdb and pg_ctl, or null.</summary>
    public static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("QUIZTUI_PG_BIN") is { Length: > 0 } fromEnvironment && File.Exists(Path.Combine(fromEnvironment, "initdb")))
            return fromEnvironment;
        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var newest = Directory.EnumerateDirectories(root)
                .Select(d => (Dir: d, Version: double.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out double v) ? v : -1))
                .Where(d => d.Version >= 0 && File.Exists(Path.Combine(d.Dir, "bin", "initdb")) && File.Exists(Path.Combine(d.Dir, "bin", "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
                return Path.Combine(newest.Dir, "bin");
        }
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                return dir;
        }
        return null;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Runs a program (as the server's user when running as root), its output to a file, and fails with that output.</summary>
    private void Run(string program, IReadOnlyList<string> args, bool asServerUser = true)
    {
        string output = Path.Combine(Folder, "command-" + Guid.NewGuid().ToString("N")[..6] + ".out");
        var info = new ProcessStartInfo(asServerUser && _runAs is not null ? "runuser" : "sh") { UseShellExecute = false };
        if (asServerUser && _runAs is not null)
        {
            foreach (string a in new[] { "-u", _runAs, "--", "sh" })
                info.ArgumentList.Add(a);
        }
        // Output goes to a file, not a pipe: the server started by pg_ctl would hold a pipe open.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("exec \"$@\" > \"$0\" 2>&1");
        info.ArgumentList.Add(output);
        info.ArgumentList.Add(program);
        foreach (string a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 120 s");
        }
        string text = File.Exists(output) ? File.ReadAllText(output) : "";
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', args)} failed ({process.ExitCode}):\n{text}");
    }

    public void Dispose()
    {
        try
        {
            if (!_stopped)
                Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Removing the folder below ends nothing that runs; the error is left for the log.
            Console.Error.WriteLine(e.Message);
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
