using System.Globalization;
using System.Text;
using Npgsql;

namespace QuizTui.Class;

/// <summary>
/// A PostgreSQL server as a person gives it: a URI (<c>postgresql://user@host:5432/db?sslmode=require</c>),
/// libpq's <c>key=value</c> words (<c>host=db.school.example dbname=quiz sslmode=verify-full</c>) or an
/// Npgsql connection string (<c>Host=…;Database=…</c>). As with every PostgreSQL tool, what is left out
/// comes from <c>PGHOST</c>, <c>PGPORT</c>, <c>PGDATABASE</c> and <c>PGUSER</c>, and the password from the
/// string, <c>PGPASSWORD</c> or <c>~/.pgpass</c> (<c>PGPASSFILE</c>). <c>sslmode</c> is honoured:
/// <c>require</c>, <c>verify-ca</c> and <c>verify-full</c> refuse to talk without TLS.
/// </summary>
public static class ServerAddress
{
    /// <summary>libpq's keywords and the Npgsql setting each one sets.</summary>
    private static readonly Dictionary<string, string> LibpqKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "Host",
        ["hostaddr"] = "Host",
        ["port"] = "Port",
        ["dbname"] = "Database",
        ["user"] = "Username",
        ["password"] = "Password",
        ["passfile"] = "Passfile",
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
    };

    /// <summary>Reads a connection string or URI into Npgsql's settings.</summary>
    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    /// <exception cref="ClassException">The text is not a connection string; the message says why without repeating it.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string text, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        text = text.Trim();
        if (text.Length == 0)
            throw Bad("the server is empty; give a connection string such as postgresql://teacher@db.school.example/quiz");
        var builder = new NpgsqlConnectionStringBuilder();
        try
        {
            if (text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
                ReadUri(text, builder);
            else if (text.Contains(';', StringComparison.Ordinal) || !text.Contains('=', StringComparison.Ordinal))
                builder.ConnectionString = text.Contains('=', StringComparison.Ordinal) ? text : "Host=" + text;
            else
                ReadKeywords(text, builder);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            throw Bad($"the server setting could not be read ({FirstLine(e.Message)}); give a connection string such as postgresql://teacher@db.school.example/quiz");
        }
        if (string.IsNullOrEmpty(builder.Host) && environment("PGHOST") is { Length: > 0 } host)
            builder.Host = host;
        if (!HasPort(text) && environment("PGPORT") is { Length: > 0 } port && int.TryParse(port, CultureInfo.InvariantCulture, out int p))
            builder.Port = p;
        if (string.IsNullOrEmpty(builder.Database) && environment("PGDATABASE") is { Length: > 0 } database)
            builder.Database = database;
        if (string.IsNullOrEmpty(builder.Host))
            throw Bad("the server names no host; give one, e.g. postgresql://teacher@db.school.example/quiz");
        return builder;
    }

    /// <summary>The server for messages: <c>user@host:port/database</c>, with no password and no other setting.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        string user = string.IsNullOrEmpty(builder.Username) ? "" : builder.Username + "@";
        string database = string.IsNullOrEmpty(builder.Database) ? "" : "/" + builder.Database;
        return $"{user}{builder.Host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}{database}";
    }

    /// <summary>The connection string without the password and the user: what a join file keeps as the server.</summary>
    public static string WithoutCredentials(NpgsqlConnectionStringBuilder builder)
    {
        var copy = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Password = null, Username = null, Passfile = null };
        return copy.ConnectionString;
    }

    /// <summary>The connection string without the password: what the instructor's settings keep.</summary>
    public static string WithoutPassword(NpgsqlConnectionStringBuilder builder)
    {
        var copy = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Password = null };
        return copy.ConnectionString;
    }

    private static bool HasPort(string text) =>
        text.Contains("port", StringComparison.OrdinalIgnoreCase)
        || (text.Contains("://", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(text, @"://[^/?]*:\d+"));

    private static void ReadUri(string text, NpgsqlConnectionStringBuilder builder)
    {
        string rest = text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..];
        string query = "";
        int q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
            (rest, query) = (rest[..q], rest[(q + 1)..]);
        string path = "";
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
            (rest, path) = (rest[..slash], rest[(slash + 1)..]);
        int at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            string userInfo = rest[..at];
            rest = rest[(at + 1)..];
            int colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon >= 0 ? userInfo[..colon] : userInfo);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }
        if (rest.Length > 0)
        {
            // host, host:port, [v6]:port; a percent-encoded path is a Unix socket folder.
            string host = rest, port = "";
            if (rest.StartsWith('['))
            {
                int close = rest.IndexOf(']', StringComparison.Ordinal);
                host = rest[1..close];
                if (close + 1 < rest.Length && rest[close + 1] == ':')
                    port = rest[(close + 2)..];
            }
            else if (rest.LastIndexOf(':') is var c and >= 0)
            {
                (host, port) = (rest[..c], rest[(c + 1)..]);
            }
            builder.Host = Uri.UnescapeDataString(host);
            if (port.Length > 0)
                builder.Port = int.Parse(port, CultureInfo.InvariantCulture);
        }
        if (path.Length > 0)
            builder.Database = Uri.UnescapeDataString(path);
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            string key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            string value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            Set(builder, key, value);
        }
    }

    private static void ReadKeywords(string text, NpgsqlConnectionStringBuilder builder)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length)
                break;
            int eq = text.IndexOf('=', i);
            if (eq < 0)
                throw new FormatException("a word without '=' was found");
            string key = text[i..eq].Trim();
            i = eq + 1;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            var value = new StringBuilder();
            if (i < text.Length && text[i] == '\'')
            {
                i++;
                while (i < text.Length && text[i] != '\'')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                        i++;
                    value.Append(text[i++]);
                }
                i++;
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                        i++;
                    value.Append(text[i++]);
                }
            }
            Set(builder, key, value.ToString());
        }
    }

    private static void Set(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        if (key.Equals("sslmode", StringComparison.OrdinalIgnoreCase))
        {
            builder.SslMode = value.ToLowerInvariant() switch
            {
                "disable" => SslMode.Disable,
                "allow" => SslMode.Allow,
                "prefer" => SslMode.Prefer,
                "require" => SslMode.Require,
                "verify-ca" => SslMode.VerifyCA,
                "verify-full" => SslMode.VerifyFull,
                _ => throw new FormatException($"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full"),
            };
            return;
        }
        if (!LibpqKeywords.TryGetValue(key, out string? setting))
            throw new FormatException($"'{key}' is not a connection setting QuizTui knows");
        builder[setting] = value;
    }

    private static ClassException Bad(string message) => new(ClassProblem.BadInput, message);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim().TrimEnd('.');
}
