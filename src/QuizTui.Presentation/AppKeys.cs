using System.Globalization;

namespace QuizTui.Presentation;

/// <summary>A key that is not a character.</summary>
public enum KeyName
{
    /// <summary>The key is a character (<see cref="KeyChord.Char"/>).</summary>
    None,
    F1,
    F2,
    Esc,
    Enter,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
}

/// <summary>A key as the app thinks of it, with no terminal: a named key, a character, or Ctrl with a letter.</summary>
public readonly record struct KeyChord(KeyName Name, char Char = '\0', bool Ctrl = false)
{
    public static KeyChord Of(char c) => new(KeyName.None, c);
    public static KeyChord WithCtrl(char letter) => new(KeyName.None, char.ToLowerInvariant(letter), Ctrl: true);
    public static implicit operator KeyChord(KeyName name) => new(name);

    /// <summary>How the key is written on screen: "Esc", "↑", "PgUp", "Space", "q", "Ctrl+S".</summary>
    public string Label => Name switch
    {
        KeyName.Up => "↑",
        KeyName.Down => "↓",
        KeyName.Left => "←",
        KeyName.Right => "→",
        KeyName.PageUp => "PgUp",
        KeyName.PageDown => "PgDn",
        KeyName.None when Ctrl => "Ctrl+" + char.ToUpperInvariant(Char),
        KeyName.None when Char == ' ' => "Space",
        KeyName.None => Char.ToString(),
        _ => Name.ToString(),
    };
}

/// <summary>
/// When a key has its meaning: on every screen, on screens that read commands, while an answer is
/// typed on one line, or while a written answer is typed in the multi-line editor.
/// </summary>
public enum KeyScope
{
    Always,
    Commands,
    Typing,
    /// <summary>The editor has every key first (Enter starts a new line); these are the ones it leaves to the screen.</summary>
    Editor,
}

/// <param name="Note">Said after the key in help ("while typing"), when it is meant for one situation.</param>
public sealed record KeyBinding(KeyChord Key, UiCommand Command, KeyScope Scope, string? Note = null);

/// <summary>
/// Every key binding of the app, in one place: which key means which command in which mode, and
/// how the keys of a command are written in the status bar and in help. Labels are made from the
/// bindings, so a key bound differently is shown differently everywhere. The terminal's keys are
/// turned into <see cref="KeyChord"/>s by the app (KeyMap); nothing here knows the terminal.
/// </summary>
public sealed class AppKeys
{
    /// <summary>The app's keys. Per command, the key listed first is the one the status bar shows.</summary>
    public static AppKeys Default { get; } = new(
    [
        new(KeyName.F1, UiCommand.Help, KeyScope.Always),
        new(KeyChord.Of('?'), UiCommand.Help, KeyScope.Commands),
        new(KeyChord.Of('q'), UiCommand.Quit, KeyScope.Commands),
        new(KeyChord.WithCtrl('q'), UiCommand.Quit, KeyScope.Always),
        new(KeyChord.Of('s'), UiCommand.Skip, KeyScope.Commands),
        new(KeyChord.WithCtrl('s'), UiCommand.Skip, KeyScope.Always, "while typing"),
        new(KeyName.Esc, UiCommand.Back, KeyScope.Always),
        new(KeyName.Backspace, UiCommand.Back, KeyScope.Commands),
        new(KeyName.Enter, UiCommand.Accept, KeyScope.Always),
        new(KeyName.Up, UiCommand.Up, KeyScope.Always),
        new(KeyName.Down, UiCommand.Down, KeyScope.Always),
        new(KeyChord.Of('k'), UiCommand.Up, KeyScope.Commands),
        new(KeyChord.Of('j'), UiCommand.Down, KeyScope.Commands),
        new(KeyName.PageUp, UiCommand.PageUp, KeyScope.Always),
        new(KeyName.PageDown, UiCommand.PageDown, KeyScope.Always),
        new(KeyName.Home, UiCommand.Home, KeyScope.Commands),
        new(KeyName.End, UiCommand.End, KeyScope.Commands),
        new(KeyName.Left, UiCommand.Left, KeyScope.Commands),
        new(KeyName.Right, UiCommand.Right, KeyScope.Commands),
        new(KeyChord.Of('h'), UiCommand.Left, KeyScope.Commands),
        new(KeyChord.Of('l'), UiCommand.Right, KeyScope.Commands),
        new(KeyChord.Of(' '), UiCommand.Toggle, KeyScope.Commands),
        new(KeyChord.Of('t'), UiCommand.StartQuiz, KeyScope.Commands),
        new(KeyChord.Of('c'), UiCommand.Compare, KeyScope.Commands),
        new(KeyChord.Of('r'), UiCommand.Retry, KeyScope.Commands),
        new(KeyChord.Of('y'), UiCommand.Yes, KeyScope.Commands),
        new(KeyChord.Of('n'), UiCommand.No, KeyScope.Commands),
        new(KeyChord.Of('p'), UiCommand.Progress, KeyScope.Commands),
        new(KeyChord.Of('m'), UiCommand.Cram, KeyScope.Commands),
        new(KeyChord.Of('u'), UiCommand.Profiles, KeyScope.Commands),
        new(KeyChord.Of('o'), UiCommand.About, KeyScope.Commands),
        // Keys that work while a letter picks an option and while an answer is typed; F2 is the
        // one shown, as it is short enough for the status bar of every question at 80 columns.
        new(KeyName.F2, UiCommand.OpenArticle, KeyScope.Always),
        new(KeyChord.WithCtrl('o'), UiCommand.OpenArticle, KeyScope.Always),
        new(KeyName.Backspace, UiCommand.Erase, KeyScope.Typing),
        new(KeyChord.WithCtrl('d'), UiCommand.SubmitText, KeyScope.Editor),
    ]);

    /// <summary>Commands that come in pairs and are shown together ("↑↓", "PgUp/PgDn").</summary>
    private static readonly (UiCommand First, UiCommand Second)[] Pairs =
    [
        (UiCommand.Up, UiCommand.Down),
        (UiCommand.Left, UiCommand.Right),
        (UiCommand.PageUp, UiCommand.PageDown),
    ];

    /// <summary>The keys help lists for scrolling, whichever of them a screen names.</summary>
    private static readonly UiCommand[] Scrolling = [UiCommand.PageUp, UiCommand.PageDown, UiCommand.Home, UiCommand.End];

    private readonly IReadOnlyList<KeyBinding> _bindings;

    public AppKeys(IReadOnlyList<KeyBinding> bindings)
    {
        _bindings = bindings;
        // Letters with a command that keeps it while a question takes letters as answers (quit, skip).
        ReservedInChoices = bindings
            .Where(b => b.Scope == KeyScope.Commands && !b.Key.Ctrl && b.Key.Char is >= 'a' and <= 'z' && b.Command is UiCommand.Quit or UiCommand.Skip)
            .Select(b => b.Key.Char)
            .ToHashSet();
        LeftByEditor = bindings
            .Where(b => b.Scope == KeyScope.Editor || b.Scope == KeyScope.Always && (b.Key.Ctrl || b.Key.Name is KeyName.F1 or KeyName.F2 or KeyName.Esc))
            .Select(b => b.Key)
            .Distinct()
            .ToList();
    }

    public IReadOnlyList<KeyBinding> All => _bindings;

    /// <summary>Letters that keep their command while a question takes letters as answers.</summary>
    public IReadOnlySet<char> ReservedInChoices { get; }

    /// <summary>The same bindings with <paramref name="command"/>'s first key replaced by <paramref name="key"/>.</summary>
    public AppKeys Rebind(UiCommand command, KeyChord key)
    {
        var list = _bindings.ToList();
        int i = list.FindIndex(b => b.Command == command);
        if (i < 0)
            throw new ArgumentException($"No key is bound to {command}.", nameof(command));
        list[i] = list[i] with { Key = key };
        return new AppKeys(list);
    }

    /// <summary>What a key means on a screen that reads input in <paramref name="mode"/>; null when it means nothing.</summary>
    public Input? Translate(KeyChord key, InputMode mode)
    {
        // The editor has every key first: only the keys it leaves to the screen mean a command,
        // and none of them is typing. Enter, the arrows and the page keys move in the answer.
        if (mode == InputMode.Editor)
        {
            if (!LeftByEditor.Contains(key))
                return null;
            return (Find(key, KeyScope.Editor) ?? Find(key, KeyScope.Always)) is { } left ? left : null;
        }
        if (Find(key, KeyScope.Always) is { } always)
            return always;
        bool printable = key is { Name: KeyName.None, Ctrl: false, Char: not '\0' };
        if (mode == InputMode.Text)
        {
            if (Find(key, KeyScope.Typing) is { } typing)
                return typing;
            return printable ? Input.Typed(key.Char) : null;
        }
        if (printable && key.Char is >= '1' and <= '9')
            return Input.PickAt(key.Char - '1');
        if (printable && mode == InputMode.Choices && key.Char is >= 'a' and <= 'z' && !ReservedInChoices.Contains(key.Char))
            return new Input(UiCommand.Pick, key.Char - 'a', key.Char);
        return Find(key, KeyScope.Commands) is { } command ? command : null;
    }

    private UiCommand? Find(KeyChord key, KeyScope scope) =>
        _bindings.FirstOrDefault(b => b.Scope == scope && b.Key == key)?.Command;

    /// <summary>
    /// The keys a multi-line editor must leave to the screen rather than use for itself: the editor's
    /// own and Ctrl and function keys that work everywhere (help, quit, skip, the article). Enter,
    /// the arrows, the page keys, Backspace and every character stay the editor's.
    /// </summary>
    public IReadOnlyList<KeyChord> LeftByEditor { get; }

    /// <summary>The keys bound to a command, first key first.</summary>
    public IReadOnlyList<KeyBinding> KeysOf(UiCommand command) => _bindings.Where(b => b.Command == command).ToList();

    /// <summary>The first key of a command that works in <paramref name="mode"/>, written out ("s"; "Ctrl+S" while typing).</summary>
    public string Key(UiCommand command, InputMode mode = InputMode.Commands)
    {
        var modeScope = mode switch
        {
            InputMode.Text => KeyScope.Typing,
            InputMode.Editor => KeyScope.Editor,
            _ => KeyScope.Commands,
        };
        return _bindings.FirstOrDefault(b => b.Command == command && (b.Scope == KeyScope.Always || b.Scope == modeScope))?.Key.Label ?? command.ToString();
    }

    /// <summary>The keys of a command as the status bar shows them: "q", "↑↓", "PgUp/PgDn", "1-9".</summary>
    public string Label(UiCommand command)
    {
        if (PairOf(command) is { } pair)
            return Join(First(pair.First), First(pair.Second));
        return command switch
        {
            UiCommand.Pick => "1-9",
            UiCommand.Type => "type",
            _ => First(command),
        };
    }

    /// <summary>
    /// The longer form help shows: every key of the command that works in <paramref name="mode"/>
    /// ("q or Ctrl+Q", "↑↓ or k/j", "s (Ctrl+S while typing)"). While an answer is typed, letters
    /// are typing, so help there names only the keys that still mean the command ("Ctrl+Q").
    /// </summary>
    public string HelpLabel(UiCommand command, InputMode mode = InputMode.Commands)
    {
        if (Array.IndexOf(Scrolling, command) >= 0 && command is UiCommand.PageUp or UiCommand.PageDown)
        {
            var scrolling = Scrolling.SelectMany(c => KeysIn(c, mode).Take(1)).Select(k => k.Key.Label).ToList();
            return scrolling.Count > 0 ? string.Join(" ", scrolling) : Label(command);
        }
        if (PairOf(command) is { } pair)
        {
            var firsts = KeysIn(pair.First, mode);
            var seconds = KeysIn(pair.Second, mode);
            var pairs = firsts.Zip(seconds, (a, b) => Join(a.Key.Label, b.Key.Label)).ToList();
            return pairs.Count > 0 ? string.Join(" or ", pairs) : Label(command);
        }
        var keys = KeysIn(command, mode);
        if (keys.Count == 0)
            return Label(command);
        var plain = keys.Where(k => k.Note is null).Select(k => k.Key.Label).ToList();
        if (plain.Count == 0)
            return string.Join(" or ", keys.Select(k => k.Key.Label));
        var noted = keys.Where(k => k.Note is not null).Select(k => $"({k.Key.Label} {k.Note})");
        return string.Join(" ", new[] { string.Join(" or ", plain) }.Concat(noted));
    }

    /// <summary>Whether any key means <paramref name="command"/> when a screen reads input in <paramref name="mode"/>.</summary>
    public bool Works(UiCommand command, InputMode mode) => KeysIn(command, mode).Count > 0;

    /// <summary>The keys bound to a command that mean it when a screen reads input in <paramref name="mode"/>.</summary>
    private List<KeyBinding> KeysIn(UiCommand command, InputMode mode) =>
        _bindings.Where(b => b.Command == command && Translate(b.Key, mode)?.Command == command).ToList();

    /// <summary>The number keys for <paramref name="count"/> options: "1-4" ("1" for one).</summary>
    public static string Numbers(int count) => count <= 1 ? "1" : "1-" + count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Each number key for <paramref name="count"/> options, one by one: "1 2".</summary>
    public static string EachNumber(int count) => string.Join(" ", Enumerable.Range(1, count).Select(i => i.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The letter of the option at <paramref name="index"/> ('a' for the first).</summary>
    public static char Letter(int index) => (char)('a' + index);

    /// <summary>The letter keys for <paramref name="count"/> options: "a-d" ("a" for one).</summary>
    public static string LetterRange(int count) => count <= 1 ? "a" : $"a-{Letter(count - 1)}";

    /// <summary>
    /// The letters that pick one of <paramref name="count"/> options ("a-d"), or null when there are
    /// so many that a letter with a command of its own (q, s) would be among them.
    /// </summary>
    public string? Letters(int count) =>
        ReservedInChoices.Count > 0 && count > ReservedInChoices.Min() - 'a' ? null : LetterRange(count);

    /// <summary>The pick keys as the status bar shows them: "1-4/a-d", with <paramref name="also"/> after ("1-4/a-d/Space").</summary>
    public string PickKeys(int count, UiCommand? also = null)
    {
        string more = also is { } command ? "/" + Label(command) : "";
        return Letters(count) is { } letters ? $"{Numbers(count)}/{letters}{more}" : Numbers(count) + more;
    }

    /// <summary>The pick keys as help shows them: "1-4 or a-d" ("1-4, a-d or Space" with <paramref name="also"/>).</summary>
    public string PickHelpKeys(int count, UiCommand? also = null) => (Letters(count), also is { } c ? Label(c) : null) switch
    {
        ({ } letters, null) => $"{Numbers(count)} or {letters}",
        ({ } letters, { } m) => $"{Numbers(count)}, {letters} or {m}",
        (null, { } m) => $"{Numbers(count)} or {m}",
        _ => Numbers(count),
    };

    private string First(UiCommand command) => _bindings.FirstOrDefault(b => b.Command == command)?.Key.Label ?? command.ToString();

    private static (UiCommand First, UiCommand Second)? PairOf(UiCommand command)
    {
        foreach (var pair in Pairs)
        {
            if (pair.First == command || pair.Second == command)
                return pair;
        }
        return null;
    }

    /// <summary>Arrows side by side ("↑↓"); longer keys with a slash ("PgUp/PgDn", "k/j").</summary>
    private static string Join(string first, string second) =>
        first.Length == 1 && second.Length == 1 && !char.IsLetterOrDigit(first[0]) ? first + second : first + "/" + second;
}
