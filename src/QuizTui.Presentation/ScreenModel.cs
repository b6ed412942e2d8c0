namespace QuizTui.Presentation;

/// <summary>What happens after a screen handled an input.</summary>
public abstract record Outcome
{
    /// <summary>The screen did nothing with the input; the view may use it (scrolling).</summary>
    public static readonly Outcome Ignored = new IgnoredOutcome();
    /// <summary>The screen changed; draw it again.</summary>
    public static readonly Outcome Changed = new ChangedOutcome();
    public static readonly Outcome Back = new BackOutcome();
    public static readonly Outcome Quit = new QuitOutcome();

    public static Outcome Open(ScreenModel screen) => new OpenOutcome(screen);
    public static Outcome Replace(ScreenModel screen) => new ReplaceOutcome(screen);
    public static Outcome Reset(ScreenModel screen) => new ResetOutcome(screen);
}

public sealed record IgnoredOutcome : Outcome;
public sealed record ChangedOutcome : Outcome;
public sealed record BackOutcome : Outcome;
public sealed record QuitOutcome : Outcome;
public sealed record OpenOutcome(ScreenModel Screen) : Outcome;
/// <summary>Replaces the current screen (a finished quiz becomes its results).</summary>
public sealed record ReplaceOutcome(ScreenModel Screen) : Outcome;
/// <summary>Closes every screen and starts again from this one (another learner's Home).</summary>
public sealed record ResetOutcome(ScreenModel Screen) : Outcome;

/// <summary>A key the help screen and the status bar describe.</summary>
/// <param name="KeysOverride">The keys as shown, when not the command's usual label.</param>
/// <param name="HelpKeys">The longer form help shows ("1-4 or a-d"), when it differs from the status bar's.</param>
public sealed record KeyHelp(UiCommand Command, string What, bool InStatusBar = true, string? KeysOverride = null, string? HelpKeys = null);

/// <summary>
/// The state of one screen and what its keys do, with no terminal: the screen class renders
/// <see cref="Body"/> and passes inputs to <see cref="Handle"/>.
/// </summary>
public abstract class ScreenModel
{
    /// <summary>The place in the app, shown at the top ("Event › Article").</summary>
    public abstract string Title { get; }

    /// <summary>The learner whose scores the screen shows, for the header; null when it shows none.</summary>
    public virtual string? Learner => null;

    /// <summary>The body of the screen.</summary>
    public abstract Document Body();

    /// <summary>Keys this screen understands, for the status bar and help.</summary>
    public abstract IReadOnlyList<KeyHelp> Keys { get; }

    /// <summary>The selected item (a <see cref="Para.Item"/>), if the screen has a selection.</summary>
    public virtual int? Selected => null;

    public virtual InputMode Mode => InputMode.Commands;

    /// <summary>True while leaving would lose work (a quiz in progress): quitting asks first.</summary>
    public virtual bool ConfirmsQuit => false;

    public abstract Outcome Handle(Input input);

    /// <summary>Called when the screen shows again after a screen above it closed.</summary>
    public virtual void OnReturn()
    {
    }
}

/// <summary>A screen with a list of selectable items, moved through with arrows and opened with Enter.</summary>
public abstract class ListScreenModel : ScreenModel
{
    private int _selected;

    protected abstract int ItemCount { get; }

    public override int? Selected => ItemCount == 0 ? null : Math.Clamp(_selected, 0, ItemCount - 1);

    protected abstract Outcome Open(int item);

    public void Select(int item) => _selected = Math.Clamp(item, 0, Math.Max(0, ItemCount - 1));

    public override Outcome Handle(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.Up when ItemCount > 0 && Selected > 0:
                _selected = Selected!.Value - 1;
                return Outcome.Changed;
            case UiCommand.Down when ItemCount > 0 && Selected < ItemCount - 1:
                _selected = Selected!.Value + 1;
                return Outcome.Changed;
            // Home and End go to the first and last item; pressed there, they scroll to the top or the end of the page.
            case UiCommand.Home when ItemCount > 0 && Selected > 0:
                _selected = 0;
                return Outcome.Changed;
            case UiCommand.End when ItemCount > 0 && Selected < ItemCount - 1:
                _selected = ItemCount - 1;
                return Outcome.Changed;
            case UiCommand.Accept when Selected is { } item:
                return Open(item);
            case UiCommand.Pick when input.Index >= 0 && input.Index < ItemCount:
                _selected = input.Index;
                return Open(input.Index);
            case UiCommand.Back:
                return Outcome.Back;
            default:
                return HandleOther(input);
        }
    }

    protected virtual Outcome HandleOther(Input input) => Outcome.Ignored;
}
