using System.Globalization;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>What the terminal really shows, colours included (tmux capture-pane -e), in each theme.</summary>
public class ThemeInTmuxTests
{
    private const string Home = "Hootsuite and the ICE contract";

    /// <summary>Home, the event with its selection, and a question, as captured with their colours.</summary>
    private static IEnumerable<(string Screen, string Captured)> Walk(Tmux tmux)
    {
        tmux.WaitFor(Home, "Enter open");
        yield return ("home", tmux.CaptureWithEscapes());
        tmux.Keys("Enter", "Down");
        tmux.WaitFor("Quizzes", "c compare");
        yield return ("event", tmux.CaptureWithEscapes());
        tmux.Keys("7", "Down");
        tmux.WaitFor("Who said this?");
        yield return ("question", tmux.CaptureWithEscapes());
        tmux.Keys("2");
        tmux.WaitFor("Press Enter to go on.");
        yield return ("feedback", tmux.CaptureWithEscapes());
    }

    [Theory]
    [InlineData("default", 80, 24)]
    [InlineData("default", 160, 48)]
    [InlineData("high-contrast", 80, 24)]
    [InlineData("high-contrast", 160, 48)]
    public void Every_character_on_screen_reads_at_AA_contrast_and_the_selection_has_its_marker(string theme, int width, int height)
    {
        using var tmux = new Tmux();
        tmux.Start(width, height, "--seed", "1", "--theme", theme);
        int checkedGlyphs = 0;
        foreach (var (screen, captured) in Walk(tmux))
        {
            var glyphs = StyledScreen.Glyphs(captured);
            foreach (var g in glyphs)
            {
                Assert.True(g.Foreground is not null && g.Background is not null,
                    $"{theme}, {screen}: “{g.Text}” on row {g.Row} is in the terminal's own colour on one side, so its contrast is unknown:\n{captured}");
                double ratio = Wcag.Ratio(g.Foreground!.Value, g.Background!.Value);
                Assert.True(ratio >= Wcag.AA,
                    $"{theme}, {screen}: “{g.Text}” on row {g.Row} is {g.Foreground} on {g.Background}, {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1");
                checkedGlyphs++;
            }
            if (screen is "home" or "event" or "question")
                AssertOneMarkedLine(screen, glyphs);
        }
        Assert.True(checkedGlyphs > 500, $"only {checkedGlyphs} characters were checked");
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(160, 48)]
    public void Mono_uses_only_the_terminals_own_colours_and_marks_the_selection_by_symbol_and_reverse_video(int width, int height)
    {
        using var tmux = new Tmux();
        tmux.Start(width, height, "--seed", "1", "--theme", "mono");
        foreach (var (screen, captured) in Walk(tmux))
        {
            var glyphs = StyledScreen.Glyphs(captured);
            Assert.All(glyphs, g => Assert.True(g.Foreground is null && g.Background is null, $"{screen}: “{g.Text}” on row {g.Row} has a colour"));
            if (screen is "home" or "event" or "question")
            {
                int row = AssertOneMarkedLine(screen, glyphs);
                Assert.All(glyphs.Where(g => g.Row == row), g => Assert.True(g.Reverse, $"{screen}: “{g.Text}” of the selected line is not in reverse video"));
            }
        }
    }

    /// <summary>Exactly one line starts with the › marker (after the margin), and the marker is shown as selected.</summary>
    private static int AssertOneMarkedLine(string screen, List<StyledGlyph> glyphs)
    {
        var firsts = glyphs.GroupBy(g => g.Row).Select(r => r.First()).Where(g => g.Text == "›").ToList();
        var marker = Assert.Single(firsts);
        Assert.True(marker.Bold, $"{screen}: the marker is not bold");
        return marker.Row;
    }
}
