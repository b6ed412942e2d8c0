using QuizTui.Class;
using QuizTui.Core.Formats;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Presentation;
using QuizTui.Storage;

namespace QuizTui.App.Cli;

/// <summary>
/// The joined class while the full-screen app runs: its cached packs join the content, answers are
/// sent in the background (nudged after each one), new pack versions are fetched, and the status
/// line says how it goes. Nothing here can stop the app: a class that cannot be used is a status.
/// </summary>
internal sealed class ClassSession : IClassLink, IDisposable
{
    private readonly ClassJoinFile _join;
    private readonly PackCache _cache;
    private readonly ClassSync? _sync;
    private readonly ClassServer? _server;
    private readonly ContentLibrary _baseLibrary;
    private readonly string? _setupProblem;
    private int _packsSeen;

    private ClassSession(ClassJoinFile join, SqliteScoreStore store, string profile, ContentLibrary baseLibrary)
    {
        _join = join;
        _baseLibrary = baseLibrary;
        _cache = new PackCache(PackCache.DefaultFolder(join.Class));
        try
        {
            if (join.Profile is null || join.Profile == profile)
                store.QueueForClass(profile, DateTimeOffset.Now);
            _server = ClassServer.Create(ClassSettings.Connection(join), ClassNames.For(join.Class), TimeSpan.FromSeconds(5));
            _sync = new ClassSync(store, _server, _cache);
            _sync.Start();
        }
        catch (Exception e) when (e is ClassException or ScoreStoreException)
        {
            _setupProblem = e.Message;
        }
    }

    /// <summary>The class joined on this computer, started; null when none is joined (or its settings cannot be read, which is said on stderr).</summary>
    public static ClassSession? Start(SqliteScoreStore store, string profile, ContentLibrary baseLibrary)
    {
        ClassJoinFile? join;
        try
        {
            join = ClassSettings.Load();
        }
        catch (ClassException e)
        {
            Console.Error.WriteLine($"quiztui: {e.Message}");
            return null;
        }
        return join is null ? null : new ClassSession(join, store, profile, baseLibrary);
    }

    /// <summary>
    /// A line for each class pack kept on this computer that could not be used at the last
    /// <see cref="Library"/> (errors, or a cache that cannot be read), for Home and the terminal.
    /// </summary>
    public IReadOnlyList<string> LeftOut { get; private set; } = [];

    /// <summary>The content: bundled and --content packs, with the class's packs (as last fetched) replacing any of the same id.</summary>
    public ContentLibrary Library()
    {
        _packsSeen = _sync?.PacksChanged ?? 0;
        var (library, leftOut) = WithCachedPacks(_baseLibrary, _cache);
        LeftOut = leftOut;
        return library;
    }

    /// <summary>
    /// <paramref name="baseLibrary"/> with the packs kept in <paramref name="cache"/> replacing any of
    /// the same id; a kept pack with errors, or a cache that cannot be read, is left out with a line saying so.
    /// </summary>
    internal static (ContentLibrary Library, IReadOnlyList<string> LeftOut) WithCachedPacks(ContentLibrary baseLibrary, PackCache cache)
    {
        LoadResult packs;
        try
        {
            packs = ContentLoader.LoadDirectories(cache.PackFolders());
        }
        catch (Exception e) when (e is ContentIoException or IOException or UnauthorizedAccessException)
        {
            return (baseLibrary, [Strings.ClassPacksUnreadable(TerminalText.Escape(e.Message))]);
        }
        var leftOut = packs.Diagnostics.Where(d => d.IsError)
            .Select(d => PackName(cache, d.File)).Distinct(StringComparer.Ordinal)
            .Select(name => Strings.ClassPackLeftOut(TerminalText.Escape(name)))
            .ToList();
        var ids = packs.Library.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return (new ContentLibrary([.. baseLibrary.Events.Where(e => !ids.Contains(e.Id)), .. packs.Library.Events]), leftOut);
    }

    /// <summary>The pack a cached file belongs to: its folder right under the cache, named by the pack's event id.</summary>
    private static string PackName(PackCache cache, string file)
    {
        string relative = Path.GetRelativePath(cache.Folder, file);
        int slash = relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return slash > 0 ? relative[..slash] : relative;
    }

    public string StatusText
    {
        get
        {
            if (_setupProblem is not null || _sync is null)
                return Strings.ClassStatusProblem;
            var status = _sync.Status;
            return Strings.ClassStatus(status.Reachable, status.ProblemKind is ClassProblem.LoginRefused or ClassProblem.NotAllowed or ClassProblem.NotSetUp, status.Waiting);
        }
    }

    public ContentLibrary? TakeNewLibrary() =>
        _sync is not null && _sync.PacksChanged != _packsSeen ? Library() : null;

    /// <summary>The store to give the app: every answer and finished run nudges the sender.</summary>
    public IScoreStore Wrap(IScoreStore store) => _sync is null ? store : new NudgingStore(store, _sync.Nudge);

    public void Dispose()
    {
        if (_sync is not null)
        {
            // One last quick round, so an answer given just before quitting is not left for next
            // time; not when the server is away, so quitting never waits for it.
            if (_sync.Status is { Reachable: true, Waiting: > 0 })
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                _sync.TrySendAsync(quick.Token).GetAwaiter().GetResult();
            }
            _sync.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        _server?.Dispose();
    }

    /// <summary>
    /// Passes every call on; after the database took an answer or a finished run, tells the sender.
    /// The app's <see cref="RetryingScoreStore"/> wraps this one, so an answer it keeps while the
    /// database refuses it nudges the sender when it is saved at last.
    /// </summary>
    internal sealed class NudgingStore(IScoreStore inner, Action nudge) : ScoreStoreDecorator(inner)
    {
        public override AnswerRecord RecordAnswer(AnswerRecord answer)
        {
            var stored = Inner.RecordAnswer(answer);
            nudge();
            return stored;
        }

        public override void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt)
        {
            Inner.FinishAttempt(attemptId, score, finishedAt);
            nudge();
        }
    }
}
