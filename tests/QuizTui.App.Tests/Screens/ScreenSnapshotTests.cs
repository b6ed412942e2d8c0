using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.Screens;

/// <summary>Every screen rendered by Terminal.Gui's own driver at fixed sizes, compared with Snapshots/*.txt.</summary>
[Collection(RenderingCollection.Name)]
public class ScreenSnapshotTests
{
    private static Headless Bundled(int width = 80, int height = 24, ThemeName theme = ThemeName.Default) =>
        new(Sample.Context(Sample.Bundled(), seed: 1), width, height, theme);

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Home(int w, int h)
    {
        using var app = Bundled(w, h);
        Snapshot.Match($"home-{w}x{h}", app.Screen());
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Event(int w, int h)
    {
        using var app = Bundled(w, h);
        app.Press(Key.Enter);
        Snapshot.Match($"event-{w}x{h}", app.Screen());
    }

    [Fact]
    public void Event_scrolled_to_the_articles()
    {
        using var app = Bundled();
        app.Press(Key.Enter).Press(Enumerable.Repeat(Key.CursorDown, 8).ToArray());
        Snapshot.Match("event-articles-80x24", app.Screen());
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Article(int w, int h)
    {
        using var app = Bundled(w, h);
        app.Press(Key.Enter, Key.D8);
        Snapshot.Match($"article-{w}x{h}", app.Screen());
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 30)]
    public void Compare(int w, int h)
    {
        using var app = Bundled(w, h);
        app.Press(Key.Enter, Key.C);
        Snapshot.Match($"compare-{w}x{h}", app.Screen());
    }

    [Fact]
    public void Compare_too_narrow_for_columns_keeps_each_outlet_with_its_quotation()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.C, Key.CursorRight, Key.CursorRight);
        string screen = app.Screen();
        Snapshot.Match("compare-stacked-80x24", screen);
        var lines = screen.Split('\n').Select(l => l.Trim()).ToList();
        // Each outlet's date line is followed by that outlet's version of the quotation.
        int first = lines.IndexOf(Sample.Bundled().Events[0].FindArticle("action-news-2020-09-24")!.Outlet);
        Assert.True(first > 0);
        Assert.Equal("24 Sep 2020", lines[first + 1]);
        Assert.Equal("“targeted or harassed”", lines[first + 2]);
    }

    [Fact]
    public void End_and_Home_scroll_an_article_to_its_quiz_and_back_to_the_top()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.D8);
        Assert.DoesNotContain("Take this article's quiz", app.Screen());
        app.Press(Key.End);
        Assert.Contains("Take this article's quiz", app.Screen());
        Assert.DoesNotContain("Summary", app.Screen());
        app.Press(Key.Home);
        Assert.Contains("Summary", app.Screen());
        Assert.DoesNotContain("Take this article's quiz", app.Screen());
    }

    [Fact]
    public void Feedback_keeps_the_quotation_in_sight_when_it_fits()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.D7);
        var quiz = Assert.IsType<QuizModel>(app.Window.Navigator.Current);
        QuizTui.Core.Model.WhoSaidWhatQuestion Shown() => (QuizTui.Core.Model.WhoSaidWhatQuestion)quiz.Shown!.Question;
        // Skip ahead to the first quotation short enough to fit beside its feedback at 80x24.
        while (Shown().Quotation.Text.Length > 160)
            app.Press(Key.S, Key.Enter);
        var question = Shown();
        var speaker = question.Speakers.Single(p => p.Id == question.Quotation.SpeakerId);
        int wrong = question.Speakers.ToList().FindIndex(p => p.Id != speaker.Id);
        app.Press(new[] { Key.D1, Key.D2, Key.D3, Key.D4, Key.D5, Key.D6 }[wrong]);
        string screen = app.Screen();
        Assert.Contains("“" + string.Join(' ', question.Quotation.Text.Split(' ').Take(5)), screen);
        Assert.Contains("Who said this?", screen);
        Assert.Contains("✗ Not quite   Press Enter to go on.", screen);
        Assert.Contains("The answer: " + speaker.Name, screen);
    }

    [Fact]
    public void A_narrow_status_bar_keeps_help_and_quit()
    {
        using var app = Bundled(60, 18);
        app.Press(Key.Enter);
        string status = app.Screen().TrimEnd('\n').Split('\n')[^1];
        Assert.Contains("q quit", status);
        Assert.Contains("F1 help", status);
        Assert.Contains("Esc back", status);
    }

    [Fact]
    public void A_click_opens_a_list_item_and_answers_with_an_option()
    {
        using var app = Bundled();
        app.Press(Key.Enter);
        var rows = app.Screen().Split('\n').ToList();
        int quiz = rows.FindIndex(l => l.Contains("Who said it?", StringComparison.Ordinal) && !l.Contains('›', StringComparison.Ordinal));
        app.Click(6, quiz);
        rows = app.Screen().Split('\n').ToList();
        Assert.Contains("Question 1 of 10", rows[1]);
        int option = rows.FindIndex(l => l.TrimStart().StartsWith("3  ", StringComparison.Ordinal));
        app.Click(10, option);
        string screen = app.Screen();
        Assert.Contains("Press Enter to go on.", screen);
        Assert.Matches(@"[✓✗]  3  ", screen);
        app.Click(2, 23);
        Assert.Contains("Question 2 of 10", app.Screen());
    }

    [Fact]
    public void Who_said_what_question_and_feedback()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.D7);
        Snapshot.Match("quiz-who-said-what-80x24", app.Screen());
        app.Press(Key.D2);
        Snapshot.Match("quiz-who-said-what-feedback-80x24", app.Screen());
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Feedback_on_a_long_quotation_keeps_its_start_and_the_explanation_in_sight(int w, int h)
    {
        using var app = Bundled(w, h);
        app.Press(Key.Enter, Key.D7);
        var quiz = Assert.IsType<QuizModel>(app.Window.Navigator.Current);
        string Quotation() => ((QuizTui.Core.Model.WhoSaidWhatQuestion)quiz.Shown!.Question).Quotation.Text;
        while (Quotation().Length < 250)
            app.Press(Key.D1, Key.Enter);
        string quotation = Quotation();
        app.Press(Key.D1);
        string screen = app.Screen();
        Snapshot.Match($"quiz-who-said-what-long-feedback-{w}x{h}", screen);
        string opening = "“" + string.Join(' ', quotation.Split(' ').Take(4));
        Assert.Contains(opening, screen);
        Assert.Contains("The answer:", screen);
        Assert.Contains(string.Join(' ', quiz.Shown!.Question.Explanation!.Split(' ').Take(4)), screen);
        if (w == 80)
            Assert.Contains("…", screen);
        else
            Assert.Contains(string.Join(' ', quotation.Split(' ')[^3..]), screen);
    }

    [Fact]
    public void Quit_confirmation_in_a_quiz()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.D7, Key.Q);
        Snapshot.Match("quiz-confirm-quit-80x24", app.Screen());
    }

    [Fact]
    public void Results_of_a_who_said_what_quiz()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.D7);
        for (int i = 0; i < 10; i++)
            app.Press(Key.D1, Key.Enter);
        Snapshot.Match("results-who-said-what-80x24", app.Screen());
    }

    [Fact]
    public void Every_question_type_of_the_sample_renders()
    {
        using var app = new Headless(Sample.Context(seed: 3));
        app.Press(Key.Enter, Key.D1);
        var screens = new List<string>();
        for (int i = 0; i < 8; i++)
        {
            screens.Add(app.Screen());
            app.Press(Key.S.WithCtrl, Key.S, Key.Enter);
        }
        Snapshot.Match("quiz-every-type-80x24", string.Join("\n=====\n", screens));
    }

    [Fact]
    public void Help_lists_the_keys_of_the_screen_it_came_from()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.D7, Key.F1);
        Snapshot.Match("help-quiz-80x24", app.Screen());
        app.Press(Key.Esc);
        Assert.Contains("Question 1 of 10", app.Screen());
    }

    [Fact]
    public void Below_the_minimum_size_it_asks_for_a_larger_window_and_recovers()
    {
        using var app = Bundled();
        app.Press(Key.Enter, Key.D7);
        app.Resize(50, 15);
        Snapshot.Match("too-small-50x15", app.Screen());
        app.Resize(100, 30);
        Assert.Contains("Question 1 of 10", app.Screen());
        Assert.Contains("Who said this?", app.Screen());
    }

    [Fact]
    public void Resizing_rewraps_the_text()
    {
        using var app = Bundled(100, 30);
        app.Press(Key.Enter, Key.D8);
        app.Resize(60, 20);
        Snapshot.Match("article-after-resize-60x20", app.Screen());
    }

    [Fact]
    public void Mono_theme_renders_the_same_text()
    {
        using var colour = Bundled();
        using var mono = Bundled(theme: ThemeName.Mono);
        Assert.Equal(colour.Screen(), mono.Screen());
    }
}
