using System.Globalization;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;

namespace QuizTui.Presentation;

/// <summary>
/// An event: the start of its overview, then its quizzes, articles and quotation comparisons. The
/// whole overview, the people and the timeline are one key away (<see cref="AboutEventModel"/>), so
/// the list ends the page and End reaches its real end.
/// </summary>
public sealed class EventModel : ListScreenModel
{
    private readonly IReadOnlyList<QuotationGroup> _groups;

    public EventModel(StudyContext context, NewsEvent newsEvent)
    {
        Context = context;
        Event = newsEvent;
        _groups = QuotationComparison.Groups(newsEvent);
    }

    public StudyContext Context { get; }
    public NewsEvent Event { get; }

    public override string Title => Strings.AppName + Strings.Separator + Event.Title;

    public override string? Learner => Context.Profile;

    private string? _message;

    /// <summary>Lines of the overview shown above the quizzes; the rest is in About.</summary>
    public const int OverviewLines = 3;

    private int QuizCount => Event.Quizzes.Count;
    private int ArticleCount => Event.Articles.Count;
    private bool HasCompare => _groups.Count > 0;

    protected override int ItemCount => QuizCount + ArticleCount + (HasCompare ? 1 : 0);

    public override IReadOnlyList<KeyHelp> Keys =>
    [
        new(UiCommand.Accept, Strings.KeyOpen),
        new(UiCommand.About, Strings.KeyAbout),
        .. HasCompare ? [new KeyHelp(UiCommand.Compare, Strings.KeyCompare)] : Array.Empty<KeyHelp>(),
        new(UiCommand.Retry, Strings.KeyReview),
        new(UiCommand.Cram, Strings.KeyCram, InStatusBar: false),
        new(UiCommand.Progress, Strings.KeyProgress),
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
        new(UiCommand.Up, Strings.KeyMove, InStatusBar: false),
        new(UiCommand.PageDown, Strings.KeyScroll, InStatusBar: false),
    ];

    public override Document Body()
    {
        var doc = new Document();
        doc.Line(new Span(Event.Title, Tone.Title), new Span(" · " + HomeModel.Period(Event.Period), Tone.Dim));
        var progress = Context.Tracker.Summary.FindEvent(Event.Id);
        doc.Add(new Para([new Span(HomeModel.ProgressLine(Event, progress, Context.Now), progress?.Summary.Attempts > 0 ? Tone.Accent : Tone.Dim)], Hanging: 2));
        int due = progress?.DueForReview ?? 0;
        if (due > 0)
            doc.Add(new Para([new Span(Strings.DueLine(ProgressText.Due(due), true, Context.Keys), Tone.Warning)], Hanging: 2));
        if (_message is not null)
            doc.Text(_message, Tone.Warning);
        // Context first, and short: the start of the overview, and the key for the rest.
        doc.Gap();
        doc.Add(new Para([new Span(Event.Overview)], MaxLines: OverviewLines));
        doc.Line(new Span(Context.Keys.Label(UiCommand.About) + ": ", Tone.Key), new Span(Strings.AboutHint, Tone.Dim));
        doc.Heading(Strings.Quizzes);
        for (int i = 0; i < QuizCount; i++)
        {
            var quiz = Event.Quizzes[i];
            doc.Add(new Para([new Span(quiz.Title, Tone.Accent)], Indent: 2, Item: i));
            doc.Add(new Para([new Span(QuizLine(quiz), Tone.Dim)], Indent: 4, Item: i));
        }

        doc.Heading(Strings.Articles);
        for (int i = 0; i < ArticleCount; i++)
        {
            var a = Event.Articles[i];
            doc.Add(new Para(
                [new Span(a.Outlet, Tone.Accent), new Span(", " + Date(a.Published), Tone.Dim), new Span(": " + a.Headline)],
                Indent: 2, Hanging: 2, Item: QuizCount + i));
            if (ArticleLine(a.Id) is { } line)
                doc.Add(new Para([new Span(line, Tone.Dim)], Indent: 4, Hanging: 2, Item: QuizCount + i));
        }

        if (HasCompare)
        {
            doc.Gap();
            doc.Add(new Para(
                [new Span(Strings.CompareEntry, Tone.Accent), new Span($" ({Strings.ComparableCount(_groups.Count)})", Tone.Dim)],
                Indent: 2, Hanging: 2, Item: QuizCount + ArticleCount));
        }

        return doc;
    }

    /// <summary>"Comprehension · 6 questions · 3 attempts · best 83% · last 67% · average 72% · 2 days ago".</summary>
    public string QuizLine(Quiz quiz)
    {
        string kind = quiz is WhoSaidWhatQuiz ? Strings.WhoSaidWhatKind : Strings.ComprehensionKind;
        int count = QuizSessionBuilder.QuestionCount(Event, quiz);
        var progress = Context.ProgressOf(Event, quiz);
        string record = progress is { Summary.Attempts: > 0 } p ? ProgressText.Summary(p.Summary, Context.Now) : Strings.NotTried;
        return $"{kind} · {Strings.QuestionCount(count)} · {record}";
    }

    /// <summary>Under an article: its comprehension quiz's record and how the learner did on questions about it; null when never tried.</summary>
    public string? ArticleLine(string articleId)
    {
        var progress = Context.Tracker.Summary.FindEvent(Event.Id)?.Articles.FirstOrDefault(a => a.ArticleId == articleId);
        if (progress is null || progress.Summary.Attempts == 0)
            return null;
        return Strings.ArticleQuiz(ProgressText.Summary(progress.Summary, Context.Now));
    }

    protected override Outcome Open(int item)
    {
        if (item < QuizCount)
            return Outcome.Open(ResumeModel.Open(Context, Event, Event.Quizzes[item]));
        if (item < QuizCount + ArticleCount)
            return Outcome.Open(new ArticleModel(Context, Event, Event.Articles[item - QuizCount]));
        return Outcome.Open(new CompareModel(Context, Event, _groups, 0));
    }

    protected override Outcome HandleOther(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.About:
                return Outcome.Open(new AboutEventModel(Context, Event));
            case UiCommand.Compare when HasCompare:
                return Outcome.Open(new CompareModel(Context, Event, _groups, 0));
            case UiCommand.Retry:
                if (Context.Tracker.Due(Event.Id).Count > 0 && ReviewRuns.Review(Context, Event) is { } review)
                    return Outcome.Open(review);
                _message = Strings.NothingDue(Context.Keys);
                return Outcome.Changed;
            case UiCommand.Cram:
                return Outcome.Open(ReviewRuns.Cram(Context, Event));
            case UiCommand.Progress:
                return Outcome.Open(new ProgressModel(Context));
            default:
                return Outcome.Ignored;
        }
    }

    public override void OnReturn() => _message = null;

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
