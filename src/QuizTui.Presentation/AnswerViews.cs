using QuizTui.Core.Model;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;

namespace QuizTui.Presentation;

/// <summary>
/// Draws the answer being built for the question on screen and turns keys into calls on its
/// state. The state itself (cursor, ticks, order, matches, typed text) lives in Core with the
/// question types (<see cref="AnswerState"/>); there is one view per kind of state, so a new
/// question type answered like an existing one needs nothing here.
/// </summary>
internal abstract class AnswerView
{
    public virtual InputMode Mode => InputMode.Choices;
    public abstract int? Cursor { get; }

    /// <summary>
    /// True when the graded question already spells out the answer given (ticks, an order, matches),
    /// so feedback need not write it out again in several lines.
    /// </summary>
    public virtual bool GradedShowsAnswer => false;

    /// <summary>True when the graded question also spells out the right answer (matches, each with the right one).</summary>
    public virtual bool GradedShowsRightAnswer => false;

    /// <summary>The text being typed in the screen's multi-line editor, while there is one (<see cref="InputMode.Editor"/>).</summary>
    public virtual WrittenState? Editing => null;

    public abstract void Render(Document doc);
    public abstract void RenderGraded(Document doc, Answer answer);
    public abstract Step Handle(Input input);
    protected abstract IEnumerable<KeyHelp> AnswerKeys(int optionCount);
    protected virtual int OptionCount => 0;

    /// <summary>The key bindings the view's keys are written with.</summary>
    protected AppKeys Bindings { get; private set; } = AppKeys.Default;

    /// <param name="more">Keys of the quiz screen shown after skip (the article of the question).</param>
    public IReadOnlyList<KeyHelp> Keys(IEnumerable<KeyHelp>? more = null) =>
    [
        .. AnswerKeys(OptionCount),
        new(UiCommand.Skip, Strings.KeySkip, KeysOverride: Typing ? Bindings.Key(UiCommand.Skip, Mode) : null),
        .. more ?? [],
        // Help names only the keys that work in the view's mode: while typing, Backspace erases.
        new(UiCommand.Back, Strings.KeyQuitQuiz),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    /// <summary>True while keys type text, when Backspace erases and letters are not commands.</summary>
    private bool Typing => Mode is InputMode.Text or InputMode.Editor;

    /// <summary>The view of a question's answer state: the state its type makes, drawn by the view of that kind of state.</summary>
    public static AnswerView For(PresentedQuestion? shown, AppKeys keys) =>
        shown is null ? new NoView() : For(shown.Question.Type.NewAnswerState(shown), keys);

    public static AnswerView For(AnswerState state, AppKeys? keys = null)
    {
        AnswerView view = state switch
        {
            ChoiceListState s => new ChoiceListView(s),
            MultipleAnswersState s => new MultipleAnswersView(s),
            TypedAnswerState s => new TypedAnswerView(s),
            OrderingState s => new OrderingView(s),
            MatchingState s => new MatchingView(s),
            EvidenceState s => new EvidenceView(s),
            WrittenState s => new WrittenView(s),
            _ => throw new NotSupportedException($"The quiz screen has no view for {state.GetType().Name}; add one in {nameof(AnswerView)}."),
        };
        view.Bindings = keys ?? AppKeys.Default;
        return view;
    }

    /// <summary>The keys that pick one of <paramref name="count"/> options, as the status bar shows them ("1-4/a-d").</summary>
    protected string PickKeys(int count, UiCommand? also = null) => Bindings.PickKeys(count, also);

    /// <summary>The keys that pick one of <paramref name="count"/> options, as help shows them ("1-4 or a-d").</summary>
    protected string PickHelpKeys(int count, UiCommand? also = null) => Bindings.PickHelpKeys(count, also);

    /// <summary>Moving through the options, then Enter: "↑↓ Enter".</summary>
    protected string MoveAndAccept => Bindings.Label(UiCommand.Up) + " " + Bindings.Label(UiCommand.Accept);

    /// <summary>An option line: " 1  text", selectable as item <paramref name="item"/>.</summary>
    protected static Para Option(int item, string text, string? mark = null, Tone markTone = Tone.Normal, string? key = null) =>
        new(
            mark is null
                ? [new Span((key ?? QuizModel.Number1(item)).PadLeft(2) + "  ", Tone.Key), new Span(text)]
                : [new Span(mark + " ", markTone), new Span((key ?? QuizModel.Number1(item)).PadLeft(2) + "  ", Tone.Key), new Span(text)],
            Indent: 2, Hanging: mark is null ? 4 : 6, Item: item);

    protected static (string Mark, Tone Tone) MarkFor(bool correct, bool picked) => (correct, picked) switch
    {
        (true, _) => ("✓", Tone.Good),
        (false, true) => ("✗", Tone.Bad),
        _ => (" ", Tone.Normal),
    };
}

internal sealed class NoView : AnswerView
{
    public override int? Cursor => null;
    public override void Render(Document doc) { }
    public override void RenderGraded(Document doc, Answer answer) { }
    public override Step Handle(Input input) => Step.None;
    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) => [];
}

/// <summary>One answer from a list: single choice, who said what, true or false.</summary>
internal sealed class ChoiceListView(ChoiceListState state) : AnswerView
{
    /// <summary>True when every option has a letter of its own (t and f), which then stands for its number.</summary>
    private bool HasShortcuts => state.Options.Count > 0 && state.Options.All(o => o.Shortcut is not null);

    public override int? Cursor => state.Cursor;
    protected override int OptionCount => state.Options.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        HasShortcuts
            ? new(UiCommand.Pick, Strings.KeyAnswer, KeysOverride: string.Join("/", state.Options.Select(o => o.Shortcut)))
            : new(UiCommand.Pick, Strings.KeyAnswer, KeysOverride: PickKeys(optionCount), HelpKeys: PickHelpKeys(optionCount)),
        new(UiCommand.Accept, Strings.KeyAnswer, KeysOverride: MoveAndAccept),
    ];

    private string? Key(int i) => state.Options[i].Shortcut?.ToString();

    public override void Render(Document doc)
    {
        for (int i = 0; i < state.Options.Count; i++)
            doc.Add(Option(i, state.Options[i].Text, key: Key(i)));
    }

    public override void RenderGraded(Document doc, Answer answer)
    {
        for (int i = 0; i < state.Options.Count; i++)
        {
            var (mark, tone) = MarkFor(state.Options[i].IsCorrect, state.WasPicked(i, answer));
            doc.Add(Option(i, state.Options[i].Text, mark, tone, key: Key(i)));
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
            case UiCommand.Accept:
                return Step.Done(state.Choose());
            case UiCommand.Pick when state.ChooseShortcut(input.Char) is { } answer:
                return Step.Done(answer);
            case UiCommand.Pick when state.Choose(input.Index) is { } answer:
                return Step.Done(answer);
            default:
                return Step.None;
        }
    }
}

/// <summary>Several answers ticked, then Enter.</summary>
internal sealed class MultipleAnswersView(MultipleAnswersState state) : AnswerView
{
    public override int? Cursor => state.Cursor;
    public override bool GradedShowsAnswer => true;
    protected override int OptionCount => state.Options.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Pick, Strings.KeyTick, KeysOverride: PickKeys(optionCount, UiCommand.Toggle), HelpKeys: PickHelpKeys(optionCount, UiCommand.Toggle)),
        new(UiCommand.Accept, Strings.KeyAnswer),
    ];

    public override void Render(Document doc)
    {
        doc.Text(Strings.PickAll(Bindings), Tone.Dim).Gap();
        for (int i = 0; i < state.Options.Count; i++)
        {
            bool ticked = state.IsTicked(i);
            doc.Add(Option(i, state.Options[i].Text, ticked ? "[x]" : "[ ]", ticked ? Tone.Accent : Tone.Dim));
        }
    }

    public override void RenderGraded(Document doc, Answer answer)
    {
        for (int i = 0; i < state.Options.Count; i++)
        {
            bool was = state.WasPicked(i, answer);
            var (mark, tone) = MarkFor(state.Options[i].IsCorrect, was);
            doc.Add(Option(i, state.Options[i].Text, (was ? "[x]" : "[ ]") + " " + mark, tone));
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
                state.Toggle();
                return Step.Moved;
            case UiCommand.Pick:
                return state.Toggle(input.Index) ? Step.Moved : Step.None;
            case UiCommand.Accept:
                return state.Submit() is { } answer ? Step.Done(answer) : new Step(true, Notice: Strings.PickAll(Bindings));
            default:
                return Step.None;
        }
    }
}

/// <summary>A typed answer: short answer or number.</summary>
internal sealed class TypedAnswerView(TypedAnswerState state) : AnswerView
{
    public override InputMode Mode => InputMode.Text;
    public override int? Cursor => state.Cursor;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Accept, Strings.KeyAnswer),
        new(UiCommand.Erase, Strings.KeyErase),
    ];

    public override void Render(Document doc)
    {
        doc.Text(state.ExpectsNumber ? Strings.TypeNumber(Bindings) : Strings.TypeAnswer(Bindings), Tone.Dim).Gap();
        var spans = new List<Span> { new("> ", Tone.Key), new(state.Text, Tone.Accent), new("▏", Tone.Accent) };
        if (state.Unit is not null)
            spans.Add(new Span(" " + Strings.Unit(state.Unit), Tone.Dim));
        doc.Add(new Para(spans, Indent: 2));
    }

    public override void RenderGraded(Document doc, Answer answer) =>
        doc.Add(new Para([new Span("> ", Tone.Key), new Span(state.Shown.Question.DescribeAnswer(answer), Tone.Accent)], Indent: 2));

    public override Step Handle(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.Type:
                return state.Type(input.Char) ? Step.Moved : Step.None;
            case UiCommand.Erase:
                return state.Erase() ? Step.Moved : Step.None;
            case UiCommand.Accept when state.IsBlank:
                return Step.None;
            case UiCommand.Accept:
                // Only a number can fail to be read: say so and keep what was typed.
                return state.Submit() is { } answer
                    ? Step.Done(answer)
                    : new Step(true, Notice: Strings.NotANumber(state.Text.Trim(), Bindings));
            default:
                return Step.None;
        }
    }
}
