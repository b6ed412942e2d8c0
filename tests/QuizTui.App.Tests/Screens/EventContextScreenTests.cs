using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Core.Model;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.Screens;

/// <summary>The bundled event's context at 80x24 and larger: the overview at once, all of it with one key, and the keys that scroll reaching the real end.</summary>
[Collection(RenderingCollection.Name)]
public class EventContextScreenTests
{
    private static NewsEvent Event => Sample.Bundled().Events[0];

    private static Headless Bundled(int width = 80, int height = 24) => new(Sample.Context(Sample.Bundled(), seed: 1), width, height);

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when the last line of the page is on screen: no ▼ in the last row of the body.</summary>
    private static bool AtTheEnd(string screen) => !screen.TrimEnd('\n').Split('\n')[^2].EndsWith('▼');

    [Fact]
    public void The_event_screen_shows_the_start_of_the_overview_and_how_to_read_the_rest_at_once()
    {
        using var app = Bundled();
        app.Press(Key.Enter);
        string screen = app.Screen();
        Assert.Contains(string.Join(' ', Event.Overview.Split(' ').Take(6)), screen);
        Assert.Contains("o: " + Strings.AboutHint, screen);
        Assert.Contains("o about", screen.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void End_on_the_event_screen_reaches_the_end_of_the_page()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.End);
        string screen = app.Screen();
        Assert.True(AtTheEnd(screen), screen);
        Assert.Contains("› " + Strings.CompareEntry, screen);
        app.Press(Key.Home);
        Assert.Contains("› " + Event.Quizzes[0].Title, app.Screen());
        Assert.Contains(string.Join(' ', Event.Overview.Split(' ').Take(6)), app.Screen());
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void About_shows_the_overview_first_and_End_Home_and_PgDn_reach_both_ends(int w, int h)
    {
        using var app = Bundled(w, h);
        app.Press(Key.Enter, Key.O);
        string top = app.Screen();
        Snapshot.Match($"about-{w}x{h}", top);
        Assert.Contains(Strings.Overview, top);
        Assert.Contains(string.Join(' ', Flat(Event.Overview).Split(' ').Take(6)), top);
        string lastEntry = string.Join(' ', Flat(Event.Timeline[^1].Text).Split(' ').TakeLast(3));
        Assert.DoesNotContain(lastEntry, top);

        app.Press(Key.End);
        string end = app.Screen();
        Assert.True(AtTheEnd(end), end);
        Assert.Contains(lastEntry, end);

        app.Press(Key.Home);
        Assert.Equal(top, app.Screen());

        // PgDn page by page gets to the same end, and no further.
        for (int i = 0; i < 20 && !AtTheEnd(app.Screen()); i++)
            app.Press(Key.PageDown);
        Assert.Equal(end, app.Screen());
        app.Press(Key.PageDown);
        Assert.Equal(end, app.Screen());

        app.Press(Key.Esc);
        Assert.Contains(Strings.Quizzes, app.Screen());
    }

    [Fact]
    public void About_rewraps_after_a_resize_and_still_reaches_its_end()
    {
        using var app = Bundled(120, 40);
        app.Press(Key.Enter, Key.O);
        app.Resize(80, 24);
        string lastEntry = string.Join(' ', Flat(Event.Timeline[^1].Text).Split(' ').TakeLast(3));
        app.Press(Key.End);
        Assert.Contains(lastEntry, app.Screen());
        Assert.True(AtTheEnd(app.Screen()), app.Screen());
        Assert.All(app.Screen().Split('\n'), line => Assert.True(line.Length <= 80));
    }
}
