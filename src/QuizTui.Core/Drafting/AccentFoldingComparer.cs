namespace QuizTui.Core.Drafting;

/// <summary>
/// Compares names ignoring case and accents: "Erdogan" written without its breve is "Erdoğan",
/// as news in English often prints a name both ways.
/// </summary>
internal sealed class AccentFoldingComparer : IEqualityComparer<string>
{
    public static readonly AccentFoldingComparer Instance = new();

    public bool Equals(string? x, string? y) =>
        x is null || y is null ? x == y : string.Equals(Model.TextFolding.FoldForAnswer(x), Model.TextFolding.FoldForAnswer(y), StringComparison.Ordinal);

    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Model.TextFolding.FoldForAnswer(obj));
}
