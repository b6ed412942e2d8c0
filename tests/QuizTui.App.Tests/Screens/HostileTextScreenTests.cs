using QuizTui.App.Tests.Cli;
using QuizTui.App.Tests.Support;
using QuizTui.App.Tui.Views;
using QuizTui.Core.Model;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.Screens;

/// <summary>The full-screen app shows control characters from content as the same stand-ins as the commands.</summary>
[Collection(RenderingCollection.Name)]
public class HostileTextScreenTests
{
    [Fact]
    public void Laid_out_text_holds_only_visible_stand_ins()
    {
        var lines = TextLayout.Layout([new Para("Title " + HostileTextTests.Hostile)], 60);
        string text = string.Join("\n", lines.Select(l => l.Text));
        HostileTextTests.AssertTerminalSafe(text);
        // Line breaks, tabs and carriage returns in prose are spaces, as before; the rest is shown.
        Assert.Contains("␛]0;owned␇␛[2J", text, StringComparison.Ordinal);
        Assert.Contains("␀␡<U+009B>31m<U+202E>evil<U+2066>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_title_with_control_characters_is_escaped_on_home_and_in_the_header()
    {
        var library = new ContentLibrary([Sample.Event() with { Title = "Title " + HostileTextTests.Hostile }]);
        using var app = new Headless(Sample.Context(library), 120, 30);

        string home = app.Screen();
        HostileTextTests.AssertTerminalSafe(home);
        Assert.Contains("<U+202E>evil", home, StringComparison.Ordinal);

        app.Press(Key.Enter);
        string header = app.Screen().Split('\n')[0];
        HostileTextTests.AssertTerminalSafe(header);
        Assert.Contains("Title ␛]0;owned␇␛[2J␍␀␡<U+009B>31m<U+202E>evil<U+2066>␊␉end", header, StringComparison.Ordinal);
    }
}
