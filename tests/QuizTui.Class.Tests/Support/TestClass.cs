using Npgsql;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;
using QuizTui.Storage;
using QuizTui.Storage.Tests;

[assembly: AssemblyFixture(typeof(QuizTui.Class.Tests.PgCluster))]

namespace QuizTui.Class.Tests;

/// <summary>
/// A class of its own on the shared test cluster (a fresh name, so its roles and schema are its
/// own), an instructor login that is not a superuser, and a temporary folder for students' files.
/// </summary>
public sealed class TestClass : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public TestClass(PgCluster cluster, bool init = true)
    {
        Cluster = cluster;
        Names = ClassNames.For("c-" + Guid.NewGuid().ToString("N")[..10]);
        (InstructorUser, InstructorPassword) = cluster.NewInstructor();
        Instructor = Own(ClassServer.Create(cluster.Connection(InstructorUser, InstructorPassword), Names));
        Folder = Directory.CreateTempSubdirectory("quiztui-class-").FullName;
        if (init)
            ClassAdmin.Init(Instructor);
    }

    public PgCluster Cluster { get; }
    public ClassNames Names { get; }
    public string InstructorUser { get; }
    public string InstructorPassword { get; }
    public ClassServer Instructor { get; }
    public string Folder { get; }

    public string Schema => ClassNames.Quote(Names.Schema);

    /// <summary>A student's login on the server, as their join file gives it.</summary>
    public ClassServer Student(StudentLogin login, string? password = null, int? port = null)
    {
        var settings = new NpgsqlConnectionStringBuilder(Cluster.ServerUriSettings().ConnectionString)
        {
            Username = login.Login,
            Password = password ?? login.Password,
        };
        if (port is { } p)
            settings.Port = p;
        return Own(ClassServer.Create(settings, Names, TimeSpan.FromSeconds(3)));
    }

    /// <summary>A student's own SQLite score database, answers queued for the class.</summary>
    public SqliteScoreStore Store(string name, string profile = "me")
    {
        var store = Own(ScoreDatabase.Open(Path.Combine(Folder, name + ".db")));
        store.QueueForClass(profile, DateTimeOffset.Now);
        return store;
    }

    /// <summary>Takes <paramref name="count"/> questions of the sample quiz, answering every other one right; finishes the run when all are answered.</summary>
    public static IReadOnlyList<AnswerRecord> Answer(IScoreStore store, int count, string profile = "me", int seed = 1)
    {
        var newsEvent = SampleEvent.Build(Math.Max(count, 6));
        var session = QuizSessionBuilder.Start(newsEvent, newsEvent.FindQuiz(SampleEvent.QuizId)!, seed, DateTimeOffset.Now);
        var attempt = Runs.Start(store, profile, session);
        for (int i = 0; i < count; i++)
            Runs.Answer(store, attempt, session, new ChoiceAnswer([i % 2 == 0 ? 0 : 1]), TimeSpan.FromSeconds(2), DateTimeOffset.Now);
        if (session.IsFinished)
            Runs.Finish(store, attempt, session, DateTimeOffset.Now);
        return store.AnswerLog(profile).TakeLast(count).ToList();
    }

    /// <summary>The ids of the answers the server has, as the instructor reads them.</summary>
    public IReadOnlyList<string> ServerAnswerIds(string? studentLogin = null) => Instructor.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT id::text FROM {Schema}.answers WHERE $1::text IS NULL OR student = $1 ORDER BY id;", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)studentLogin ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
            list.Add(reader.GetString(0));
        return list;
    });

    private T Own<T>(T item) where T : IDisposable
    {
        _owned.Add(item);
        return item;
    }

    public void Dispose()
    {
        foreach (var item in _owned.AsEnumerable().Reverse())
            item.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
