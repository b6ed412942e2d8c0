using QuizTui.Core.Model;

namespace QuizTui.Presentation;

/// <summary>One quotation as each outlet printed it, side by side, differing words marked.</summary>
public sealed class CompareModel(StudyContext context, NewsEvent newsEvent, IReadOnlyList<QuotationGroup> groups, int index) : ScreenModel
{
    private int _index = Math.Clamp(index, 0, Math.Max(0, groups.Count - 1));

    public StudyContext Context { get; } = context;
    public int Index => _index;

    public override string? Learner => Context.Profile;

    public override string Title => Strings.AppName + Strings.Separator + newsEvent.Title + Strings.Separator + Strings.CompareTitle;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.Right, Strings.KeyOtherQuotation),
        new(UiCommand.PageDown, Strings.KeyScroll, InStatusBar: false),
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    public override Document Body()
    {
        var doc = new Document();
        if (groups.Count == 0)
            return doc.Text(Strings.NoComparable);
        var group = groups[_index];
        doc.Line(new Span(Strings.CompareCounter(_index + 1, groups.Count), Tone.Heading),
            new Span("  " + Strings.SaidBy(group.Speaker?.Name ?? group.Versions[0].Quotation.SpeakerId), Tone.Dim));
        doc.Text(Strings.CompareHint, Tone.Dim).Gap();
        var diff = QuotationComparison.Diff(group.Versions.Select(v => v.Quotation.Text).ToList());
        // Side by side the headings make a row, so the quotations start level; stacked, each stays with its outlet.
        var headings = new List<IReadOnlyList<Block>>();
        var quotes = new List<IReadOnlyList<Block>>();
        for (int i = 0; i < group.Versions.Count; i++)
        {
            var (article, _) = group.Versions[i];
            var spans = new List<Span> { new("“", Tone.Quote) };
            for (int w = 0; w < diff[i].Count; w++)
            {
                var (word, differs) = diff[i][w];
                spans.Add(new Span(word, differs ? Tone.Changed : Tone.Quote));
                if (w < diff[i].Count - 1)
                    spans.Add(new Span(" ", Tone.Quote));
            }
            spans.Add(new Span("”", Tone.Quote));
            headings.Add([new Para([new Span(article.Outlet, Tone.Accent)]), new Para([new Span(EventModel.Date(article.Published), Tone.Dim)])]);
            quotes.Add([new Para(spans)]);
        }
        doc.Add(new Columns(quotes, Separated: true, Heads: headings));
        return doc;
    }

    public override Outcome Handle(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.Right or UiCommand.Toggle when _index < groups.Count - 1:
                _index++;
                return Outcome.Changed;
            case UiCommand.Left when _index > 0:
                _index--;
                return Outcome.Changed;
            case UiCommand.Back:
                return Outcome.Back;
            default:
                return Outcome.Ignored;
        }
    }
}
