using System.Globalization;
using QuizTui.Core.Model;

namespace QuizTui.Presentation;

/// <summary>An event's context, for reading: its whole overview, the people quoted, and the timeline.</summary>
public sealed class AboutEventModel(StudyContext context, NewsEvent newsEvent) : ScreenModel
{
    public NewsEvent Event { get; } = newsEvent;

    public override string Title => Strings.AppName + Strings.Separator + Event.Title + Strings.Separator + Strings.AboutTitle;

    public override string? Learner => context.Profile;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.PageDown, Strings.KeyScroll),
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    public override Document Body()
    {
        var doc = new Document();
        doc.Line(new Span(Event.Title, Tone.Title), new Span(" · " + HomeModel.Period(Event.Period), Tone.Dim));
        doc.Heading(Strings.Overview).Text(Event.Overview);

        if (Event.People.Count > 0)
        {
            doc.Heading(Strings.People);
            foreach (var p in Event.People)
            {
                doc.Add(p.Description.Length > 0
                    ? new Para([new Span(p.Name), new Span(", " + p.Description, Tone.Dim)], Indent: 2, Hanging: 2)
                    : new Para([new Span(p.Name)], Indent: 2, Hanging: 2));
            }
        }

        if (Event.Timeline.Count > 0)
        {
            doc.Heading(Strings.Timeline);
            foreach (var t in Event.Timeline)
            {
                string when = t.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) + (t.Time is null ? "" : " " + t.Time);
                doc.Add(new Para([new Span(when.PadRight(18), Tone.Accent), new Span(t.Text)], Indent: 2, Hanging: 18));
            }
        }
        return doc;
    }

    /// <summary>Esc or Enter goes back; the keys that scroll (PgUp, PgDn, Home, End, arrows) move the page.</summary>
    public override Outcome Handle(Input input) => input.Command switch
    {
        UiCommand.Back or UiCommand.Accept => Outcome.Back,
        _ => Outcome.Ignored,
    };
}
