using System.Text.Encodings.Web;
using System.Text.Json;
using QuizTui.Core.Model;

namespace QuizTui.Core.Export;

/// <summary>
/// Writes the resolved content model as JSON with <see cref="Utf8JsonWriter"/> (no reflection, so it
/// works under Native AOT). Defaults are resolved: a who-said-what quiz lists the quotations and
/// distractors it draws from, a question lists the articles it rests on, evidence carries its text,
/// and each quotation carries its speaker's name and its article's seed. Optional values are written
/// as null, so every object of a kind has the same keys.
/// </summary>
public static class ContentJsonExporter
{
    /// <summary>The format version written as <c>format</c>; raised when keys change incompatibly.</summary>
    public const int FormatVersion = 1;

    /// <summary>The library as a JSON text; only the event <paramref name="eventId"/> when given.</summary>
    public static string ToJson(ContentLibrary library, string? eventId = null, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, library, eventId, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the library as UTF-8 JSON to a stream; only the event <paramref name="eventId"/> when given.</summary>
    public static void Write(Stream stream, ContentLibrary library, string? eventId = null, bool indented = true)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Write(writer, library, eventId);
    }

    /// <summary>Writes the library as one JSON object: <c>{ "format": 1, "events": [ … ] }</c>.</summary>
    public static void Write(Utf8JsonWriter writer, ContentLibrary library, string? eventId = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber("format", FormatVersion);
        writer.WriteStartArray("events");
        foreach (var ev in library.Events)
        {
            if (eventId is null || ev.Id == eventId)
                WriteEvent(writer, ev);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteEvent(Utf8JsonWriter w, NewsEvent ev)
    {
        w.WriteStartObject();
        w.WriteString("id", ev.Id);
        w.WriteString("title", ev.Title);
        w.WriteStartObject("period");
        w.WriteString("start", Date(ev.Period.Start));
        WriteNullable(w, "end", ev.Period.End is { } end ? Date(end) : null);
        w.WriteEndObject();
        w.WriteString("overview", ev.Overview);
        WriteStrings(w, "tags", ev.Tags);

        w.WriteStartArray("people");
        foreach (var p in ev.People)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            WriteNullable(w, "role", p.Role);
            WriteNullable(w, "organisation", p.Organisation);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("timeline");
        foreach (var t in ev.Timeline)
        {
            w.WriteStartObject();
            w.WriteString("date", Date(t.Date));
            WriteNullable(w, "time", t.Time);
            w.WriteString("text", t.Text);
            WriteStrings(w, "articles", t.ArticleIds);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("articles");
        foreach (var a in ev.Articles)
            WriteArticle(w, ev, a);
        w.WriteEndArray();

        w.WriteStartArray("quizzes");
        foreach (var q in ev.Quizzes)
            WriteQuiz(w, ev, q);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter w, NewsEvent ev, Article a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("outlet", a.Outlet);
        w.WriteString("published", Date(a.Published));
        w.WriteString("headline", a.Headline);
        w.WriteBoolean("headline_is_ours", a.HeadlineIsOurs);
        WriteNullable(w, "author", a.Author);
        w.WriteString("seed", a.Seed);
        WriteNullable(w, "url", a.Url);
        w.WriteString("summary", a.Summary);
        w.WriteStartArray("key_points");
        foreach (var k in a.KeyPoints)
        {
            w.WriteStartObject();
            WriteNullable(w, "id", k.Id);
            w.WriteString("text", k.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("quotations");
        foreach (var q in a.Quotations)
            WriteQuotation(w, ev, q);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteQuotation(Utf8JsonWriter w, NewsEvent ev, Quotation q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("text", q.Text);
        w.WriteString("speaker", ev.FindPerson(q.SpeakerId)?.Name ?? q.SpeakerId);
        w.WriteString("speaker_id", q.SpeakerId);
        w.WriteString("article_id", q.ArticleId);
        WriteNullable(w, "seed", ev.FindArticle(q.ArticleId)?.Seed);
        w.WriteString("channel", q.Channel);
        WriteNullable(w, "context", q.Context);
        w.WriteEndObject();
    }

    private static void WriteQuiz(Utf8JsonWriter w, NewsEvent ev, Quiz quiz)
    {
        w.WriteStartObject();
        w.WriteString("id", quiz.Id);
        w.WriteString("kind", quiz.KindKey);
        w.WriteString("title", quiz.Title);
        WriteNullable(w, "description", quiz.Description);
        switch (quiz)
        {
            case WhoSaidWhatQuiz wsw:
                WriteStrings(w, "quotations", wsw.QuotationIds ?? [.. ev.Quotations.Select(q => q.Id)]);
                if (wsw.PerRun is { } perRun)
                    w.WriteNumber("per_run", perRun);
                else
                    w.WriteNull("per_run");
                w.WriteNumber("choices", wsw.ChoiceCount);
                WriteStrings(w, "distractors", wsw.DistractorPool ?? [.. ev.People.Select(p => p.Id)]);
                break;
            case ComprehensionQuiz cq:
                WriteNullable(w, "article", cq.ArticleId);
                w.WriteStartArray("questions");
                foreach (var question in cq.Questions)
                    WriteQuestion(w, question);
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }

    private static void WriteQuestion(Utf8JsonWriter w, Question q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("type", q.TypeKey);
        w.WriteString("prompt", q.Prompt);
        WriteNullable(w, "explanation", q.Explanation);
        w.WriteString("skill", q.Skill.Key());
        WriteStrings(w, "articles", q.ArticleIds);
        switch (q)
        {
            case SingleChoiceQuestion s:
                WriteChoices(w, "choices", s.Choices);
                break;
            case MultipleAnswersQuestion m:
                WriteChoices(w, "choices", m.Choices);
                break;
            case TrueFalseQuestion tf:
                w.WriteBoolean("answer", tf.Answer);
                break;
            case ShortAnswerQuestion sa:
                WriteStrings(w, "accepted", sa.Accepted);
                break;
            case NumericQuestion n:
                w.WriteNumber("answer", n.Answer);
                w.WriteNumber("tolerance", n.Tolerance);
                WriteNullable(w, "unit", n.Unit);
                break;
            case OrderingQuestion o:
                WriteStrings(w, "items", o.Items);
                break;
            case MatchingQuestion mq:
                w.WriteStartArray("pairs");
                foreach (var p in mq.Pairs)
                {
                    w.WriteStartObject();
                    w.WriteString("left", p.Left);
                    w.WriteString("right", p.Right);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case EvidenceQuestion e:
                WriteChoices(w, "choices", e.Choices);
                w.WriteString("evidence_prompt", e.EvidencePrompt);
                w.WriteStartArray("evidence");
                foreach (var item in e.Evidence)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", item.Kind == EvidenceKind.Quotation ? "quotation" : "key_point");
                    w.WriteString("ref", item.RefId);
                    w.WriteString("text", item.Text);
                    w.WriteBoolean("correct", item.IsCorrect);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case WhoSaidWhatQuestion ws:
                w.WriteString("quotation", ws.Quotation.Id);
                break;
        }
        w.WriteEndObject();
    }

    private static void WriteChoices(Utf8JsonWriter w, string name, IReadOnlyList<Choice> choices)
    {
        w.WriteStartArray(name);
        foreach (var c in choices)
        {
            w.WriteStartObject();
            w.WriteString("text", c.Text);
            w.WriteBoolean("correct", c.IsCorrect);
            WriteNullable(w, "feedback", c.Feedback);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
            w.WriteNull(name);
        else
            w.WriteString(name, value);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
