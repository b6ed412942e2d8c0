using System.Globalization;
using Humanizer;

namespace QuizTui.Core.Progress;

/// <summary>Progress in words, shared by the screens and <c>quiztui stats</c>.</summary>
public static class ProgressText
{
    // Humanizer's invariant resources are English; the app runs with invariant globalization.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"2 days ago", "yesterday", "now"; "never" when there is no date.</summary>
    public static string When(DateTimeOffset? at, DateTimeOffset now) =>
        at is { } time ? time.Humanize(now, English) : "never";

    /// <summary>"1st attempt", "3rd attempt".</summary>
    public static string AttemptOrdinal(int attempt) => Ordinal(attempt) + " attempt";

    /// <summary>"1st", "2nd", "3rd", "11th", "22nd" (Humanizer's invariant culture gives bare numbers).</summary>
    public static string Ordinal(int n)
    {
        int lastTwo = Math.Abs(n) % 100;
        string suffix = lastTwo is >= 11 and <= 13 ? "th" : (Math.Abs(n) % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>"85%", or "–" when there is no figure.</summary>
    public static string Percent(double? fraction) =>
        fraction is { } f ? Math.Round(f * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>"no attempts yet" or "3 attempts · best 90% · last 80% · average 83% · 2 days ago".</summary>
    public static string Summary(ScoreSummary summary, DateTimeOffset now)
    {
        if (summary.Attempts == 0)
            return "no attempts yet";
        var parts = new List<string> { "attempt".ToQuantity(summary.Attempts) };
        if (summary.Finished > 0)
        {
            parts.Add("best " + Percent(summary.Best));
            parts.Add("last " + Percent(summary.Last));
            parts.Add("average " + Percent(summary.Average));
        }
        else
        {
            parts.Add("none finished");
        }
        parts.Add(When(summary.LastAt, now));
        return string.Join(" · ", parts);
    }

    /// <summary>"7 questions due for review", "nothing due for review".</summary>
    public static string Due(int count) =>
        count == 0 ? "nothing due for review" : "question".ToQuantity(count) + " due for review";

    /// <summary>"you gave Mary Houtmann's words to Melanie Gaboriault 3 times".</summary>
    public static string MixUpSentence(SpeakerMixUp mixUp) =>
        $"you gave {Possessive(mixUp.ActualName)} words to {mixUp.GivenName} {"time".ToQuantity(mixUp.Count)}";

    /// <summary>"4 days in a row", "practised on 12 days".</summary>
    public static string Streak(PracticeStreak streak) => streak.DaysPractised == 0
        ? "not practised yet"
        : $"{"day".ToQuantity(streak.Current)} in a row (longest {"day".ToQuantity(streak.Longest)}; practised on {"day".ToQuantity(streak.DaysPractised)})";

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";
}
