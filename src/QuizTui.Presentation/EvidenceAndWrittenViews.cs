using QuizTui.Core.Model;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;

namespace QuizTui.Presentation;

/// <summary>Two parts: an answer, then the evidence that supports it.</summary>
internal sealed class EvidenceView(EvidenceState state) : AnswerView
{
    public override int? Cursor => state.Cursor;
    public override bool GradedShowsAnswer => true;
    protected override int OptionCount => state.Options.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Pick, Strings.KeyAnswer, KeysOverride: PickKeys(optionCount), HelpKeys: PickHelpKeys(optionCount)),
        new(UiCommand.Accept, Strings.KeyAnswer, KeysOverride: MoveAndAccept),
        .. !state.InPartB ? Array.Empty<KeyHelp>() : [new(UiCommand.Left, Strings.KeyPartA, KeysOverride: Bindings.Key(UiCommand.Left, Mode))],
    ];

    public override void Render(Document doc)
    {
        if (!state.InPartB)
        {
            doc.Line(new Span(Strings.PartA, Tone.Dim));
            for (int i = 0; i < state.PartA.Count; i++)
                doc.Add(Option(i, state.PartA[i].Text));
            return;
        }
        doc.Line(new Span(Strings.PartA + ": ", Tone.Dim), new Span(state.ChosenText!, Tone.Accent), new Span("  " + Strings.ChangePartA(Bindings), Tone.Dim)).Gap();
        doc.Line(new Span(Strings.PartB + ": ", Tone.Dim), new Span(state.PartBPrompt, Tone.Heading)).Gap();
        for (int i = 0; i < state.PartB.Count; i++)
            doc.Add(Option(i, state.PartB[i].Text));
    }

    public override void RenderGraded(Document doc, Answer answer)
    {
        doc.Line(new Span(Strings.PartA, Tone.Dim));
        for (int i = 0; i < state.PartA.Count; i++)
        {
            var (mark, tone) = MarkFor(state.PartA[i].IsCorrect, state.WasPickedInPartA(i, answer));
            doc.Add(Option(i, state.PartA[i].Text, mark, tone));
        }
        doc.Gap().Line(new Span(Strings.PartB + ": ", Tone.Dim), new Span(state.PartBPrompt));
        for (int i = 0; i < state.PartB.Count; i++)
        {
            var (mark, tone) = MarkFor(state.PartB[i].IsCorrect, state.WasPickedInPartB(i, answer));
            doc.Add(Option(100 + i, state.PartB[i].Text, mark, tone, key: QuizModel.Number1(i)));
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
                return state.Choose() is { } answer ? Step.Done(answer) : Step.Moved;
            case UiCommand.Pick when input.Index >= 0 && input.Index < state.Options.Count:
                return state.Choose(input.Index) is { } picked ? Step.Done(picked) : Step.Moved;
            // Back to Part A, with the answer picked there selected, until Part B is answered.
            case UiCommand.Left:
                return state.BackToPartA() ? Step.Moved : Step.None;
            default:
                return Step.None;
        }
    }
}

/// <summary>
/// A written answer: typed in the screen's multi-line editor and submitted with Ctrl+D; then the
/// model answer and the checklist, whose points are ticked like several answers and scored with Enter.
/// </summary>
internal sealed class WrittenView(WrittenState state) : AnswerView
{
    public override InputMode Mode => state.IsChecking ? InputMode.Choices : InputMode.Editor;
    public override int? Cursor => state.Cursor;
    public override WrittenState? Editing => state.IsChecking ? null : state;
    public override bool GradedShowsAnswer => true;
    public override bool GradedShowsRightAnswer => true;
    protected override int OptionCount => state.IsChecking ? state.Checklist.Count : 0;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) => state.IsChecking
        ?
        [
            new(UiCommand.Pick, Strings.KeyTick, KeysOverride: PickKeys(optionCount, UiCommand.Toggle), HelpKeys: PickHelpKeys(optionCount, UiCommand.Toggle)),
            new(UiCommand.Accept, Strings.KeyScore),
        ]
        :
        [
            new(UiCommand.SubmitText, Strings.KeyDoneWriting),
        ];

    public override void Render(Document doc)
    {
        if (!state.IsChecking)
        {
            doc.Text(Strings.WriteHint(Bindings), Tone.Dim);
            return;
        }
        RenderText(doc, state.Text);
        RenderModel(doc);
        // The checklist is what the keys work on: it shows whole, the model answer above it as far as it fits.
        doc.Gap();
        if (doc.Anchor is null)
            doc.AnchorHere();
        doc.Text(Strings.TickWhatYoursHas(Bindings), Tone.Heading);
        for (int i = 0; i < state.Checklist.Count; i++)
        {
            bool ticked = state.IsTicked(i);
            doc.Add(Option(i, state.Checklist[i], ticked ? "[x]" : "[ ]", ticked ? Tone.Accent : Tone.Dim));
        }
    }

    public override void RenderGraded(Document doc, Answer answer)
    {
        var written = answer as WrittenAnswer;
        if (written is null || written.Text.Length == 0)
        {
            // Skipped with nothing typed: the model answer is what there is to learn from.
            RenderModel(doc);
            return;
        }
        RenderText(doc, written.Text);
        if (!written.IsChecked)
        {
            doc.Text(Strings.WrittenKept, Tone.Dim);
            RenderModel(doc);
            return;
        }
        RenderModel(doc);
        doc.Gap().Text(Strings.ChecklistTicked(written.Ticked!.Count, state.Checklist.Count), Tone.Heading);
        for (int i = 0; i < state.Checklist.Count; i++)
        {
            bool was = WrittenState.WasTicked(i, answer);
            doc.Add(Option(i, state.Checklist[i], was ? "[x]" : "[ ]", was ? Tone.Good : Tone.Dim));
        }
    }

    /// <summary>The learner's text as typed, one paragraph per line.</summary>
    private static void RenderText(Document doc, string text)
    {
        doc.Text(Strings.YourText, Tone.Dim);
        foreach (string line in text.Split('\n'))
            doc.Add(new Para([new Span(line, Tone.Accent)], Indent: 2));
    }

    private void RenderModel(Document doc)
    {
        doc.Gap().Text(Strings.ModelAnswer, Tone.Dim);
        foreach (string line in state.ModelAnswer.Split('\n'))
            doc.Add(new Para([new Span(line, Tone.Good)], Indent: 2));
    }

    public override Step Handle(Input input)
    {
        if (!state.IsChecking)
        {
            // The editor takes the typing; what reaches here is the key that submits the text.
            return input.Command switch
            {
                UiCommand.SubmitText when state.Submit() => Step.Moved,
                UiCommand.SubmitText => new Step(true, Notice: Strings.WriteSomething),
                _ => Step.None,
            };
        }
        switch (input.Command)
        {
            case UiCommand.Up:
                return state.Up() ? Step.Moved : Step.None;
            case UiCommand.Down:
                return state.Down() ? Step.Moved : Step.None;
            case UiCommand.Toggle:
                return state.Toggle() ? Step.Moved : Step.None;
            case UiCommand.Pick:
                return state.Toggle(input.Index) ? Step.Moved : Step.None;
            case UiCommand.Accept:
                return state.Finish() is { } answer ? Step.Done(answer) : Step.None;
            default:
                return Step.None;
        }
    }
}
