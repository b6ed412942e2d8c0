using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Core.Model;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.Screens;

/// <summary>
/// A new version of a class pack fetched while the app runs: Home shows it at the next tick; on any
/// other screen the learner goes on with what they opened, and Home shows the new version when they
/// are back on it. The status line shows the class's state.
/// </summary>
[Collection(RenderingCollection.Name)]
public class ClassPacksScreenTests
{
    private const string NewTitle = "Acme drops the contract, second version";

    /// <summary>A class whose next version of the pack the test releases.</summary>
    private sealed class FakeClass : IClassLink
    {
        public ContentLibrary? Pending;
        public int Taken;

        public string StatusText => "class: online, 0 to send";

        public ContentLibrary? TakeNewLibrary()
        {
            var library = Pending;
            Pending = null;
            if (library is not null)
                Taken++;
            return library;
        }
    }

    private static ContentLibrary SecondVersion() => new([Sample.Event() with { Title = NewTitle }]);

    [Fact]
    public void On_home_a_new_version_shows_at_the_next_tick_with_the_class_status()
    {
        using var app = new Headless(Sample.Context());
        var link = new FakeClass { Pending = SecondVersion() };
        Assert.DoesNotContain(NewTitle, app.Screen());

        TuiApp.ClassTick(app.Window, link);
        app.Draw();

        string screen = app.Screen();
        Assert.Contains(NewTitle, screen);
        Assert.Contains("class: online, 0 to send", screen);
        Assert.IsType<HomeModel>(app.Window.Navigator.Current);
    }

    [Fact]
    public void Away_from_home_the_learner_keeps_their_screen_and_home_shows_the_new_version_when_they_are_back()
    {
        using var app = new Headless(Sample.Context());
        app.Press(Key.Enter);
        var opened = app.Window.Navigator.Current;
        var link = new FakeClass { Pending = SecondVersion() };

        TuiApp.ClassTick(app.Window, link);

        Assert.Same(opened, app.Window.Navigator.Current);
        Assert.Equal(0, link.Taken);
        app.Press(Key.Esc);
        TuiApp.ClassTick(app.Window, link);
        app.Draw();

        Assert.Equal(1, link.Taken);
        Assert.Contains(NewTitle, app.Screen());
    }
}
