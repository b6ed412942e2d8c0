namespace QuizTui.Presentation;

/// <summary>
/// The stack of open screens and the keys that work everywhere: help, back and quit. The app's
/// window shows <see cref="Current"/> and passes every input here.
/// </summary>
public sealed class Navigator
{
    private readonly Stack<ScreenModel> _stack = new();
    private readonly AppKeys _keys;

    public Navigator(ScreenModel home, AppKeys keys)
    {
        _keys = keys;
        _stack.Push(home);
    }

    public ScreenModel Current => _stack.Peek();

    /// <summary>The key bindings the screens are read with and their keys written in.</summary>
    public AppKeys Keys => _keys;
    public int Depth => _stack.Count;
    public bool QuitRequested { get; private set; }

    /// <summary>Raised when a different screen comes to the top.</summary>
    public event Action? ScreenChanged;

    /// <summary>Handles an input; returns what the current screen made of it.</summary>
    public Outcome Handle(Input input)
    {
        var screen = Current;
        if (input.Command == UiCommand.Help && screen is not HelpModel)
        {
            Push(new HelpModel(screen, _keys));
            return Outcome.Changed;
        }
        if (input.Command == UiCommand.Quit && !screen.ConfirmsQuit)
            return Apply(Outcome.Quit);
        return Apply(screen.Handle(input));
    }

    private Outcome Apply(Outcome outcome)
    {
        switch (outcome)
        {
            case QuitOutcome:
                QuitRequested = true;
                break;
            case BackOutcome when _stack.Count > 1:
                _stack.Pop();
                Current.OnReturn();
                ScreenChanged?.Invoke();
                break;
            case BackOutcome:
                return Outcome.Ignored;
            case OpenOutcome open:
                Push(open.Screen);
                break;
            case ResetOutcome reset:
                _stack.Clear();
                Push(reset.Screen);
                break;
            case ReplaceOutcome replace:
                _stack.Pop();
                Push(replace.Screen);
                break;
        }
        return outcome;
    }

    /// <summary>Closes every screen and starts again from this one.</summary>
    public void Reset(ScreenModel screen) => Apply(Outcome.Reset(screen));

    /// <summary>Opens a screen on top, as if the current screen had opened it.</summary>
    public void Open(ScreenModel screen) => Push(screen);

    private void Push(ScreenModel screen)
    {
        _stack.Push(screen);
        ScreenChanged?.Invoke();
    }
}
