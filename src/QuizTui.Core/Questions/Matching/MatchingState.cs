using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>Each left item matched with a right item, chosen by its place in the shuffled right column.</summary>
/// <param name="lefts">The left items, in content order (shown in that order).</param>
/// <param name="rights">The right items, in content order: the right of left <c>i</c> is right <c>i</c>.</param>
/// <param name="rightOrder">For each place in the right column, the content index of the right item shown there.</param>
public sealed class MatchingState(PresentedQuestion shown, IReadOnlyList<string> lefts, IReadOnlyList<string> rights, IReadOnlyList<int> rightOrder)
    : AnswerState(shown)
{
    private readonly int[] _choice = Enumerable.Repeat(-1, lefts.Count).ToArray();
    private readonly ListCursor _cursor = new(lefts.Count);

    public IReadOnlyList<string> Lefts { get; } = lefts;
    public IReadOnlyList<string> Rights { get; } = rights;
    public IReadOnlyList<int> RightOrder { get; } = rightOrder;

    public override int? Cursor => _cursor.Position;

    /// <summary>The right item (content index) matched with a left item; -1 when none yet.</summary>
    public int ChosenFor(int left) => _choice[left];

    /// <summary>The place in the right column of a right item (content index); -1 for none.</summary>
    public int PlaceOf(int right) => right < 0 ? -1 : RightOrder.ToList().IndexOf(right);

    /// <summary>The right item (content index) <paramref name="given"/> matched with a left item; -1 when none.</summary>
    public static int GivenFor(MatchAnswer? given, int left) =>
        given is not null && left < given.RightForLeft.Count ? given.RightForLeft[left] : -1;

    public bool Up() => _cursor.Up();

    public bool Down() => _cursor.Down();

    /// <summary>Matches the highlighted left item with the right item at a place, and goes on to the next left item.</summary>
    public bool Assign(int place)
    {
        if (place < 0 || place >= RightOrder.Count)
            return false;
        _choice[_cursor.Position] = RightOrder[place];
        _cursor.Down();
        return true;
    }

    /// <summary>Highlights a left item; false when there is none.</summary>
    public bool Select(int left)
    {
        if (!_cursor.Contains(left))
            return false;
        _cursor.MoveTo(left);
        return true;
    }

    /// <summary>Matches the highlighted left item with the next (or previous) right item, round the column.</summary>
    public void Cycle(bool forward)
    {
        int count = RightOrder.Count;
        int at = PlaceOf(_choice[_cursor.Position]);
        at = (at + (forward ? 1 : count - 1 + (at < 0 ? 1 : 0)) + count) % count;
        _choice[_cursor.Position] = RightOrder[at];
    }

    public Answer Submit() => new MatchAnswer([.. _choice]);
}
