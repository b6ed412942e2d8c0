namespace QuizTui.Core.Loading;

/// <summary>What a reference points at.</summary>
internal enum RefKind
{
    Person,
    Article,
    Quotation,
    KeyPoint,
}

/// <summary>
/// The cross-reference pass. While files are read, each reference to a person, article, quotation
/// or key point is noted with the file and node it was written at; once every file is read,
/// <see cref="Check"/> reports those whose id no file declared.
/// </summary>
internal sealed class References
{
    private readonly List<Pending> _pending = [];

    private sealed record Pending(RefKind Kind, string Id, FileReport File, YamlTree Node, string Where);

    /// <summary>Notes a reference, written at <paramref name="node"/>, for the check after reading.</summary>
    /// <param name="where">How the message names what holds the reference: "a question", "the speaker of a quotation".</param>
    public void Refer(RefKind kind, string id, YamlTree node, string where, FileReport file) =>
        _pending.Add(new Pending(kind, id, file, node, where));

    /// <summary>
    /// A list of ids (<c>articles: [a, b]</c>): empty entries and repeats are reported, and each id is
    /// noted as a reference. Empty when <paramref name="items"/> is null.
    /// </summary>
    public List<string> IdList(TypedValues values, List<YamlTree>? items, string what, RefKind kind, string where)
    {
        var ids = new List<string>();
        if (items is null)
            return ids;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (values.AsId(item, what) is not { } id)
            {
                if (item.IsNull)
                    values.File.Report(DiagnosticCodes.EmptyValue, item, $"an entry of `{what}` is empty; write an id or remove the entry.");
                continue;
            }
            if (!seen.Add(id))
            {
                values.File.Report(DiagnosticCodes.RepeatedReference, item, $"`{id}` is listed twice in `{what}`; remove the repeat.");
                continue;
            }
            ids.Add(id);
            Refer(kind, id, item, where, values.File);
        }
        return ids;
    }

    /// <summary>
    /// Reports every reference to an id no file declared. References to people (or to articles and
    /// what they hold) are not checked when the file declaring them could not be read: that would only
    /// add a cascade of errors caused by the first one.
    /// </summary>
    public void Check(IdRegistry ids, bool peopleUnknown, bool articlesUnknown)
    {
        // One index per kind of id, built when first needed: a pack can have thousands of unknown references.
        var suggestions = new Dictionary<string, SuggestionIndex>(StringComparer.Ordinal);
        foreach (var r in _pending)
        {
            var (idKind, code, noun) = r.Kind switch
            {
                RefKind.Person => ("person", DiagnosticCodes.UnknownPerson, "person"),
                RefKind.Article => ("article", DiagnosticCodes.UnknownArticle, "article"),
                RefKind.Quotation => ("quotation", DiagnosticCodes.UnknownQuotation, "quotation"),
                _ => ("key point", DiagnosticCodes.UnknownKeyPoint, "key point"),
            };
            if (ids.IsKnown(idKind, r.Id) || (r.Kind == RefKind.Person ? peopleUnknown : articlesUnknown))
                continue;
            string where = r.Kind switch
            {
                RefKind.Person => "event.yaml `people`",
                RefKind.Article => "any article's `id`",
                RefKind.Quotation => "any article's `quotations`",
                _ => "any article's `key_points` (only key points written as `{ id, text }` can be cited)",
            };
            if (!suggestions.TryGetValue(idKind, out var index))
            {
                suggestions[idKind] = index = new SuggestionIndex(ids.KnownIds(idKind));
            }
            r.File.Report(code, r.Node,
                $"{r.Where} refers to the {noun} `{r.Id}`, which is not in {where}.{Suggestions.Phrase(index.Closest(r.Id))}");
        }
    }
}
