using System.Globalization;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.App.Tui.ViewModels;

/// <summary>The answer being built for the question on screen; one kind per question type.</summary>
internal abstract class AnswerState
{
    public virtual InputMode Mode => InputMode.Choices;
    public virtual int? Cursor => null;

    /// <summary>
    /// True when the graded question already spells out the answer given (ticks, an order, matches),
    /// so feedback need not write it out again in several lines.
    /// </summary>
    public virtual bool GradedShowsAnswer => false;

    /// <summary>True when the graded question also spells out the right answer (matches, each with the right one).</summary>
    public virtual bool GradedShowsRightAnswer => false;

    public abstract void Render(Document doc, PresentedQuestion shown);
    public abstract void RenderGraded(Document doc, PresentedQuestion shown, Answer answer);
    public abstract Step Handle(Input input, PresentedQuestion shown);
    protected abstract IEnumerable<KeyHelp> AnswerKeys(int optionCount);
    protected virtual int OptionCount => 0;

    public IReadOnlyList<KeyHelp> Keys(Func<UiCommand, string> label) =>
        [.. AnswerKeys(OptionCount), new(UiCommand.Skip, Strings.KeySkip, KeysOverride: Mode == InputMode.Text ? "Ctrl+S" : null), new(UiCommand.Back, Strings.KeyQuitQuiz), new(UiCommand.Help, Strings.KeyHelp)];

    /// <summary>Moves a list cursor up or down among <paramref name="count"/> options; true when the input was such a move.</summary>
    protected static bool MoveCursor(Input input, ref int cursor, int count)
    {
        switch (input.Command)
        {
            case UiCommand.Up when cursor > 0:
                cursor--;
                return true;
            case UiCommand.Down when cursor < count - 1:
                cursor++;
                return true;
            default:
                return false;
        }
    }

    protected static string Range(int count) => count <= 1 ? "1" : $"1-{count}";

    /// <summary>
    /// The letters that pick one of <paramref name="count"/> options ("a-d"), or null when there are
    /// so many that a letter with a command of its own (q, s) would be among them.
    /// </summary>
    protected static string? Letters(int count) => count > ReservedLetterIndex ? null
        : count <= 1 ? "a" : $"a-{QuizModel.Letter(count - 1)}";

    private const int ReservedLetterIndex = 'q' - 'a';

    /// <summary>The pick key as the status bar shows it: "1-4/a-d" (and any <paramref name="more"/>: "/Space").</summary>
    protected static string PickKeys(int count, string more = "") =>
        Letters(count) is { } letters ? $"{Range(count)}/{letters}{more}" : Range(count) + more;

    /// <summary>The pick key as help shows it: "1-4 or a-d" ("1-4, a-d or Space" with <paramref name="more"/>).</summary>
    protected static string PickHelpKeys(int count, string? more = null) => (Letters(count), more) switch
    {
        ({ } letters, null) => $"{Range(count)} or {letters}",
        ({ } letters, { } m) => $"{Range(count)}, {letters} or {m}",
        (null, { } m) => $"{Range(count)} or {m}",
        _ => Range(count),
    };

    public static AnswerState For(PresentedQuestion? shown) => shown?.Question switch
    {
        null => new NoState(),
        SingleChoiceQuestion q => new ChoiceState(shown.OptionOrder.Select(i => q.Choices[i].Text).ToList(), shown.OptionOrder.Select(i => q.Choices[i].IsCorrect).ToList(), d => new ChoiceAnswer([shown.OptionOrder[d]])),
        WhoSaidWhatQuestion q => new ChoiceState(
            q.Speakers.Select(p => p.Description.Length > 0 ? $"{p.Name} {Strings.Dash} {p.Description}" : p.Name).ToList(),
            q.Speakers.Select(p => p.Id == q.Quotation.SpeakerId).ToList(),
            d => new SpeakerAnswer(q.Speakers[d].Id)),
        TrueFalseQuestion q => new ChoiceState([Strings.True, Strings.False], [q.Answer, !q.Answer], d => new TrueFalseAnswer(d == 0), trueFalse: true),
        MultipleAnswersQuestion q => new MultiState(shown.OptionOrder.Select(i => q.Choices[i].Text).ToList(), shown.OptionOrder.Select(i => q.Choices[i].IsCorrect).ToList(), shown.OptionOrder),
        ShortAnswerQuestion => new TextState(numeric: false, unit: null),
        NumericQuestion q => new TextState(numeric: true, q.Unit),
        OrderingQuestion q => new OrderState(q, shown.OptionOrder),
        MatchingQuestion q => new MatchState(q, shown.OptionOrder),
        EvidenceQuestion q => new EvidenceState(q, shown),
        _ => new NoState(),
    };

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

internal sealed class NoState : AnswerState
{
    public override void Render(Document doc, PresentedQuestion shown) { }
    public override void RenderGraded(Document doc, PresentedQuestion shown, Answer answer) { }
    public override Step Handle(Input input, PresentedQuestion shown) => Step.None;
    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) => [];
}

/// <summary>One answer from a list: single choice, who said what, true or false.</summary>
internal sealed class ChoiceState(IReadOnlyList<string> texts, IReadOnlyList<bool> correct, Func<int, Answer> answerFor, bool trueFalse = false) : AnswerState
{
    private int _cursor;

    public override int? Cursor => _cursor;
    protected override int OptionCount => texts.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        trueFalse
            ? new(UiCommand.Pick, Strings.KeyAnswer, KeysOverride: "t/f")
            : new(UiCommand.Pick, Strings.KeyAnswer, KeysOverride: PickKeys(optionCount), HelpKeys: PickHelpKeys(optionCount)),
        new(UiCommand.Accept, Strings.KeyAnswer, KeysOverride: "↑↓ Enter"),
    ];

    public override void Render(Document doc, PresentedQuestion shown)
    {
        for (int i = 0; i < texts.Count; i++)
            doc.Add(Option(i, texts[i], key: trueFalse ? (i == 0 ? "t" : "f") : null));
    }

    public override void RenderGraded(Document doc, PresentedQuestion shown, Answer answer)
    {
        for (int i = 0; i < texts.Count; i++)
        {
            var (mark, tone) = MarkFor(correct[i], answerFor(i) == answer);
            doc.Add(Option(i, texts[i], mark, tone, key: trueFalse ? (i == 0 ? "t" : "f") : null));
        }
    }

    public override Step Handle(Input input, PresentedQuestion shown)
    {
        if (MoveCursor(input, ref _cursor, texts.Count))
            return Step.Moved;
        switch (input.Command)
        {
            case UiCommand.Accept:
                return Step.Done(answerFor(_cursor));
            case UiCommand.Pick when trueFalse && input.Char is 't' or 'f':
                return Step.Done(answerFor(input.Char == 't' ? 0 : 1));
            case UiCommand.Pick when input.Index >= 0 && input.Index < texts.Count:
                _cursor = input.Index;
                return Step.Done(answerFor(input.Index));
            default:
                return Step.None;
        }
    }
}

/// <summary>Several answers ticked, then Enter.</summary>
internal sealed class MultiState(IReadOnlyList<string> texts, IReadOnlyList<bool> correct, IReadOnlyList<int> order) : AnswerState
{
    private readonly bool[] _ticked = new bool[texts.Count];
    private int _cursor;

    public override int? Cursor => _cursor;
    public override bool GradedShowsAnswer => true;
    protected override int OptionCount => texts.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Pick, Strings.KeyTick, KeysOverride: PickKeys(optionCount, "/Space"), HelpKeys: PickHelpKeys(optionCount, "Space")),
        new(UiCommand.Accept, Strings.KeyAnswer),
    ];

    public override void Render(Document doc, PresentedQuestion shown)
    {
        doc.Text(Strings.PickAll, Tone.Dim).Gap();
        for (int i = 0; i < texts.Count; i++)
            doc.Add(Option(i, texts[i], _ticked[i] ? "[x]" : "[ ]", _ticked[i] ? Tone.Accent : Tone.Dim));
    }

    public override void RenderGraded(Document doc, PresentedQuestion shown, Answer answer)
    {
        var picked = answer is ChoiceAnswer c ? c.Indices.ToHashSet() : [];
        for (int i = 0; i < texts.Count; i++)
        {
            bool was = picked.Contains(order[i]);
            var (mark, tone) = MarkFor(correct[i], was);
            doc.Add(Option(i, texts[i], (was ? "[x]" : "[ ]") + " " + mark, tone));
        }
    }

    public override Step Handle(Input input, PresentedQuestion shown)
    {
        if (MoveCursor(input, ref _cursor, texts.Count))
            return Step.Moved;
        switch (input.Command)
        {
            case UiCommand.Toggle:
                _ticked[_cursor] = !_ticked[_cursor];
                return Step.Moved;
            case UiCommand.Pick when input.Index >= 0 && input.Index < texts.Count:
                _cursor = input.Index;
                _ticked[_cursor] = !_ticked[_cursor];
                return Step.Moved;
            case UiCommand.Accept when _ticked.Any(t => t):
                return Step.Done(new ChoiceAnswer(Enumerable.Range(0, texts.Count).Where(i => _ticked[i]).Select(i => order[i]).Order().ToList()));
            case UiCommand.Accept:
                return new Step(true, Notice: Strings.PickAll);
            default:
                return Step.None;
        }
    }
}

/// <summary>A typed answer: short answer or number.</summary>
internal sealed class TextState(bool numeric, string? unit) : AnswerState
{
    private string _text = "";

    public override InputMode Mode => InputMode.Text;
    public string Text => _text;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Accept, Strings.KeyAnswer),
        new(UiCommand.Erase, Strings.KeyErase),
    ];

    public override void Render(Document doc, PresentedQuestion shown)
    {
        doc.Text(numeric ? Strings.TypeNumber : Strings.TypeAnswer, Tone.Dim).Gap();
        var spans = new List<Span> { new("> ", Tone.Key), new(_text, Tone.Accent), new("▏", Tone.Accent) };
        if (unit is not null)
            spans.Add(new Span(" " + Strings.Unit(unit), Tone.Dim));
        doc.Add(new Para(spans, Indent: 2));
    }

    public override void RenderGraded(Document doc, PresentedQuestion shown, Answer answer) =>
        doc.Add(new Para([new Span("> ", Tone.Key), new Span(shown.Question.DescribeAnswer(answer), Tone.Accent)], Indent: 2));

    public override Step Handle(Input input, PresentedQuestion shown)
    {
        switch (input.Command)
        {
            case UiCommand.Type when !char.IsControl(input.Char) && _text.Length < 200:
                _text += input.Char;
                return Step.Moved;
            case UiCommand.Erase when _text.Length > 0:
                _text = _text[..^1];
                return Step.Moved;
            case UiCommand.Accept when string.IsNullOrWhiteSpace(_text):
                return Step.None;
            case UiCommand.Accept when numeric:
                return ParseNumber(_text, unit) is { } n
                    ? Step.Done(new NumberAnswer(n))
                    : new Step(true, Notice: Strings.NotANumber(_text.Trim()));
            case UiCommand.Accept:
                return Step.Done(new TextAnswer(_text.Trim()));
            default:
                return Step.None;
        }
    }

    /// <summary>
    /// A typed number: "1,500", "1 500" and "24 hours" (the question's unit, or its singular, after
    /// the number) all count; null when it is not a number.
    /// </summary>
    public static decimal? ParseNumber(string text, string? unit)
    {
        string clean = text.Trim();
        if (!string.IsNullOrWhiteSpace(unit))
        {
            string u = unit.Trim();
            foreach (string form in new[] { u, u.EndsWith('s') ? u[..^1] : u })
            {
                if (form.Length > 0 && clean.EndsWith(form, StringComparison.OrdinalIgnoreCase))
                {
                    clean = clean[..^form.Length].TrimEnd();
                    break;
                }
            }
        }
        clean = clean.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return decimal.TryParse(clean, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}

/// <summary>Items put in order: pick one up with Space, move it with the arrows, drop it.</summary>
internal sealed class OrderState(OrderingQuestion question, IReadOnlyList<int> start) : AnswerState
{
    private readonly List<int> _order = [.. start];
    private int _cursor;
    private bool _holding;

    public override int? Cursor => _cursor;
    public override bool GradedShowsAnswer => true;
    public IReadOnlyList<int> Order => _order;
    protected override int OptionCount => _order.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Toggle, Strings.KeyGrab),
        new(UiCommand.Up, Strings.KeyMove, KeysOverride: "↑↓"),
        new(UiCommand.Accept, Strings.KeyAnswer),
    ];

    public override void Render(Document doc, PresentedQuestion shown)
    {
        doc.Text(Strings.OrderHint, Tone.Dim).Gap();
        for (int i = 0; i < _order.Count; i++)
        {
            bool held = _holding && i == _cursor;
            doc.Add(Option(i, question.Items[_order[i]] + (held ? "  ⇅ " + Strings.Picked : ""), held ? "≡" : " ", Tone.Accent));
        }
    }

    public override void RenderGraded(Document doc, PresentedQuestion shown, Answer answer)
    {
        var given = answer is OrderAnswer o ? o.Order : _order;
        for (int i = 0; i < given.Count; i++)
        {
            var (mark, tone) = given[i] == i ? ("✓", Tone.Good) : ("✗", Tone.Bad);
            doc.Add(Option(i, question.Items[given[i]], mark, tone));
        }
    }

    public override Step Handle(Input input, PresentedQuestion shown)
    {
        switch (input.Command)
        {
            case UiCommand.Up when _cursor > 0:
                if (_holding)
                    (_order[_cursor], _order[_cursor - 1]) = (_order[_cursor - 1], _order[_cursor]);
                _cursor--;
                return Step.Moved;
            case UiCommand.Down when _cursor < _order.Count - 1:
                if (_holding)
                    (_order[_cursor], _order[_cursor + 1]) = (_order[_cursor + 1], _order[_cursor]);
                _cursor++;
                return Step.Moved;
            case UiCommand.Toggle:
                _holding = !_holding;
                return Step.Moved;
            case UiCommand.Pick when input.Index >= 0 && input.Index < _order.Count:
                if (_holding)
                {
                    int item = _order[_cursor];
                    _order.RemoveAt(_cursor);
                    _order.Insert(input.Index, item);
                    _holding = false;
                }
                _cursor = input.Index;
                return Step.Moved;
            case UiCommand.Accept:
                _holding = false;
                return Step.Done(new OrderAnswer([.. _order]));
            default:
                return Step.None;
        }
    }
}

/// <summary>Each left item matched to a right item by its letter.</summary>
internal sealed class MatchState(MatchingQuestion question, IReadOnlyList<int> rightOrder) : AnswerState
{
    private readonly int[] _choice = Enumerable.Repeat(-1, question.Pairs.Count).ToArray();
    private int _cursor;

    public override int? Cursor => _cursor;
    public override bool GradedShowsAnswer => true;
    public override bool GradedShowsRightAnswer => true;
    protected override int OptionCount => question.Pairs.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Pick, Strings.KeyMatch, KeysOverride: $"a-{QuizModel.Letter(optionCount - 1)}"),
        new(UiCommand.Up, Strings.KeyMove, KeysOverride: "↑↓"),
        new(UiCommand.Accept, Strings.KeyAnswer),
    ];

    public override void Render(Document doc, PresentedQuestion shown) => RenderRows(doc, null);

    public override void RenderGraded(Document doc, PresentedQuestion shown, Answer answer) => RenderRows(doc, answer as MatchAnswer);

    private void RenderRows(Document doc, MatchAnswer? graded)
    {
        if (graded is null)
            doc.Text(Strings.MatchHint, Tone.Dim).Gap();
        for (int i = 0; i < question.Pairs.Count; i++)
        {
            int right = graded is null ? _choice[i] : (i < graded.RightForLeft.Count ? graded.RightForLeft[i] : -1);
            int shownAt = right < 0 ? -1 : rightOrder.ToList().IndexOf(right);
            string target = shownAt < 0 ? "?" : QuizModel.Letter(shownAt).ToString();
            var spans = new List<Span>();
            if (graded is not null)
                spans.Add(right == i ? new Span("✓ ", Tone.Good) : new Span("✗ ", Tone.Bad));
            spans.Add(new Span(QuizModel.Number1(i).PadLeft(2) + "  ", Tone.Key));
            spans.Add(new Span(question.Pairs[i].Left));
            spans.Add(new Span("  → " + target, shownAt < 0 ? Tone.Dim : Tone.Accent));
            if (graded is not null && right != i)
                spans.Add(new Span($"  ({question.Pairs[i].Right})", Tone.Good));
            doc.Add(new Para(spans, Indent: 2, Hanging: graded is null ? 4 : 6, Item: i));
        }
        doc.Gap();
        for (int d = 0; d < rightOrder.Count; d++)
            doc.Add(new Para([new Span(QuizModel.Letter(d) + "  ", Tone.Key), new Span(question.Pairs[rightOrder[d]].Right)], Indent: 4, Hanging: 3));
    }

    public override Step Handle(Input input, PresentedQuestion shown)
    {
        if (MoveCursor(input, ref _cursor, _choice.Length))
            return Step.Moved;
        switch (input.Command)
        {
            case UiCommand.Pick when input.Char is >= 'a' and <= 'z' && input.Index < rightOrder.Count:
                _choice[_cursor] = rightOrder[input.Index];
                if (_cursor < _choice.Length - 1)
                    _cursor++;
                return Step.Moved;
            case UiCommand.Pick when input.Char == '\0' && input.Index >= 0 && input.Index < _choice.Length:
                _cursor = input.Index;
                return Step.Moved;
            case UiCommand.Right or UiCommand.Left:
                int at = _choice[_cursor] < 0 ? -1 : rightOrder.ToList().IndexOf(_choice[_cursor]);
                at = (at + (input.Command == UiCommand.Right ? 1 : rightOrder.Count - 1 + (at < 0 ? 1 : 0)) + rightOrder.Count) % rightOrder.Count;
                _choice[_cursor] = rightOrder[at];
                return Step.Moved;
            case UiCommand.Accept:
                return Step.Done(new MatchAnswer([.. _choice]));
            default:
                return Step.None;
        }
    }
}

/// <summary>Two parts: an answer, then the evidence that supports it.</summary>
internal sealed class EvidenceState(EvidenceQuestion question, PresentedQuestion shown) : AnswerState
{
    private int _cursor;
    private int? _partA;

    public override int? Cursor => _cursor;
    public override bool GradedShowsAnswer => true;
    protected override int OptionCount => _partA is null ? shown.OptionOrder.Count : shown.EvidenceOrder.Count;

    protected override IEnumerable<KeyHelp> AnswerKeys(int optionCount) =>
    [
        new(UiCommand.Pick, Strings.KeyAnswer, KeysOverride: PickKeys(optionCount), HelpKeys: PickHelpKeys(optionCount)),
        new(UiCommand.Accept, Strings.KeyAnswer, KeysOverride: "↑↓ Enter"),
        .. _partA is null ? Array.Empty<KeyHelp>() : [new(UiCommand.Left, Strings.KeyPartA, KeysOverride: "←")],
    ];

    public override void Render(Document doc, PresentedQuestion p)
    {
        if (_partA is null)
        {
            doc.Line(new Span(Strings.PartA, Tone.Dim));
            for (int i = 0; i < shown.OptionOrder.Count; i++)
                doc.Add(Option(i, question.Choices[shown.OptionOrder[i]].Text));
            return;
        }
        doc.Line(new Span(Strings.PartA + ": ", Tone.Dim), new Span(question.Choices[_partA.Value].Text, Tone.Accent), new Span("  " + Strings.ChangePartA, Tone.Dim)).Gap();
        doc.Line(new Span(Strings.PartB + ": ", Tone.Dim), new Span(question.EvidencePrompt, Tone.Heading)).Gap();
        for (int i = 0; i < shown.EvidenceOrder.Count; i++)
            doc.Add(Option(i, EvidenceText(question.Evidence[shown.EvidenceOrder[i]])));
    }

    private static string EvidenceText(EvidenceChoice e) => e.Kind == EvidenceKind.Quotation ? "“" + e.Text + "”" : e.Text;

    public override void RenderGraded(Document doc, PresentedQuestion p, Answer answer)
    {
        var given = answer as EvidenceAnswer;
        doc.Line(new Span(Strings.PartA, Tone.Dim));
        for (int i = 0; i < shown.OptionOrder.Count; i++)
        {
            int c = shown.OptionOrder[i];
            var (mark, tone) = MarkFor(question.Choices[c].IsCorrect, given?.Choice == c);
            doc.Add(Option(i, question.Choices[c].Text, mark, tone));
        }
        doc.Gap().Line(new Span(Strings.PartB + ": ", Tone.Dim), new Span(question.EvidencePrompt));
        for (int i = 0; i < shown.EvidenceOrder.Count; i++)
        {
            int e = shown.EvidenceOrder[i];
            var (mark, tone) = MarkFor(question.Evidence[e].IsCorrect, given?.Evidence == e);
            doc.Add(Option(100 + i, EvidenceText(question.Evidence[e]), mark, tone, key: QuizModel.Number1(i)));
        }
    }

    public override Step Handle(Input input, PresentedQuestion p)
    {
        int count = OptionCount;
        if (MoveCursor(input, ref _cursor, count))
            return Step.Moved;
        switch (input.Command)
        {
            case UiCommand.Accept:
                return Choose(_cursor);
            case UiCommand.Pick when input.Index >= 0 && input.Index < count:
                return Choose(input.Index);
            // Back to Part A, with the answer picked there selected, until Part B is answered.
            case UiCommand.Left when _partA is { } picked:
                _cursor = Math.Max(0, shown.OptionOrder.ToList().IndexOf(picked));
                _partA = null;
                return Step.Moved;
            default:
                return Step.None;
        }
    }

    private Step Choose(int displayed)
    {
        if (_partA is null)
        {
            _partA = shown.OptionOrder[displayed];
            _cursor = 0;
            return Step.Moved;
        }
        return Step.Done(new EvidenceAnswer(_partA.Value, shown.EvidenceOrder[displayed]));
    }
}
