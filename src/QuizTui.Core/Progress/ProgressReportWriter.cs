using System.Globalization;
using System.Text;
using System.Text.Json;
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

    public static void WriteJson(Stream stream, ProgressReport report)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("profile", report.Profile);
        json.WriteString("computed_at", report.ComputedAt);
        json.WriteNumber("answers", report.TotalAnswers);
        json.WriteNumber("due_for_review", report.DueForReview);
        json.WritePropertyName("overall");
        Summary(json, report.Overall);
        json.WriteStartObject("streak");
        json.WriteNumber("current_days", report.Streak.Current);
        json.WriteNumber("longest_days", report.Streak.Longest);
        json.WriteNumber("days_practised", report.Streak.DaysPractised);
        json.WriteBoolean("practised_today", report.Streak.PractisedToday);
        if (report.Streak.LastDay is { } last)
            json.WriteString("last_day", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            json.WriteNull("last_day");
        json.WriteEndObject();

        json.WriteStartArray("events");
        foreach (var e in report.Events)
        {
            json.WriteStartObject();
            json.WriteString("event_id", e.EventId);
            json.WriteString("title", e.Title);
            json.WriteBoolean("in_content", e.InContent);
            json.WriteNumber("answers", e.Answered);
            json.WriteNumber("due_for_review", e.DueForReview);
            json.WritePropertyName("summary");
            Summary(json, e.Summary);
            json.WriteStartArray("quizzes");
            foreach (var q in e.Quizzes)
            {
                json.WriteStartObject();
                json.WriteString("quiz_id", q.QuizId);
                json.WriteString("title", q.Title);
                json.WriteBoolean("in_content", q.InContent);
                if (q.ArticleId is null)
                    json.WriteNull("article_id");
                else
                    json.WriteString("article_id", q.ArticleId);
                json.WritePropertyName("summary");
                Summary(json, q.Summary);
                json.WriteStartArray("scores");
                foreach (var p in q.Series)
                {
                    json.WriteStartObject();
                    json.WriteString("at", p.At);
                    json.WriteNumber("score", Math.Round(p.Fraction, 4));
                    json.WriteNumber("attempt_id", p.AttemptId);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("articles");
            foreach (var a in e.Articles)
            {
                json.WriteStartObject();
                json.WriteString("article_id", a.ArticleId);
                json.WriteString("outlet", a.Outlet);
                json.WriteString("headline", a.Headline);
                json.WriteNumber("answers", a.Answered);
                Number(json, "accuracy", a.Accuracy);
                json.WritePropertyName("summary");
                Summary(json, a.Summary);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("skills");
        foreach (var s in report.Skills)
        {
            json.WriteStartObject();
            json.WriteString("skill", s.Skill.Key());
            json.WriteNumber("answers", s.Answered);
            Number(json, "average", s.Average);
            Number(json, "mastery", s.Recent);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("speakers");
        foreach (var s in report.Speakers)
        {
            json.WriteStartObject();
            json.WriteString("event_id", s.EventId);
            json.WriteString("person_id", s.PersonId);
            json.WriteString("name", s.Name);
            json.WriteNumber("answers", s.Answered);
            json.WriteNumber("right", s.Right);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("mix_ups");
        foreach (var m in report.MixUps)
        {
            json.WriteStartObject();
            json.WriteString("event_id", m.EventId);
            json.WriteString("said_by", m.ActualSpeakerId);
            json.WriteString("given_to", m.GivenSpeakerId);
            json.WriteNumber("count", m.Count);
            json.WriteString("sentence", m.Sentence);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("retired_questions");
        foreach (var r in report.Retired)
        {
            json.WriteStartObject();
            json.WriteString("event_id", r.EventId);
            json.WriteString("quiz_id", r.QuizId);
            json.WriteString("question_id", r.QuestionId);
            json.WriteNumber("answers", r.Answered);
            json.WriteNumber("average", Math.Round(r.Average, 4));
            json.WriteString("last_answered_at", r.LastAnsweredAt);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter json, ScoreSummary s)
    {
        json.WriteStartObject();
        json.WriteNumber("attempts", s.Attempts);
        json.WriteNumber("finished", s.Finished);
        Number(json, "best", s.Best);
        Number(json, "last", s.Last);
        Number(json, "average", s.Average);
        if (s.LastAt is { } at)
            json.WriteString("last_at", at);
        else
            json.WriteNull("last_at");
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, Math.Round(v, 4));
        else
            json.WriteNull(name);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string ToQuantityText(this string word, int count) => Humanizer.ToQuantityExtensions.ToQuantity(word, count);
}
