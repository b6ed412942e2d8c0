using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>
/// The ids declared in one pack, by kind (<c>person</c>, <c>article</c>, <c>quotation</c>, …), each
/// with where it was first declared: a second declaration of the same id is reported.
/// </summary>
internal sealed class IdRegistry
{
    private readonly Dictionary<string, Dictionary<string, SourceLocation>> _ids = new(StringComparer.Ordinal);

    public void Register(string kind, string? id, YamlTree? node, FileReport file)
    {
        if (id is null || node is null)
            return;
        if (!_ids.TryGetValue(kind, out var table))
            _ids[kind] = table = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (table.TryGetValue(id, out var first))
        {
            file.Report(DiagnosticCodes.DuplicateId, node,
                $"the {kind} id `{id}` is already used at {first}; ids must be unique within the event, so rename one.");
            return;
        }
        table.Add(id, file.Where(node));
    }

    public bool IsKnown(string kind, string id) => _ids.TryGetValue(kind, out var t) && t.ContainsKey(id);

    public IEnumerable<string> KnownIds(string kind) => _ids.TryGetValue(kind, out var t) ? t.Keys : [];
}
