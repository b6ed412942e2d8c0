using QuizTui.Core.Model;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;

namespace QuizTui.Presentation;

/// <summary>Items put in order: pick one up with Space, move it with the arrows, drop it.</summary>
internal sealed class OrderingView(OrderingState state) : AnswerView
{
    public override int? Cursor => state.Cursor;
    public override bool GradedShowsAnswer => true;
    protected override int OptionCount => state.Order.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Toggle, Strings.KeyGrab),
        new(UiCommand.Up, Strings.KeyMove, KeysOverride: Bindings.Label(UiCommand.Up)),
        new(UiCommand.Accept, Strings.KeyAnswer),
    ];

    public override void Render(Document doc)
    {
        doc.Text(Strings.OrderHint(Bindings), Tone.Dim).Gap();
        for (int i = 0; i < state.Order.Count; i++)
        {
            bool held = state.Holding && i == state.Cursor;
            doc.Add(Option(i, state.Items[state.Order[i]] + (held ? "  ⇅ " + Strings.Picked : ""), held ? "≡" : " ", Tone.Accent));
        }
    }

    public override void RenderGraded(Document doc, Answer answer)
    {
        var given = state.GivenOrder(answer);
        for (int i = 0; i < given.Count; i++)
        {
            var (mark, tone) = given[i] == i ? ("✓", Tone.Good) : ("✗", Tone.Bad);
            doc.Add(Option(i, state.Items[given[i]], mark, tone));
        }
    }

    public override Step Handle(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.Up:
                return state.Up() ? Step.Moved : Step.None;
            case UiCommand.Down:
                return state.Down() ? Step.Moved : Step.None;
            case UiCommand.Toggle:
                state.ToggleHold();
                return Step.Moved;
            case UiCommand.Pick:
                return state.PlaceAt(input.Index) ? Step.Moved : Step.None;
            case UiCommand.Accept:
                return Step.Done(state.Submit());
            default:
                return Step.None;
        }
    }
}

/// <summary>Each left item matched to a right item by its letter.</summary>
internal sealed class MatchingView(MatchingState state) : AnswerView
{
    public override int? Cursor => state.Cursor;
    public override bool GradedShowsAnswer => true;
    public override bool GradedShowsRightAnswer => true;
    protected override int OptionCount => state.Lefts.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Pick, Strings.KeyMatch, KeysOverride: AppKeys.LetterRange(optionCount)),
        new(UiCommand.Up, Strings.KeyMove, KeysOverride: Bindings.Label(UiCommand.Up)),
        new(UiCommand.Accept, Strings.KeyAnswer),
    ];

    public override void Render(Document doc) => RenderRows(doc, null);

    public override void RenderGraded(Document doc, Answer answer) => RenderRows(doc, answer as MatchAnswer);

    private void RenderRows(Document doc, MatchAnswer? graded)
    {
        if (graded is null)
            doc.Text(Strings.MatchHint(Bindings), Tone.Dim).Gap();
        for (int i = 0; i < state.Lefts.Count; i++)
        {
            int right = graded is null ? state.ChosenFor(i) : MatchingState.GivenFor(graded, i);
            int shownAt = state.PlaceOf(right);
            string target = shownAt < 0 ? "?" : QuizModel.Letter(shownAt).ToString();
            var spans = new List<Span>();
            if (graded is not null)
                spans.Add(right == i ? new Span("✓ ", Tone.Good) : new Span("✗ ", Tone.Bad));
            spans.Add(new Span(QuizModel.Number1(i).PadLeft(2) + "  ", Tone.Key));
            spans.Add(new Span(state.Lefts[i]));
            spans.Add(new Span("  → " + target, shownAt < 0 ? Tone.Dim : Tone.Accent));
            if (graded is not null && right != i)
                spans.Add(new Span($"  ({state.Rights[i]})", Tone.Good));
            doc.Add(new Para(spans, Indent: 2, Hanging: graded is null ? 4 : 6, Item: i));
        }
        doc.Gap();
        for (int d = 0; d < state.RightOrder.Count; d++)
            doc.Add(new Para([new Span(QuizModel.Letter(d) + "  ", Tone.Key), new Span(state.Rights[state.RightOrder[d]])], Indent: 4, Hanging: 3));
    }

    public override Step Handle(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.Up:
                return state.Up() ? Step.Moved : Step.None;
            case UiCommand.Down:
                return state.Down() ? Step.Moved : Step.None;
            // A letter matches the item with the right one of that letter; a number (or a click) selects an item.
            case UiCommand.Pick when input.Char is >= 'a' and <= 'z':
                return state.Assign(input.Index) ? Step.Moved : Step.None;
            case UiCommand.Pick when input.Char == '\0':
                return state.Select(input.Index) ? Step.Moved : Step.None;
            case UiCommand.Right or UiCommand.Left:
                state.Cycle(forward: input.Command == UiCommand.Right);
                return Step.Moved;
            case UiCommand.Accept:
                return Step.Done(state.Submit());
            default:
                return Step.None;
        }
    }
}
