using System.Globalization;
using System.Text;
using QuizTui.Core.Formats;
using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>A <see cref="ProgressReport"/> as plain text or JSON (for <c>quiztui stats</c>).</summary>
public static class ProgressReportWriter
{
    public static string ToText(ProgressReport report, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Progress of {report.Profile}: {"answer".ToQuantityText(report.TotalAnswers)}\n");
        if (report.TotalAnswers == 0 && report.Overall.Attempts == 0)
        {
            sb.Append("Nothing answered yet. Open quiztui and take a quiz.\n");
            return sb.ToString();
        }
        sb.Append(CultureInfo.InvariantCulture, $"Practice: {ProgressText.Streak(report.Streak)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"Review:   {ProgressText.Due(report.DueForReview)}\n");

        foreach (var e in report.Events)
        {
            sb.Append('\n');
            sb.Append(TerminalText.Escape(e.Title));
            if (!e.InContent)
                sb.Append(" (content not loaded)");
            sb.Append('\n');
            var rows = new List<string[]>
            {
                new[] { "  event", ProgressText.Summary(e.Summary, now) + (e.DueForReview > 0 ? $" · {e.DueForReview} due" : "") },
            };
            foreach (var q in e.Quizzes)
            {
                string attemptNote = q.Summary.Attempts > 0 ? $" ({ProgressText.AttemptOrdinal(q.Summary.Attempts)} last)" : "";
                rows.Add([$"  quiz    {TextTable.Clip(q.Title, 40)}{(q.InContent || !e.InContent ? "" : " (retired)")}", ProgressText.Summary(q.Summary, now) + (q.Summary.Attempts > 1 ? attemptNote : "")]);
            }
            foreach (var a in e.Articles)
            {
                string answered = a.Answered == 0 ? "no answers yet" : $"{"answer".ToQuantityText(a.Answered)} · {ProgressText.Percent(a.Accuracy)} right";
                rows.Add([$"  article {TextTable.Clip($"{a.Outlet}: {a.Headline}", 40)}", answered]);
            }
            sb.Append(TextTable.Render(rows));
        }

        sb.Append("\nMastery by skill\n");
        sb.Append(TextTable.Render(report.Skills.Select(s => new[]
        {
            "  " + s.Skill.Label(),
            s.Answered == 0 ? "–" : ProgressText.Percent(s.Recent),
            s.Answered == 0 ? "not tried" : $"{"answer".ToQuantityText(s.Answered)}, {ProgressText.Percent(s.Average)} over all",
        }).ToList(), rightAligned: [1]));

        if (report.Speakers.Count > 0)
        {
            sb.Append("\nWho said what\n");
            sb.Append(TextTable.Render(report.Speakers.Select(s => new[]
            {
                "  " + s.Name,
                $"{s.Right}/{s.Answered} right",
                ProgressText.Percent(s.Accuracy),
            }).ToList(), rightAligned: [1, 2]));
            foreach (var m in report.MixUps.Take(10))
                sb.Append(CultureInfo.InvariantCulture, $"  {Capitalise(TerminalText.Escape(m.Sentence))}\n");
        }

        if (report.Retired.Count > 0)
        {
            sb.Append("\nRetired questions (no longer in the content, kept in your history)\n");
            sb.Append(TextTable.Render(report.Retired.Select(r => new[]
            {
                $"  {r.EventId} / {r.QuizId} / {r.QuestionId}",
                $"{"answer".ToQuantityText(r.Answered)}, {ProgressText.Percent(r.Average)}",
                "last " + ProgressText.When(r.LastAnsweredAt, now),
            }).ToList()));
        }
        return sb.ToString();
    }

    /// <summary><c>quiztui stats --format json</c>: a <see cref="ProgressReportJson"/>.</summary>
    public static void WriteJson(Stream stream, ProgressReport report) =>
        PublicJsonText.Write(stream, ProgressReportJson.From(report), PublicJsonText.Context.ProgressReportJson);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string ToQuantityText(this string word, int count) => Humanizer.ToQuantityExtensions.ToQuantity(word, count);
}
