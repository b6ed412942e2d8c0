using Humanizer;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.App.Tui.ViewModels;

/// <summary>Results of a run: score, time taken, each question with both answers, speakers confused.</summary>
public sealed class ResultsModel(StudyContext context, NewsEvent newsEvent, Quiz quiz, QuizResult result, long attemptId) : ScreenModel
{
    public QuizResult Result { get; } = result;

    public override string Title => Strings.AppName + Strings.Separator + newsEvent.Title + Strings.Separator + quiz.Title + Strings.Separator + Strings.ResultsTitle;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.Retry, Strings.KeyRetry),
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
        var earlier = context.Store.Attempts(context.Profile, newsEvent.Id)
            .Where(a => a.QuizId == quiz.Id && a.Id != attemptId && a.FinishedAt is not null && a.QuestionCount > 0)
            .OrderByDescending(a => a.Score / a.QuestionCount)
            .FirstOrDefault();
        if (earlier is not null)
            doc.Text(Strings.BestBefore($"{Strings.FormatScore(earlier.Score)}/{earlier.QuestionCount} ({Strings.Percent(earlier.Score / earlier.QuestionCount)})"), Tone.Dim);

        if (quiz is WhoSaidWhatQuiz)
        {
            doc.Heading(Strings.Confusions);
            if (Result.Confusions.Count == 0)
                doc.Text(Strings.NoConfusions, Tone.Dim, indent: 2);
            foreach (var c in Result.Confusions)
            {
                string actual = newsEvent.FindPerson(c.ActualSpeakerId)?.Name ?? c.ActualSpeakerId;
                string given = newsEvent.FindPerson(c.GivenSpeakerId)?.Name ?? c.GivenSpeakerId;
                doc.Add(new Para([new Span(Strings.Bullet + " ", Tone.Bad), new Span(Strings.Confusion(actual, given, c.Count))], Indent: 2, Hanging: 2));
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
            string prompt = q is WhoSaidWhatQuestion w ? "“" + w.Quotation.Text + "”" : q.Prompt;
            doc.Add(new Para([new Span(mark + " ", markTone), new Span($"{n}. ", Tone.Key), new Span(prompt)], Hanging: 3 + $"{n}. ".Length - 1));
            string yours = a.Answer is SkippedAnswer ? Strings.Skipped : q.DescribeAnswer(a.Answer);
            doc.Add(new Para([new Span(Strings.YourAnswer, Tone.Dim), new Span(yours, a.Grade.IsRight ? Tone.Good : Tone.Normal)], Indent: 5, Hanging: 2));
            if (!a.Grade.IsRight)
                doc.Add(new Para([new Span(Strings.TheAnswer, Tone.Dim), new Span(q.DescribeCorrectAnswer(), Tone.Good)], Indent: 5, Hanging: 2));
        }
        return doc;
    }

    public override Outcome Handle(Input input) => input.Command switch
    {
        UiCommand.Retry => Outcome.Replace(QuizModel.Start(context, newsEvent, quiz)),
        UiCommand.Back or UiCommand.Accept => Outcome.Back,
        _ => Outcome.Ignored,
    };
}
