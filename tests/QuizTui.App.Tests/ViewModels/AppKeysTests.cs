using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.App.Tui.Views;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>The keys the screens show are made from the bindings, so they follow a binding that changes.</summary>
[Collection(RenderingCollection.Name)]
public class AppKeysTests
{
    private static readonly AppKeys CramOnZ = AppKeys.Default.Rebind(UiCommand.Cram, KeyChord.Of('z'));

    [Fact]
    public void A_key_bound_differently_is_what_the_key_does()
    {
        Assert.Equal(UiCommand.Cram, CramOnZ.Translate(KeyChord.Of('z'), InputMode.Commands)!.Value.Command);
        Assert.Null(CramOnZ.Translate(KeyChord.Of('m'), InputMode.Commands));
        Assert.Equal(UiCommand.Cram, KeyMap.Translate(Key.Z, InputMode.Commands, CramOnZ)!.Value.Command);
    }

    [Fact]
    public void The_status_bar_help_and_home_write_a_key_as_it_is_bound()
    {
        Assert.Equal("m", AppKeys.Default.Label(UiCommand.Cram));
        Assert.Equal("z", CramOnZ.Label(UiCommand.Cram));

        var context = Sample.Context(keys: CramOnZ);
        var home = new HomeModel(context);
        var cram = Assert.Single(home.Keys, k => k.Command == UiCommand.Cram);
        Assert.Equal("z cram", $"{StatusLine.KeysOf(cram, CramOnZ)} {cram.What}");
        Assert.Contains("z to cram everything", home.Body().ToString());
        Assert.DoesNotContain("m to cram", home.Body().ToString());
        Assert.Contains("z   ", new HelpModel(home, CramOnZ).Body().ToString());

        // The status bar drawn by the app, from the same bindings.
        using var app = new Headless(context);
        Assert.Contains("z cram", app.Screen().Split('\n').Last(l => l.Length > 0));
    }

    [Fact]
    public void Sentences_that_name_a_key_name_it_as_it_is_bound()
    {
        var keys = AppKeys.Default;
        Assert.Equal("Tick every answer that applies (Space or its number), then press Enter.", Strings.PickAll(keys));
        Assert.Equal("Select an item, press Space to pick it up, move it with ↑↓, Space to drop. Enter when done.", Strings.OrderHint(keys));

        var toggleOnX = keys.Rebind(UiCommand.Toggle, KeyChord.Of('x')).Rebind(UiCommand.Accept, KeyName.Right);
        Assert.Equal("Tick every answer that applies (x or its number), then press →.", Strings.PickAll(toggleOnX));
        Assert.Equal("Select an item, press x to pick it up, move it with ↑↓, x to drop. → when done.", Strings.OrderHint(toggleOnX));
        Assert.Equal("Press → to go on.", Strings.PressEnter(toggleOnX));
        Assert.Equal("Type a number and press →.", Strings.TypeNumber(toggleOnX));
        Assert.EndsWith("→ to resume", Strings.Unfinished("Quiz", 1, 3, toggleOnX));
        Assert.EndsWith("press →.", Strings.ProfilesIntro("ana", toggleOnX));
    }

    [Fact]
    public void Keys_with_more_than_one_binding_are_written_out_in_help_as_before()
    {
        var keys = AppKeys.Default;
        Assert.Equal("↑↓", keys.Label(UiCommand.Down));
        Assert.Equal("↑↓ or k/j", keys.HelpLabel(UiCommand.Up));
        Assert.Equal("←→ or h/l", keys.HelpLabel(UiCommand.Right));
        Assert.Equal("PgUp/PgDn", keys.Label(UiCommand.PageDown));
        Assert.Equal("PgUp PgDn Home End", keys.HelpLabel(UiCommand.PageDown));
        Assert.Equal("q or Ctrl+Q", keys.HelpLabel(UiCommand.Quit));
        Assert.Equal("Esc or Backspace", keys.HelpLabel(UiCommand.Back));
        Assert.Equal("s (Ctrl+S while typing)", keys.HelpLabel(UiCommand.Skip));
        Assert.Equal("Ctrl+S", keys.Key(UiCommand.Skip, InputMode.Text));
        Assert.Equal("F2", keys.Label(UiCommand.OpenArticle));
        Assert.Equal("F2 or Ctrl+O", keys.HelpLabel(UiCommand.OpenArticle));
    }

    [Fact]
    public void Help_while_typing_names_only_the_keys_that_still_work_there()
    {
        var keys = AppKeys.Default;
        Assert.Equal("F1", keys.HelpLabel(UiCommand.Help, InputMode.Text));
        Assert.Equal("Ctrl+Q", keys.HelpLabel(UiCommand.Quit, InputMode.Text));
        Assert.Equal("Ctrl+S", keys.HelpLabel(UiCommand.Skip, InputMode.Text));
        Assert.Equal("Esc", keys.HelpLabel(UiCommand.Back, InputMode.Text));
        Assert.Equal("↑↓", keys.HelpLabel(UiCommand.Up, InputMode.Text));
        Assert.Equal("PgUp PgDn", keys.HelpLabel(UiCommand.PageDown, InputMode.Text));
        Assert.Equal("Ctrl+Q", keys.HelpLabel(UiCommand.Quit, InputMode.Editor));
        Assert.Equal("F1", keys.HelpLabel(UiCommand.Help, InputMode.Editor));
        // Letters pick options in a choice question, so k/j do not move there; q still quits.
        Assert.Equal("↑↓", keys.HelpLabel(UiCommand.Up, InputMode.Choices));
        Assert.Equal("q or Ctrl+Q", keys.HelpLabel(UiCommand.Quit, InputMode.Choices));
    }

    [Fact]
    public void In_the_answer_editor_only_the_keys_it_leaves_to_the_screen_mean_a_command()
    {
        var keys = AppKeys.Default;
        // Enter starts a new line and the page keys move through the answer: they are the editor's.
        Assert.Null(keys.Translate(KeyName.Enter, InputMode.Editor));
        Assert.Null(keys.Translate(KeyName.PageDown, InputMode.Editor));
        Assert.Null(keys.Translate(KeyName.Up, InputMode.Editor));
        Assert.False(keys.Works(UiCommand.PageDown, InputMode.Editor));
        Assert.Equal(UiCommand.SubmitText, keys.Translate(KeyChord.WithCtrl('d'), InputMode.Editor)?.Command);
        Assert.Equal(UiCommand.Back, keys.Translate(KeyName.Esc, InputMode.Editor)?.Command);
        Assert.Equal(UiCommand.Skip, keys.Translate(KeyChord.WithCtrl('s'), InputMode.Editor)?.Command);
        Assert.True(keys.Works(UiCommand.PageDown, InputMode.Text));
    }

    [Fact]
    public void Letters_pick_options_up_to_the_first_letter_with_a_command_of_its_own()
    {
        var keys = AppKeys.Default;
        Assert.Equal("1-4/a-d", keys.PickKeys(4));
        Assert.Equal("1-3, a-c or Space", keys.PickHelpKeys(3, UiCommand.Toggle));
        Assert.Equal("1-16/a-p", keys.PickKeys(16));
        Assert.Equal("1-17", keys.PickKeys(17));
        // Quit and skip moved to x and z: letters now pick up to w.
        var moved = keys.Rebind(UiCommand.Quit, KeyChord.Of('x')).Rebind(UiCommand.Skip, KeyChord.Of('z'));
        Assert.Equal("1-17/a-q", moved.PickKeys(17));
        Assert.Equal(new Input(UiCommand.Pick, 16, 'q'), moved.Translate(KeyChord.Of('q'), InputMode.Choices));
    }
}
