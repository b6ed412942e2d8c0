using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace QuizTui.Core.Authoring;

/// <summary>
/// YAML as an author would write it by hand. Each value is written by YamlDotNet's emitter, which
/// picks the plainest style that reads back as the same string (plain, single-quoted,
/// double-quoted, <c>&gt;-</c> folded for long text, <c>|-</c> literal for text with line breaks).
/// The layout around the values stays here, because the emitter has no comments and authors rely
/// on them and on this layout: a comment after a key (<c>skill: detail  # set the skill</c>),
/// comment lines between items, blank lines between questions, and keys in the documented order.
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
        string lead = Lead(indent, item);
        var lines = Emit(Width - indent, e =>
        {
            e.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
            e.Emit(new Scalar(key));
            e.Emit(ValueScalar(value, Width - lead.Length - key.Length - 2));
            e.Emit(new MappingEnd());
        });
        return Append(lead, indent, lines, comment);
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
        var lines = Emit(Width - indent, e =>
        {
            e.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
            e.Emit(ValueScalar(value, Width - indent - 2));
            e.Emit(new SequenceEnd());
        });
        return Append(new string(' ', indent), indent, lines, comment: null);
    }

    private static string Lead(int indent, bool item) =>
        item ? new string(' ', Math.Max(0, indent - 2)) + "- " : new string(' ', indent);

    /// <summary>
    /// Lines emitted at column 0, moved to <paramref name="indent"/> (the first after
    /// <paramref name="lead"/>); a comment goes after the key when the value is a block scalar or
    /// one line, else after the value's last line.
    /// </summary>
    private YamlText Append(string lead, int indent, IReadOnlyList<string> lines, string? comment)
    {
        bool blockHeader = BlockHeader().IsMatch(lines[0]);
        int commentLine = blockHeader || lines.Count == 1 ? 0 : lines.Count - 1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (i == 0)
                _sb.Append(lead);
            else if (lines[i].Length > 0)
                _sb.Append(' ', indent);
            _sb.Append(lines[i]);
            if (comment is not null && i == commentLine)
                _sb.Append("  # ").Append(comment);
            _sb.Append('\n');
        }
        return this;
    }

    /// <summary>A flow list of ids on one line: <c>[a, b]</c>; anything that is not plain-safe is quoted.</summary>
    public static string FlowList(IEnumerable<string> values)
    {
        var lines = Emit(int.MaxValue / 2, e =>
        {
            e.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow));
            foreach (string value in values)
                e.Emit(PlainOrQuoted(value, ScalarStyle.Plain));
            e.Emit(new SequenceEnd());
        });
        return string.Join(' ', lines);
    }

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// True when the text, written plain, would be read as something other than a string: a
    /// boolean, null, a number, a date or time (YAML 1.1 and 1.2), or the merge key. The emitter
    /// knows YAML's syntax but not these rules of the schema; such text is quoted.
    /// </summary>
    public static bool ResolvesToNonString(string value) =>
        value.Length == 0 || ReservedWord().IsMatch(value) || (NumberLike().IsMatch(value) && !value.Contains(' '));

    /// <summary>
    /// The scalar event for a value: literal for text with line breaks, folded for text longer than
    /// <paramref name="room"/>, else the plainest style; double-quoted (with escapes) for text with
    /// tabs, carriage returns, Unicode line separators or unprintable characters, which editors and
    /// readers treat inconsistently in the other styles. The emitter falls back to double quotes
    /// when a style cannot hold the text as it is.
    /// </summary>
    private static Scalar ValueScalar(string value, int room)
    {
        if (value.Any(c => !IsPrintable(c) || c is '\r' or '\t' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF'))
            return new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true);
        if (value.Contains('\n'))
            return new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Literal, false, true);
        if (value.Length > Math.Max(room, 40))
            return new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Folded, false, true);
        return PlainOrQuoted(value, ScalarStyle.Plain);
    }

    private static Scalar PlainOrQuoted(string value, ScalarStyle style) =>
        new(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: !ResolvesToNonString(value), isQuotedImplicit: true);

    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD')
        || char.IsSurrogate(c);

    /// <summary>Runs the emitter on one document and returns its lines, without the document markers.</summary>
    private static List<string> Emit(int width, Action<IEmitter> body)
    {
        var output = new StringWriter();
        var emitter = new Emitter(output, EmitterSettings.Default.WithBestIndent(2).WithBestWidth(Math.Max(40, width)).WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        body(emitter);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        var lines = output.ToString().Split('\n').ToList();
        if (lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        if (lines[^1] == "...")
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>The first line of a block scalar: <c>key: |-</c>, <c>- &gt;2-</c>.</summary>
    [GeneratedRegex(@"^(- |[^ '""].*?: )[|>][1-9]?[-+]?$")]
    private static partial Regex BlockHeader();

    [GeneratedRegex("^(null|Null|NULL|~|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|<<|=)$")]
    private static partial Regex ReservedWord();

    [GeneratedRegex(@"^[-+.]?[0-9]|^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$")]
    private static partial Regex NumberLike();
}
