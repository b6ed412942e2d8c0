using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>Items put in order: one is picked up, moved up or down, and dropped.</summary>
/// <param name="items">The items in their right (content) order.</param>
/// <param name="start">The order they start in, as content indices.</param>
public sealed class OrderingState(PresentedQuestion shown, IReadOnlyList<string> items, IReadOnlyList<int> start)
    : AnswerState(shown)
{
    private readonly List<int> _order = [.. start];
    private readonly ListCursor _cursor = new(start.Count);

    public IReadOnlyList<string> Items { get; } = items;

    /// <summary>The items as placed, top to bottom, as content indices.</summary>
    public IReadOnlyList<int> Order => _order;

    /// <summary>True while the highlighted item is picked up: moving moves it.</summary>
    public bool Holding { get; private set; }

    public override int? Cursor => _cursor.Position;

    public bool Up()
    {
        int at = _cursor.Position;
        if (!_cursor.Up())
            return false;
        if (Holding)
            (_order[at], _order[at - 1]) = (_order[at - 1], _order[at]);
        return true;
    }

    public bool Down()
    {
        int at = _cursor.Position;
        if (!_cursor.Down())
            return false;
        if (Holding)
            (_order[at], _order[at + 1]) = (_order[at + 1], _order[at]);
        return true;
    }

    /// <summary>Picks up the highlighted item, or drops the one held.</summary>
    public void ToggleHold() => Holding = !Holding;

    /// <summary>Highlights a place; an item held is moved there and dropped. False when there is no such place.</summary>
    public bool PlaceAt(int index)
    {
        if (!_cursor.Contains(index))
            return false;
        if (Holding)
        {
            int item = _order[_cursor.Position];
            _order.RemoveAt(_cursor.Position);
            _order.Insert(index, item);
            Holding = false;
        }
        _cursor.MoveTo(index);
        return true;
    }

    /// <summary>The order as placed (an item held is dropped first).</summary>
    public Answer Submit()
    {
        Holding = false;
        return new OrderAnswer([.. _order]);
    }

    /// <summary>The order <paramref name="given"/> placed; the current one when it is not an order.</summary>
    public IReadOnlyList<int> GivenOrder(Answer given) => given is OrderAnswer o ? o.Order : _order;
}
