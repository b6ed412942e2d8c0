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
            doc.Add(new Para([new Span(e.Title, Tone.Title), new Span("  " + e.Period, Tone.Dim)], Item: i));
            doc.Add(new Para([new Span(OneLine(e.Overview))], Indent: 2, Item: i));
            doc.Add(new Para(
                [new Span(Strings.EventProgress(progress.QuizzesTried, e.Quizzes.Count, progress.BestFraction, progress.Attempts), progress.Attempts == 0 ? Tone.Dim : Tone.Accent)],
                Indent: 2, Item: i));
            doc.Gap();
        }
        return doc;
    }

    protected override Outcome Open(int item) => Outcome.Open(new EventModel(Context, Events[item]));

    /// <summary>The first sentence of a text, for a one-line overview.</summary>
    public static string OneLine(string text)
    {
        string flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        int end = flat.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? flat[..(end + 1)] : flat;
    }
}
