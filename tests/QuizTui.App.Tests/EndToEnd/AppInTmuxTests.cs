using System.Diagnostics;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>The real binary driven by keystrokes in tmux, as a learner would use it.</summary>
public class AppInTmuxTests
{
    private const string Home = "Hootsuite and the ICE contract";

    [Fact]
    public void A_learner_completes_a_who_said_what_quiz_and_sees_the_results()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "1");
        tmux.WaitFor(Home, "Enter open");
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("7");
        tmux.WaitFor("Who said this?", "Question 1 of 10");
        for (int i = 1; i <= 10; i++)
        {
            tmux.WaitFor($"Question {i} of 10", "Who said this?");
            tmux.Keys("1");
            tmux.WaitFor(i == 10 ? ["Press Enter to see your results.", "Enter results"] : ["Press Enter to go on.", "Enter next"]);
            tmux.Keys("Enter");
        }
        var results = tmux.WaitFor("Results", "Score:", "of 10", "Time taken:", "Speakers you confused");
        Assert.Contains("Question by question", results);
        tmux.Keys("q");
        tmux.WaitFor("[exit 0]");
        Assert.True(File.Exists(tmux.Database), "the answers were not written to the database");
    }

    [Fact]
    public void A_learner_reads_an_article_takes_its_comprehension_quiz_and_sees_the_results()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "2");
        tmux.WaitFor(Home);
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "c compare");
        tmux.Keys("9");
        tmux.WaitFor("Summary", "t take quiz");
        tmux.Keys("t");
        var screen = tmux.WaitFor("Question 1 of ");
        int count = int.Parse(screen.Split("Question 1 of ")[1].Split(' ', '\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        for (int i = 1; i <= count; i++)
        {
            screen = tmux.WaitFor($"Question {i} of {count}");
            AnswerSomething(tmux, screen);
            tmux.WaitFor(i == count ? ["see your results", "Enter results"] : ["Press Enter to go on.", "Enter next"]);
            tmux.Keys("Enter");
        }
        tmux.WaitFor("Results", "Score:", "Question by question", "Your answer:");
        tmux.Keys("Escape");
        tmux.WaitFor("Summary", "t take quiz");
        tmux.Keys("C-q");
        tmux.WaitFor("[exit 0]");
    }

    [Fact]
    public void A_learner_writes_a_multi_line_answer_ticks_the_checklist_through_resizes_and_finds_unchecked_text_kept_after_quitting()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "1");
        tmux.WaitFor(Home, "Enter open");
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("8");
        tmux.WaitFor("Question 1 of 6", "Your answer", "Ctrl+D done writing");
        tmux.Literal("CRN's printing is the longest and names its source.");
        tmux.Keys("Enter");
        tmux.Literal("Dashes are house style,");
        tmux.Resize(160, 45);
        tmux.WaitFor("Dashes are house style,");
        tmux.Literal(" word changes matter more.");
        tmux.Resize(80, 24);
        var typed = tmux.WaitFor("│CRN's printing is the longest and names its source.", "│Dashes are house style, word changes matter more.");
        Assert.Contains("Ctrl+S skip", typed);

        // Submitted at the large size; the checklist stays in sight as the window shrinks and grows.
        tmux.Resize(160, 45);
        tmux.WaitFor("│Dashes are house style, word changes matter more.");
        tmux.Keys("C-d");
        tmux.WaitFor("A model answer:", "Tick each point your answer makes", "[ ]  4", "Enter score");
        tmux.Resize(80, 24);
        tmux.WaitFor("[ ]  1", "[ ]  4", "Enter score");
        tmux.Keys("1", "2");
        tmux.Resize(160, 45);
        tmux.WaitFor("[x]  1", "[x]  2", "[ ]  3");
        tmux.Resize(80, 24);
        tmux.WaitFor("[x]  1", "[x]  2", "[ ]  4");
        tmux.Keys("Enter");
        tmux.WaitFor("You ticked 2 of 4 points (50%)", "[x]  1", "[x]  2", "[ ]  3", "Partly right", "Enter next");

        // Half an answer to the next question, then the app is quit: the text is kept.
        tmux.Keys("Enter");
        tmux.WaitFor("Question 2 of 6", "Ctrl+D done writing");
        tmux.Literal("Half a thought,");
        tmux.Keys("Enter");
        tmux.Literal("to finish later");
        tmux.WaitFor("│to finish later");
        tmux.Keys("C-q");
        tmux.WaitFor("Quit QuizTui?", "What you typed is kept");
        tmux.Keys("y");
        tmux.WaitFor("[exit 0]");

        tmux.Restart(80, 24);
        tmux.WaitFor("You have an unfinished quiz: In your own words (1 of 6 answered)");
        tmux.Keys("Enter");
        tmux.WaitFor("Question 2 of 6", "│Half a thought,", "│to finish later", "Ctrl+D done writing");
        tmux.Literal(" and now done.");
        tmux.WaitFor("│to finish later and now done.");
        tmux.Keys("C-q");
        tmux.WaitFor("Quit QuizTui?");
        tmux.Keys("y");
        tmux.WaitFor("[exit 0]");
    }

    /// <summary>Answers whatever question is on screen, by the keys that question type takes.</summary>
    private static void AnswerSomething(Tmux tmux, string screen)
    {
        if (screen.Contains("Type your answer", StringComparison.Ordinal) || screen.Contains("Type a number", StringComparison.Ordinal))
        {
            tmux.Literal("12");
            tmux.Keys("Enter");
        }
        else if (screen.Contains("t/f answer", StringComparison.Ordinal))
        {
            tmux.Keys("t");
        }
        else if (screen.Contains("Tick every", StringComparison.Ordinal))
        {
            tmux.Keys("1", "Enter");
        }
        else if (screen.Contains("Part A", StringComparison.Ordinal))
        {
            tmux.Keys("1");
            tmux.WaitFor("Part B");
            tmux.Keys("1");
        }
        else if (screen.Contains("Select an item", StringComparison.Ordinal))
        {
            tmux.Keys("Space", "Down", "Space", "Enter");
        }
        else if (screen.Contains("For each item", StringComparison.Ordinal))
        {
            tmux.Keys("a", "b", "Enter");
        }
        else
        {
            tmux.Keys("Down", "Enter");
        }
    }

    [Fact]
    public void The_app_relayouts_on_resize_mid_quiz_asks_for_a_larger_window_and_quits_after_asking()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "1");
        tmux.WaitFor(Home);
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes");
        tmux.Keys("7");
        tmux.WaitFor("Who said this?");
        tmux.Resize(160, 48);
        tmux.WaitUntil(
            screen => screen.Contains("Who said this?", StringComparison.Ordinal) && screen.Split('\n').Any(line => line.TrimEnd().Length > 100),
            "the question laid out across 160 columns");
        tmux.Resize(50, 15);
        tmux.WaitFor("Make the window larger");
        tmux.Resize(80, 24);
        tmux.WaitFor("Who said this?", "Question 1 of 10");
        tmux.Keys("q");
        tmux.WaitFor("Quit QuizTui?");
        tmux.Keys("n");
        tmux.WaitFor("1-4/a-d answer");
        tmux.Keys("q");
        tmux.WaitFor("Quit QuizTui?");
        tmux.Keys("y");
        tmux.WaitFor("[exit 0]");
    }

    [Fact]
    public void Without_a_terminal_it_names_the_commands_that_work_and_exits_2()
    {
        var (code, _, error) = RunRedirected();
        Assert.Equal(2, code);
        Assert.Contains("needs a terminal", error);
        Assert.Contains("quiztui validate", error);
    }

    private static (int Code, string Output, string Error) RunRedirected(params string[] args)
    {
        var psi = new ProcessStartInfo(Tmux.Binary) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["XDG_STATE_HOME"] = Path.Combine(Path.GetTempPath(), "quiztui-e2e-state");
        psi.Environment["XDG_DATA_HOME"] = Path.Combine(Path.GetTempPath(), "quiztui-e2e-data");
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(30_000), "quiztui did not exit");
        return (p.ExitCode, output.Result, error.Result);
    }
}
