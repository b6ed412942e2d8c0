namespace QuizTui.Core.Model;

/// <summary>Where a value came from, so diagnostics and tools can point at it.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new("", 0, 0);
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>All the events (content packs) that were loaded.</summary>
public sealed record ContentLibrary(IReadOnlyList<NewsEvent> Events)
{
    public static readonly ContentLibrary Empty = new([]);
    public NewsEvent? FindEvent(string id) => Events.FirstOrDefault(e => e.Id == id);
}

/// <summary>One news event: a content pack folder. Its articles are in the order they were published.</summary>
public sealed record NewsEvent(
    string Id,
    string Title,
    DatePeriod Period,
    string Overview,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Person> People,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Quiz> Quizzes,
    string SourcePath)
{
    public Person? FindPerson(string id) => People.FirstOrDefault(p => p.Id == id);
    public Article? FindArticle(string id) => Articles.FirstOrDefault(a => a.Id == id);
    public Quiz? FindQuiz(string id) => Quizzes.FirstOrDefault(q => q.Id == id);

    /// <summary>Every quotation of every article, in article order.</summary>
    public IEnumerable<Quotation> Quotations => Articles.SelectMany(a => a.Quotations);

    public Quotation? FindQuotation(string id) => Quotations.FirstOrDefault(q => q.Id == id);
}

public sealed record DatePeriod(DateOnly Start, DateOnly? End)
{
    public override string ToString() => End is { } end && end != Start
        ? $"{Start:yyyy-MM-dd} to {end:yyyy-MM-dd}"
        : $"{Start:yyyy-MM-dd}";
}

/// <summary>Anyone quoted in an event; a corporate account is a person here too.</summary>
public sealed record Person(string Id, string Name, string? Role, string? Organisation)
{
    /// <summary>
    /// "Role, Organisation", each left out when it would say again what is already shown: a role the
    /// name already contains, an organisation the name or the role already names (in full, or by the
    /// short form in brackets after its full name, as in "… Enforcement (ICE)"). Shown after the name.
    /// </summary>
    public string Description
    {
        get
        {
            var parts = new List<string>();
            string role = Role?.Trim() ?? "";
            if (role.Length > 0 && !Mentions(Name, role))
                parts.Add(role);
            string organisation = Organisation?.Trim() ?? "";
            bool shortFormShown = ShortForm(organisation) is { } shortForm
                && (Mentions(Name, shortForm, caseMatters: true) || Mentions(role, shortForm, caseMatters: true));
            if (organisation.Length > 0 && !Mentions(Name, organisation) && !Mentions(role, organisation) && !shortFormShown)
                parts.Add(organisation);
            return string.Join(", ", parts);
        }
    }

    /// <summary>How a speaker is named wherever they are introduced: "Tom Keiser, Chief executive officer, Hootsuite".</summary>
    public string Label => Description is { Length: > 0 } description ? $"{Name}, {description}" : Name;

    /// <summary>True when <paramref name="words"/> occur in <paramref name="text"/> as whole words.</summary>
    private static bool Mentions(string text, string words, bool caseMatters = false)
    {
        var comparison = caseMatters ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (int at = text.IndexOf(words, comparison); at >= 0; at = text.IndexOf(words, at + 1, comparison))
        {
            int end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return true;
        }
        return false;
    }

    /// <summary>"ICE" from "U.S. Immigration and Customs Enforcement (ICE)"; null when there is none.</summary>
    private static string? ShortForm(string organisation)
    {
        if (!organisation.EndsWith(')'))
            return null;
        int open = organisation.LastIndexOf('(');
        string inside = open > 0 ? organisation[(open + 1)..^1].Trim() : "";
        return inside.Length > 0 && !inside.Contains(' ') ? inside : null;
    }
}

public sealed record TimelineEntry(DateOnly Date, string? Time, string Text, IReadOnlyList<string> ArticleIds);

/// <summary>An article of the event, as the pack describes it.</summary>
/// <param name="Headline">The title the app shows: the headline as printed, or (with <paramref name="HeadlineIsOurs"/>) our own summary title.</param>
/// <param name="PrintedHeadline">
/// The outlet's headline, word for word, carried like a quotation: its source is the article's
/// outlet and its <paramref name="Seed"/>. Null when the page prints none or it is not carried.
/// </param>
public sealed record Article(
    string Id,
    string Outlet,
    DateOnly Published,
    string Headline,
    bool HeadlineIsOurs,
    string? Author,
    string Seed,
    string? Url,
    string Summary,
    IReadOnlyList<KeyPoint> KeyPoints,
    IReadOnlyList<Quotation> Quotations,
    string? PrintedHeadline = null);

/// <summary>A key point of an article; only those with an id can be cited by an evidence question.</summary>
public sealed record KeyPoint(string? Id, string Text, string ArticleId);

public sealed record Quotation(
    string Id,
    string Text,
    string SpeakerId,
    string Channel,
    string? Context,
    string ArticleId,
    SourceLocation Location)
{
    /// <summary>How the quotation was given, said after its speaker: "in a tweet", "in a press release".</summary>
    public string ChannelPhrase => Channel switch
    {
        "tweet" => "in a tweet",
        "email" => "in an email",
        "statement" => "in a statement",
        "interview" => "in an interview",
        "post" => "in a social media post",
        "letter" => "in a letter",
        "press-release" => "in a press release",
        "speech" => "in a speech",
        _ => "as quoted",
    };
}

public enum Skill
{
    MainIdea,
    Detail,
    Inference,
    Vocabulary,
    Sourcing,
    Comparison,
    /// <summary>Why an outlet leads with what it leads with: headline choice, loaded words, angle.</summary>
    PurposeAndFraming,
    /// <summary>Weighing how well a claim or figure is sourced.</summary>
    EvaluatingEvidence,
    /// <summary>Naming the speaker of a quotation: the skill of every who-said-what question.</summary>
    WhoSaidWhat,
}

public static class Skills
{
    public static readonly IReadOnlyList<(Skill Skill, string Key)> All =
    [
        (Skill.MainIdea, "main-idea"),
        (Skill.Detail, "detail"),
        (Skill.Inference, "inference"),
        (Skill.Vocabulary, "vocabulary"),
        (Skill.Sourcing, "sourcing"),
        (Skill.Comparison, "comparison"),
        (Skill.PurposeAndFraming, "purpose-and-framing"),
        (Skill.EvaluatingEvidence, "evaluating-evidence"),
        (Skill.WhoSaidWhat, "who-said-what"),
    ];

    public static string Key(this Skill skill) => All.First(s => s.Skill == skill).Key;

    public static bool TryParse(string key, out Skill skill)
    {
        foreach (var (s, k) in All)
        {
            if (k == key)
            {
                skill = s;
                return true;
            }
        }
        skill = default;
        return false;
    }

    public static string Label(this Skill skill) => skill switch
    {
        Skill.MainIdea => "Main idea",
        Skill.Detail => "Detail",
        Skill.Inference => "Inference",
        Skill.Vocabulary => "Vocabulary",
        Skill.Sourcing => "Sourcing",
        Skill.Comparison => "Comparison",
        Skill.PurposeAndFraming => "Purpose and framing",
        Skill.EvaluatingEvidence => "Evaluating evidence",
        Skill.WhoSaidWhat => "Who said what",
        _ => skill.ToString(),
    };
}
