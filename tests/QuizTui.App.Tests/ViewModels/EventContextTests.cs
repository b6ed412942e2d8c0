using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>A learner who wants the event's context first finds it at once: the overview opens the event screen, and one key shows it whole with the people and the timeline.</summary>
public class EventContextTests
{
    [Fact]
    public void The_event_screen_opens_with_the_start_of_the_overview_before_the_quizzes()
    {
        var context = Sample.Context();
        var e = context.Library.Events[0];
        var body = new EventModel(context, e).Body().ToString();
        int overview = body.IndexOf(e.Overview[..30], StringComparison.Ordinal);
        Assert.True(overview >= 0, body);
        Assert.True(overview < body.IndexOf(Strings.Quizzes, StringComparison.Ordinal), body);
        // The rest is one key away, named by the key map.
        Assert.Contains($"{AppKeys.Default.Label(UiCommand.About)}: {Strings.AboutHint}", body);
    }

    [Fact]
    public void The_overview_on_the_event_screen_is_cut_to_a_few_lines()
    {
        var context = Sample.Context();
        var overview = new EventModel(context, context.Library.Events[0]).Body().Blocks.OfType<Para>()
            .Single(p => p.PlainText.StartsWith(context.Library.Events[0].Overview[..30], StringComparison.Ordinal));
        Assert.Equal(EventModel.OverviewLines, overview.MaxLines);
    }

    [Fact]
    public void About_shows_the_whole_overview_the_people_and_the_timeline()
    {
        var context = Sample.Context();
        var e = context.Library.Events[0];
        var open = Assert.IsType<OpenOutcome>(new EventModel(context, e).Handle(UiCommand.About));
        var about = Assert.IsType<AboutEventModel>(open.Screen);
        string body = about.Body().ToString();
        foreach (string expected in new[]
        {
            Strings.Overview, e.Overview, Strings.People, "Ana Pérez, Chief executive, Acme", "Cy Dunn, Spokesman, The Agency",
            Strings.Timeline, "23 Sep 2020 21:00", "An engineer tweets about the contract.", "Acme drops the contract.",
        })
        {
            Assert.Contains(expected, body);
        }
        Assert.EndsWith(Strings.AppName + Strings.Separator + e.Title + Strings.Separator + Strings.AboutTitle, about.Title);
        Assert.Same(Outcome.Back, about.Handle(UiCommand.Back));
    }

    [Fact]
    public void The_event_screen_leaves_people_and_timeline_to_About_so_its_last_item_is_its_end()
    {
        var context = Sample.Context();
        var doc = new EventModel(context, context.Library.Events[0]).Body();
        string body = doc.ToString();
        Assert.DoesNotContain(Strings.Timeline, body);
        Assert.DoesNotContain("\n" + Strings.People + "\n", body);
        // Nothing follows the last item: End, which selects it, shows the real end of the page.
        var last = doc.Blocks.OfType<Para>().Last();
        Assert.NotNull(last.Item);
        Assert.Same(doc.Blocks.OfType<Para>().Last(), doc.Blocks.Last(b => b is not Gap));
    }

    [Fact]
    public void O_means_about_and_the_event_status_bar_names_it()
    {
        Assert.Equal(UiCommand.About, KeyMap.Translate(Key.O, InputMode.Commands)!.Value.Command);
        Assert.Equal("o", AppKeys.Default.Label(UiCommand.About));
        var context = Sample.Context();
        var keys = new EventModel(context, context.Library.Events[0]).Keys;
        Assert.Contains(keys, k => k.Command == UiCommand.About && k.InStatusBar && k.KeysOverride is null);
        // At 80 columns the status bar keeps it with open, compare, review and progress.
        var shown = Tui.Views.StatusLine.Fit(keys, 80, AppKeys.Default).Select(k => k.Command).ToList();
        Assert.Contains(UiCommand.About, shown);
        Assert.Contains(UiCommand.Progress, shown);
    }
}
