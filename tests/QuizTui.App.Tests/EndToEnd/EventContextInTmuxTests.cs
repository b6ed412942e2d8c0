using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>A learner who wants the event's context first, in the real app at 80x24 and after a resize.</summary>
public class EventContextInTmuxTests
{
    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool AtTheEnd(string screen) => !screen.TrimEnd('\n').Split('\n')[^2].TrimEnd().EndsWith('▼');

    [Fact]
    public void The_overview_shows_at_once_o_opens_all_of_it_and_End_and_Home_reach_both_ends()
    {
        var e = Sample.Bundled().Events[0];
        string overviewStart = string.Join(' ', Flat(e.Overview).Split(' ').Take(6));
        string lastEntry = string.Join(' ', Flat(e.Timeline[^1].Text).Split(' ').TakeLast(3));
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "1");
        tmux.WaitFor(e.Title, "Enter open");
        tmux.Keys("Enter");
        string screen = tmux.WaitFor("Quizzes", overviewStart, "o about");

        tmux.Keys("End");
        screen = tmux.WaitUntil(s => s.Contains("› Compare how outlets", StringComparison.Ordinal), "the comparison entry selected");
        Assert.True(AtTheEnd(screen), screen);

        tmux.Keys("o");
        screen = tmux.WaitFor("› About", "Overview", overviewStart);
        Assert.DoesNotContain(lastEntry, screen);
        tmux.Keys("End");
        screen = tmux.WaitFor(lastEntry);
        Assert.True(AtTheEnd(screen), screen);
        tmux.Keys("Home");
        tmux.WaitFor("Overview", overviewStart);

        // Larger, the page re-wraps and End still reaches its end.
        tmux.Resize(160, 48);
        tmux.Keys("End");
        screen = tmux.WaitFor(lastEntry);
        Assert.True(AtTheEnd(screen), screen);
        tmux.Keys("PageUp", "PageUp", "PageUp", "PageDown", "PageDown", "PageDown", "PageDown");
        screen = tmux.WaitFor(lastEntry);
        Assert.True(AtTheEnd(screen), screen);

        tmux.Keys("Escape");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("q");
        tmux.WaitFor("[exit 0]");
    }
}
