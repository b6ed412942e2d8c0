using nietras.SeparatedValues;

namespace QuizTui.Core.Formats;

/// <summary>
/// CSV as spreadsheets and gradebooks read it (RFC 4180: UTF-8, a header row, CRLF line ends,
/// a field in quotes when it holds a comma, a quote or a line break, quotes inside doubled),
/// written and read with Sep. Text cells are guarded so that a spreadsheet never runs one as a
/// formula; docs/scores-export.md describes the guard.
/// </summary>
public static class SpreadsheetCsv
{
    private static readonly Sep Comma = Sep.New(',');

    /// <summary>
    /// A writer onto <paramref name="output"/> (whose line ends become CRLF) that has already
    /// written the header, so a file with no rows still names its columns.
    /// </summary>
    public static SepWriter Writer(TextWriter output, IReadOnlyList<string> columns)
    {
        output.NewLine = "\r\n";
        var writer = Comma.Writer(o => o with { Escape = true }).To(output);
        writer.Header.Add(columns.ToArray());
        writer.Header.Write();
        return writer;
    }

    /// <summary>A reader of CSV text whose rows may have any number of fields, quotes taken off.</summary>
    public static SepReader Reader(string text) =>
        Comma.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(text);

    /// <summary>
    /// A text cell as written: one that a spreadsheet would take for a formula (starting with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading <c>'</c>,
    /// the usual guard, which spreadsheets show as text. A cell that already starts with <c>'</c>
    /// gets one too, so <see cref="Unguard"/> always gives back the text as it was.
    /// </summary>
    public static string Guard(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'' ? "'" + text : text;

    /// <summary>The text of a cell written by <see cref="Guard"/>: one leading <c>'</c> taken off.</summary>
    public static string Unguard(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;
}
