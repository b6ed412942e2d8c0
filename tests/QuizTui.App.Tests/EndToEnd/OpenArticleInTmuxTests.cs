using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>A learner halfway through typing an answer looks the article up and comes back to finish it, in the real app.</summary>
public class OpenArticleInTmuxTests
{
    private const string Home = "Hootsuite and the ICE contract";

    [Fact]
    public void F2_opens_the_question_s_article_which_survives_a_resize_and_Esc_returns_to_the_typed_answer()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "2");
        tmux.WaitFor(Home, "Enter open");
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("1");
        var screen = tmux.WaitFor("Question 1 of ");
        int count = int.Parse(screen.Split("Question 1 of ")[1].Split(' ', '\n')[0], System.Globalization.CultureInfo.InvariantCulture);

        // Skip to the first question answered by typing.
        int number = 1;
        while (!screen.Contains("Type your answer", StringComparison.Ordinal) && !screen.Contains("Type a number", StringComparison.Ordinal))
        {
            Assert.True(number < count, "the quiz has no typed question to try the article key on");
            tmux.Keys("s");
            tmux.WaitFor("Press Enter to go on.");
            tmux.Keys("Enter");
            number++;
            screen = tmux.WaitFor($"Question {number} of {count}");
        }
        Assert.Contains("F2 article", screen.TrimEnd('\n').Split('\n')[^1]);

        tmux.Literal("12");
        tmux.WaitFor("> 12");
        tmux.Keys("F2");
        tmux.WaitFor($"Opened from question {number} of {count}", "Summary", "Esc back");

        tmux.Resize(200, 60);
        var wide = tmux.WaitFor($"Opened from question {number} of {count}: Esc goes back to it, with your answer as you left it.", "Key points");
        Assert.DoesNotContain("Take this article's quiz", wide);
        tmux.Resize(80, 24);
        tmux.WaitUntil(s => s.Contains($"Opened from question {number} of", StringComparison.Ordinal) && s.Split('\n').All(l => l.TrimEnd().Length <= 80), "the article laid out again at 80 columns");

        tmux.Keys("Escape");
        var back = tmux.WaitFor($"Question {number} of {count}", "> 12");
        Assert.DoesNotContain("Quit this quiz?", back);
        tmux.Keys("Enter");
        tmux.WaitFor("Press Enter to go on.", "Your answer: 12");

        tmux.Keys("C-q");
        tmux.WaitFor("Quit QuizTui?");
        tmux.Keys("y");
        tmux.WaitFor("[exit 0]");
    }
}
