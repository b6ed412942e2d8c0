using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Presentation;

/// <summary>Offered when a quiz with an unfinished run is opened: resume it, or start again.</summary>
public sealed class ResumeModel : ListScreenModel
{
    private readonly StudyContext _context;

    public ResumeModel(StudyContext context, NewsEvent newsEvent, Quiz quiz, AttemptRecord attempt, int answered)
    {
        _context = context;
        Event = newsEvent;
        Quiz = quiz;
        Attempt = attempt;
        Answered = answered;
    }

    public NewsEvent Event { get; }
    public Quiz Quiz { get; }
    public AttemptRecord Attempt { get; }
    public int Answered { get; }

    /// <summary>
    /// Opening a quiz: the offer to resume when it has an unfinished run with answers; otherwise a new
    /// run (an unfinished run with no answer is closed first, as nothing would be lost).
    /// </summary>
    public static ScreenModel Open(StudyContext context, NewsEvent newsEvent, Quiz quiz)
    {
        if (context.Store.FindUnfinishedAttempt(context.Profile, newsEvent.Id, quiz.Id) is { } unfinished)
        {
            int answered = context.Store.AnswersOf(unfinished.Id).Count;
            if (answered > 0)
                return new ResumeModel(context, newsEvent, quiz, unfinished, answered);
            context.Store.AbandonAttempt(unfinished.Id, context.Now);
        }
        return QuizModel.Start(context, newsEvent, quiz);
    }

    public override string? Learner => _context.Profile;

    public override string Title => Strings.AppName + Strings.Separator + Event.Title + Strings.Separator + Quiz.Title + Strings.Separator + Strings.ResumeTitle;

    protected override int ItemCount => 2;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.Accept, Strings.KeyOpen),
        new(UiCommand.Pick, Strings.KeyResume + " / " + Strings.KeyStartAgain, KeysOverride: AppKeys.EachNumber(2)),
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    public override Document Body()
    {
        var doc = new Document();
        string when = ProgressText.When(Attempt.StartedAt, _context.Now);
        doc.Text(Strings.ResumeIntro(Quiz.Title, Answered, Attempt.QuestionCount, when)).Gap();
        doc.Add(new Para([new Span("1  ", Tone.Key), new Span(Strings.ResumeChoice, Tone.Accent)], Indent: 2, Hanging: 3, Item: 0));
        doc.Add(new Para([new Span("2  ", Tone.Key), new Span(Strings.StartAgainChoice)], Indent: 2, Hanging: 3, Item: 1));
        return doc;
    }

    protected override Outcome Open(int item)
    {
        if (item == 0 && QuizModel.Resume(_context, Event, Attempt) is { } resumed)
            return Outcome.Replace(resumed);
        _context.Store.AbandonAttempt(Attempt.Id, _context.Now);
        return Outcome.Replace(QuizModel.Start(_context, Event, Quiz));
    }
}
