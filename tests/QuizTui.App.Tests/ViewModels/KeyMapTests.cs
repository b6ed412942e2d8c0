using QuizTui.App.Tui;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.ViewModels;

public class KeyMapTests
{
    [Fact]
    public void Numbers_pick_options_everywhere_but_in_typed_answers()
    {
        Assert.Equal(Input.PickAt(2), KeyMap.Translate(Key.D3, InputMode.Commands));
        Assert.Equal(Input.PickAt(2), KeyMap.Translate(Key.D3, InputMode.Choices));
        Assert.Equal(Input.Typed('3'), KeyMap.Translate(Key.D3, InputMode.Text));
    }

    [Fact]
    public void Letters_answer_questions_but_q_and_s_keep_quit_and_skip()
    {
        Assert.Equal(new Input(UiCommand.Pick, 2, 'c'), KeyMap.Translate(Key.C, InputMode.Choices));
        Assert.Equal(UiCommand.Compare, KeyMap.Translate(Key.C, InputMode.Commands)!.Value.Command);
        Assert.Equal(UiCommand.Quit, KeyMap.Translate(Key.Q, InputMode.Choices)!.Value.Command);
        Assert.Equal(UiCommand.Skip, KeyMap.Translate(Key.S, InputMode.Choices)!.Value.Command);
        Assert.Equal(Input.Typed('q'), KeyMap.Translate(Key.Q, InputMode.Text));
    }

    [Fact]
    public void Ctrl_Q_F1_and_Esc_work_in_every_mode()
    {
        foreach (var mode in Enum.GetValues<InputMode>())
        {
            Assert.Equal(UiCommand.Quit, KeyMap.Translate(Key.Q.WithCtrl, mode)!.Value.Command);
            Assert.Equal(UiCommand.Help, KeyMap.Translate(Key.F1, mode)!.Value.Command);
            Assert.Equal(UiCommand.Back, KeyMap.Translate(Key.Esc, mode)!.Value.Command);
        }
        Assert.Equal(UiCommand.Help, KeyMap.Translate(new Key('?'), InputMode.Commands)!.Value.Command);
    }

    [Fact]
    public void F2_and_Ctrl_O_open_a_questions_article_in_every_mode_typing_included()
    {
        foreach (var mode in Enum.GetValues<InputMode>())
        {
            Assert.Equal(UiCommand.OpenArticle, KeyMap.Translate(Key.F2, mode)!.Value.Command);
            Assert.Equal(UiCommand.OpenArticle, KeyMap.Translate(Key.O.WithCtrl, mode)!.Value.Command);
        }
        Assert.Equal(Input.Typed('o'), KeyMap.Translate(Key.O, InputMode.Text));
    }
}
