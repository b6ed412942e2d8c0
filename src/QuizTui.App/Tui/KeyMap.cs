using System.Text;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tui;

/// <summary>
/// The terminal's keys as the app's <see cref="KeyChord"/>s. What each key means lives in one place,
/// <see cref="AppKeys"/>; this only says which Terminal.Gui key is which chord.
/// </summary>
public static class KeyMap
{
    private static readonly (Key Key, KeyName Name)[] Named =
    [
        (Key.F1, KeyName.F1),
        (Key.F2, KeyName.F2),
        (Key.Esc, KeyName.Esc),
        (Key.Enter, KeyName.Enter),
        (Key.Backspace, KeyName.Backspace),
        (Key.CursorUp, KeyName.Up),
        (Key.CursorDown, KeyName.Down),
        (Key.CursorLeft, KeyName.Left),
        (Key.CursorRight, KeyName.Right),
        (Key.PageUp, KeyName.PageUp),
        (Key.PageDown, KeyName.PageDown),
        (Key.Home, KeyName.Home),
        (Key.End, KeyName.End),
    ];

    /// <summary>The chord a terminal key is; null for keys the app has no use for (Tab, Alt+…, F2…).</summary>
    public static KeyChord? Chord(Key key)
    {
        foreach (var (k, name) in Named)
        {
            if (k == key)
                return name;
        }
        if (key.IsAlt)
            return null;
        if (key.IsCtrl)
        {
            var letter = key.NoCtrl.NoShift;
            return letter.IsKeyCodeAtoZ ? KeyChord.WithCtrl((char)letter.KeyCode) : null;
        }
        Rune rune = key.AsRune;
        if (rune.Value == 0 || Rune.IsControl(rune) || rune.Utf16SequenceLength != 1)
            return null;
        return KeyChord.Of((char)rune.Value);
    }

    /// <summary>What a terminal key means on a screen that reads input in <paramref name="mode"/>; null when it means nothing.</summary>
    public static Input? Translate(Key key, InputMode mode, AppKeys? bindings = null) =>
        Chord(key) is { } chord ? (bindings ?? AppKeys.Default).Translate(chord, mode) : null;
}
