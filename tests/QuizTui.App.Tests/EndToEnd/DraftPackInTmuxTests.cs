using QuizTui.App.Tests.Cli;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>
/// An instructor drafts a pack from three article texts, checks it, and previews it: the pack
/// opens at once and its who-said-what quiz plays.
/// </summary>
public sealed class DraftPackInTmuxTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-draft-e2e-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void A_drafted_pack_validates_with_warnings_only_and_its_who_said_what_quiz_plays_in_preview()
    {
        string pack = Path.Combine(_work, "city-vote-2024");
        string[] articles = [.. Directory.GetFiles(RepoPaths.DraftingArticles, "*.txt").Order(StringComparer.Ordinal)];
        Assert.Equal(0, CliRunner.Run(_work, ["draft", "pack", .. articles, "--event", "city-vote-2024", "--out", pack]).ExitCode);
        var validate = CliRunner.Run(_work, "validate", pack);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("0 errors", validate.Stdout, StringComparison.Ordinal);

        using var tmux = new Tmux();
        tmux.Start(80, 24, "preview", "--seed", "4", pack);
        tmux.WaitFor("Quizzes", "Who said it?", "Articles");
        tmux.Keys("Enter");
        var question = tmux.WaitFor("Who said this?", "Question 1 of 6");
        // Four choices, all speakers of the event.
        string[] speakers = ["Priya Raman", "Glen Hollis", "Marta Ruiz", "Dana Okafor", "Alderbrook Cycling Club"];
        Assert.Equal(4, speakers.Count(name => question.Contains(name, StringComparison.Ordinal)));
        tmux.Keys("1");
        var feedback = tmux.WaitFor("Press Enter to go on.", "The answer:");
        Assert.Matches("(✓|✗)", feedback);
        tmux.Keys("q");
        tmux.WaitFor("Quit QuizTui?");
        tmux.Keys("y");
        tmux.WaitFor("[exit 0]");
        Assert.False(File.Exists(tmux.Database), "a preview must not write to the score database");
    }

    [Fact]
    public void Preview_lists_drafted_articles_by_date_and_calls_a_headline_the_draft_could_not_find_ours()
    {
        // File names (and so article ids) sort the other way from the dates.
        File.WriteAllText(Path.Combine(_work, "alder.txt"), """
            Outlet: Alder Weekly
            Published: 2026-03-05
            Headline: Mill workers weigh the move to Kettering

            "My kids are in school here," said machine operator Tom Walsh.
            """);
        File.WriteAllText(Path.Combine(_work, "zeta.txt"), """
            Outlet: Zeta Times
            Published: 2026-03-03
            Headline: Harlow Paper to close Millbrook mill

            "We have looked at every option, and none of them adds up," said Daniel Pryce, chief executive of Harlow Paper.
            """);
        File.WriteAllText(Path.Combine(_work, "notes.txt"), """
            More than 300 people came to the town hall on Thursday evening to hear the council's plans for the mill site.

            "Nobody in this town will be left to face this alone," said Mayor Colin Baptiste.
            """);
        string pack = Path.Combine(_work, "mill");
        string[] articles = [.. new[] { "alder.txt", "notes.txt", "zeta.txt" }.Select(f => Path.Combine(_work, f))];
        Assert.Equal(0, CliRunner.Run(_work, ["draft", "pack", .. articles, "--event", "mill-2026", "--out", pack]).ExitCode);

        using var tmux = new Tmux();
        tmux.Start(80, 24, "preview", pack);
        var screen = tmux.WaitFor("Articles", "Alder Weekly", "Zeta Times");
        int zeta = screen.IndexOf("Zeta Times, 3 Mar 2026", StringComparison.Ordinal);
        int alder = screen.IndexOf("Alder Weekly, 5 Mar 2026", StringComparison.Ordinal);
        int notes = screen.IndexOf("FILL IN: who published it", StringComparison.Ordinal);
        Assert.True(zeta >= 0 && zeta < alder && alder < notes, screen);
        tmux.Keys("Down", "Down", "Down", "Enter");
        tmux.WaitFor("FILL IN: your own neutral headline", "Our summary title, not the outlet's headline.", "Colin Baptiste");
        tmux.Keys("q");
        tmux.WaitFor("[exit 0]");
    }
}
