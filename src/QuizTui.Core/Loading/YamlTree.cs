using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace QuizTui.Core.Loading;

internal enum YamlKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// A minimal YAML node built from parser events: every node keeps its 1-based line and column.
/// Duplicate mapping keys are kept (so they can be reported) instead of failing the whole file.
/// </summary>
internal sealed class YamlTree
{
    private static readonly List<YamlTree> NoItems = [];
    private static readonly List<KeyValuePair<YamlTree, YamlTree>> NoPairs = [];

    public YamlTree(YamlKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public YamlKind Kind { get; }
    public int Line { get; }
    public int Column { get; }
    public string Value { get; init; } = "";
    public ScalarStyle Style { get; init; }
    public List<YamlTree> Items { get; init; } = NoItems;
    public List<KeyValuePair<YamlTree, YamlTree>> Pairs { get; init; } = NoPairs;

    public bool IsScalar => Kind == YamlKind.Scalar;

    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar: the YAML way of writing nothing.</summary>
    public bool IsNull =>
        Kind == YamlKind.Scalar && Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public string Describe() => Kind switch
    {
        YamlKind.Mapping => "a mapping (`key: value` lines)",
        YamlKind.Sequence => "a list",
        _ => IsNull ? "nothing" : "a single value",
    };
}

/// <summary>Thrown for YAML the reader will not take (too deep, unknown alias); becomes a syntax diagnostic.</summary>
internal sealed class YamlTreeException(int line, int column, string message) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}

internal static class YamlTreeReader
{
    private const int MaxDepth = 64;

    /// <summary>
    /// Reads the documents of a YAML text. Throws <see cref="YamlException"/> or
    /// <see cref="YamlTreeException"/> on malformed input.
    /// </summary>
    public static List<YamlTree> Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlTree>(StringComparer.Ordinal);
        var documents = new List<YamlTree>();
        try
        {
            parser.Consume<StreamStart>();
            while (!parser.TryConsume<StreamEnd>(out _))
            {
                parser.Consume<DocumentStart>();
                documents.Add(ReadNode(parser, anchors, 0));
                parser.Consume<DocumentEnd>();
            }
        }
        catch (Exception ex) when (ex is not YamlException and not YamlTreeException and not OutOfMemoryException)
        {
            // Some malformed input makes the parser fail with a plain exception (for example an
            // unclosed flow list); report it at the last position the parser reached.
            var mark = parser.Current?.Start ?? Mark.Empty;
            throw new YamlTreeException(Math.Max(1, L(mark)), Math.Max(1, C(mark)), "the YAML structure is broken at or before this point (check brackets, quotes and indentation)");
        }
        return documents;
    }

    private static int L(Mark m) => (int)Math.Min(int.MaxValue, m.Line);
    private static int C(Mark m) => (int)Math.Min(int.MaxValue, m.Column);

    private static YamlTree ReadNode(IParser parser, Dictionary<string, YamlTree> anchors, int depth)
    {
        var current = parser.Current ?? throw new YamlTreeException(1, 1, "unexpected end of the file");
        if (depth > MaxDepth)
            throw new YamlTreeException(L(current.Start), C(current.Start), $"nesting deeper than {MaxDepth} levels");

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var node = new YamlTree(YamlKind.Scalar, L(scalar.Start), C(scalar.Start))
            {
                Value = scalar.Value,
                Style = scalar.Style,
            };
            Remember(anchors, scalar.Anchor, node);
            return node;
        }
        if (parser.TryConsume<SequenceStart>(out var seqStart))
        {
            var items = new List<YamlTree>();
            while (!parser.TryConsume<SequenceEnd>(out _))
                items.Add(ReadNode(parser, anchors, depth + 1));
            var node = new YamlTree(YamlKind.Sequence, L(seqStart.Start), C(seqStart.Start)) { Items = items };
            Remember(anchors, seqStart.Anchor, node);
            return node;
        }
        if (parser.TryConsume<MappingStart>(out var mapStart))
        {
            var pairs = new List<KeyValuePair<YamlTree, YamlTree>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, anchors, depth + 1);
                var value = ReadNode(parser, anchors, depth + 1);
                pairs.Add(new(key, value));
            }
            var node = new YamlTree(YamlKind.Mapping, L(mapStart.Start), C(mapStart.Start)) { Pairs = pairs };
            Remember(anchors, mapStart.Anchor, node);
            return node;
        }
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlTreeException(L(alias.Start), C(alias.Start), $"alias *{alias.Value.Value} refers to no anchor");
        }
        throw new YamlTreeException(L(current.Start), C(current.Start), $"unexpected {current.GetType().Name}");
    }

    private static void Remember(Dictionary<string, YamlTree> anchors, AnchorName anchor, YamlTree node)
    {
        if (!anchor.IsEmpty)
            anchors[anchor.Value] = node;
    }
}
