using YamlDotNet.RepresentationModel;

namespace QuizTui.Core.Drafting;

/// <summary>One hand-checked quotation of an article, to measure drafts against.</summary>
/// <param name="Text">The words inside the quotation marks, as printed.</param>
/// <param name="Speaker">Who said it; null for a label.</param>
/// <param name="Kind">Speech or label.</param>
public sealed record GoldQuotation(string Text, string? Speaker, QuotationKind Kind);

/// <summary>A gold file: one article's hand-checked quotations and where the article comes from.</summary>
/// <param name="Article">The article's text file name (<c>article</c>, or <c>seed</c> in the seed gold).</param>
/// <param name="Source">Where the article was read: its address.</param>
/// <param name="Outlet">Who published it.</param>
/// <param name="Date">Publication date when the source shows one.</param>
/// <param name="Licence">The licence of the article's text.</param>
/// <param name="Genre">Politics, court, sport, … for counting what the set covers.</param>
/// <param name="TextInRepo">False when the licence keeps the text out of the repository.</param>
/// <param name="Excerpt">A short excerpt, for an article whose text is not in the repository.</param>
/// <param name="Quotations">Every span inside quotation marks, in the order printed.</param>
public sealed record GoldArticle(
    string? Article,
    string? Source,
    string? Outlet,
    string? Date,
    string? Licence,
    string? Genre,
    bool TextInRepo,
    string? Excerpt,
    IReadOnlyList<GoldQuotation> Quotations);

/// <summary>Reads gold quotation files (scoring drafts against them: <see cref="QuotationSpanScoring"/>).</summary>
public static class QuotationGoldFile
{
    /// <summary>
    /// Reads a gold file: a mapping with <c>seed</c> or <c>article</c> (the article's file name) and
    /// <c>quotations</c>, a list of <c>{ text, speaker, kind: speech|label }</c>.
    /// </summary>
    public static (string? Seed, IReadOnlyList<GoldQuotation> Quotations) Parse(string yaml)
    {
        var article = ParseArticle(yaml);
        return (article.Article, article.Quotations);
    }

    /// <summary>
    /// Reads a gold file with the details of its article: <c>article</c> (or <c>seed</c>),
    /// <c>source</c>, <c>outlet</c>, <c>date</c>, <c>licence</c>, <c>genre</c>, <c>text_in_repo</c>,
    /// <c>note</c>, <c>excerpt</c> and <c>quotations</c>. Throws <see cref="FormatException"/> naming
    /// the quotation when a kind is neither speech nor label or a speech quotation has no speaker.
    /// </summary>
    public static GoldArticle ParseArticle(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException("a gold file is a mapping with 'article' (or 'seed') and 'quotations'");
        }
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var quotations = new List<GoldQuotation>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key == "quotations" && valueNode is YamlSequenceNode list)
            {
                foreach (var item in list.Children.OfType<YamlMappingNode>())
                {
                    quotations.Add(ParseQuotation(item, quotations.Count + 1));
                }
            }
            else if (key is not null && valueNode is YamlScalarNode scalar)
            {
                fields[key] = scalar.Value;
            }
        }
        string? Field(string key) => fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        return new GoldArticle(
            Field("article") ?? Field("seed"), Field("source"), Field("outlet"), Field("date"), Field("licence"),
            Field("genre"), !string.Equals(Field("text_in_repo"), "false", StringComparison.OrdinalIgnoreCase),
            Field("excerpt"), quotations);
    }

    private static GoldQuotation ParseQuotation(YamlMappingNode item, int number)
    {
        string? text = null;
        string? speaker = null;
        var kind = QuotationKind.Speech;
        foreach (var (keyNode, valueNode) in item.Children)
        {
            var value = (valueNode as YamlScalarNode)?.Value;
            switch ((keyNode as YamlScalarNode)?.Value)
            {
                case "text":
                    text = value;
                    break;
                case "speaker":
                    speaker = string.IsNullOrWhiteSpace(value) ? null : value;
                    break;
                case "kind":
                    kind = value?.ToLowerInvariant() switch
                    {
                        "speech" => QuotationKind.Speech,
                        "label" => QuotationKind.Label,
                        _ => throw new FormatException($"quotation {number}: kind '{value}' is neither 'speech' nor 'label'"),
                    };
                    break;
            }
        }
        if (string.IsNullOrEmpty(text))
        {
            throw new FormatException($"quotation {number}: 'text' is missing");
        }
        if (kind == QuotationKind.Speech && speaker is null)
        {
            throw new FormatException($"quotation {number} is speech but has no 'speaker'");
        }
        return new GoldQuotation(text, speaker, kind);
    }
}
