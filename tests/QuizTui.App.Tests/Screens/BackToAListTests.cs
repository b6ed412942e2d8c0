using QuizTui.App.Tests.Support;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.Screens;

/// <summary>Coming back to a list from what was opened there, the item opened is in sight and still selected, at any size.</summary>
[Collection(RenderingCollection.Name)]
public class BackToAListTests
{
    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Back_from_the_last_item_of_a_long_list_shows_that_item_selected(int width, int height)
    {
        using var app = new Headless(Sample.Context(Sample.Bundled(), seed: 1), width, height);
        app.Press(Key.Enter, Key.End);
        Assert.Contains("› Compare how outlets", app.Screen(), StringComparison.Ordinal);

        app.Press(Key.Enter, Key.Esc);
        Assert.Contains("› Compare how outlets", app.Screen(), StringComparison.Ordinal);

        app.Press(Key.CursorUp, Key.Enter, Key.Esc);
        string back = app.Screen();
        Assert.Contains("› ", back, StringComparison.Ordinal);
        Assert.Contains("Moreno's story", back, StringComparison.Ordinal);
    }

    [Fact]
    public void Back_to_a_list_then_resized_keeps_the_selection_in_sight()
    {
        using var app = new Headless(Sample.Context(Sample.Bundled(), seed: 1), 160, 48);
        app.Press(Key.Enter, Key.End, Key.Enter, Key.Esc);
        app.Resize(80, 24);

        Assert.Contains("› Compare how outlets", app.Screen(), StringComparison.Ordinal);
    }
}
