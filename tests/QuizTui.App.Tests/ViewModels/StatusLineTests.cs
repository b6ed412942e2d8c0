using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.App.Tui.Views;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

public class StatusLineTests
{
    private static string Shown(IReadOnlyList<KeyHelp> keys, int width) =>
        string.Join("  ", StatusLine.Fit(keys, width, AppKeys.Default).Select(k => $"{StatusLine.KeysOf(k, AppKeys.Default)} {k.What}"));

    [Fact]
    public void When_everything_fits_every_key_shows_in_order()
    {
        var context = Sample.Context();
        var keys = new EventModel(context, context.Library.Events[0]).Keys;
        Assert.Equal("Enter open  o about  c compare  r review  p progress  Esc back  q quit  F1 help", Shown(keys, 80));
    }

    [Fact]
    public void On_a_narrow_window_help_quit_and_back_stay_and_other_keys_give_way()
    {
        var context = Sample.Context();
        var keys = new EventModel(context, context.Library.Events[0]).Keys;
        string shown = Shown(keys, 59);
        Assert.Equal("Enter open  o about  c compare  Esc back  q quit  F1 help", shown);
        Assert.True(shown.Length + 1 <= 59);
    }
}
