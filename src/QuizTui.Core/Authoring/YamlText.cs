using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QuizTui.Core.Authoring;

/// <summary>
/// Hand-formatted YAML output: writes keys, list items and comments, and picks for each string
/// the plainest style that reads back as the same string — plain, single-quoted, double-quoted,
/// or a block scalar (<c>&gt;-</c> folded for long lines, <c>|-</c> literal for text with line breaks).
/// </summary>
public sealed partial class YamlText
{
    private readonly StringBuilder _sb = new();

    /// <summary>The column past which long single-line text is folded.</summary>
    public int Width { get; init; } = 96;

    public override string ToString() => _sb.ToString();

    public YamlText Comment(int indent, string text)
    {
        foreach (string line in text.Split('\n'))
            _sb.Append(' ', indent).Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        return this;
    }

    public YamlText BlankLine()
    {
        _sb.Append('\n');
        return this;
    }

    /// <summary>A raw line, written as given (for fixed parts of templates).</summary>
    public YamlText Line(string text)
    {
        _sb.Append(text).Append('\n');
        return this;
    }

    /// <summary>
    /// <c>key: value</c> at <paramref name="indent"/>; with <paramref name="item"/> the key opens a
    /// list item (<c>- key: value</c>, the dash two columns left of the key).
    /// </summary>
    public YamlText Key(int indent, string key, string value, bool item = false, string? comment = null)
    {
        string lead = Lead(indent, item) + key + ":";
        int room = Width - lead.Length - 1;
        if (NeedsBlock(value, room) is { } block)
        {
            _sb.Append(lead).Append(' ').Append(block.Header);
            if (comment is not null)
                _sb.Append("  # ").Append(comment);
            _sb.Append('\n');
            foreach (string line in block.Lines)
            {
                if (line.Length == 0)
                    _sb.Append('\n');
                else
                    _sb.Append(' ', indent + 2).Append(line).Append('\n');
            }
            return this;
        }
        _sb.Append(lead).Append(' ').Append(Scalar(value));
        if (comment is not null)
            _sb.Append("  # ").Append(comment);
        _sb.Append('\n');
        return this;
    }

    /// <summary><c>key: value</c> for a value written as is (numbers, booleans, flow lists of ids).</summary>
    public YamlText Raw(int indent, string key, string rawValue, bool item = false, string? comment = null)
    {
        _sb.Append(Lead(indent, item)).Append(key).Append(": ").Append(rawValue);
        if (comment is not null)
            _sb.Append("  # ").Append(comment);
        _sb.Append('\n');
        return this;
    }

    /// <summary><c>key:</c> opening a nested mapping or list.</summary>
    public YamlText Open(int indent, string key, bool item = false, string? comment = null)
    {
        _sb.Append(Lead(indent, item)).Append(key).Append(':');
        if (comment is not null)
            _sb.Append("  # ").Append(comment);
        _sb.Append('\n');
        return this;
    }

    /// <summary>A list item holding one scalar: <c>- value</c>, the dash at <paramref name="indent"/>.</summary>
    public YamlText Item(int indent, string value)
    {
        string lead = new string(' ', indent) + "- ";
        if (NeedsBlock(value, Width - lead.Length) is { } block)
        {
            _sb.Append(lead).Append(block.Header).Append('\n');
            foreach (string line in block.Lines)
                _sb.Append(line.Length == 0 ? "" : new string(' ', indent + 2) + line).Append('\n');
            return this;
        }
        _sb.Append(lead).Append(Scalar(value)).Append('\n');
        return this;
    }

    private static string Lead(int indent, bool item) =>
        item ? new string(' ', Math.Max(0, indent - 2)) + "- " : new string(' ', indent);

    /// <summary>A flow list of ids: <c>[a, b]</c>. Ids are always plain-safe; anything else is quoted.</summary>
    public static string FlowList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Scalar)) + "]";

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value as one-line YAML: plain when that reads back as the same string, else quoted.</summary>
    public static string Scalar(string value)
    {
        if (IsPlainSafe(value))
            return value;
        if (value.All(c => IsPrintable(c) && c is not ('\n' or '\r' or '\t' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF')))
            return "'" + value.Replace("'", "''") + "'";
        return DoubleQuoted(value);
    }

    public static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (IsPrintable(c) && c is not ('\u0085' or '\u2028' or '\u2029' or '\uFEFF'))
                        sb.Append(c);
                    else
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>True when the string can be written without quotes and still read back as this string.</summary>
    public static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]))
            return false;
        foreach (char c in value)
        {
            if (!IsPrintable(c) || c is '\n' or '\r' or '\t' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
                return false;
        }
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
            return false;
        if (ReservedWord().IsMatch(value))
            return false;
        // Anything that starts like a number and has no space may resolve to a number, date or time.
        if (NumberLike().IsMatch(value) && !value.Contains(' '))
            return false;
        return true;
    }

    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD')
        || char.IsSurrogate(c);

    private sealed record BlockScalar(string Header, IReadOnlyList<string> Lines);

    private BlockScalar? NeedsBlock(string value, int room)
    {
        if (value.Contains('\n'))
        {
            // Literal: every line kept as is. Only when no line would change on the way back
            // (leading or trailing spaces, tabs, carriage returns, unprintable characters).
            string[] lines = value.Split('\n');
            bool literalSafe = !value.EndsWith('\n')
                && lines[0].Length > 0
                && lines.All(l => l.Length == 0 || (!char.IsWhiteSpace(l[0]) && !char.IsWhiteSpace(l[^1])))
                && value.All(c => IsPrintable(c) && c is not ('\r' or '\t' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF'));
            return literalSafe ? new BlockScalar("|-", lines) : null;
        }
        if (value.Length <= room || value.Length <= 40)
            return null;
        bool foldSafe = !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
            && value.All(c => IsPrintable(c) && c is not ('\r' or '\t' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF'));
        if (!foldSafe)
            return null;
        var folded = Fold(value, Math.Max(40, Width - 8));
        return folded.Count > 1 ? new BlockScalar(">-", folded) : null;
    }

    /// <summary>
    /// Breaks a line at single spaces only (a folded scalar turns each break back into one space);
    /// a space next to another space is never a break.
    /// </summary>
    private static List<string> Fold(string value, int width)
    {
        var lines = new List<string>();
        int start = 0;
        while (value.Length - start > width)
        {
            int cut = -1;
            for (int i = start + width; i > start; i--)
            {
                if (IsBreakableSpace(value, i))
                {
                    cut = i;
                    break;
                }
            }
            if (cut < 0)
            {
                for (int i = start + width + 1; i < value.Length; i++)
                {
                    if (IsBreakableSpace(value, i))
                    {
                        cut = i;
                        break;
                    }
                }
            }
            if (cut < 0)
                break;
            lines.Add(value[start..cut]);
            start = cut + 1;
        }
        lines.Add(value[start..]);
        return lines;
    }

    private static bool IsBreakableSpace(string value, int i) =>
        i > 0 && i < value.Length - 1 && value[i] == ' ' && value[i - 1] != ' ' && value[i + 1] != ' ';

    [GeneratedRegex("^(null|Null|NULL|~|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|<<|=)$")]
    private static partial Regex ReservedWord();

    [GeneratedRegex(@"^[-+.]?[0-9]|^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$")]
    private static partial Regex NumberLike();
}
