using Npgsql;
using QuizTui.Core.Loading;

namespace QuizTui.Class.Tests;

/// <summary>
/// Who can see and change what, enforced by PostgreSQL itself: each check runs plain SQL with a
/// student's own credential, as a student with psql would, and expects the server to refuse.
/// </summary>
public sealed class SecurityTests(PgCluster cluster) : IDisposable
{
    private readonly TestClass _class = new(cluster);

    public void Dispose() => _class.Dispose();

    private (StudentLogin Ann, StudentLogin Bob) TwoStudentsWithAnswers()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var bob = ClassAdmin.AddStudent(_class.Instructor, "bob");
        foreach (var (login, name) in new[] { (ann, "ann"), (bob, "bob") })
        {
            var store = _class.Store(name);
            TestClass.Answer(store, 6);
            OutboxSender.SendAsync(store, _class.Student(login)).GetAwaiter().GetResult();
        }
        return (ann, bob);
    }

    private NpgsqlConnection Psql(StudentLogin login)
    {
        var settings = _class.Cluster.ServerUriSettings();
        settings.Username = login.Login;
        settings.Password = login.Password;
        settings.Pooling = false;
        var connection = new NpgsqlConnection(settings.ConnectionString);
        connection.Open();
        return connection;
    }

    private static List<string> Strings(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
            list.Add(reader.GetValue(0).ToString()!);
        return list;
    }

    private static PostgresException Refused(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Assert.Throws<PostgresException>(() => command.ExecuteNonQuery());
    }

    [Fact]
    public void A_student_reads_only_their_own_answers_and_their_own_name()
    {
        var (ann, bob) = TwoStudentsWithAnswers();
        using var connection = Psql(ann);

        var students = Strings(connection, $"SELECT student FROM {_class.Schema}.answers;");
        Assert.Equal(6, students.Count);
        Assert.All(students, s => Assert.Equal(ann.Login, s));
        Assert.Equal(["ann"], Strings(connection, $"SELECT name FROM {_class.Schema}.students;"));
        Assert.Empty(Strings(connection, $"SELECT student FROM {_class.Schema}.answers WHERE student = '{bob.Login}';"));
        Assert.Equal(["1"], Strings(connection, $"SELECT count(DISTINCT attempt_id) FROM {_class.Schema}.finished_runs;"));
        // Role names say nothing about who the student is.
        Assert.DoesNotContain(Strings(connection, "SELECT rolname FROM pg_roles;"), r => r.Contains("bob", StringComparison.Ordinal));
    }

    [Fact]
    public void A_student_cannot_read_the_summaries_or_add_answers_as_someone_else_or_change_or_delete_anything()
    {
        var (ann, bob) = TwoStudentsWithAnswers();
        using var connection = Psql(ann);
        string s = _class.Schema;

        foreach (string summary in ServerSchema.Summaries)
            Assert.Equal("42501", Refused(connection, $"SELECT * FROM {s}.{summary};").SqlState);
        var forged = Refused(connection, $"""
            INSERT INTO {s}.answers (id, student, attempt_id, run_kind, event_id, quiz_id, question_id, question_type, skill, answer, answer_text, score, verdict, time_taken_ms, answered_at, answered_offset)
            VALUES (gen_random_uuid(), '{bob.Login}', gen_random_uuid(), 'quiz', 'e', 'q', 'x', 'single-choice', 'detail', 'choice:0', 'a', 1, 'right', 1, now(), 0);
            """);
        Assert.Equal("42501", forged.SqlState);
        Assert.Contains("row-level security", forged.MessageText, StringComparison.Ordinal);
        Assert.Equal("42501", Refused(connection, $"UPDATE {s}.answers SET score = 1;").SqlState);
        Assert.Equal("42501", Refused(connection, $"DELETE FROM {s}.answers;").SqlState);
        Assert.Equal("42501", Refused(connection, $"DELETE FROM {s}.students;").SqlState);
        Assert.Equal("42501", Refused(connection, $"INSERT INTO {s}.packs (event_id, version, title, digest) VALUES ('x', 1, 't', 'd');").SqlState);
        Assert.Equal("42501", Refused(connection, $"TRUNCATE {s}.answers;").SqlState);
        Assert.Equal("42501", Refused(connection, $"CREATE TABLE {s}.mine (x int);").SqlState);
        // Bob's answers are all still there.
        Assert.Equal(6, _class.ServerAnswerIds(bob.Login).Count);
    }

    [Fact]
    public void A_student_reads_the_published_packs()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        ClassAdmin.Publish(_class.Instructor, "city-vote", "City vote", [new ContentFile("event.yaml", "id: city-vote\n")]);
        using var connection = Psql(ann);

        Assert.Equal(["city-vote"], Strings(connection, $"SELECT event_id FROM {_class.Schema}.packs;"));
        Assert.Equal(["id: city-vote\n"], Strings(connection, $"SELECT content FROM {_class.Schema}.pack_files;"));
    }

    [Fact]
    public void Another_login_on_the_same_server_sees_nothing_of_the_class()
    {
        TwoStudentsWithAnswers();
        _class.Cluster.Execute("CREATE ROLE outsider_x LOGIN PASSWORD 'outsider-pw';");
        var settings = _class.Cluster.ServerUriSettings();
        settings.Username = "outsider_x";
        settings.Password = "outsider-pw";
        settings.Pooling = false;
        using var connection = new NpgsqlConnection(settings.ConnectionString);
        connection.Open();

        Assert.Equal("42501", Refused(connection, $"SELECT * FROM {_class.Schema}.answers;").SqlState);
        Assert.Equal("42501", Refused(connection, $"SELECT * FROM {_class.Schema}.packs;").SqlState);
    }

    [Fact]
    public async Task The_instructor_reads_every_answer_and_every_name()
    {
        var (ann, bob) = TwoStudentsWithAnswers();

        Assert.Equal(12, _class.ServerAnswerIds().Count);
        Assert.Equal(["ann", "bob"], ClassAdmin.Students(_class.Instructor).Select(s => s.Name));
        Assert.Equal([ann.Login, bob.Login], ClassAdmin.Students(_class.Instructor).Select(s => s.Login));
        var activity = await ClassReportFeed.ActivityAsync(_class.Instructor, TestContext.Current.CancellationToken);
        Assert.Equal((12L, 2L, 0L), (activity.Answers, activity.Students, activity.Removed));
    }

    [Fact]
    public void A_removed_student_can_no_longer_log_in_and_their_answers_stay()
    {
        var (ann, _) = TwoStudentsWithAnswers();

        Assert.True(ClassAdmin.RemoveStudent(_class.Instructor, "ann"));

        var refused = Assert.Throws<ClassException>(() => _class.Student(ann).SchemaVersion());
        Assert.Equal(ClassProblem.LoginRefused, refused.Problem);
        Assert.Equal(6, _class.ServerAnswerIds(ann.Login).Count);
        Assert.False(ClassAdmin.RemoveStudent(_class.Instructor, "ann"));
    }

    [Fact]
    public void A_student_cannot_run_the_instructors_commands()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var student = _class.Student(ann);

        var publish = Assert.Throws<ClassException>(() => ClassAdmin.Publish(student, "x", "X", [new ContentFile("event.yaml", "id: x\n")]));
        Assert.Equal(ClassProblem.NotAllowed, publish.Problem);
        var add = Assert.Throws<ClassException>(() => ClassAdmin.AddStudent(student, "mallory"));
        Assert.Equal(ClassProblem.NotAllowed, add.Problem);
    }

    [Fact]
    public void The_password_is_never_sent_to_the_server_only_its_scram_verifier()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        string stored = _class.Cluster.Scalar<string>($"SELECT rolpassword FROM pg_authid WHERE rolname = '{ann.Login}';");

        Assert.StartsWith("SCRAM-SHA-256$4096:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(ann.Password, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(ann.Password, File.ReadAllText(Path.Combine(_class.Cluster.Folder, "server.log")), StringComparison.Ordinal);
    }
}
