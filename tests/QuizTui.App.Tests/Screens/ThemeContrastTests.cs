using System.Globalization;
using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Presentation;
using Terminal.Gui.Input;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace QuizTui.App.Tests.Screens;

/// <summary>
/// Every foreground and background pair of every theme is readable: at least 4.5:1 (WCAG AA),
/// computed from the theme itself, so a pair added later is checked too.
/// </summary>
[Collection(RenderingCollection.Name)]
public class ThemeContrastTests(ITestOutputHelper output)
{
    public static TheoryData<ThemeName> Themes => new(Enum.GetValues<ThemeName>());

    private static string Describe(Attribute a) => $"{a.Foreground} on {a.Background} ({a.Style})";

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_pair_a_theme_uses_reaches_AA_contrast(ThemeName name)
    {
        var theme = Theme.Create(name);
        var problems = new List<string>();
        double least = double.PositiveInfinity;
        foreach (var (role, attribute) in theme.Attributes())
        {
            var (ratio, unknown) = Wcag.Of(attribute);
            if (unknown is not null)
            {
                problems.Add($"{role}: {Describe(attribute)}: {unknown}");
            }
            else if (ratio is { } r)
            {
                least = Math.Min(least, r);
                if (r < Wcag.AA)
                    problems.Add($"{role}: {Describe(attribute)}: {r.ToString("0.00", CultureInfo.InvariantCulture)}:1");
            }
        }
        output.WriteLine($"{name}: least contrast {(double.IsPositiveInfinity(least) ? "none computed (the terminal's own colours only)" : least.ToString("0.00", CultureInfo.InvariantCulture) + ":1")}");
        Assert.True(problems.Count == 0, $"Pairs of the {name} theme below {Wcag.AA}:1 or unknown:\n" + string.Join("\n", problems));
    }

    /// <summary>Screens that between them draw every kind of thing the app shows, in one theme.</summary>
    private static IEnumerable<(string Screen, Headless App)> Tour(ThemeName theme)
    {
        Headless Bundled() => new(Sample.Context(Sample.Bundled(), seed: 1), 80, 24, theme);
        var app = Bundled();
        yield return ("home", app);
        app.Press(Key.Enter);
        yield return ("event", app);
        app.Press(Key.O);
        yield return ("about", app);
        app.Press(Key.Esc, Key.D8);
        yield return ("article", app);
        app.Press(Key.End);
        yield return ("article end", app);
        app.Press(Key.Esc, Key.C);
        yield return ("compare", app);
        app.Press(Key.Esc, Key.D7);
        yield return ("who said what", app);
        app.Press(Key.D2);
        yield return ("feedback", app);
        app.Press(Key.Q);
        yield return ("confirm quit", app);
        app.Press(Key.N, Key.F1);
        yield return ("help", app);
        app.Press(Key.Esc);
        for (int i = 0; i < 10; i++)
            app.Press(Key.D1, Key.Enter);
        yield return ("results", app);
        app.Press(Key.Esc, Key.P);
        yield return ("progress", app);
        app.Press(Key.Esc, Key.Esc, Key.U);
        yield return ("learners", app);
        app.Resize(50, 15);
        yield return ("too small", app);
        app.Dispose();

        var sample = new Headless(Sample.Context(seed: 3), 80, 24, theme);
        sample.Press(Key.Enter, Key.D1);
        for (int i = 0; i < 8; i++)
        {
            yield return ($"question {i + 1}", sample);
            sample.Press(Key.S.WithCtrl, Key.S);
            yield return ($"question {i + 1} skipped", sample);
            sample.Press(Key.Enter);
        }
        sample.Dispose();
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_cell_on_every_screen_is_drawn_in_a_pair_of_the_theme(ThemeName name)
    {
        var theme = Theme.Create(name);
        var known = theme.Attributes().Select(a => a.Attribute).ToHashSet();
        var strangers = new List<string>();
        var seen = new HashSet<Attribute>();
        foreach (var (screen, app) in Tour(name))
        {
            var drawn = app.Attributes();
            seen.UnionWith(drawn);
            foreach (var attribute in drawn.Where(a => !known.Contains(a)))
                strangers.Add($"{screen}: {Describe(attribute)}");
        }
        Assert.True(strangers.Count == 0, "Drawn in attributes the theme does not list (so their contrast is not checked):\n" + string.Join("\n", strangers.Distinct()));
        // The tour did reach what it is meant to: lists with a selection, marked answers, the words
        // that differ between outlets, the status bar.
        Assert.Superset(new HashSet<Attribute>
        {
            theme.SelectedMarker, theme.SelectedFor(Tone.Accent), theme.For(Tone.Good), theme.For(Tone.Bad),
            theme.For(Tone.Changed), theme.For(Tone.Quote), theme.Bar, theme.BarKey,
        }, seen);
    }
}
