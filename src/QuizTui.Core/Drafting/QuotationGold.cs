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

/// <summary>How a draft compares with the gold quotations of one article.</summary>
/// <param name="GoldSpeech">Speech quotations in the gold.</param>
/// <param name="DraftSpeech">Quotations the draft offers as speech.</param>
/// <param name="Matched">Draft speech quotations whose text matches a gold speech quotation.</param>
/// <param name="SpeakerCorrect">Matched quotations whose speaker is the gold speaker.</param>
/// <param name="Missed">Gold speech quotations the draft does not offer as speech.</param>
/// <param name="Spurious">Draft speech quotations that are not gold speech.</param>
/// <param name="WrongSpeaker">Matched quotations with another speaker: gold, then draft.</param>
public sealed record QuotationScore(
    int GoldSpeech,
    int DraftSpeech,
    int Matched,
    int SpeakerCorrect,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Spurious,
    IReadOnlyList<(string Text, string? Gold, string? Draft)> WrongSpeaker)
{
    /// <summary>Matched ÷ draft speech (1 when the draft offers none).</summary>
    public double Precision => DraftSpeech == 0 ? 1 : (double)Matched / DraftSpeech;

    /// <summary>Matched ÷ gold speech (1 when the gold has none).</summary>
    public double Recall => GoldSpeech == 0 ? 1 : (double)Matched / GoldSpeech;

    /// <summary>Speaker right ÷ matched (1 when nothing matched).</summary>
    public double AttributionAccuracy => Matched == 0 ? 1 : (double)SpeakerCorrect / Matched;

    /// <summary>Adds two scores, for totals over several articles.</summary>
    public static QuotationScore operator +(QuotationScore a, QuotationScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new QuotationScore(
            a.GoldSpeech + b.GoldSpeech, a.DraftSpeech + b.DraftSpeech, a.Matched + b.Matched,
            a.SpeakerCorrect + b.SpeakerCorrect, [.. a.Missed, .. b.Missed], [.. a.Spurious, .. b.Spurious],
            [.. a.WrongSpeaker, .. b.WrongSpeaker]);
    }

    /// <summary>An empty score to add to.</summary>
    public static QuotationScore Zero { get; } = new(0, 0, 0, 0, [], [], []);
}

/// <summary>Reads gold quotation files and scores drafts against them.</summary>
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

    /// <summary>
    /// Scores a draft. Texts match when they are equal after <see cref="QuotationText.Key"/>;
    /// speakers match ignoring case and a leading "the", "a" or "an".
    /// </summary>
    public static QuotationScore Score(IReadOnlyList<DraftQuotation> drafts, IReadOnlyList<GoldQuotation> gold)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(gold);
        var goldSpeech = new Dictionary<string, GoldQuotation>(StringComparer.Ordinal);
        foreach (var g in gold.Where(g => g.Kind == QuotationKind.Speech))
        {
            goldSpeech.TryAdd(QuotationText.Key(g.Text), g);
        }
        var matchedKeys = new HashSet<string>(StringComparer.Ordinal);
        var spurious = new List<string>();
        var wrong = new List<(string, string?, string?)>();
        var draftSpeech = 0;
        var correct = 0;
        foreach (var draft in drafts.Where(d => d.Kind == QuotationKind.Speech))
        {
            draftSpeech++;
            var key = QuotationText.Key(draft.Text);
            if (!goldSpeech.TryGetValue(key, out var g) || !matchedKeys.Add(key))
            {
                spurious.Add(draft.Text);
                continue;
            }
            if (SameSpeaker(g.Speaker, draft.Speaker))
            {
                correct++;
            }
            else
            {
                wrong.Add((draft.Text, g.Speaker, draft.Speaker));
            }
        }
        var missed = goldSpeech.Where(p => !matchedKeys.Contains(p.Key)).Select(p => p.Value.Text).ToList();
        return new QuotationScore(goldSpeech.Count, draftSpeech, matchedKeys.Count, correct, missed, spurious, wrong);
    }

    /// <summary>Speaker names are equal ignoring case, spacing and a leading article.</summary>
    public static bool SameSpeaker(string? gold, string? draft)
    {
        if (gold is null || draft is null)
        {
            return gold is null && draft is null;
        }
        return string.Equals(StripArticle(gold), StripArticle(draft), StringComparison.OrdinalIgnoreCase);
    }

    private static string StripArticle(string name)
    {
        var n = QuotationText.Normalise(name);
        foreach (var article in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (n.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return n[article.Length..];
            }
        }
        return n;
    }
}
