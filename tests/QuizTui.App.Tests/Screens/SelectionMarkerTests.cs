using System.Text.RegularExpressions;
using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Presentation;
using Terminal.Gui.Input;

namespace QuizTui.App.Tests.Screens;

/// <summary>
/// The selected item is marked by a symbol as well as by colour, on every screen that has a
/// selection, in every theme (mono has no colour to mark it with) and at every size.
/// </summary>
[Collection(RenderingCollection.Name)]
public class SelectionMarkerTests
{
    public static TheoryData<ThemeName, int, int> Cases => new()
    {
        { ThemeName.Default, 80, 24 },
        { ThemeName.Mono, 80, 24 },
        { ThemeName.HighContrast, 160, 48 },
    };

    /// <summary>Every screen with a selection: lists, choices, ticks, ordering, matching, both parts of a two-part question.</summary>
    private static IEnumerable<(string Screen, Headless App)> ScreensWithASelection(ThemeName theme, int width, int height)
    {
        var bundled = Sample.Context(Sample.Bundled(), seed: 1);
        var app = new Headless(bundled, width, height, theme);
        yield return ("home", app);
        app.Press(Key.Enter);
        yield return ("event: a quiz", app);
        app.Press(Key.End);
        yield return ("event: comparing quotations", app);
        app.Press(Key.CursorUp);
        yield return ("event: an article", app);
        app.Press(Key.Enter, Key.End);
        yield return ("article: its quiz", app);
        app.Press(Key.Esc, Key.D7);
        yield return ("who said what", app);
        app.Press(Key.CursorDown);
        yield return ("who said what, second speaker", app);
        app.Press(Key.D1, Key.Enter, Key.Esc, Key.Y, Key.Esc);
        yield return ("home: an unfinished quiz", app);
        app.Press(Key.CursorDown, Key.Enter, Key.D7);
        yield return ("resume offer", app);
        app.Press(Key.Esc, Key.Esc, Key.U);
        yield return ("learners", app);
        app.Dispose();

        var sample = new Headless(Sample.Context(seed: 3), width, height, theme);
        sample.Press(Key.Enter, Key.D1);
        var quiz = Assert.IsType<QuizModel>(sample.Window.Navigator.Current);
        for (int i = 0; i < 8; i++)
        {
            string type = quiz.Shown!.Question.GetType().Name;
            if (quiz.Selected is not null)
            {
                sample.Press(Key.CursorDown);
                yield return (type, sample);
                if (type == "EvidenceQuestion")
                {
                    sample.Press(Key.Enter);
                    yield return (type + ", Part B", sample);
                }
            }
            sample.Press(Key.S.WithCtrl, Key.S, Key.Enter);
        }
        sample.Dispose();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_selected_item_is_marked_by_a_symbol_on_every_screen_with_a_selection(ThemeName theme, int width, int height)
    {
        var marked = new List<string>();
        foreach (var (name, app) in ScreensWithASelection(theme, width, height))
        {
            var model = app.Window.Navigator.Current;
            int selected = Assert.IsType<int>(model.Selected);
            string first = model.Body().Blocks.OfType<Para>().First(p => p.Item == selected).PlainText.Trim();
            string start = first[..Math.Min(16, first.Length)];
            var rows = app.Screen().Split('\n');
            var markerRows = rows.Where(r => r.TrimStart().StartsWith("› ", StringComparison.Ordinal)).ToList();
            Assert.True(markerRows.Count == 1, $"{name}: expected one line marked › but found {markerRows.Count}:\n{app.Screen()}");
            Assert.True(Regex.IsMatch(markerRows[0], @"^\s*›\s+" + Regex.Escape(start)),
                $"{name}: the marked line is not the selected item (“{start}”…):\n{app.Screen()}");
            marked.Add(name);
        }
        // Every kind of selection was seen, so the check above ran on each.
        Assert.Superset(new HashSet<string>
        {
            "home", "home: an unfinished quiz", "event: a quiz", "event: an article", "event: comparing quotations", "article: its quiz",
            "resume offer", "learners", "who said what", "SingleChoiceQuestion", "MultipleAnswersQuestion", "TrueFalseQuestion",
            "OrderingQuestion", "MatchingQuestion", "EvidenceQuestion", "EvidenceQuestion, Part B",
        }, marked.ToHashSet());
    }
}
