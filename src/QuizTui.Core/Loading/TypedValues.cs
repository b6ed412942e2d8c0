using System.Globalization;
using QuizTui.Core.Authoring;

namespace QuizTui.Core.Loading;

/// <summary>
/// The values of one file's YAML nodes as text, ids, dates, booleans and numbers. A value of the
/// wrong kind is reported at its node and read as null, so reading goes on and every problem shows.
/// </summary>
internal sealed class TypedValues(FileReport file)
{
    public FileReport File { get; } = file;

    public string? AsText(YamlTree v, string what)
    {
        if (v.IsNull)
            return null;
        if (!v.IsScalar)
        {
            File.Report(DiagnosticCodes.StringExpected, v, $"`{what}` must be text, not {v.Describe()}; quote it if it contains `: ` or starts with a symbol.");
            return null;
        }
        string text = v.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    public string? AsId(YamlTree v, string what)
    {
        string? id = AsText(v, what);
        if (id is not null && !IdSlug.IsValid(id))
        {
            File.Report(DiagnosticCodes.InvalidId, v,
                $"`{id}` is not a valid id: use lowercase letters and digits joined by hyphens, like `{IdSlug.From(id, "my-id")}`.");
        }
        return id;
    }

    public DateOnly? AsDate(YamlTree v, string what)
    {
        if (v.IsScalar && DateOnly.TryParseExact(v.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        File.Report(DiagnosticCodes.DateExpected, v, $"`{what}` must be a date written YYYY-MM-DD (like 2020-09-24), not {Shown(v)}.");
        return null;
    }

    public bool? AsBool(YamlTree v, string what)
    {
        if (Fields.TryBool(v, out bool value))
            return value;
        File.Report(DiagnosticCodes.BooleanExpected, v, $"`{what}` must be `true` or `false`, not {Shown(v)}.");
        return null;
    }

    public decimal? AsNumber(YamlTree v, string what)
    {
        if (Fields.TryNumber(v, out var value))
            return value;
        File.Report(DiagnosticCodes.NumberExpected, v, $"`{what}` must be a number (like 42 or 3.5, unquoted, no unit), not {Shown(v)}.");
        return null;
    }

    public int? AsInt(YamlTree v, string what)
    {
        if (Fields.IsPlain(v) && int.TryParse(v.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            return value;
        File.Report(DiagnosticCodes.IntegerExpected, v, $"`{what}` must be a whole number, not {Shown(v)}.");
        return null;
    }

    /// <summary>A nested mapping checked against its keys, or null (reported) when the node is not a mapping.</summary>
    public Fields? AsFields(YamlTree v, KeySet keys, string what)
    {
        if (v.Kind == YamlKind.Mapping)
            return new Fields(this, v, keys);
        File.Report(DiagnosticCodes.MappingExpected, v, $"`{what}` must be {keys.Description} written as `key: value` lines, not {v.Describe()}.");
        return null;
    }

    /// <summary>A value as messages quote it: the text (cut at 40 characters), or what kind of node it is.</summary>
    public static string Shown(YamlTree v) =>
        v.IsScalar && !v.IsNull ? $"`{(v.Value.Length > 40 ? v.Value[..40] + "…" : v.Value)}`" : v.Describe();
}
