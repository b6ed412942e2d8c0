using QuizTui.App.Tests.Support;
using QuizTui.Core.Progress;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>
/// The class dashboard's view-model, without a terminal: it shows the newest report it was given,
/// keeps the last figures when the server cannot be read, lists the hardest questions first, and
/// lays each student out in columns that fit 80.
/// </summary>
public sealed class DashboardModelTests
{
    private static readonly DateTimeOffset Now = FixedClock.TestDay;

    private static LiveClassReport Report() => new(
        "civics-a",
        Now,
        Answers: 7,
        Students:
        [
            new StudentSummary("ann", 4, 75, 1, 1, Now.AddMinutes(-3), []),
            new StudentSummary("bob-with-a-name-far-too-long-for-its-column", 3, 33.3, 0, 0, Now.AddHours(-2), []),
            new StudentSummary("cy", 0, 0, 0, 0, null, [], Removed: true),
        ],
        Quizzes:
        [
            new QuizSummary("city-vote", "basics", 2, 7, 57.1,
            [
                new QuestionSummary("q-easy", "Who called the vote?", 2, 4, 4, 100, 100, null, 0),
                new QuestionSummary("q-hard", "What did the council decide?", 2, 3, 0, 0, 0, "It delayed the vote", 2),
            ]),
        ],
        Confusions: [new ClassConfusion("city-vote", "mayor", "The Mayor", "clerk", "The Clerk", 2, 1)]);

    private static DashboardModel Model(Func<DashboardState> state) => new(state, new FixedClock(Now));

    [Fact]
    public void Before_the_first_report_it_says_it_is_reading_the_class()
    {
        var model = Model(() => new DashboardState(null, null, 0));

        Assert.True(model.Refresh());

        Assert.Equal("Reading the class from the server…", model.Body().ToString());
    }

    [Fact]
    public void It_draws_again_only_when_the_state_changed()
    {
        var state = new DashboardState(Report(), null, 1);
        var model = Model(() => state);

        Assert.True(model.Refresh());
        Assert.False(model.Refresh());
        state = state with { Version = 2 };
        Assert.True(model.Refresh());
    }

    [Fact]
    public void Students_hardest_questions_confusions_and_quizzes_are_listed_with_the_hardest_question_first()
    {
        var model = Model(() => new DashboardState(Report(), null, 1));
        model.Refresh();

        string body = model.Body().ToString();

        // The removed student is listed but not counted.
        Assert.Contains("2 students, 2 active", body);
        Assert.Contains("7 answers", body);
        Assert.Contains("3 min ago", body);
        // A removed student is marked; one who never answered says so.
        Assert.Contains("cy*", body);
        Assert.Contains("never", body);
        Assert.True(body.IndexOf("What did the council decide?", StringComparison.Ordinal) < body.IndexOf("Who called the vote?", StringComparison.Ordinal),
            "the question no one got right comes first");
        Assert.Contains("most common wrong: It delayed the vote (×2)", body);
        Assert.Contains("The Mayor's words given to The Clerk: 2 times, 1 student", body);
        Assert.Contains("basics · 3 answers · 2 students", body);
    }

    [Fact]
    public void Every_student_row_fits_80_columns()
    {
        var model = Model(() => new DashboardState(Report(), null, 1));
        model.Refresh();

        var rows = model.Body().Blocks.OfType<Para>()
            .Where(p => Report().Students.Any(s => p.PlainText.StartsWith(s.Student[..2], StringComparison.Ordinal)))
            .ToList();

        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.True(row.Indent + row.PlainText.Length <= 80, $"{row.PlainText.Length} columns: {row.PlainText}"));
    }

    [Fact]
    public void When_the_server_cannot_be_read_it_says_so_above_the_last_figures()
    {
        var model = Model(() => new DashboardState(Report(), "the server did not answer", 2));
        model.Refresh();

        var body = model.Body();
        var first = Assert.IsType<Para>(body.Blocks[0]);

        Assert.Equal(Tone.Warning, first.Spans[0].Tone);
        Assert.Contains("the server did not answer", first.PlainText);
        Assert.Contains("Who called the vote?", body.ToString());
    }

    [Fact]
    public void Esc_quits_the_dashboard()
    {
        var model = Model(() => new DashboardState(Report(), null, 1));

        Assert.Same(Outcome.Quit, model.Handle(UiCommand.Back));
        Assert.Same(Outcome.Ignored, model.Handle(UiCommand.Accept));
    }
}
