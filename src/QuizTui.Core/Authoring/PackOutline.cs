using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.Core.Authoring;

/// <summary>
/// What scaffolding needs to know of a pack: the ids its files declare, read from every file that
/// parses, whether or not the references between files resolve yet. An instructor writes
/// event.yaml first, naming articles in its timeline before they exist; a new article must not be
/// refused because of that, so this does not depend on the pack loading cleanly.
/// </summary>
/// <param name="EventId">The event's id, when event.yaml declares one.</param>
/// <param name="People">The people of event.yaml that have an id and a name, in order.</param>
/// <param name="Articles">The articles, in file order.</param>
/// <param name="Ids">Every id declared: event, people, articles, key points, quotations, quizzes, questions.</param>
public sealed record PackOutline(string? EventId, IReadOnlyList<Person> People, IReadOnlyList<ArticleOutline> Articles, IReadOnlySet<string> Ids)
{
    public IEnumerable<string> PeopleIds => People.Select(p => p.Id);

    public ArticleOutline? FindArticle(string id) => Articles.FirstOrDefault(a => a.Id == id);

    public IEnumerable<string> QuotationIds => Articles.SelectMany(a => a.QuotationIds);

    /// <summary>Reads the outline of one pack from its files (named as <see cref="ContentLoader"/> names them).</summary>
    public static PackOutline Read(IEnumerable<ContentFile> files)
    {
        string? eventId = null;
        var people = new List<Person>();
        var articles = new List<ArticleOutline>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (Root(file.Text) is not { } root)
                continue;
            string folder = Path.GetFileName(Path.GetDirectoryName(file.Path) ?? "");
            string name = Path.GetFileName(file.Path);
            if (name is "event.yaml" or "event.yml")
            {
                eventId = Id(root);
                people.AddRange(PeopleIn(root));
            }
            else if (folder == "articles" && Id(root) is { } articleId)
            {
                articles.Add(new ArticleOutline(articleId, [.. IdsIn(root, "key_points")], [.. IdsIn(root, "quotations")]));
            }
            else if (folder == "quizzes")
            {
                if (Id(root) is { } quizId)
                    ids.Add(quizId);
                ids.UnionWith(IdsIn(root, "questions"));
            }
        }
        if (eventId is not null)
            ids.Add(eventId);
        ids.UnionWith(people.Select(p => p.Id));
        foreach (var article in articles)
        {
            ids.Add(article.Id);
            ids.UnionWith(article.KeyPointIds);
            ids.UnionWith(article.QuotationIds);
        }
        return new PackOutline(eventId, people, articles, ids);
    }

    /// <summary>A scalar a content file's text gives at its top level (<c>id</c>, <c>article</c>); null when it gives none or does not parse.</summary>
    public static string? Declared(string text, string key) => Root(text) is { } root ? Text(root, key) : null;

    private static YamlTree? Root(string text)
    {
        try
        {
            return YamlTreeReader.Read(text) is [{ Kind: YamlKind.Mapping } root, ..] ? root : null;
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or YamlTreeException)
        {
            return null;
        }
    }

    private static YamlTree? Value(YamlTree mapping, string key) =>
        mapping.Pairs.FirstOrDefault(p => p.Key.IsScalar && p.Key.Value == key).Value;

    private static string? Id(YamlTree mapping) => Text(mapping, "id");

    private static string? Text(YamlTree mapping, string key) =>
        Value(mapping, key) is { IsScalar: true, IsNull: false } v && v.Value.Trim().Length > 0 ? v.Value.Trim() : null;

    private static IEnumerable<Person> PeopleIn(YamlTree root) =>
        Value(root, "people") is { Kind: YamlKind.Sequence } list
            ? list.Items.Where(i => i.Kind == YamlKind.Mapping && Id(i) is not null && Text(i, "name") is not null)
                .Select(i => new Person(Id(i)!, Text(i, "name")!, Text(i, "role"), Text(i, "organisation")))
            : [];

    /// <summary>The ids of the mappings listed under <paramref name="key"/> (plain-text entries, such as key points without an id, have none).</summary>
    private static IEnumerable<string> IdsIn(YamlTree mapping, string key) =>
        Value(mapping, key) is { Kind: YamlKind.Sequence } list
            ? list.Items.Where(i => i.Kind == YamlKind.Mapping).Select(Id).OfType<string>()
            : [];
}

/// <summary>An article's id and the ids it declares for others to cite.</summary>
public sealed record ArticleOutline(string Id, IReadOnlyList<string> KeyPointIds, IReadOnlyList<string> QuotationIds);
