using QuizTui.Core.Questions;

namespace QuizTui.Core.Loading;

/// <summary>The keys one kind of YAML mapping accepts, and which of them are required.</summary>
/// <param name="Name">A stable name for the object kind (<c>event</c>, <c>question:numeric</c>, …).</param>
/// <param name="Description">How messages name the object: "a person", "a numeric question".</param>
public sealed record KeySet(string Name, string Description, IReadOnlyList<string> Allowed, IReadOnlyList<string> Required)
{
    public bool Allows(string key) => Allowed.Contains(key, StringComparer.Ordinal);
}

/// <summary>
/// The one source of truth for the content format's keys and enumerations: the loader validates
/// against these tables and the tests check <c>schemas/*.schema.json</c> against them.
/// </summary>
public static class ContentKeys
{
    public static readonly KeySet Event = new("event", "event.yaml",
        ["id", "title", "period", "overview", "tags", "people", "timeline"],
        ["id", "title", "period", "overview", "people"]);

    public static readonly KeySet Period = new("period", "a period",
        ["start", "end"],
        ["start"]);

    public static readonly KeySet Person = new("person", "a person",
        ["id", "name", "role", "organisation"],
        ["id", "name"]);

    public static readonly KeySet TimelineEntry = new("timeline-entry", "a timeline entry",
        ["date", "time", "text", "articles"],
        ["date", "text"]);

    public static readonly KeySet Article = new("article", "an article",
        ["id", "outlet", "published", "headline", "headline_is_ours", "author", "seed", "url", "summary", "key_points", "quotations"],
        ["id", "outlet", "published", "headline", "seed", "summary", "key_points"]);

    /// <summary>The mapping form of a key point (a plain string is the other form).</summary>
    public static readonly KeySet KeyPoint = new("key-point", "a key point",
        ["id", "text"],
        ["id", "text"]);

    public static readonly KeySet Quotation = new("quotation", "a quotation",
        ["id", "text", "speaker", "channel", "context"],
        ["id", "text", "speaker", "channel"]);

    /// <summary>The keys every quiz has.</summary>
    public static readonly IReadOnlyList<string> QuizCommon = ["id", "kind", "title", "description"];

    public static readonly KeySet ComprehensionQuiz = new("quiz:comprehension", "a comprehension quiz",
        [.. QuizCommon, "article", "questions"],
        ["id", "kind", "title", "questions"]);

    // What follows is made from the question types (Questions/QuestionTypes.cs). These are
    // properties, not fields, so that reading this class never waits on the types, which read it.

    /// <summary>The keys of a who-said-what quiz, the kind that makes who-said-what questions.</summary>
    public static KeySet WhoSaidWhatQuiz => WhoSaidWhatType.Instance.Keys;

    /// <summary>Keys of a quiz whose kind is missing or unknown: every key any kind accepts.</summary>
    public static KeySet AnyQuiz => LazyAnyQuiz.Value;

    private static readonly Lazy<KeySet> LazyAnyQuiz = new(() => new("quiz", "a quiz",
        [.. WhoSaidWhatQuiz.Allowed.Union(ComprehensionQuiz.Allowed)],
        ["id", "kind", "title"]));

    /// <summary>The keys of a question entry, by the type written after <c>type:</c>.</summary>
    public static IReadOnlyDictionary<string, KeySet> QuestionsByType => LazyQuestionsByType.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, KeySet>> LazyQuestionsByType = new(() =>
        QuestionTypes.Written.Values.ToDictionary(t => t.Key, t => t.Keys, StringComparer.Ordinal));

    /// <summary>Keys of a question whose type is missing or unknown: every key any type accepts.</summary>
    public static KeySet AnyQuestion => LazyAnyQuestion.Value;

    private static readonly Lazy<KeySet> LazyAnyQuestion = new(() => new("question", "a question",
        [.. QuestionsByType.Values.SelectMany(k => k.Allowed).Distinct()],
        QuestionKeys.CommonRequired));

    public static IReadOnlyDictionary<string, KeySet> QuizzesByKind => LazyQuizzesByKind.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, KeySet>> LazyQuizzesByKind = new(() =>
        new Dictionary<string, KeySet>(StringComparer.Ordinal)
        {
            ["who-said-what"] = WhoSaidWhatQuiz,
            ["comprehension"] = ComprehensionQuiz,
        });

    /// <summary>Every object kind with a fixed key set: the pack's own, then each question type's and what it nests.</summary>
    public static IReadOnlyList<KeySet> All =>
    [
        Event, Period, Person, TimelineEntry, Article, KeyPoint, Quotation, ComprehensionQuiz,
        .. QuestionTypes.All.SelectMany(t => t.NestedKeys.Prepend(t.Keys)).DistinctBy(k => k.Name),
    ];

    public static readonly IReadOnlyList<string> QuizKinds = ["who-said-what", "comprehension"];

    /// <summary>The types a question entry may name after <c>type:</c>.</summary>
    public static IReadOnlyList<string> QuestionTypeKeys => [.. QuestionTypes.Written.Keys];

    /// <summary>The skills a content question may name (<c>who-said-what</c> is given by the quiz kind, not written).</summary>
    public static readonly IReadOnlyList<string> Skills =
        ["main-idea", "detail", "inference", "vocabulary", "sourcing", "comparison", "purpose-and-framing", "evaluating-evidence"];

    public static readonly IReadOnlyList<string> Channels =
        ["tweet", "email", "statement", "interview", "post", "letter", "press-release", "speech", "other"];

    public const int MaxPromptLength = 600;
}
