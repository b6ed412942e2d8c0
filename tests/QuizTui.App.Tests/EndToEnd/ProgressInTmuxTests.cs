using System.Globalization;
using System.Text.RegularExpressions;
using QuizTui.App.Tests.Support;
using QuizTui.Core.Model;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>Scores that survive a killed app, and review of what was missed, in the real binary under tmux.</summary>
public partial class ProgressInTmuxTests
{
    private const string Home = "Hootsuite and the ICE contract";

    [Fact]
    public void Killed_with_SIGKILL_mid_quiz_the_app_offers_to_resume_and_the_earlier_answers_count()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "1");
        tmux.WaitFor(Home, "Enter open");
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("7");
        tmux.WaitFor("Question 1 of 10", "Who said this?");
        tmux.Keys("1");
        tmux.WaitFor("Press Enter to go on.");
        tmux.Keys("Enter");
        tmux.WaitFor("Question 2 of 10", "Who said this?");
        tmux.Keys("2");
        tmux.WaitFor("Press Enter to go on.");

        tmux.KillApp();
        tmux.WaitFor("[exit 137]");

        tmux.Restart(80, 24, "--seed", "1");
        // At 80 columns the line wraps before "resume".
        tmux.WaitFor("› You have an unfinished quiz: Who said it? (2 of 10 answered) — Enter to");
        tmux.Keys("Enter");
        tmux.WaitFor("Question 3 of 10", "1st attempt");
        for (int i = 3; i <= 10; i++)
        {
            tmux.WaitFor($"Question {i} of 10", "Who said this?");
            tmux.Keys("1");
            tmux.WaitFor(i == 10 ? "Press Enter to see your results." : "Press Enter to go on.");
            tmux.Keys("Enter");
        }
        var results = tmux.WaitFor("Results", "Score:", "Question by question");
        var tally = TallyLine().Match(results);
        Assert.True(tally.Success, results);
        int counted = Enumerable.Range(1, 4).Sum(g => int.Parse(tally.Groups[g].Value, CultureInfo.InvariantCulture));
        Assert.Equal(10, counted);
        Assert.Contains("0 skipped", results);
        tmux.Keys("Escape");
        var home = tmux.WaitFor(Home, "1 of 8 quizzes tried — 1 attempt · best");
        Assert.DoesNotContain("unfinished quiz", home);
        tmux.Keys("q");
        tmux.WaitFor("[exit 0]");
    }

    [Fact]
    public void A_question_missed_comes_back_for_review_from_home_and_leaves_the_count_when_answered_right()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "1");
        tmux.WaitFor(Home, "Nothing due for review");
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes");
        tmux.Keys("7");
        tmux.WaitFor("Question 1 of 10");
        tmux.Keys("s");
        tmux.WaitFor("Skipped", "Press Enter to go on.");
        tmux.Keys("Escape");
        tmux.WaitFor("Quit this quiz?");
        tmux.Keys("y");
        // Back on the event, the quiz just left is selected and in sight, below the review notice.
        tmux.WaitFor("› Who said it?", "1 attempt · none finished");
        tmux.Keys("Escape");
        tmux.WaitFor("Pick an event", "1 question due for review — r to review, m to cram everything");
        tmux.Keys("r");
        var question = tmux.WaitFor("Question 1 of 1", "Review", "Who said this?");
        tmux.Keys(RightSpeakerKey(question));
        tmux.WaitFor("✓ Right", "Press Enter to see your results.");
        tmux.Keys("Enter");
        tmux.WaitFor("Review › Results", "Score: 1 of 1 (100%)", "r review again");
        tmux.Keys("Escape");
        tmux.WaitFor("Pick an event", "Nothing due for review", "You have an unfinished quiz");
        tmux.Keys("p");
        tmux.WaitFor("Progress", "Totals", "2 answers given");
        tmux.Keys("q");
        tmux.WaitFor("[exit 0]");
    }

    /// <summary>The number key of the speaker who said the quotation on screen, found in the bundled content.</summary>
    private static string RightSpeakerKey(string screen)
    {
        string flat = Spaces().Replace(screen.Replace("│", " ", StringComparison.Ordinal), " ");
        var e = Sample.Bundled().Events[0];
        var quotation = e.Articles.SelectMany(a => a.Quotations)
            .First(q => flat.Contains(Spaces().Replace(q.Text, " ")[..Math.Min(40, q.Text.Length)], StringComparison.Ordinal));
        string name = e.FindPerson(quotation.SpeakerId)!.Name;
        foreach (string line in screen.Split('\n'))
        {
            var m = Regex.Match(line, @"^\s*(?:›\s*)?(\d)\s+" + Regex.Escape(name) + "( —|$)");
            if (m.Success)
                return m.Groups[1].Value;
        }
        Assert.Fail($"No option for {name} on:\n{screen}");
        return "";
    }

    [GeneratedRegex(@"(\d+) right, (\d+) partly right, (\d+) wrong, (\d+) skipped")]
    private static partial Regex TallyLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
