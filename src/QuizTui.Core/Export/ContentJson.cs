using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuizTui.Core.Export;

// The records of `quiztui export content --format json`, serialized through Formats.PublicJson
// (snake_case keys). Optional values are written as null rather than left out, so every object of
// a kind has the same keys; hence the JsonIgnore(Never) on each of them.

/// <summary>The whole export: <c>{ "format": 1, "events": [ … ] }</c>.</summary>
public sealed record ContentExportJson(int Format, IReadOnlyList<EventJson> Events);

public sealed record EventJson(
    string Id,
    string Title,
    PeriodJson Period,
    string Overview,
    IReadOnlyList<string> Tags,
    IReadOnlyList<PersonJson> People,
    IReadOnlyList<TimelineEntryJson> Timeline,
    IReadOnlyList<ArticleJson> Articles,
    IReadOnlyList<QuizJson> Quizzes);

public sealed record PeriodJson(DateOnly Start, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateOnly? End);

public sealed record PersonJson(
    string Id,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Organisation);

public sealed record TimelineEntryJson(
    DateOnly Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Time,
    string Text,
    IReadOnlyList<string> Articles);

public sealed record ArticleJson(
    string Id,
    string Outlet,
    DateOnly Published,
    string Headline,
    bool HeadlineIsOurs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Author,
    string Seed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Url,
    string Summary,
    IReadOnlyList<KeyPointJson> KeyPoints,
    IReadOnlyList<QuotationJson> Quotations);

public sealed record KeyPointJson([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Id, string Text);

/// <param name="Speaker">The speaker's name.</param>
/// <param name="Seed">The seed of the quotation's article.</param>
public sealed record QuotationJson(
    string Id,
    string Text,
    string Speaker,
    string SpeakerId,
    string ArticleId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Seed,
    string Channel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Context);

/// <summary>A quiz: the keys every quiz has, then those of its kind (<see cref="KindFields"/>).</summary>
public sealed record QuizJson(
    string Id,
    string Kind,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Description)
{
    /// <summary>The keys of the quiz's kind, written after the common ones.</summary>
    // Settable, not init: the serializer binds init properties like constructor parameters, which extension data cannot be.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? KindFields { get; set; }
}

/// <summary>A question: the keys every question has, then those its type writes (<see cref="TypeFields"/>).</summary>
public sealed record QuestionJson(
    string Id,
    string Type,
    string Prompt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Explanation,
    string Skill,
    IReadOnlyList<string> Articles)
{
    /// <summary>The keys of the question's type, written after the common ones.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? TypeFields { get; set; }
}

/// <summary>A choice of a single-choice, multiple-answers or evidence (part A) question.</summary>
public sealed record ChoiceJson(string Text, bool Correct, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Feedback);

/// <summary>A pair of a matching question.</summary>
public sealed record PairJson(string Left, string Right);

/// <summary>A piece of evidence of an evidence question's part B, with the text it cites.</summary>
/// <param name="Kind"><c>quotation</c> or <c>key_point</c>.</param>
/// <param name="Ref">The id of the quotation or key point.</param>
public sealed record EvidenceJson(string Kind, string Ref, string Text, bool Correct);
