using QuizTui.Core.Model;

namespace QuizTui.App.Tui.ViewModels;

/// <summary>Home: the events, each with its period, a one-line overview and the learner's progress.</summary>
public sealed class HomeModel(StudyContext context) : ListScreenModel
{
    public StudyContext Context { get; } = context;

    public override string Title => Strings.AppName + Strings.Separator + Strings.HomeTitle;

    public IReadOnlyList<NewsEvent> Events => Context.Library.Events;

    protected override int ItemCount => Events.Count;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.Accept, Strings.KeyOpen),
        new(UiCommand.Up, Strings.KeyMove),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    public override Document Body()
    {
        var doc = new Document();
        doc.Text(Strings.HomeIntro, Tone.Dim).Gap();
        if (Events.Count == 0)
            return doc.Text(Strings.NoEvents);
        for (int i = 0; i < Events.Count; i++)
        {
            var e = Events[i];
            var progress = Context.ProgressOf(e);
            doc.Add(new Para([new Span(e.Title, Tone.Title), new Span(" · " + Period(e.Period), Tone.Dim)], Item: i));
            doc.Add(new Para([new Span(Flat(e.Overview))], Indent: 2, Item: i, MaxLines: 1));
            doc.Add(new Para(
                [new Span(Strings.EventProgress(progress.QuizzesTried, e.Quizzes.Count, progress.BestFraction, progress.Attempts), progress.Attempts == 0 ? Tone.Dim : Tone.Accent)],
                Indent: 2, Item: i));
            doc.Gap();
        }
        return doc;
    }

    protected override Outcome Open(int item) => Outcome.Open(new EventModel(Context, Events[item]));

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"18–25 September 2020", "30 September – 2 October 2020", "24 September 2020".</summary>
    public static string Period(DatePeriod period)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var (s, e) = (period.Start, period.End ?? period.Start);
        if (s == e)
            return s.ToString("d MMMM yyyy", inv);
        if (s.Year == e.Year && s.Month == e.Month)
            return $"{s.Day}–{e.ToString("d MMMM yyyy", inv)}";
        if (s.Year == e.Year)
            return $"{s.ToString("d MMMM", inv)} – {e.ToString("d MMMM yyyy", inv)}";
        return $"{s.ToString("d MMMM yyyy", inv)} – {e.ToString("d MMMM yyyy", inv)}";
    }
}
