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
}
