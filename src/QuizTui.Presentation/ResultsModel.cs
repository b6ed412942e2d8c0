using Humanizer;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;

namespace QuizTui.Presentation;

/// <summary>Results of a run: score, time taken, each question with both answers, speakers confused.</summary>
/// <param name="attemptNumber">Which attempt at the quiz this was (1 for the first); 0 for review and cram runs.</param>
/// <remarks>
/// What the page needs from the store (the best earlier run) is read once, when the results open:
/// nothing changes while they show, so drawing them again asks nothing of the store.
/// </remarks>
public sealed class ResultsModel(StudyContext context, NewsEvent newsEvent, Quiz quiz, QuizResult result, AttemptRecord attempt, int attemptNumber = 0) : ScreenModel
{
    private readonly AttemptRecord? _bestEarlier = attempt.Kind != AttemptKind.Quiz ? null : context.Store.Attempts(context.Profile, newsEvent.Id)
        .Where(a => a.QuizId == quiz.Id && a.Kind == AttemptKind.Quiz && !a.Abandoned && a.Id != attempt.Id && a.FinishedAt is not null && a.QuestionCount > 0)
        .OrderByDescending(a => a.Score / a.QuestionCount)
        .FirstOrDefault();

    private readonly IReadOnlyList<ConfusionGroup> _confusions = SpeakerConfusions.BySpeaker(result.Confusions);

    public QuizResult Result { get; } = result;

    public override string? Learner => context.Profile;

    public override string Title => Strings.AppName + Strings.Separator + newsEvent.Title + Strings.Separator + quiz.Title + Strings.Separator + Strings.ResultsTitle;

    public override IReadOnlyList<KeyHelp> Keys =>
    [
        new(UiCommand.Retry, attempt.Kind switch { AttemptKind.Review => Strings.KeyReviewAgain, AttemptKind.Cram => Strings.KeyCramAgain, _ => Strings.KeyRetry }),
        new(UiCommand.PageDown, Strings.KeyScroll),
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    /// <summary>"4 minutes", "1 minute, 12 seconds" under a minute and a half… two units at most.</summary>
    public string Duration => Result.Duration.Humanize(precision: Result.Duration < TimeSpan.FromMinutes(10) ? 2 : 1, minUnit: Humanizer.TimeUnit.Second);

    public override Document Body()
    {
        var doc = new Document();
        var tone = Result.Fraction >= 0.8 ? Tone.Good : Result.Fraction >= 0.5 ? Tone.Accent : Tone.Bad;
        doc.Line(new Span(Strings.Score(Result.Score, Result.QuestionCount), tone));
        doc.Text(Strings.Tally(Result.RightCount, Result.PartialCount, Result.WrongCount, Result.SkippedCount), Tone.Dim);
        doc.Text(Strings.TimeTaken(Duration));
        if (attemptNumber > 0)
            doc.Text(Strings.AttemptOfQuiz(ProgressText.AttemptOrdinal(attemptNumber)), Tone.Dim);
        if (_bestEarlier is { } earlier)
            doc.Text(Strings.BestBefore($"{Strings.FormatScore(earlier.Score)}/{earlier.QuestionCount} ({ProgressText.Percent(earlier.Score / earlier.QuestionCount)})"), Tone.Dim);

        if (quiz is WhoSaidWhatQuiz || Result.Confusions.Count > 0)
        {
            doc.Heading(Strings.Confusions);
            if (_confusions.Count == 0)
                doc.Text(Strings.NoConfusions, Tone.Dim, indent: 2);
            foreach (var g in _confusions)
            {
                string given = string.Join(Strings.ConfusedJoin, g.Given.Select(x => Strings.ConfusedCount(Name(x.SpeakerId), x.Count)));
                doc.Add(new Para([new Span(Strings.Bullet + " ", Tone.Bad), new Span(Strings.ConfusedGroup(Name(g.ActualSpeakerId))), new Span(given, Tone.Accent)], Indent: 2, Hanging: 2));
            }
        }

        doc.Heading(Strings.EachQuestion);
        int n = 0;
        foreach (var a in Result.Answers)
        {
            n++;
            var q = a.Presented.Question;
            var (mark, markTone) = a.Grade.Verdict switch
            {
                Verdict.Right => ("✓", Tone.Good),
                Verdict.Partial => ("◐", Tone.Warning),
                Verdict.Skipped => ("→", Tone.Dim),
                _ => ("✗", Tone.Bad),
            };
            string prompt = q.ShownQuotation is { } quotation ? "“" + quotation.Text + "”" : q.Prompt;
            doc.Add(new Para([new Span(mark + " ", markTone), new Span($"{n}. ", Tone.Key), new Span(prompt)], Hanging: 3 + $"{n}. ".Length - 1));
            string yours = a.Answer is SkippedAnswer ? Strings.NoAnswerSkipped : q.DescribeAnswer(a.Answer);
            doc.Add(new Para([new Span(Strings.YourAnswer, Tone.Dim), new Span(yours, a.Grade.IsRight ? Tone.Good : Tone.Normal)], Indent: 5, Hanging: 2));
            if (!a.Grade.IsRight)
                doc.Add(new Para([new Span(Strings.TheAnswer, Tone.Dim), new Span(q.DescribeCorrectAnswer(), Tone.Good)], Indent: 5, Hanging: 2));
        }
        return doc;
    }

    private string Name(string personId) => newsEvent.FindPerson(personId)?.Name ?? personId;

    private Outcome Again() => attempt.Kind switch
    {
        AttemptKind.Review => ReviewRuns.Review(context, newsEvent) is { } review ? Outcome.Replace(review) : Outcome.Back,
        AttemptKind.Cram => Outcome.Replace(ReviewRuns.Cram(context, newsEvent)),
        _ => Outcome.Replace(QuizModel.Start(context, newsEvent, quiz)),
    };

    public override Outcome Handle(Input input) => input.Command switch
    {
        UiCommand.Retry => Again(),
        UiCommand.Back or UiCommand.Accept => Outcome.Back,
        _ => Outcome.Ignored,
    };
}
