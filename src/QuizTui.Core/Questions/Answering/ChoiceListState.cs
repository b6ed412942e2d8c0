using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>One answer picked from a list (single choice, true or false, who said what): picking answers at once.</summary>
/// <param name="options">The options in display order.</param>
/// <param name="answerFor">The answer that picking the option at a display index gives.</param>
public sealed class ChoiceListState(PresentedQuestion shown, IReadOnlyList<AnswerOption> options, Func<int, Answer> answerFor)
    : AnswerState(shown)
{
    private readonly ListCursor _cursor = new(options.Count);

    public IReadOnlyList<AnswerOption> Options { get; } = options;

    public override int? Cursor => _cursor.Position;

    public bool Up() => _cursor.Up();

    public bool Down() => _cursor.Down();

    /// <summary>The highlighted option as the answer.</summary>
    public Answer Choose() => answerFor(_cursor.Position);

    /// <summary>The option at a display index as the answer (and highlighted); null when there is no such option.</summary>
    public Answer? Choose(int index)
    {
        if (!_cursor.Contains(index))
            return null;
        _cursor.MoveTo(index);
        return answerFor(index);
    }

    /// <summary>The option with this shortcut letter as the answer; null when no option has it.</summary>
    public Answer? ChooseShortcut(char letter)
    {
        int index = Options.ToList().FindIndex(o => o.Shortcut == letter);
        return index < 0 ? null : answerFor(index);
    }

    /// <summary>Whether the option at a display index is the one <paramref name="given"/> picked.</summary>
    public bool WasPicked(int index, Answer given) => answerFor(index) == given;
}
