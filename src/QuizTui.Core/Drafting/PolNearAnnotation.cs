using System.Globalization;

namespace QuizTui.Core.Drafting;

/// <summary>A stretch of an article's text, from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), in UTF-16 code units.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>Characters covered.</summary>
    public int Length => End - Start;

    /// <summary>Characters this range shares with <paramref name="other"/>.</summary>
    public int Shared(TextRange other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}

/// <summary>
/// One attribution relation of a PolNeAR article: who (<see cref="Source"/>), through which words
/// (<see cref="Cue"/>), said or thought what (<see cref="Content"/>). Each part may be printed in
/// several pieces.
/// </summary>
/// <param name="Source">The source's pieces; empty when the relation has none (a passive "it was reported").</param>
/// <param name="Cue">The cue's pieces.</param>
/// <param name="Content">The content's pieces (both contents when the relation has two).</param>
public sealed record PolNearAttribution(IReadOnlyList<TextRange> Source, IReadOnlyList<TextRange> Cue, IReadOnlyList<TextRange> Content);

/// <summary>
/// Reads one PolNeAR annotation file (brat standoff): <c>T</c> lines give typed spans
/// (<c>T5\tSource 299 319\tSpokeswoman Ana Ruiz</c>, pieces of a broken span separated by
/// <c>;</c>), <c>E</c> lines tie them into relations (<c>E2\tAttribution:T11 Cue:T6 Content:T7
/// Source:T5</c>). The offsets count Unicode code points; they are turned into UTF-16 offsets of the
/// article's text here, so a character outside the Basic Multilingual Plane does not shift them.
/// A span's text may run over several lines of the file; only the offsets are read.
/// </summary>
public static class PolNearAnnotation
{
    /// <summary>
    /// The attribution relations of <paramref name="ann"/>, over <paramref name="text"/> (the
    /// article the offsets point into), in the order of the file, and the spans annotated as
    /// <c>Discuss</c> (content-like text the annotators set aside). Malformed lines are skipped.
    /// </summary>
    public static (IReadOnlyList<PolNearAttribution> Attributions, IReadOnlyList<TextRange> Discussed) Parse(string text, string ann)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ann);
        var utf16 = CodePointOffsets(text);
        var spans = new Dictionary<string, IReadOnlyList<TextRange>>(StringComparer.Ordinal);
        var discussed = new List<TextRange>();
        var events = new List<string>();
        foreach (var line in ann.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2)
            {
                continue;
            }
            if (fields[0][0] == 'T' && char.IsAsciiDigit(fields[0][1]))
            {
                var typeEnd = fields[1].IndexOf(' ', StringComparison.Ordinal);
                if (typeEnd < 0 || ParsePieces(fields[1][(typeEnd + 1)..], utf16) is not { } pieces)
                {
                    continue;
                }
                spans[fields[0]] = pieces;
                if (fields[1][..typeEnd] == "Discuss")
                {
                    discussed.AddRange(pieces);
                }
            }
            else if (fields[0][0] == 'E' && char.IsAsciiDigit(fields[0][1]))
            {
                events.Add(fields[1]);
            }
        }

        var attributions = new List<PolNearAttribution>();
        foreach (var roles in events)
        {
            var source = new List<TextRange>();
            var cue = new List<TextRange>();
            var content = new List<TextRange>();
            foreach (var role in roles.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out var pieces))
                {
                    continue;
                }
                switch (role[..colon])
                {
                    case "Source":
                        source.AddRange(pieces);
                        break;
                    case "Cue":
                        cue.AddRange(pieces);
                        break;
                    case "Content" or "Content2":
                        content.AddRange(pieces);
                        break;
                }
            }
            if (content.Count > 0)
            {
                attributions.Add(new PolNearAttribution(source, cue, content));
            }
        }
        return (attributions, discussed);
    }

    /// <summary>The text of a span's pieces, joined by single spaces.</summary>
    public static string TextOf(string text, IReadOnlyList<TextRange> pieces)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pieces);
        return string.Join(' ', pieces.Select(p => text[p.Start..p.End]));
    }

    private static List<TextRange>? ParsePieces(string offsets, int[] utf16)
    {
        var pieces = new List<TextRange>();
        foreach (var piece in offsets.Split(';'))
        {
            var bounds = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || start > end || end >= utf16.Length)
            {
                return null;
            }
            pieces.Add(new TextRange(utf16[start], utf16[end]));
        }
        return pieces;
    }

    /// <summary>For each code point offset (and one past the end), its UTF-16 offset in <paramref name="text"/>.</summary>
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }
        offsets.Add(text.Length);
        return [.. offsets];
    }
}
