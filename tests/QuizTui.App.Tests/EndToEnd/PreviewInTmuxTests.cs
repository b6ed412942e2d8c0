using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>An instructor previews one quiz of a pack: it opens straight at the quiz and keeps nothing.</summary>
public class PreviewInTmuxTests
{
    private static string QuizFile() => Path.Combine(RepoPaths.BundledPack, "quizzes", "crn-2020-09-24-comprehension.yaml");

    [Fact]
    public void Preview_of_a_quiz_file_opens_at_that_quiz_and_writes_no_scores()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "preview", "--seed", "3", QuizFile());
        var first = tmux.WaitFor("CRN: the contract and the reseller", "Question 1 of ");
        Assert.DoesNotContain("Pick an event", first);
        int count = int.Parse(first.Split("Question 1 of ")[1].Split(' ', '\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        for (int i = 1; i <= count; i++)
        {
            tmux.WaitFor($"Question {i} of {count}");
            tmux.Keys("C-s");
            tmux.WaitFor(i == count ? "see your results" : "Press Enter to go on.");
            tmux.Keys("Enter");
        }
        tmux.WaitFor("Results", "0 right", $"{count} skipped");
        tmux.Keys("Escape");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("C-q");
        tmux.WaitFor("[exit 0]");
        Assert.False(File.Exists(tmux.Database), "a preview must not write to the score database");
    }
}
