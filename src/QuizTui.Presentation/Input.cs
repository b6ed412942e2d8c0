namespace QuizTui.Presentation;

/// <summary>What a key or a click means, independent of which key it was (see <see cref="AppKeys"/>).</summary>
public enum UiCommand
{
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    /// <summary>Enter: open the selection, answer, or go on.</summary>
    Accept,
    /// <summary>Space: tick a choice, pick up or drop an item.</summary>
    Toggle,
    Back,
    Quit,
    Help,
    /// <summary>Pick the option with <see cref="Input.Index"/> (number or letter keys, mouse).</summary>
    Pick,
    Left,
    Right,
    Skip,
    StartQuiz,
    Compare,
    Retry,
    /// <summary>A character typed into an answer box (<see cref="Input.Char"/>).</summary>
    Type,
    Erase,
    Yes,
    No,
    /// <summary>Open the progress screen.</summary>
    Progress,
    /// <summary>Cram practice: every question, whatever the schedule.</summary>
    Cram,
    /// <summary>Switch to another learner.</summary>
    Profiles,
    /// <summary>An event's context: its whole overview, the people and the timeline.</summary>
    About,
    /// <summary>From a question, the article it is about; back to the question with Esc.</summary>
    OpenArticle,
}

/// <summary>One input to a screen.</summary>
public readonly record struct Input(UiCommand Command, int Index = -1, char Char = '\0')
{
    public static implicit operator Input(UiCommand command) => new(command);
    public static Input PickAt(int index) => new(UiCommand.Pick, index);
    public static Input Typed(char c) => new(UiCommand.Type, Char: c);
}

/// <summary>How the screen wants keys read: as commands, or as text typed into an answer.</summary>
public enum InputMode
{
    Commands,
    /// <summary>Letters and numbers pick options; q and s keep their meaning.</summary>
    Choices,
    Text,
}
