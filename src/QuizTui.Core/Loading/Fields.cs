using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace QuizTui.Core.Loading;

/// <summary>
/// A YAML mapping checked against a <see cref="KeySet"/>: unknown, duplicate and missing keys are
/// reported on construction; typed getters report wrong types and give null.
/// </summary>
internal sealed partial class Fields
{
    private readonly Dictionary<string, KeyValuePair<YamlTree, YamlTree>> _entries = new(StringComparer.Ordinal);

    public Fields(TypedValues values, YamlTree node, KeySet keys)
    {
        Values = values;
        var file = values.File;
        Node = node;
        Keys = keys;
        foreach (var pair in node.Pairs)
        {
            var key = pair.Key;
            if (!key.IsScalar)
            {
                file.Report(DiagnosticCodes.StringExpected, key, $"a key of {keys.Description} must be a plain word, not {key.Describe()}.");
                continue;
            }
            if (_entries.TryGetValue(key.Value, out var first))
            {
                file.Report(DiagnosticCodes.DuplicateKey, key,
                    $"`{key.Value}` appears twice in {keys.Description} (first at line {first.Key.Line}); keep one of them.");
                continue;
            }
            _entries.Add(key.Value, pair);
            if (!keys.Allows(key.Value))
            {
                file.Report(DiagnosticCodes.UnknownKey, key,
                    $"unknown key `{key.Value}` in {keys.Description}.{Suggestions.DidYouMean(key.Value, keys.Allowed)} Allowed keys: {string.Join(", ", keys.Allowed)}.");
            }
        }
        foreach (var required in keys.Required)
        {
            if (!_entries.TryGetValue(required, out var entry))
            {
                file.Report(DiagnosticCodes.MissingKey, node, $"{keys.Description} is missing the required key `{required}`; add `{required}:`.");
            }
            else if (entry.Value.IsNull || (entry.Value.IsScalar && string.IsNullOrWhiteSpace(entry.Value.Value)))
            {
                file.Report(DiagnosticCodes.EmptyValue, entry.Key, $"`{required}` of {keys.Description} is empty; give it a value.");
            }
        }
    }

    public YamlTree Node { get; }
    public KeySet Keys { get; }

    /// <summary>The typed values of the file the mapping is in.</summary>
    public TypedValues Values { get; }

    /// <summary>The report of the file the mapping is in.</summary>
    public FileReport File => Values.File;

    public void Report(string code, YamlTree at, string message) => File.Report(code, at, message);

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The key node, for pointing at a key whose value is missing or wrong as a whole.</summary>
    public YamlTree? KeyNode(string key) => _entries.TryGetValue(key, out var e) ? e.Key : null;

    /// <summary>The value, or null when absent or written as nothing.</summary>
    public YamlTree? Value(string key) => _entries.TryGetValue(key, out var e) && !e.Value.IsNull ? e.Value : null;

    /// <summary>The value if given, else the key, else the mapping: where a problem with a value is shown.</summary>
    public YamlTree At(string key) => Value(key) ?? KeyNode(key) ?? Node;

    /// <summary>The key, else the mapping: where a problem with a list as a whole is shown.</summary>
    public YamlTree KeyAt(string key) => KeyNode(key) ?? Node;

    public string? Text(string key) => Value(key) is { } v ? Values.AsText(v, key) : null;

    public string? Id(string key) => Value(key) is { } v ? Values.AsId(v, key) : null;

    public DateOnly? Date(string key) => Value(key) is { } v ? Values.AsDate(v, key) : null;

    public bool? Bool(string key) => Value(key) is { } v ? Values.AsBool(v, key) : null;

    public decimal? Number(string key) => Value(key) is { } v ? Values.AsNumber(v, key) : null;

    public int? Int(string key) => Value(key) is { } v ? Values.AsInt(v, key) : null;

    public List<YamlTree>? List(string key)
    {
        if (Value(key) is not { } v)
            return null;
        if (v.Kind == YamlKind.Sequence)
            return v.Items;
        File.Report(DiagnosticCodes.ListExpected, v, $"`{key}` must be a list (lines starting with `- `), not {v.Describe()}.");
        return null;
    }

    public Fields? Map(string key, KeySet keys) => Value(key) is { } v ? Values.AsFields(v, keys, key) : null;

    /// <summary>
    /// A list of texts that must differ from one another (compared as <see cref="FoldForRepeats"/> does):
    /// empty entries and repeats are reported. Null when the key is absent or not a list.
    /// </summary>
    public List<string>? TextList(string key)
    {
        var list = List(key);
        if (list is null)
            return null;
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (Values.AsText(item, key) is not { } t)
            {
                if (item.IsNull)
                    Report(DiagnosticCodes.EmptyValue, item, $"an entry of `{key}` is empty; write it or remove it.");
                continue;
            }
            if (!seen.Add(FoldForRepeats(t)))
                Report(DiagnosticCodes.RepeatedText, item, $"`{t}` appears twice in `{key}`; each entry must be distinct.");
            texts.Add(t);
        }
        return texts;
    }

    /// <summary>How texts are compared for repeats within a question: typography, spacing and case folded.</summary>
    public static string FoldForRepeats(string text) => Model.TextFolding.FoldTypography(text).ToLowerInvariant();

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$", RegexOptions.CultureInvariant)]
    internal static partial Regex TimePattern();

    internal static bool IsPlain(YamlTree v) => v.IsScalar && v.Style == ScalarStyle.Plain;

    internal static bool TryBool(YamlTree v, out bool value)
    {
        value = false;
        if (!IsPlain(v))
            return false;
        switch (v.Value)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                return true;
            default:
                return false;
        }
    }

    internal static bool TryNumber(YamlTree v, out decimal value)
    {
        value = 0;
        return IsPlain(v) && decimal.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
