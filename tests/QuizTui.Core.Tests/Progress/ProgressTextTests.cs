using QuizTui.Core.Progress;
using static QuizTui.Core.Tests.Progress.ProgressFixtures;

namespace QuizTui.Core.Tests.Progress;

public sealed class ProgressTextTests
{
    [Fact]
    public void Words_for_when_and_how_many()
    {
        Assert.Equal("2 days ago", ProgressText.When(T0, T0.AddDays(2)));
        Assert.Equal("yesterday", ProgressText.When(T0, T0.AddDays(1)));
        Assert.Equal("never", ProgressText.When(null, T0));
        Assert.Equal("3rd attempt", ProgressText.AttemptOrdinal(3));
        Assert.Equal("1st attempt", ProgressText.AttemptOrdinal(1));
        Assert.Equal(["11th", "12th", "13th", "21st", "22nd", "102nd"], new[] { 11, 12, 13, 21, 22, 102 }.Select(ProgressText.Ordinal));
        Assert.Equal("7 questions due for review", ProgressText.Due(7));
        Assert.Equal("1 question due for review", ProgressText.Due(1));
        Assert.Equal("67%", ProgressText.Percent(2 / 3.0));
        Assert.Equal("–", ProgressText.Percent(null));
    }

    [Fact]
    public void A_summary_line()
    {
        var summary = new ScoreSummary(3, 2, 0.9, 0.8, 0.85, T0);
        Assert.Equal("3 attempts · best 90% · last 80% · average 85% · 2 days ago", ProgressText.Summary(summary, T0.AddDays(2)));
        Assert.Equal("no attempts yet", ProgressText.Summary(ScoreSummary.Empty, T0));
    }

    [Fact]
    public void Possessive_of_a_name_ending_in_s()
    {
        var mixUp = new SpeakerMixUp("e", "a", "James Ross", "b", "Ann Lee", 2);
        Assert.Equal("you gave James Ross' words to Ann Lee 2 times", mixUp.Sentence);
    }

    [Fact]
    public void The_stats_text_and_json_name_the_figures()
    {
        var answers = new[]
        {
            Answer("quote-mary", Core.Model.Verdict.Wrong, T0, Who, Core.Model.Skill.WhoSaidWhat, "speaker:melanie"),
            Answer("q1", Core.Model.Verdict.Right, T0),
        };
        var report = ProgressCalculator.Compute(Library(), "ann", [Run(1, T0, score: 2)], answers, null, T0.AddDays(2), TimeZoneInfo.Utc);
        string text = ProgressReportWriter.ToText(report, T0.AddDays(2));
        Assert.Contains("Progress of ann: 2 answers", text, StringComparison.Ordinal);
        Assert.Contains("1 attempt · best 67% · last 67% · average 67% · 2 days ago", text, StringComparison.Ordinal);
        Assert.Contains("You gave Mary Houtmann's words to Melanie Gaboriault 1 time", text, StringComparison.Ordinal);
        Assert.Contains("1 question due for review", text, StringComparison.Ordinal);

        using var stream = new MemoryStream();
        ProgressReportWriter.WriteJson(stream, report);
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        Assert.Equal(2, json.RootElement.GetProperty("answers").GetInt32());
        var quiz = json.RootElement.GetProperty("events")[0].GetProperty("quizzes")[0];
        Assert.Equal(1, quiz.GetProperty("summary").GetProperty("attempts").GetInt32());
        Assert.Equal(0.6667, quiz.GetProperty("scores")[0].GetProperty("score").GetDouble());
    }
}
