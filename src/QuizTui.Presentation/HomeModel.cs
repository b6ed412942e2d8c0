using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Presentation;

/// <summary>
/// Home: the events, each with its period, a one-line overview and the learner's progress; above
/// them, anything the learner must be told once (the store's notices), an unfinished quiz to resume,
/// and the questions due for review.
/// </summary>
public sealed class HomeModel : ListScreenModel
{
    private IReadOnlyList<string> _notices;
    private string? _message;

    /// <param name="notices">Shown once, on this first visit to Home (a damaged database kept aside, an upgrade).</param>
    public HomeModel(StudyContext context, IReadOnlyList<string>? notices = null)
    {
        Context = context;
        _notices = notices ?? [];
    }

    public StudyContext Context { get; }

    public override string Title => Strings.AppName + Strings.Separator + Strings.HomeTitle;

    public override string? Learner => Context.Profile;

    public IReadOnlyList<NewsEvent> Events => Context.Library.Events;

    /// <summary>Unfinished quiz runs with answers, whose quiz is still in the content, newest first (kept by the tracker: no query per draw).</summary>
    public IReadOnlyList<UnfinishedRun> Unfinished => Context.Tracker.Unfinished;

    /// <summary>Items before the events: the line to resume the newest unfinished quiz.</summary>
    private int Offset => Unfinished.Count > 0 ? 1 : 0;

    protected override int ItemCount => Offset + Events.Count;

    public int DueCount => Context.Tracker.Summary.DueForReview;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.Accept, Strings.KeyOpen),
        new(UiCommand.Retry, Strings.KeyReview),
        new(UiCommand.Cram, Strings.KeyCram),
        new(UiCommand.Progress, Strings.KeyProgress),
        new(UiCommand.Profiles, Strings.KeyLearner),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
        new(UiCommand.Up, Strings.KeyMove, InStatusBar: false),
    ];

    public override Document Body()
    {
        var doc = new Document();
        doc.Text(Strings.HomeIntro, Tone.Dim).Gap();
        if (_notices.Count > 0)
        {
            doc.Text(Strings.NoticeHeading, Tone.Warning);
            foreach (string notice in _notices)
                doc.Add(new Para([new Span(Strings.Bullet + " ", Tone.Warning), new Span(notice)], Indent: 2, Hanging: 2));
            doc.Gap();
        }
        if (_message is not null)
            doc.Text(_message, Tone.Warning).Gap();
        if (Unfinished.Count > 0)
        {
            var (attempt, e, quiz, answered) = Unfinished[0];
            doc.Add(new Para([new Span(Strings.Unfinished(quiz.Title, answered, attempt.QuestionCount, Context.Keys), Tone.Accent)], Indent: 2, Hanging: 2, Item: 0));
            if (Unfinished.Count > 1)
                doc.Text(Strings.MoreUnfinished(Unfinished.Count - 1), Tone.Dim, indent: 4);
        }
        var summary = Context.Tracker.Summary;
        doc.Add(new Para([new Span(Strings.DueLine(ProgressText.Due(summary.DueForReview), summary.DueForReview > 0, Context.Keys), summary.DueForReview > 0 ? Tone.Accent : Tone.Dim)]));
        doc.Gap();
        if (Events.Count == 0)
            return doc.Text(Strings.NoEvents);
        for (int i = 0; i < Events.Count; i++)
        {
            var e = Events[i];
            int item = Offset + i;
            var progress = summary.FindEvent(e.Id);
            doc.Add(new Para([new Span(e.Title, Tone.Title), new Span(" · " + Period(e.Period), Tone.Dim)], Indent: 2, Item: item));
            doc.Add(new Para([new Span(Flat(e.Overview))], Indent: 4, Item: item, MaxLines: 1));
            doc.Add(new Para([new Span(ProgressLine(e, progress, Context.Now), progress?.Summary.Attempts > 0 ? Tone.Accent : Tone.Dim)], Indent: 4, Hanging: 2, Item: item));
            if (progress?.DueForReview > 0)
                doc.Add(new Para([new Span(ProgressText.Due(progress.DueForReview), Tone.Warning)], Indent: 4, Item: item));
            doc.Gap();
        }
        return doc;
    }

    /// <summary>"Not started — 7 quizzes" or "2 of 7 quizzes tried — 3 attempts · best 90% · last 80% · average 83% · 2 days ago".</summary>
    public static string ProgressLine(NewsEvent e, EventProgress? progress, DateTimeOffset now)
    {
        if (progress is null || progress.Summary.Attempts == 0)
            return Strings.EventProgress(0, e.Quizzes.Count, null, 0);
        int tried = progress.Quizzes.Count(q => q.InContent && q.Summary.Attempts > 0);
        return Strings.EventSummary(tried, e.Quizzes.Count, ProgressText.Summary(progress.Summary, now));
    }

    protected override Outcome Open(int item)
    {
        if (item < Offset)
        {
            var (attempt, e, _, _) = Unfinished[0];
            return QuizModel.Resume(Context, e, attempt) is { } resumed ? Outcome.Open(resumed) : Outcome.Ignored;
        }
        return Outcome.Open(new EventModel(Context, Events[item - Offset]));
    }

    private NewsEvent? SelectedEvent =>
        Selected is { } s && s >= Offset ? Events[s - Offset] : Events.FirstOrDefault();

    protected override Outcome HandleOther(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.Retry:
                if (ReviewRuns.Review(Context, SelectedEvent) is { } review)
                    return Outcome.Open(review);
                _message = Strings.NothingDue(Context.Keys);
                return Outcome.Changed;
            case UiCommand.Cram when SelectedEvent is { } e:
                return Outcome.Open(ReviewRuns.Cram(Context, e));
            case UiCommand.Progress:
                return Outcome.Open(new ProgressModel(Context));
            case UiCommand.Profiles:
                return Outcome.Open(new ProfilesModel(Context));
            default:
                return Outcome.Ignored;
        }
    }

    public override void OnReturn()
    {
        // Told once: the notices go when the learner comes back from another screen.
        _notices = [];
        _message = null;
    }

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
