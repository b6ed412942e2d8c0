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

    private static readonly string[] QuizCommon = ["id", "kind", "title", "description"];

    public static readonly KeySet WhoSaidWhatQuiz = new("quiz:who-said-what", "a who-said-what quiz",
        [.. QuizCommon, "quotations", "per_run", "choices", "distractors"],
        ["id", "kind", "title"]);

    public static readonly KeySet ComprehensionQuiz = new("quiz:comprehension", "a comprehension quiz",
        [.. QuizCommon, "article", "questions"],
        ["id", "kind", "title", "questions"]);

    /// <summary>Keys of a quiz whose kind is missing or unknown: every key any kind accepts.</summary>
    public static readonly KeySet AnyQuiz = new("quiz", "a quiz",
        [.. WhoSaidWhatQuiz.Allowed.Union(ComprehensionQuiz.Allowed)],
        ["id", "kind", "title"]);

    private static readonly string[] QuestionCommon = ["id", "type", "prompt", "explanation", "skill", "articles"];
    private static readonly string[] QuestionRequired = ["id", "type", "prompt", "skill"];

    private static KeySet Question(string type, string description, string[] own, string[] ownRequired) =>
        new("question:" + type, description, [.. QuestionCommon, .. own], [.. QuestionRequired, .. ownRequired]);

    public static readonly IReadOnlyDictionary<string, KeySet> QuestionsByType = new Dictionary<string, KeySet>(StringComparer.Ordinal)
    {
        ["single-choice"] = Question("single-choice", "a single-choice question", ["choices"], ["choices"]),
        ["multiple-answers"] = Question("multiple-answers", "a multiple-answers question", ["choices"], ["choices"]),
        ["true-false"] = Question("true-false", "a true-false question", ["answer"], ["answer"]),
        ["short-answer"] = Question("short-answer", "a short-answer question", ["accepted"], ["accepted"]),
        ["numeric"] = Question("numeric", "a numeric question", ["answer", "tolerance", "unit"], ["answer"]),
        ["ordering"] = Question("ordering", "an ordering question", ["items"], ["items"]),
        ["matching"] = Question("matching", "a matching question", ["pairs"], ["pairs"]),
        ["evidence"] = Question("evidence", "an evidence question", ["choices", "evidence_prompt", "evidence"], ["choices", "evidence"]),
    };

    /// <summary>Keys of a question whose type is missing or unknown: every key any type accepts.</summary>
    public static readonly KeySet AnyQuestion = new("question", "a question",
        [.. QuestionsByType.Values.SelectMany(k => k.Allowed).Distinct()],
        QuestionRequired);

    public static readonly KeySet Choice = new("choice", "a choice",
        ["text", "correct", "feedback"],
        ["text"]);

    public static readonly KeySet Pair = new("pair", "a matching pair",
        ["left", "right"],
        ["left", "right"]);

    /// <summary>An item of an evidence question's part B; exactly one of <c>quotation</c> and <c>key_point</c> must be given.</summary>
    public static readonly KeySet EvidenceItem = new("evidence-item", "an evidence item",
        ["quotation", "key_point", "correct"],
        []);

    public static readonly IReadOnlyDictionary<string, KeySet> QuizzesByKind = new Dictionary<string, KeySet>(StringComparer.Ordinal)
    {
        ["who-said-what"] = WhoSaidWhatQuiz,
        ["comprehension"] = ComprehensionQuiz,
    };

    /// <summary>Every object kind with a fixed key set.</summary>
    public static IReadOnlyList<KeySet> All =>
    [
        Event, Period, Person, TimelineEntry, Article, KeyPoint, Quotation,
        WhoSaidWhatQuiz, ComprehensionQuiz, .. QuestionsByType.Values, Choice, Pair, EvidenceItem,
    ];

    public static readonly IReadOnlyList<string> QuizKinds = ["who-said-what", "comprehension"];

    public static readonly IReadOnlyList<string> QuestionTypes =
        ["single-choice", "multiple-answers", "true-false", "short-answer", "numeric", "ordering", "matching", "evidence"];

    /// <summary>The skills a content question may name (<c>who-said-what</c> is given by the quiz kind, not written).</summary>
    public static readonly IReadOnlyList<string> Skills =
        ["main-idea", "detail", "inference", "vocabulary", "sourcing", "comparison"];

    public static readonly IReadOnlyList<string> Channels =
        ["tweet", "email", "statement", "interview", "post", "letter", "press-release", "speech", "other"];

    /// <summary>The value of who-said-what <c>quotations</c> meaning every quotation of the event.</summary>
    public const string AllQuotations = "all";

    /// <summary>The value of who-said-what <c>distractors</c> meaning every person of the event.</summary>
    public const string AllPeople = "people";

    public const int MinWhoSaidWhatChoices = 2;
    public const int MaxWhoSaidWhatChoices = 6;
    public const int MinSpeakers = 3;
    public const int MinOrderingItems = 3;
    public const int MinMatchingPairs = 2;
    public const int MaxPromptLength = 600;
}
