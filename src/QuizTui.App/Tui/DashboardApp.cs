using QuizTui.Class;
using QuizTui.Core.Model;
using QuizTui.Presentation;
using Terminal.Gui.App;

namespace QuizTui.App.Tui;

/// <summary>Runs <c>quiztui class dashboard</c>: the class report, read again as answers arrive, in the app's window.</summary>
public static class DashboardApp
{
    /// <summary>How often the window takes the feed's newest report (the feed polls the server twice a second; this adds at most a quarter second).</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    public static int Run(ClassServer server, Func<ContentLibrary> content, ThemeName theme)
    {
        Exception? failure = null;
        var feed = new ClassReportFeed(server, content);
        try
        {
            feed.Start();
            var model = new DashboardModel(() => new DashboardState(feed.Latest, feed.Problem, feed.Version), TimeProvider.System);
            model.Refresh();
            using IApplication app = Application.Create().Init();
            using var window = new AppWindow(new Navigator(model, AppKeys.Default), Tui.Theme.Create(theme));
            app.AddTimeout(Tick, () =>
            {
                if (model.Refresh())
                    window.Redraw();
                return true;
            });
            app.Run(window, ex =>
            {
                failure ??= ex;
                app.RequestStop();
                return true;
            });
        }
        catch (Exception ex)
        {
            failure ??= ex;
        }
        finally
        {
            feed.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        if (failure is null)
            return Cli.ExitCodes.Ok;
        string? log = CrashLog.Write(failure);
        Console.Error.WriteLine(Strings.CrashMessage(log ?? CrashLog.Directory()));
        return Cli.ExitCodes.Unexpected;
    }
}
