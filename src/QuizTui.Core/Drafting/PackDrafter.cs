using System.Globalization;
using QuizTui.Core.Authoring;
using QuizTui.Core.Model;

namespace QuizTui.Core.Drafting;

/// <summary>An article's text and the name of the file it came from (the article's <c>seed</c>).</summary>
public sealed record ArticleSource(string FileName, string Text);

/// <summary>A file of a drafted pack: its path inside the pack folder, with forward slashes, and its text.</summary>
public sealed record DraftFile(string Path, string Text);

/// <summary>What a pack draft holds, for the command's summary.</summary>
/// <param name="Quotations">Quotations written into the articles (speech with a speaker).</param>
/// <param name="ToCheck">Of those, the ones marked <c>CHECK:</c>.</param>
/// <param name="Unresolved">Speech with no speaker found, left commented out.</param>
/// <param name="People">People (and organisations) in event.yaml.</param>
/// <param name="Linked">Quotations printed by more than one article, in groups of versions.</param>
public sealed record PackDraftSummary(int Articles, int Quotations, int ToCheck, int Unresolved, int People, int Linked);

/// <summary>A whole pack drafted from article texts.</summary>
public sealed record PackDraft(IReadOnlyList<DraftFile> Files, PackDraftSummary Summary);

/// <summary>
/// Drafts a whole content pack from news article texts: event.yaml with everyone the articles
/// name or quote and the articles in date order, one article file per text with its quotations
/// and speakers, and a who-said-what quiz. What only the instructor can write (titles,
/// overview, summaries, key points, timeline) is left as <c>FILL IN:</c> places; what the drafter
/// is unsure of is marked <c>CHECK:</c>. Both are warnings in <c>quiztui validate</c>.
/// </summary>
/// <remarks>
/// A person is one entry across all articles: a surname or "Mr. Doe" joins the one full name
/// with that surname, an acronym the organisation whose initials it spells. Versions of one
/// quotation printed by several articles (the test of <see cref="QuotationComparison.AreVersions"/>)
/// get one speaker, the best-attributed one, so the compare view groups them.
/// </remarks>
public static class PackDrafter
{
    public static PackDraft Draft(string eventId, IReadOnlyList<ArticleSource> sources, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ArgumentNullException.ThrowIfNull(sources);
        var articleIds = new HashSet<string>(StringComparer.Ordinal);
        var facts = WithDatelineYears(sources.Select(s => ArticleFacts.Read(s.Text)).ToList(), today);
        var articles = sources
            .Select((source, index) => DraftedArticle.From(source, index, facts[index], articleIds))
            .OrderBy(a => a.Date ?? DateOnly.MaxValue)
            .ThenBy(a => a.Index)
            .ToList();

        var people = new EventPeople(articles.SelectMany(a => a.Draft.Organisations));
        foreach (var article in articles)
        {
            foreach (var person in article.Draft.People)
            {
                people.Add(person, article.Id);
            }
        }
        foreach (var article in articles)
        {
            foreach (var quotation in article.Quotations)
            {
                // A suggested speaker stays out of play (and out of the quiz) until the instructor confirms it.
                quotation.Speaker = quotation.Draft.SpeakerResolved && !quotation.Draft.SpeakerGuessed
                    ? people.Find(quotation.Draft.Speaker!, quotation.Draft.SpeakerKind)
                    : null;
            }
        }
        var linked = LinkVersions(articles);
        foreach (var article in articles)
        {
            foreach (var quotation in article.Quotations.Where(q => q.Speaker is not null))
            {
                quotation.Speaker!.QuotedIn.Add(article.Id);
            }
        }
        people.AssignIds();

        var files = PackDraftWriter.Write(eventId, articles, people, today);
        var written = articles.SelectMany(a => a.Quotations).Where(q => q.Speaker is not null).ToList();
        return new PackDraft(files, new PackDraftSummary(
            articles.Count, written.Count, written.Count(q => q.NeedsCheck),
            articles.Sum(a => a.Quotations.Count(q => q.Speaker is null)), people.Entries.Count, linked));
    }

    /// <summary>
    /// A dateline that gives the day but no year ("KELL, March 3 (Norland Wire) -") takes the
    /// year the pack's other articles state (the commonest, then the latest), marked to check;
    /// when none states one, the latest such day up to the day of drafting, marked to fill in.
    /// </summary>
    private static List<ArticleFacts> WithDatelineYears(List<ArticleFacts> facts, DateOnly today)
    {
        var stated = facts.Select(f => f.Date?.Year).OfType<int>()
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
        return [.. facts.Select(f =>
        {
            if (f.DayWithoutYear is not { } day)
            {
                return f;
            }
            var spelled = DateOnly.ParseExact($"2000-{day.Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM", CultureInfo.InvariantCulture);
            if (stated is { } year)
            {
                return f.WithYear(year, $"the dateline gives {spelled} but no year; {year} is the year the other articles state", null);
            }
            var thisYear = f.WithYear(today.Year, null, null);
            var guess = thisYear.Date is { } d && d > today ? today.Year - 1 : today.Year;
            return f.WithYear(guess, null, $"the dateline gives {spelled} but no year; {guess} is a guess from the day of drafting");
        })];
    }

    /// <summary>
    /// Finds quotations printed by more than one article and gives each group the speaker of its
    /// best-attributed version. Returns how many quotations are in such groups.
    /// </summary>
    private static int LinkVersions(List<DraftedArticle> articles)
    {
        var all = articles.SelectMany(a => a.Quotations.Select(q => (Article: a, Quotation: q))).ToList();
        var groupOf = new int[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            groupOf[i] = i;
        }
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                if (all[i].Article != all[j].Article && QuotationComparison.AreVersions(all[i].Quotation.Draft.Text, all[j].Quotation.Draft.Text))
                {
                    var (from, to) = (Root(groupOf, j), Root(groupOf, i));
                    groupOf[from] = to;
                    // Only a direct version is named beside a quotation: a fragment joins two
                    // longer quotations into one group without being a version of either's other parts.
                    all[i].Quotation.Versions.Add((all[j].Article.Id, all[j].Quotation));
                    all[j].Quotation.Versions.Add((all[i].Article.Id, all[i].Quotation));
                }
            }
        }
        var linked = all.Count(m => m.Quotation.Versions.Count > 0);
        foreach (var group in Enumerable.Range(0, all.Count).GroupBy(i => Root(groupOf, i)).Where(g => g.Count() > 1))
        {
            var members = group.Select(i => all[i]).ToList();
            var best = members.Where(m => m.Quotation.Speaker is not null).OrderByDescending(m => m.Quotation.Draft.Rank).FirstOrDefault();
            foreach (var member in members)
            {
                if (best.Quotation is null || member.Quotation.Speaker == best.Quotation.Speaker)
                {
                    continue;
                }
                var other = best.Quotation.Speaker!;
                if (member.Quotation.Speaker is null)
                {
                    member.Quotation.Speaker = other;
                    member.Quotation.Confidence = Math.Min(best.Quotation.Confidence, DraftConfidence.SameQuotationElsewhere.Value);
                    member.Quotation.Reason = DraftConfidence.SameQuotationElsewhere.Reason(best.Article.Id, other.Name);
                    continue;
                }
                var own = member.Quotation.Speaker;
                if (own.Kind == SpeakerKind.Role && other.Kind != SpeakerKind.Role)
                {
                    // This article only describes the speaker ("a Twitter user"); another names them.
                    member.Quotation.Speaker = other;
                    member.Quotation.Confidence = Math.Min(best.Quotation.Confidence, DraftConfidence.NamedElsewhere.Value);
                    member.Quotation.Reason = DraftConfidence.NamedElsewhere.Reason(own.Name, best.Article.Id, other.Name);
                    continue;
                }
                member.Quotation.Speaker = other;
                member.Quotation.Confidence = Math.Min(member.Quotation.Confidence, DraftConfidence.VersionsDisagree.Value);
                member.Quotation.Reason = DraftConfidence.VersionsDisagree.Reason(own.Name, best.Article.Id, other.Name);
            }
        }
        return linked;
    }

    private static int Root(int[] groupOf, int i)
    {
        while (groupOf[i] != i)
        {
            i = groupOf[i] = groupOf[groupOf[i]];
        }
        return i;
    }
}

/// <summary>One article of a pack draft: its facts, id, date and quotations.</summary>
internal sealed class DraftedArticle
{
    public required string Id { get; init; }

    public required int Index { get; init; }

    public required ArticleSource Source { get; init; }

    public required ArticleFacts Facts { get; init; }

    public required ArticleDraft Draft { get; init; }

    public required List<PackQuotation> Quotations { get; init; }

    public DateOnly? Date => Facts.Date;

    public static DraftedArticle From(ArticleSource source, int index, ArticleFacts facts, HashSet<string> takenIds)
    {
        var draft = QuotationDrafter.Draft(source.Text);
        // An article id names the outlet and the date when the text gives both; otherwise the file.
        var name = facts.Outlet is { } outlet && facts.Date is { } date
            ? $"{outlet.Value} {date:yyyy-MM-dd}"
            : Path.GetFileNameWithoutExtension(source.FileName);
        var id = IdSlug.Unique(IdSlug.From(name, "article", 60), takenIds);
        return new DraftedArticle
        {
            Id = id,
            Index = index,
            Source = source,
            Facts = facts,
            Draft = draft,
            Quotations = draft.Quotations.Where(q => q.Kind == QuotationKind.Speech).Select(q => new PackQuotation(q)).ToList(),
        };
    }
}

/// <summary>A speech quotation of a pack draft, with its event-wide speaker and the other articles' versions of it.</summary>
internal sealed class PackQuotation(DraftQuotation draft)
{
    public DraftQuotation Draft { get; } = draft;

    public EventPerson? Speaker { get; set; }

    public double Confidence { get; set; } = draft.Confidence;

    public string? Reason { get; set; } = draft.Reason;

    public bool NeedsCheck => DraftConfidence.NeedsCheck(Confidence);

    /// <summary>The same quotation as other articles print it.</summary>
    public List<(string ArticleId, PackQuotation Quotation)> Versions { get; } = [];

    public string? Id { get; set; }
}

/// <summary>One person or organisation of the event, gathered from every article that names them.</summary>
internal sealed class EventPerson(string name, SpeakerKind kind)
{
    public string Name { get; set; } = name;

    public SpeakerKind Kind { get; } = kind;

    public string Id { get; set; } = "";

    /// <summary>Article id → the role and organisation that article gives.</summary>
    public List<(string ArticleId, string? Role, string? Organisation)> Descriptions { get; } = [];

    public List<string> QuotedIn { get; } = [];

    public List<string> NamedIn { get; } = [];

    /// <summary>A place for the instructor to name someone, when the event has too few speakers for a quiz.</summary>
    public bool Placeholder { get; init; }

    public string Surname => Name.Split(' ')[^1];
}

/// <summary>The people of an event, one entry per person across articles.</summary>
internal sealed class EventPeople(IEnumerable<string> organisationsNamed)
{
    /// <summary>Every organisation any article names, to spell out an acronym another article uses.</summary>
    private readonly List<string> _organisationsNamed = [.. organisationsNamed.Where(n => n.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase)];

    public List<EventPerson> Entries { get; } = [];

    public void Add(DraftedPerson person, string articleId)
    {
        var entry = Find(person.Name, person.Kind);
        if (entry.Name.Length < person.Name.Length && person.Kind == SpeakerKind.Person && person.Name.EndsWith(entry.Surname, StringComparison.Ordinal))
        {
            entry.Name = person.Name; // "Mr. Keiser" first, "Tom Keiser" later
        }
        if (!entry.NamedIn.Contains(articleId))
        {
            entry.NamedIn.Add(articleId);
        }
        if ((person.Role ?? person.Organisation) is not null && person.Kind == SpeakerKind.Person)
        {
            entry.Descriptions.Add((articleId, person.Role, person.Organisation));
        }
    }

    /// <summary>The entry for a name as an article gives it, added when there is none yet.</summary>
    public EventPerson Find(string name, SpeakerKind kind)
    {
        if (kind == SpeakerKind.Role && IsBody(name))
        {
            kind = SpeakerKind.Organisation; // "the foreign ministry" is a body speaking as one, not an unnamed person
        }
        if (kind == SpeakerKind.Organisation && _organisationsNamed.Where(o => EntityIndex.IsAcronymOf(name, o)).ToList() is [var spelledOut])
        {
            name = spelledOut; // "RTC" where another article names the Riverton Transit Commission
        }
        var plain = WithoutHonorific(name);
        var match = Entries.Find(e => e.Kind == kind && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
                    ?? Entries.Find(e => e.Kind == kind && string.Equals(WithoutHonorific(e.Name), plain, StringComparison.OrdinalIgnoreCase));
        if (match is null && kind == SpeakerKind.Person)
        {
            // A surname alone joins the one full name that ends with it, and a full name joins an
            // entry known only by its surname.
            var bySurname = Entries.Where(e => e.Kind == SpeakerKind.Person
                    && (!plain.Contains(' ', StringComparison.Ordinal) && e.Surname.Equals(plain, StringComparison.OrdinalIgnoreCase)
                        || !WithoutHonorific(e.Name).Contains(' ', StringComparison.Ordinal) && plain.EndsWith(" " + WithoutHonorific(e.Name), StringComparison.OrdinalIgnoreCase)))
                .ToList();
            match = bySurname.Count == 1 ? bySurname[0] : null;
        }
        if (match is null && kind == SpeakerKind.Organisation)
        {
            // The same name, or initials and the name they spell. A one-word name is not joined to
            // a longer one that begins with it: "Norland", a country acting, and the "Norland
            // Environment Agency" are two bodies.
            var canonical = EntityIndex.CanonicalOrganisation(name);
            var candidates = Entries.Where(e => e.Kind == SpeakerKind.Organisation
                    && (string.Equals(EntityIndex.CanonicalOrganisation(e.Name), canonical, StringComparison.OrdinalIgnoreCase)
                        || EntityIndex.IsAcronymOf(name, e.Name) || EntityIndex.IsAcronymOf(e.Name, name)))
                .ToList();
            match = candidates.Count == 1 ? candidates[0] : null;
        }
        if (match is null)
        {
            match = new EventPerson(name, kind);
            Entries.Add(match);
        }
        return match;
    }

    /// <summary>A description that names a body, not a person: its last word a kind of body ("foreign ministry"), no role ("ministry spokeswoman").</summary>
    private static bool IsBody(string description) =>
        description.Split(' ')[^1].ToLowerInvariant() is var last && Lexicon.OrganisationNouns.Contains(last) && !Lexicon.IsRoleNoun(last)
        && !Lexicon.PlaceAndKinNouns.Contains(last);

    private static string WithoutHonorific(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Lexicon.Honorifics.Contains(name[..space].TrimEnd('.')) ? name[(space + 1)..] : name;
    }

    /// <summary>
    /// Orders the people (speakers first, then the other people named),
    /// adds placeholders until a who-said-what quiz has three possible answers, and gives ids.
    /// </summary>
    public void AssignIds()
    {
        // Organisations and unnamed speakers are people of the event only as speakers.
        var ordered = Entries.Where(e => e.QuotedIn.Count > 0)
            .Concat(Entries.Where(e => e.QuotedIn.Count == 0 && e.Kind == SpeakerKind.Person))
            .ToList();
        Entries.Clear();
        Entries.AddRange(ordered);
        for (var n = 1; Entries.Count < Questions.WhoSaidWhatType.MinSpeakers; n++)
        {
            Entries.Add(new EventPerson($"another-voice-{n}", SpeakerKind.Person) { Placeholder = true });
        }
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            entry.Id = IdSlug.Unique(IdSlug.From(entry.Name, "person", 40), taken);
        }
    }
}
