using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

public class ScreenModelTests
{
    [Fact]
    public void Home_lists_each_event_with_its_period_overview_and_progress()
    {
        var body = new HomeModel(Sample.Context()).Body().ToString();
        Assert.Contains("Acme and the agency · 23–25 September 2020", body);
        Assert.Contains("Acme had a contract with an agency.", body);
        Assert.Contains("Not started — 2 quizzes", body);
    }

    [Fact]
    public void Home_and_event_show_the_best_score_so_far_from_the_store()
    {
        var store = new InMemoryScoreStore();
        var at = FixedClock.TestDay;
        var a = store.StartAttempt("tester", "acme-2020", "who", 1, 3, at);
        store.FinishAttempt(a.Id, 2, at.AddMinutes(2));
        var context = Sample.Context(store: store);
        Assert.Contains("1 of 2 quizzes tried — 1 attempt · best 67% · last 67% · average 67%", new HomeModel(context).Body().ToString());
        var e = new EventModel(context, context.Library.Events[0]);
        Assert.Contains("Who said what · 2 questions · 1 attempt · best 67% · last 67% · average 67%", e.Body().ToString());
        Assert.Contains("Comprehension · 8 questions · not tried yet", e.Body().ToString());
    }

    [Fact]
    public void Event_shows_the_overview_articles_quizzes_and_comparisons()
    {
        var context = Sample.Context();
        var body = new EventModel(context, context.Library.Events[0]).Body().ToString();
        foreach (string expected in new[]
        {
            "Acme had a contract with an agency.", "Articles", "The Evening Post, 25 Sep 2020: Agency says it was not told",
            "Quizzes", "Who said it?", "Compare how outlets printed the same quotation",
        })
        {
            Assert.Contains(expected, body);
        }
    }

    [Fact]
    public void Article_shows_byline_dates_absolute_and_relative_key_points_and_quotations()
    {
        var context = Sample.Context();
        var e = context.Library.Events[0];
        var body = new ArticleModel(context, e, e.Articles[0]).Body().ToString();
        Assert.Contains("The Daily Paper, by Jo Writer · 24 September 2020 (6 years ago)", body);
        Assert.Contains("• The contract was worth about $500,000.", body);
        Assert.Contains("“More than 100 of us signed the letter — we won’t stop”", body);
        Assert.Contains("— Bo Li, Engineer, Acme, in a tweet", body);
        Assert.Contains("Take this article's quiz", body);
    }

    [Fact]
    public void Article_starts_its_own_quiz_with_t()
    {
        var context = Sample.Context();
        var e = context.Library.Events[0];
        var outcome = new ArticleModel(context, e, e.Articles[0]).Handle(UiCommand.StartQuiz);
        var quiz = Assert.IsType<QuizModel>(Assert.IsType<OpenOutcome>(outcome).Screen);
        Assert.Equal("paper-a-quiz", quiz.Quiz.Id);
    }

    [Fact]
    public void Compare_marks_the_words_that_differ_between_outlets()
    {
        var diff = QuotationComparison.Diff(["targeted and harassed", "targeted or harassed"]);
        Assert.Equal([("targeted", false), ("and", true), ("harassed", false)], diff[0]);
        Assert.Equal([("targeted", false), ("or", true), ("harassed", false)], diff[1]);
    }

    [Fact]
    public void Compare_groups_the_same_quotation_from_two_outlets_side_by_side()
    {
        var context = Sample.Context();
        var e = context.Library.Events[0];
        var groups = QuotationComparison.Groups(e);
        var group = Assert.Single(groups);
        Assert.Equal(["paper-a", "paper-b"], group.Versions.Select(v => v.Article.Id));
        var body = new CompareModel(context, e, groups, 0).Body();
        var columns = body.Blocks.OfType<Columns>().Last();
        var changed = columns.Cells.SelectMany(c => c.OfType<Para>()).SelectMany(p => p.Spans).Where(s => s.Tone == Tone.Changed).Select(s => s.Text);
        Assert.Equal(["and", "or"], changed);
    }

    [Fact]
    public void Navigator_opens_help_for_the_current_screen_and_esc_goes_back()
    {
        var context = Sample.Context();
        var nav = new Navigator(new HomeModel(context), AppKeys.Default);
        nav.Handle(UiCommand.Accept);
        nav.Handle(UiCommand.Help);
        var help = Assert.IsType<HelpModel>(nav.Current);
        string body = help.Body().ToString();
        Assert.Contains("Keys on this screen (Acme and the agency)", body);
        Assert.Contains("c", body);
        Assert.Contains("compare", body);
        Assert.Contains("q or Ctrl+Q", body);
        nav.Handle(UiCommand.Back);
        Assert.IsType<EventModel>(nav.Current);
        nav.Handle(UiCommand.Back);
        Assert.IsType<HomeModel>(nav.Current);
        nav.Handle(UiCommand.Back);
        Assert.IsType<HomeModel>(nav.Current);
        Assert.False(nav.QuitRequested);
        nav.Handle(UiCommand.Quit);
        Assert.True(nav.QuitRequested);
    }

    [Fact]
    public void Help_lists_each_key_once()
    {
        var context = Sample.Context();
        Navigator nav = null!;
        static List<string> KeysIn(HelpModel help) => help.Body().Blocks.OfType<Para>()
            .Where(p => p.Spans.Count == 2 && p.Spans[0].Tone == Tone.Key).Select(p => p.Spans[0].Text.Trim()).ToList();

        foreach (var open in new[] { Array.Empty<Input>(), [UiCommand.Accept], [UiCommand.Accept, Input.PickAt(0)] })
        {
            nav = new Navigator(new HomeModel(context), AppKeys.Default);
            foreach (var input in open)
                nav.Handle(input);
            nav.Handle(UiCommand.Help);
            var keys = KeysIn(Assert.IsType<HelpModel>(nav.Current));
            Assert.Equal(keys.Distinct(), keys);
            Assert.Contains("F1 or ?", keys);
            Assert.Contains("q or Ctrl+Q", keys);
        }

        // In a quiz Esc is listed once, as what it does there.
        var rows = nav.Current.Body().Blocks.OfType<Para>().Where(p => p.Spans.Count == 2 && p.Spans[0].Tone == Tone.Key)
            .Select(p => (Keys: p.Spans[0].Text.Trim(), p.Spans[1].Text)).ToList();
        Assert.Equal(("Esc or Backspace", Strings.KeyQuitQuiz), Assert.Single(rows, r => r.Keys == "Esc or Backspace"));
        Assert.Contains(("PgUp PgDn Home End", Strings.KeyScroll), rows);
    }

    [Fact]
    public void Lists_move_with_arrows_and_open_with_numbers()
    {
        var context = Sample.Context();
        var e = new EventModel(context, context.Library.Events[0]);
        Assert.Equal(0, e.Selected);
        e.Handle(UiCommand.Down);
        Assert.Equal(1, e.Selected);
        e.Handle(UiCommand.Up);
        Assert.Equal(0, e.Selected);
        Assert.Same(Outcome.Ignored, e.Handle(UiCommand.Up));
        var open = Assert.IsType<OpenOutcome>(e.Handle(Input.PickAt(2)));
        Assert.IsType<ArticleModel>(open.Screen);
    }

    [Theory]
    [InlineData(null, null, ThemeName.Default)]
    [InlineData("high-contrast", null, ThemeName.HighContrast)]
    [InlineData("mono", null, ThemeName.Mono)]
    [InlineData("high-contrast", "1", ThemeName.Mono)]
    public void Theme_follows_the_option_and_NO_COLOR(string? option, string? noColor, ThemeName expected) =>
        Assert.Equal(expected, Theme.Choose(option, noColor));
}
