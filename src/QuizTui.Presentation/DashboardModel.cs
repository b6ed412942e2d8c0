using System.Globalization;
using Humanizer;
using QuizTui.Core.Progress;

namespace QuizTui.Presentation;

/// <summary>What the dashboard shows at a moment: the latest report (null before the first), why the server cannot be read now, and a number that changes with each.</summary>
public sealed record DashboardState(LiveClassReport? Report, string? Problem, int Version);

/// <summary>
/// The class dashboard: the live class report for an instructor. Students first (answers, right,
/// quizzes finished, last active), then the questions the class finds hardest, then the speakers it
/// mixes up and each quiz. Every line fits 80 columns; the view wraps and scrolls the rest.
/// </summary>
public sealed class DashboardModel(Func<DashboardState> state, TimeProvider clock) : ScreenModel
{
    /// <summary>Hardest questions listed at most.</summary>
    public const int HardestShown = 10;

    private DashboardState _shown = new(null, null, -1);

    public override string Title => Strings.AppName + Strings.Separator + Strings.DashboardTitle(_shown.Report?.Class ?? "");

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.PageDown, Strings.KeyScroll),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    /// <summary>Takes the newest state; true when it differs from the one shown (the view draws again).</summary>
    public bool Refresh()
    {
        var now = state();
        if (now.Version == _shown.Version)
            return false;
        _shown = now;
        return true;
    }

    public override Document Body()
    {
        var doc = new Document();
        var report = _shown.Report;
        var now = clock.GetLocalNow();
        if (_shown.Problem is { } problem)
            doc.Text(Strings.DashboardProblem(problem), Tone.Warning).Gap();
        if (report is null)
            return doc.Text(Strings.DashboardReading, Tone.Dim);

        doc.Text(Strings.DashboardSummary(report.Students.Count(s => !s.Removed), report.ActiveStudents, report.Answers,
            report.ReadAt.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)), Tone.Dim);

        doc.Heading(Strings.DashboardStudents);
        if (report.Students.Count == 0)
            doc.Text(Strings.DashboardNoStudents, Tone.Dim, indent: 1);
        else
            doc.Text(Row(Strings.DashboardStudentHead), Tone.Dim, indent: 1);
        foreach (var s in report.Students)
        {
            string name = TextTable.Clip(s.Student, 22) + (s.Removed ? "*" : "");
            string right = s.Answers == 0 ? "–" : Number(s.PercentRight) + "%";
            string last = s.LastActive is { } at ? LiveClassReport.Ago(at, now) : Strings.Never;
            doc.Add(new Para([new Span(Row([name, Int(s.Answers), right, Int(s.QuizzesFinished), last]), s.Answers == 0 ? Tone.Dim : Tone.Normal)], Indent: 1));
        }

        var hardest = report.Quizzes.SelectMany(z => z.Questions.Select(q => (z.QuizId, Question: q))).Where(x => x.Question.Answers > 0)
            .OrderBy(x => x.Question.PercentRight).ThenByDescending(x => x.Question.Answers).ThenBy(x => x.Question.QuestionId, StringComparer.Ordinal)
            .Take(HardestShown).ToList();
        doc.Heading(Strings.DashboardHardest);
        if (hardest.Count == 0)
            doc.Text(Strings.DashboardNoAnswers, Tone.Dim, indent: 1);
        foreach (var (quizId, q) in hardest)
        {
            string label = q.QuestionText.Length > 0 ? TextTable.Clip(q.QuestionText, 60) : q.QuestionId;
            doc.Add(new Para([new Span($"{Number(q.PercentRight),5}% ", q.PercentRight < 50 ? Tone.Bad : Tone.Good), new Span(label)], Indent: 1, Hanging: 7, MaxLines: 2));
            string wrong = q.CommonWrongAnswer is null ? "" : Strings.DashboardCommonWrong(TextTable.Clip(q.CommonWrongAnswer, 40), q.CommonWrongCount);
            doc.Add(new Para([new Span($"{quizId} · {"answer".ToQuantity(q.Answers)} · {"student".ToQuantity(q.Students)}{wrong}", Tone.Dim)], Indent: 8, MaxLines: 1));
        }

        doc.Heading(Strings.DashboardConfusions);
        if (report.Confusions.Count == 0)
            doc.Text(Strings.NoMixUps, Tone.Dim, indent: 1);
        foreach (var c in report.Confusions.Take(HardestShown))
            doc.Text(Strings.DashboardConfusion(c.SaidByName, c.GivenToName, c.Count, c.Students), indent: 1);

        doc.Heading(Strings.DashboardQuizzes);
        foreach (var quiz in report.Quizzes)
            doc.Text($"{TextTable.Clip(quiz.QuizId, 36),-36} {"student".ToQuantity(quiz.Students),12} {"answer".ToQuantity(quiz.Answers),13} {Number(quiz.PercentRight),5}%", indent: 1);
        return doc;
    }

    /// <summary>Student, answers, right, quizzes, last active: in fixed columns that fit 80.</summary>
    private static string Row(IReadOnlyList<string> cells) =>
        $"{cells[0],-24} {cells[1],8} {cells[2],7} {cells[3],8}  {cells[4]}";

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double n) => n.ToString("0", CultureInfo.InvariantCulture);

    public override Outcome Handle(Input input) => input.Command switch
    {
        UiCommand.Back => Outcome.Quit,
        _ => Outcome.Ignored,
    };
}
