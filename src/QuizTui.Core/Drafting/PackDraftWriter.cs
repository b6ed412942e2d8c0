using System.Globalization;
using QuizTui.Core.Authoring;
using QuizTui.Core.Loading;

namespace QuizTui.Core.Drafting;

/// <summary>Writes the files of a pack draft: event.yaml, one file per article, a who-said-what quiz.</summary>
internal static class PackDraftWriter
{
    private const string QuizId = "who-said-what";

    private const string Header = """
        Drafted by quiztui draft pack. Names, roles, dates and quotations come from the article
        texts; everything else is yours to write. Each FILL IN: and CHECK: is a warning in
        quiztui validate until you deal with it and remove the marker.
        """;

    public static List<DraftFile> Write(string eventId, List<DraftedArticle> articles, EventPeople people, DateOnly today)
    {
        NumberQuotations(articles);
        var files = new List<DraftFile> { new("event.yaml", EventYaml(eventId, articles, people, today)) };
        foreach (var article in articles)
        {
            files.Add(new DraftFile($"articles/{article.Id}.yaml", ArticleYaml(article, today)));
        }
        files.Add(new DraftFile($"quizzes/{QuizId}.yaml", QuizYaml(people)));
        return files;
    }

    private static string Fill(string what) => DraftMarkers.FillIn + " " + what;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- event.yaml ----

    private static string EventYaml(string eventId, List<DraftedArticle> articles, EventPeople people, DateOnly today)
    {
        var y = new YamlText();
        y.Line("# yaml-language-server: $schema=" + Scaffolds.SchemaFolder + "/event.schema.json");
        y.Comment(0, "");
        y.Comment(0, Header + $"\nArticles, in date order: {string.Join(", ", articles.Select(a => a.Id))}.");
        y.Key(0, "id", eventId);
        y.Key(0, "title", Fill("a short title for the event, in your own words"));
        var dates = articles.Select(a => a.Date).OfType<DateOnly>().Order().ToList();
        y.Open(0, "period");
        if (dates.Count == 0)
        {
            y.Raw(2, "start", Date(today), comment: Fill("no article states its date; this is the day of drafting"));
        }
        else
        {
            y.Raw(2, "start", Date(dates[0]), comment: "the earliest article's date");
            if (dates[^1] != dates[0])
            {
                y.Raw(2, "end", Date(dates[^1]), comment: "the latest article's date");
            }
        }
        y.Key(0, "overview", Fill("in your own words, what happened, who took part and why it made news"));
        y.BlankLine();
        y.Comment(0, "Everyone the articles name or quote, as the articles describe them. Quotations name their speaker by id.");
        y.Open(0, "people");
        foreach (var person in people.Entries)
        {
            WritePerson(y, person);
        }
        y.BlankLine();
        y.Comment(0, "The articles in date order; say what happened in your own words.");
        y.Open(0, "timeline");
        foreach (var day in articles.GroupBy(a => a.Date ?? today).OrderBy(g => g.Key))
        {
            // Undated articles sit at the day of drafting, which is no day of the event.
            var undated = day.Any(a => a.Date is null)
                ? Fill($"no date stated in {string.Join(", ", day.Where(a => a.Date is null).Select(a => a.Id))}; this is the day of drafting")
                : null;
            y.Raw(4, "date", Date(day.Key), item: true, comment: undated);
            y.Key(4, "text", Fill("what happened by this date, in your own words"));
            y.Raw(4, "articles", YamlText.FlowList(day.Select(a => a.Id)));
        }
        return y.ToString();
    }

    private static void WritePerson(YamlText y, EventPerson person)
    {
        if (person.Placeholder)
        {
            y.Key(4, "id", person.Id, item: true, comment: "a who-said-what quiz needs at least three people to choose from");
            y.Key(4, "name", Fill("someone students could mistake for a speaker"));
            return;
        }
        var where = person.QuotedIn.Count > 0
            ? "quoted in " + Counted(person.QuotedIn)
            : "named in " + string.Join(", ", person.NamedIn) + ", not quoted";
        y.Key(4, "id", person.Id, item: true, comment: where);
        switch (person.Kind)
        {
            case SpeakerKind.Organisation:
                // "transport ministry", as an article may write a body, reads like the other names as "Transport ministry".
                y.Key(4, "name", Capitalised(person.Name), comment: "an organisation speaking as one");
                break;
            case SpeakerKind.Role:
                y.Key(4, "name", Capitalised(person.Name) + " (not named)",
                    comment: DraftMarkers.Check + " the article does not name this speaker; name them if another source does");
                y.Key(4, "role", person.Name);
                break;
            default:
                y.Key(4, "name", person.Name);
                var (role, roleFrom, otherRoles) = Described(person, d => d.Role);
                if (role is not null)
                {
                    // Capitalised as the people of a pack are written ("Chief executive"), so the
                    // choices of a quiz read alike whether an article put the role before the name or after it.
                    y.Key(4, "role", Capitalised(role), comment: Provenance(roleFrom, otherRoles));
                }
                var (organisation, organisationFrom, otherOrganisations) = Described(person, d => d.Organisation);
                if (organisation is not null)
                {
                    y.Key(4, "organisation", organisation, comment: Provenance(organisationFrom, otherOrganisations));
                }
                break;
        }
    }

    /// <summary>
    /// What the articles call the person, commonest first ("CEO" in four articles), with the
    /// articles that say so; the others' versions go in the comment, as the outlets may disagree.
    /// </summary>
    private static (string? Value, string? From, List<string> Others) Described(
        EventPerson person, Func<(string ArticleId, string? Role, string? Organisation), string?> pick)
    {
        var versions = person.Descriptions
            .Where(d => pick(d) is not null)
            .GroupBy(d => pick(d)!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Select(d => d.ArticleId).Distinct().Count())
            .Select(g => (Text: g.Key, Articles: string.Join(", ", g.Select(d => d.ArticleId).Distinct())))
            .ToList();
        if (versions.Count == 0)
        {
            return (null, null, []);
        }
        return (versions[0].Text, versions[0].Articles, [.. versions.Skip(1).Select(v => $"{v.Text} in {v.Articles}")]);
    }

    private static string Provenance(string? from, List<string> others) =>
        others.Count == 0 ? $"as {from} gives it" : $"as {from} gives it; also {string.Join("; ", others)}";

    private static string Counted(List<string> articleIds) =>
        string.Join(", ", articleIds.GroupBy(id => id).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ({g.Count()})"));

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // ---- articles ----

    private static string ArticleYaml(DraftedArticle article, DateOnly today)
    {
        var y = new YamlText();
        var facts = article.Facts;
        y.Line("# yaml-language-server: $schema=../" + Scaffolds.SchemaFolder + "/article.schema.json");
        y.Comment(0, "");
        y.Comment(0, Header + $"\nSource text: {article.Source.FileName}.");
        y.Key(0, "id", article.Id);
        if (facts.Outlet is { } outlet)
        {
            y.Key(0, "outlet", outlet.Value, comment: FactComment("outlet", outlet));
        }
        else
        {
            y.Key(0, "outlet", Fill("who published it; the text does not say"));
        }
        if (facts.Date is { } date)
        {
            y.Raw(0, "published", Date(date), comment: FactComment("date", facts.Published!));
        }
        else
        {
            y.Raw(0, "published", Date(today), comment: Fill("the text states no date; this is the day of drafting"));
        }
        if (facts.Headline is { } headline)
        {
            y.Key(0, "headline", headline.Value, comment: FactComment("headline", headline));
        }
        else
        {
            y.Key(0, "headline", Fill("your own neutral headline; the text prints none the draft could find"));
            y.Raw(0, "headline_is_ours", "true", comment: "the headline is yours; if the outlet printed one, put it above and delete this line");
        }
        if (facts.Author is { } author)
        {
            y.Key(0, "author", author.Value, comment: FactComment("author", author));
        }
        y.Key(0, "seed", article.Source.FileName, comment: "the source text");
        y.Key(0, "summary", Fill("in your own words, what this article reports and whom it quotes"));
        y.Open(0, "key_points");
        y.Item(2, Fill("a point students should take away, in your own words"));
        WriteQuotations(y, article);
        return y.ToString();
    }

    /// <summary>
    /// Where a fact comes from; a guess says what was guessed, since validate shows the comment
    /// alone ("CHECK: headline guessed from line 1 of the text").
    /// </summary>
    private static string FactComment(string what, ArticleFact fact)
    {
        var line = fact.Line.ToString(CultureInfo.InvariantCulture);
        return fact switch
        {
            { Missing: { } missing } => $"{DraftMarkers.FillIn} {what} from line {line} of the text: {missing}",
            { Doubt: { } doubt } => $"{DraftMarkers.Check} {what} from line {line} of the text: {doubt}",
            { Labelled: true } => $"line {line} of the text",
            _ => $"{DraftMarkers.Check} {what} guessed from line {line} of the text",
        };
    }

    /// <summary>Numbers every article's quotations before any file is written, so each names the versions in articles written after it by id.</summary>
    private static void NumberQuotations(List<DraftedArticle> articles)
    {
        foreach (var article in articles)
        {
            var number = 0;
            foreach (var quotation in article.Quotations)
            {
                quotation.Id = $"{article.Id}-q{(++number).ToString(CultureInfo.InvariantCulture)}";
            }
        }
    }

    private static void WriteQuotations(YamlText y, DraftedArticle article)
    {
        var written = article.Quotations.Where(q => q.Speaker is not null).ToList();
        y.BlankLine();
        y.Comment(0, "Quotations exactly as printed, with the speaker the draft found; check every one.");
        y.Open(0, "quotations");
        foreach (var quotation in written)
        {
            // Versions left out for want of a speaker have no entry to name.
            var shown = quotation.Versions.Where(v => v.Quotation.Speaker is not null).Select(v => v.Quotation.Id).ToList();
            var versions = shown.Count == 0 ? null : "also printed as " + string.Join(", ", shown) + " (compare view)";
            y.Key(4, "id", quotation.Id!, item: true, comment: versions);
            y.Key(4, "text", quotation.Draft.Text);
            y.Key(4, "speaker", quotation.Speaker!.Id, comment: DraftQuotationWriter.SpeakerComment(quotation.Speaker.Name, quotation.Confidence, quotation.Reason));
            y.Key(4, "channel", quotation.Draft.Channel,
                comment: $"paragraph {quotation.Draft.Paragraph.ToString(CultureInfo.InvariantCulture)}" + (quotation.Draft.Attribution is { } verb ? $", \"{verb}\"" : ""));
        }
        foreach (var quotation in article.Quotations.Where(q => q.Speaker is null))
        {
            var paragraph = quotation.Draft.Paragraph.ToString(CultureInfo.InvariantCulture);
            // A suggestion is described as draft quotes describes any speaker to check, and stays out of play.
            y.Comment(2, quotation.Draft.SpeakerGuessed
                ? $"{DraftQuotationWriter.SpeakerComment(quotation.Draft.Speaker!, quotation.Confidence, quotation.Reason)} (paragraph {paragraph}); give it a speaker from event.yaml and uncomment it"
                : $"{DraftMarkers.Check} no speaker found (paragraph {paragraph}, {DraftConfidence.Word(quotation.Confidence)} confidence {quotation.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}); give it a speaker from event.yaml and uncomment it");
            var entry = new YamlText { Width = 200 };
            entry.Key(4, "id", quotation.Id!, item: true);
            entry.Key(4, "text", quotation.Draft.Text);
            entry.Key(4, "speaker", "unknown");
            entry.Key(4, "channel", quotation.Draft.Channel);
            foreach (var line in entry.ToString().TrimEnd('\n').Split('\n'))
            {
                y.Line("  # " + line[2..]);
            }
        }
    }

    // ---- quiz ----

    private static string QuizYaml(EventPeople people)
    {
        var speakers = people.Entries.Where(p => p.QuotedIn.Count > 0).Select(p => p.Id).ToList();
        var pool = speakers.Count >= Questions.WhoSaidWhatType.MinSpeakers ? speakers : people.Entries.Select(p => p.Id).ToList();
        var y = new YamlText();
        y.Line("# yaml-language-server: $schema=../" + Scaffolds.SchemaFolder + "/quiz.schema.json");
        y.Comment(0, "");
        y.Comment(0, """
            Drafted by quiztui draft pack: one question per quotation of the event. The wrong
            answers are drawn from the other speakers of the event (and, when there are fewer
            than three, from the other people the articles name).
            """);
        y.Key(0, "id", QuizId);
        y.Key(0, "kind", "who-said-what");
        y.Key(0, "title", "Who said it?");
        y.Key(0, "description", "Each quotation from the coverage: name the person or organisation who said it.");
        y.Raw(0, "quotations", "all");
        y.Raw(0, "choices", Math.Min(Model.WhoSaidWhatQuiz.DefaultChoiceCount, pool.Count).ToString(CultureInfo.InvariantCulture));
        y.Raw(0, "distractors", YamlText.FlowList(pool));
        return y.ToString();
    }
}
