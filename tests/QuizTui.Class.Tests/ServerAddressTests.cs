using Npgsql;

namespace QuizTui.Class.Tests;

/// <summary>The server as a person writes it: a URI, libpq's words or an Npgsql string, with PG* variables filling gaps.</summary>
public sealed class ServerAddressTests(PgCluster cluster)
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void A_uri_gives_user_password_host_port_database_and_sslmode()
    {
        var b = ServerAddress.Parse("postgresql://teacher:s%40cret@db.school.example:6543/quiz?sslmode=verify-full&application_name=qt", NoEnvironment);

        Assert.Equal(("teacher", "s@cret", "db.school.example", 6543, "quiz"), (b.Username, b.Password, b.Host, b.Port, b.Database));
        Assert.Equal(SslMode.VerifyFull, b.SslMode);
        Assert.Equal("qt", b.ApplicationName);
    }

    [Fact]
    public void Libpq_keywords_and_npgsql_strings_are_read_too()
    {
        var words = ServerAddress.Parse("host=db.school.example port=5433 dbname=quiz user=teacher sslmode=require", NoEnvironment);
        Assert.Equal(("db.school.example", 5433, "quiz", "teacher", SslMode.Require), (words.Host, words.Port, words.Database, words.Username, words.SslMode));

        var npgsql = ServerAddress.Parse("Host=db.school.example;Database=quiz;SSL Mode=Require", NoEnvironment);
        Assert.Equal(("db.school.example", "quiz", SslMode.Require), (npgsql.Host, npgsql.Database, npgsql.SslMode));
    }

    [Fact]
    public void What_is_left_out_comes_from_the_pg_variables()
    {
        var env = new Dictionary<string, string?> { ["PGHOST"] = "/run/postgresql", ["PGPORT"] = "5444", ["PGDATABASE"] = "school" };

        var b = ServerAddress.Parse("postgresql://teacher@", k => env.GetValueOrDefault(k));

        Assert.Equal(("/run/postgresql", 5444, "school"), (b.Host, b.Port, b.Database));
    }

    [Theory]
    [InlineData("postgresql://db/quiz?sslmode=sometimes", "sslmode 'sometimes' is not one of")]
    [InlineData("host=db colour=blue", "'colour' is not a connection setting")]
    [InlineData("", "the server is empty")]
    public void A_server_that_cannot_be_read_says_why(string text, string expected)
    {
        var error = Assert.Throws<ClassException>(() => ServerAddress.Parse(text, NoEnvironment));
        Assert.Equal(ClassProblem.BadInput, error.Problem);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_is_described_without_its_password_and_kept_without_credentials()
    {
        var b = ServerAddress.Parse("postgresql://teacher:hunter2@db.school.example/quiz?sslmode=require", NoEnvironment);

        Assert.Equal("teacher@db.school.example:5432/quiz", ServerAddress.Describe(b));
        string kept = ServerAddress.WithoutCredentials(b);
        Assert.DoesNotContain("hunter2", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("teacher", kept, StringComparison.Ordinal);
        Assert.Equal(SslMode.Require, new NpgsqlConnectionStringBuilder(kept).SslMode);
    }

    [Fact]
    public async Task Sslmode_require_refuses_a_server_without_tls_instead_of_sending_in_clear()
    {
        var settings = ServerAddress.Parse($"postgresql://{PgCluster.AdminUser}@127.0.0.1:{cluster.Port}/quiztui?sslmode=require", NoEnvironment);
        settings.Password = cluster.AdminPassword;
        await using var server = ClassServer.Create(settings, ClassNames.For("tls-check"));

        var refused = Assert.Throws<ClassException>(() => server.SchemaVersion());

        Assert.Equal(ClassProblem.Unreachable, refused.Problem);
        Assert.Contains("sslmode", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(cluster.AdminPassword, refused.ToString(), StringComparison.Ordinal);
    }
}
