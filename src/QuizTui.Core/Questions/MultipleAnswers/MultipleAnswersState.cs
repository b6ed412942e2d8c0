using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>Several answers ticked, then submitted together.</summary>
/// <param name="options">The choices in display order.</param>
/// <param name="order">For each display index, the choice's index in the content.</param>
public sealed class MultipleAnswersState(PresentedQuestion shown, IReadOnlyList<AnswerOption> options, IReadOnlyList<int> order)
    : AnswerState(shown)
{
    private readonly bool[] _ticked = new bool[options.Count];
    private readonly ListCursor _cursor = new(options.Count);

    public IReadOnlyList<AnswerOption> Options { get; } = options;

    public override int? Cursor => _cursor.Position;

    public bool IsTicked(int index) => _ticked[index];

    public bool Up() => _cursor.Up();

    public bool Down() => _cursor.Down();

    /// <summary>Ticks or unticks the highlighted option.</summary>
    public void Toggle() => _ticked[_cursor.Position] = !_ticked[_cursor.Position];

    /// <summary>Highlights and ticks or unticks the option at a display index; false when there is none.</summary>
    public bool Toggle(int index)
    {
        if (!_cursor.Contains(index))
            return false;
        _cursor.MoveTo(index);
        Toggle();
        return true;
    }

    /// <summary>The ticked choices as the answer; null while none is ticked.</summary>
    public Answer? Submit() => _ticked.Any(t => t)
        ? new ChoiceAnswer(Enumerable.Range(0, Options.Count).Where(i => _ticked[i]).Select(i => order[i]).Order().ToList())
        : null;

    /// <summary>Whether <paramref name="given"/> ticked the option at a display index.</summary>
    public bool WasPicked(int index, Answer given) => given is ChoiceAnswer c && c.Indices.Contains(order[index]);
}
