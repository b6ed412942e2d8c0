using System.Text.Json;
using QuizTui.Core.Formats;
using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Export;

/// <summary>
/// The resolved content model as JSON: records (<see cref="ContentExportJson"/>) serialized through
/// <see cref="PublicJson"/>. Defaults are resolved: a who-said-what quiz lists the quotations and
/// distractors it draws from, a question lists the articles it rests on, evidence carries its text,
/// and each quotation carries its speaker's name and its article's seed. Optional values are written
/// as null, so every object of a kind has the same keys.
/// </summary>
public static class ContentJsonExporter
{
    /// <summary>The format version written as <c>format</c>; raised when keys change incompatibly.</summary>
    public const int FormatVersion = 1;

    /// <summary>The library as the export's records; only the event <paramref name="eventId"/> when given.</summary>
    public static ContentExportJson Export(ContentLibrary library, string? eventId = null) =>
        new(FormatVersion, [.. library.Events.Where(e => eventId is null || e.Id == eventId).Select(Event)]);

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
        // Text is written as it reads (curly quotes, accents), not as \u escapes: the output is for people too.
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = TerminalSafeJsonEncoder.Instance,
        });
        JsonSerializer.Serialize(writer, Export(library, eventId), PublicJson.Default.ContentExportJson);
    }

    /// <summary>Reads an export back through the same contract; null for the JSON text <c>null</c>.</summary>
    /// <exception cref="JsonException">The text is not a content export.</exception>
    public static ContentExportJson? Read(string json) => JsonSerializer.Deserialize(json, PublicJson.Default.ContentExportJson);

    private static EventJson Event(NewsEvent ev) => new(
        ev.Id,
        ev.Title,
        new PeriodJson(ev.Period.Start, ev.Period.End),
        ev.Overview,
        ev.Tags,
        [.. ev.People.Select(p => new PersonJson(p.Id, p.Name, p.Role, p.Organisation))],
        [.. ev.Timeline.Select(t => new TimelineEntryJson(t.Date, t.Time, t.Text, t.ArticleIds))],
        [.. ev.Articles.Select(a => Article(ev, a))],
        [.. ev.Quizzes.Select(q => Quiz(ev, q))]);

    private static ArticleJson Article(NewsEvent ev, Article a) => new(
        a.Id, a.Outlet, a.Published, a.Headline, a.HeadlineIsOurs, a.Author, a.Seed, a.Url, a.Summary,
        [.. a.KeyPoints.Select(k => new KeyPointJson(k.Id, k.Text))],
        [.. a.Quotations.Select(q => Quotation(ev, q))]);

    private static QuotationJson Quotation(NewsEvent ev, Quotation q) => new(
        q.Id, q.Text, ev.FindPerson(q.SpeakerId)?.Name ?? q.SpeakerId, q.SpeakerId, q.ArticleId,
        ev.FindArticle(q.ArticleId)?.Seed, q.Channel, q.Context);

    private static QuizJson Quiz(NewsEvent ev, Quiz quiz)
    {
        var fields = new JsonFields();
        switch (quiz)
        {
            case WhoSaidWhatQuiz wsw:
                WhoSaidWhatType.WriteQuizJson(wsw, ev, fields);
                break;
            case ComprehensionQuiz cq:
                fields.Add("article", cq.ArticleId)
                    .Add<IReadOnlyList<QuestionJson>>("questions", [.. cq.Questions.Select(Question)]);
                break;
        }
        return new QuizJson(quiz.Id, quiz.KindKey, quiz.Title, quiz.Description) { KindFields = fields.ToExtensionData() };
    }

    /// <summary>A question: the keys every question has, then those its type writes.</summary>
    public static QuestionJson Question(Question q)
    {
        var fields = new JsonFields();
        q.Type.WriteJson(q, fields);
        return new QuestionJson(q.Id, q.TypeKey, q.Prompt, q.Explanation, q.Skill.Key(), q.ArticleIds) { TypeFields = fields.ToExtensionData() };
    }
}
