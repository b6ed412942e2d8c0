using System.Text;
using QuizTui.App.Tui.ViewModels;
using Terminal.Gui.Input;

namespace QuizTui.App.Tui;

/// <summary>Every key binding of the app, in one place: which key means which command, and how keys are shown.</summary>
public static class KeyMap
{
    /// <summary>Keys that mean the same in every mode, typing included.</summary>
    private static readonly (Key Key, UiCommand Command)[] Always =
    [
        (Key.F1, UiCommand.Help),
        (Key.Q.WithCtrl, UiCommand.Quit),
        (Key.S.WithCtrl, UiCommand.Skip),
        (Key.Esc, UiCommand.Back),
        (Key.Enter, UiCommand.Accept),
        (Key.CursorUp, UiCommand.Up),
        (Key.CursorDown, UiCommand.Down),
        (Key.PageUp, UiCommand.PageUp),
        (Key.PageDown, UiCommand.PageDown),
    ];

    /// <summary>Keys of the screens that read commands (and, unless a letter picks an option, of quiz questions).</summary>
    private static readonly (Key Key, UiCommand Command)[] Commands =
    [
        (Key.Home, UiCommand.Home),
        (Key.End, UiCommand.End),
        (Key.CursorLeft, UiCommand.Left),
        (Key.CursorRight, UiCommand.Right),
        (Key.Space, UiCommand.Toggle),
        (Key.Backspace, UiCommand.Back),
        (Key.Q, UiCommand.Quit),
        (Key.K, UiCommand.Up),
        (Key.J, UiCommand.Down),
        (Key.S, UiCommand.Skip),
        (Key.T, UiCommand.StartQuiz),
        (Key.C, UiCommand.Compare),
        (Key.R, UiCommand.Retry),
        (Key.Y, UiCommand.Yes),
        (Key.N, UiCommand.No),
        (Key.H, UiCommand.Left),
        (Key.L, UiCommand.Right),
        (Key.P, UiCommand.Progress),
        (Key.M, UiCommand.Cram),
        (Key.U, UiCommand.Profiles),
        (Key.O, UiCommand.About),
    ];

    /// <summary>Letters that keep their command while a question takes letters as answers.</summary>
    private static readonly char[] ReservedInChoices = ['q', 's'];

    /// <summary>Keys of a typed answer that are not text.</summary>
    private static readonly (Key Key, UiCommand Command)[] Typing =
    [
        (Key.Backspace, UiCommand.Erase),
    ];

    /// <summary>What a key means on a screen that reads input in <paramref name="mode"/>; null when it means nothing.</summary>
    public static Input? Translate(Key key, InputMode mode)
    {
        foreach (var (k, command) in Always)
        {
            if (k == key)
                return command;
        }
        if (mode == InputMode.Text)
        {
            foreach (var (k, command) in Typing)
            {
                if (k == key)
                    return command;
            }
            return Printable(key) is { } typed ? Input.Typed(typed) : null;
        }

        char? c = Printable(key);
        if (c is >= '1' and <= '9')
            return Input.PickAt(c.Value - '1');
        if (c == '?')
            return UiCommand.Help;
        if (mode == InputMode.Choices && c is >= 'a' and <= 'z' && Array.IndexOf(ReservedInChoices, c.Value) < 0)
            return new Input(UiCommand.Pick, c.Value - 'a', c.Value);
        foreach (var (k, command) in Commands)
        {
            if (k == key)
                return command;
        }
        return null;
    }

    private static char? Printable(Key key)
    {
        if (key.IsCtrl || key.IsAlt)
            return null;
        Rune rune = key.AsRune;
        if (rune.Value == 0 || Rune.IsControl(rune) || rune.Utf16SequenceLength != 1)
            return null;
        return (char)rune.Value;
    }

    /// <summary>The keys of a command, as the status bar and help show them.</summary>
    public static string Label(UiCommand command) => command switch
    {
        UiCommand.Up or UiCommand.Down => "↑↓",
        UiCommand.PageUp or UiCommand.PageDown => "PgUp/PgDn",
        UiCommand.Home => "Home",
        UiCommand.End => "End",
        UiCommand.Accept => "Enter",
        UiCommand.Toggle => "Space",
        UiCommand.Back => "Esc",
        UiCommand.Quit => "q",
        UiCommand.Help => "F1",
        UiCommand.Pick => "1-9",
        UiCommand.Left or UiCommand.Right => "←→",
        UiCommand.Skip => "s",
        UiCommand.StartQuiz => "t",
        UiCommand.Compare => "c",
        UiCommand.Retry => "r",
        UiCommand.Type => "type",
        UiCommand.Erase => "Backspace",
        UiCommand.Yes => "y",
        UiCommand.No => "n",
        UiCommand.Progress => "p",
        UiCommand.Cram => "m",
        UiCommand.Profiles => "u",
        UiCommand.About => "o",
        _ => command.ToString(),
    };

    /// <summary>The longer form the help screen shows.</summary>
    public static string HelpLabel(UiCommand command) => command switch
    {
        UiCommand.Up or UiCommand.Down => "↑↓ or k/j",
        UiCommand.PageUp or UiCommand.PageDown => "PgUp PgDn Home End",
        UiCommand.Back => "Esc or Backspace",
        UiCommand.Quit => "q or Ctrl+Q",
        UiCommand.Help => "F1 or ?",
        UiCommand.Skip => "s (Ctrl+S while typing)",
        UiCommand.Left or UiCommand.Right => "←→ or h/l",
        _ => Label(command),
    };
}
