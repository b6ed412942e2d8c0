using System.Security.Cryptography;
using System.Text;
using Npgsql;
using QuizTui.Core.Loading;

namespace QuizTui.Class;

/// <summary>What <see cref="ClassAdmin.Init"/> did: the schema version before and after.</summary>
public sealed record InitResult(int FromVersion, int ToVersion)
{
    public bool Created => FromVersion == 0;
    public bool Upgraded => FromVersion > 0 && ToVersion > FromVersion;
}

/// <summary>A student's new login, to write into their join file.</summary>
public sealed record StudentLogin(string Name, string Login, string Password);

/// <summary>What <see cref="ClassAdmin.Publish"/> did.</summary>
/// <param name="Unchanged">True when the pack was already published exactly so: no new version was made.</param>
public sealed record PublishResult(string EventId, int Version, bool Unchanged);

/// <summary>A student as the instructor sees them.</summary>
public sealed record ClassStudent(string Name, string Login, DateTimeOffset AddedAt, DateTimeOffset? RemovedAt);

/// <summary>
/// The instructor's side of a class: set it up (or upgrade it), add and remove students, publish
/// packs. Needs a login that may create roles (CREATEROLE) and schemas in the database, or a
/// superuser; the tables belong to the login that set the class up.
/// </summary>
public static class ClassAdmin
{
    /// <summary>Creates the class's roles and schema if missing, then runs the migrations it lacks. Harmless to run again.</summary>
    public static InitResult Init(ClassServer server) => server.Run(connection =>
    {
        var n = server.Names;
        int from;
        using (var transaction = connection.BeginTransaction())
        {
            Lock(connection, transaction, n);
            from = server.SchemaVersion(connection, transaction);
            if (from > ServerSchema.LatestVersion)
            {
                throw new ClassException(ClassProblem.NotSetUp,
                    $"the class '{n.Name}' on {server.Description} was set up by a newer QuizTui (schema {from}; this one knows up to {ServerSchema.LatestVersion}); update QuizTui");
            }
            foreach (string role in new[] { n.InstructorRole, n.StudentRole })
            {
                Execute(connection, transaction, $"""
                    DO $do$ BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
                            CREATE ROLE {ClassNames.Quote(role)} NOLOGIN;
                        END IF;
                    END $do$;
                    """);
            }
            Execute(connection, transaction, $"GRANT {ClassNames.Quote(n.InstructorRole)} TO CURRENT_USER;");
            Execute(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {ClassNames.Quote(n.Schema)};");
            transaction.Commit();
        }
        int version = from;
        foreach (var migration in ServerSchema.Migrations.Where(m => m.Version > from))
        {
            using var transaction = connection.BeginTransaction();
            Lock(connection, transaction, n);
            // Another instructor may have migrated while this one waited for the lock.
            if (server.SchemaVersion(connection, transaction) < migration.Version)
            {
                Execute(connection, transaction, migration.Sql(n));
                Execute(connection, transaction, $"UPDATE {ClassNames.Quote(n.Schema)}.schema_version SET version = {migration.Version};");
            }
            transaction.Commit();
            version = migration.Version;
        }
        return new InitResult(from, Math.Max(from, version));
    });

    /// <summary>Sets the class up to <paramref name="version"/> only (tests of migrations from every version).</summary>
    internal static void InitAtVersion(ClassServer server, int version) => server.Run(connection =>
    {
        var n = server.Names;
        foreach (string role in new[] { n.InstructorRole, n.StudentRole })
            Execute(connection, null, $"DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {ClassNames.Quote(role)} NOLOGIN; END IF; END $do$;");
        Execute(connection, null, $"GRANT {ClassNames.Quote(n.InstructorRole)} TO CURRENT_USER; CREATE SCHEMA {ClassNames.Quote(n.Schema)};");
        foreach (var migration in ServerSchema.Migrations.Where(m => m.Version <= version))
        {
            Execute(connection, null, migration.Sql(n));
            Execute(connection, null, $"UPDATE {ClassNames.Quote(n.Schema)}.schema_version SET version = {migration.Version};");
        }
        return 0;
    });

    /// <summary>Gives a student their own login (a new one if they were removed before).</summary>
    /// <exception cref="ClassException">The name is taken by a student still in the class, or the login may not create roles.</exception>
    public static StudentLogin AddStudent(ClassServer server, string name) => server.Run(connection =>
    {
        var n = server.Names;
        name = ClassNames.CheckStudent(name);
        server.RequireSchema(connection);
        using var transaction = connection.BeginTransaction();
        using (var taken = new NpgsqlCommand($"SELECT count(*) FROM {ClassNames.Quote(n.Schema)}.students WHERE name = $1 AND removed_at IS NULL;", connection, transaction))
        {
            taken.Parameters.Add(new NpgsqlParameter { Value = name });
            if ((long)taken.ExecuteScalar()! > 0)
                throw new ClassException(ClassProblem.BadInput, $"{name} is already a student of {n.Name}; to give them a new join file, remove them first (quiztui class remove-student {name})");
        }
        string login = n.NewStudentLogin();
        string password = ScramVerifier.NewPassword();
        // Only the SCRAM verifier reaches the server, so the password is in no statement log.
        Execute(connection, transaction,
            $"CREATE ROLE {ClassNames.Quote(login)} LOGIN PASSWORD '{ScramVerifier.For(password)}' IN ROLE {ClassNames.Quote(n.StudentRole)};");
        using (var insert = new NpgsqlCommand($"INSERT INTO {ClassNames.Quote(n.Schema)}.students (role, name) VALUES ($1, $2);", connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = login });
            insert.Parameters.Add(new NpgsqlParameter { Value = name });
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return new StudentLogin(name, login, password);
    });

    /// <summary>Disables a student's login; their answers stay. Returns false when no such student is in the class.</summary>
    public static bool RemoveStudent(ClassServer server, string name) => server.Run(connection =>
    {
        var n = server.Names;
        server.RequireSchema(connection);
        using var transaction = connection.BeginTransaction();
        string? login;
        using (var update = new NpgsqlCommand($"UPDATE {ClassNames.Quote(n.Schema)}.students SET removed_at = now() WHERE name = $1 AND removed_at IS NULL RETURNING role;", connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter { Value = name.Trim() });
            login = update.ExecuteScalar() as string;
        }
        if (login is null)
            return false;
        if (n.IsStudentLogin(login))
            Execute(connection, transaction, $"ALTER ROLE {ClassNames.Quote(login)} NOLOGIN PASSWORD NULL;");
        transaction.Commit();
        return true;
    });

    /// <summary>Every student ever added, by name.</summary>
    public static IReadOnlyList<ClassStudent> Students(ClassServer server) => server.Run(connection =>
    {
        server.RequireSchema(connection);
        using var command = new NpgsqlCommand($"SELECT name, role, added_at, removed_at FROM {ClassNames.Quote(server.Names.Schema)}.students ORDER BY name, added_at;", connection);
        using var reader = command.ExecuteReader();
        var list = new List<ClassStudent>();
        while (reader.Read())
            list.Add(new ClassStudent(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        return list;
    });

    /// <summary>
    /// Uploads a pack's files as its next version, unless the newest version already has exactly these
    /// files. Paths are relative to the pack folder (<c>event.yaml</c>, <c>quizzes/who-said-what.yaml</c>).
    /// The caller validates first: a pack with errors must not reach students.
    /// </summary>
    public static PublishResult Publish(ClassServer server, string eventId, string title, IReadOnlyList<ContentFile> files) => server.Run(connection =>
    {
        var n = server.Names;
        server.RequireSchema(connection);
        string digest = Digest(files);
        using var transaction = connection.BeginTransaction();
        Lock(connection, transaction, n);
        int latest = 0;
        string? latestDigest = null;
        using (var read = new NpgsqlCommand($"SELECT version, digest FROM {ClassNames.Quote(n.Schema)}.packs WHERE event_id = $1 ORDER BY version DESC LIMIT 1;", connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter { Value = eventId });
            using var reader = read.ExecuteReader();
            if (reader.Read())
                (latest, latestDigest) = (reader.GetInt32(0), reader.GetString(1));
        }
        if (latestDigest == digest)
            return new PublishResult(eventId, latest, Unchanged: true);
        int version = latest + 1;
        using (var insert = new NpgsqlCommand($"INSERT INTO {ClassNames.Quote(n.Schema)}.packs (event_id, version, title, digest) VALUES ($1, $2, $3, $4);", connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = eventId });
            insert.Parameters.Add(new NpgsqlParameter { Value = version });
            insert.Parameters.Add(new NpgsqlParameter { Value = title });
            insert.Parameters.Add(new NpgsqlParameter { Value = digest });
            insert.ExecuteNonQuery();
        }
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var file in files)
        {
            var command = new NpgsqlBatchCommand($"INSERT INTO {ClassNames.Quote(n.Schema)}.pack_files (event_id, version, path, content) VALUES ($1, $2, $3, $4);");
            command.Parameters.Add(new NpgsqlParameter { Value = eventId });
            command.Parameters.Add(new NpgsqlParameter { Value = version });
            command.Parameters.Add(new NpgsqlParameter { Value = file.Path });
            command.Parameters.Add(new NpgsqlParameter { Value = file.Text });
            batch.BatchCommands.Add(command);
        }
        batch.ExecuteNonQuery();
        transaction.Commit();
        return new PublishResult(eventId, version, Unchanged: false);
    });

    /// <summary>A fingerprint of a pack's files: the same files in any order give the same digest.</summary>
    public static string Digest(IEnumerable<ContentFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(file.Text.ReplaceLineEndings("\n")));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>One instructor at a time changes the class's schema or its packs.</summary>
    private static void Lock(NpgsqlConnection connection, NpgsqlTransaction transaction, ClassNames n)
    {
        using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1));", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = n.Schema });
        command.ExecuteNonQuery();
    }

    internal static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
