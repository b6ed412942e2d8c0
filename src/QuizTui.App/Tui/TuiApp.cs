using System.Globalization;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Presentation;
using QuizTui.Storage;
using Terminal.Gui.App;

namespace QuizTui.App.Tui;

/// <summary>Options of the full-screen app, read from the command line.</summary>
/// <param name="StartAt">Open straight at this event, and at this quiz of it when given (quiztui preview).</param>
/// <param name="Notices">What the store wants the learner told once (a damaged database kept aside); shown on Home.</param>
/// <param name="Class">The class joined, when there is one: its status for the status line, and new versions of its packs.</param>
public sealed record TuiOptions(ThemeName Theme, int? Seed, string Profile, StartScreen? StartAt = null, IReadOnlyList<string>? Notices = null, IClassLink? Class = null);

/// <summary>Where the app opens instead of Home: an event, or one of its quizzes.</summary>
public sealed record StartScreen(string EventId, string? QuizId);

/// <summary>Runs the full-screen app on loaded content until the learner quits.</summary>
public static class TuiApp
{
    /// <summary>Set to a file path to have the time of the first complete frame written there (start-up benchmark).</summary>
    public const string FirstFrameVariable = "QUIZTUI_FIRST_FRAME_FILE";

    /// <summary>
    /// What the screens share. The store is wrapped so that a write the database refuses for a while
    /// (a full disk, another program holding it) is kept and saved later instead of ending the app.
    /// </summary>
    public static StudyContext Context(ContentLibrary library, IScoreStore store, TuiOptions options, TimeProvider? clock = null) =>
        new(library, store as RetryingScoreStore ?? new RetryingScoreStore(store), options.Profile, clock ?? TimeProvider.System, options.Seed, AppKeys.Default);

    public static AppWindow CreateWindow(StudyContext context, ThemeName theme, StartScreen? startAt = null, IReadOnlyList<string>? notices = null)
    {
        var navigator = new Navigator(new HomeModel(context, notices), context.Keys);
        if (startAt is not null && context.Library.FindEvent(startAt.EventId) is { } newsEvent)
        {
            // Home stays underneath, so Esc walks back through the app as usual.
            navigator.Open(new EventModel(context, newsEvent));
            if (startAt.QuizId is not null && newsEvent.FindQuiz(startAt.QuizId) is { } quiz)
                navigator.Open(QuizModel.Start(context, newsEvent, quiz));
        }
        return new(navigator, Theme.Create(theme));
    }

    /// <summary>
    /// Shows the class's status, and a new version of its packs: at once on Home, else when the
    /// learner is back on Home (a quiz in progress goes on with the version it started with).
    /// </summary>
    internal static bool ClassTick(AppWindow window, IClassLink link)
    {
        window.Status.Note = link.StatusText;
        if (window.Navigator is { Depth: 1, Current: HomeModel home } && link.TakeNewLibrary() is { } library)
            window.Navigator.Reset(new HomeModel(home.Context.WithLibrary(library)));
        return true;
    }

    /// <summary>
    /// Runs the app; returns 0, or <see cref="Cli.ExitCodes.Unexpected"/> after an unexpected error
    /// (logged, and the terminal restored). Answers the database could not take yet are saved once
    /// more on the way out, and any still unsaved are named on standard error.
    /// </summary>
    public static int Run(ContentLibrary library, IScoreStore store, TuiOptions options)
    {
        using var saving = new RetryingScoreStore(store);
        int exit = RunApp(library, saving, options);
        if (!saving.TrySaveNow() && saving.Unsaved is { } unsaved)
            Console.Error.WriteLine(Strings.UnsavedOnExit(unsaved));
        return exit;
    }

    private static int RunApp(ContentLibrary library, RetryingScoreStore store, TuiOptions options)
    {
        Exception? failure = null;
        try
        {
            using IApplication app = Application.Create().Init();
            string? firstFrameFile = Environment.GetEnvironmentVariable(FirstFrameVariable);
            if (!string.IsNullOrEmpty(firstFrameFile))
            {
                void OnFrame(object? sender, EventArgs e)
                {
                    app.LayoutAndDrawComplete -= OnFrame;
                    long micros = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
                    File.WriteAllText(firstFrameFile, micros.ToString(CultureInfo.InvariantCulture) + "\n");
                }
                app.LayoutAndDrawComplete += OnFrame;
            }
            var context = Context(library, store, options);
            using var window = CreateWindow(context, options.Theme, options.StartAt, options.Notices);
            // Answers kept or saved in the background change what the quiz screen says.
            void OnSavingChanged() => app.Invoke(window.Redraw);
            store.Changed += OnSavingChanged;
            // After the first frame, in the background: the learner is recorded as the last used (a
            // write, kept off the first frame), and the answer log, long after months of practice, is
            // read so the progress screen opens at once; Home needs only the runs.
            void Warm(object? sender, EventArgs e)
            {
                app.LayoutAndDrawComplete -= Warm;
                _ = Task.Run(() =>
                {
                    try
                    {
                        context.Store.EnsureProfile(context.Profile, context.Now);
                        context.Tracker.Preload();
                    }
                    catch (Exception)
                    {
                        // Read again, and reported, when the progress screen opens.
                    }
                });
            }
            app.LayoutAndDrawComplete += Warm;
            if (options.Class is { } link)
                app.AddTimeout(TimeSpan.FromMilliseconds(500), () => ClassTick(window, link));
            try
            {
                app.Run(window, ex =>
                {
                    failure ??= ex;
                    app.RequestStop();
                    return true;
                });
            }
            finally
            {
                store.Changed -= OnSavingChanged;
            }
        }
        catch (Exception ex)
        {
            failure ??= ex;
        }
        if (failure is null)
            return Cli.ExitCodes.Ok;
        string? log = CrashLog.Write(failure);
        Console.Error.WriteLine(Strings.CrashMessage(log ?? CrashLog.Directory()));
        return Cli.ExitCodes.Unexpected;
    }
}
