namespace QuizTui.Core.Drafting;

/// <summary>Quotation marks printed in less usual ways.</summary>
internal static partial class QuoteScanner
{
    /// <summary>
    /// A right double mark used to open a quotation (”Like this,” she said), as some typesetting
    /// does: only where an opening mark could stand and a word follows at once, so a closing mark
    /// with a stray space before it is not taken for one.
    /// </summary>
    private static bool IsRightMarkOpen(string text, int i, int paraStart) =>
        IsOpeningContext(text, i, paraStart) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>
    /// Two single marks closing a double-quoted quotation (“Like this,’’ he said), as some
    /// typesetting does: right after a word or punctuation, with no letter after them.
    /// </summary>
    private static bool IsDoubledSingleClose(string text, int i, int from, int end) =>
        i > from && i + 1 < end
        && IsSingleMark(text[i]) && IsSingleMark(text[i + 1])
        && !ArticleText.IsSpace(text[i - 1])
        && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    /// <summary>The last character of the closing mark at <paramref name="close"/>: the second of two single marks, or the mark itself.</summary>
    private static int ClosingMarkEnd(string text, int close, int end) =>
        IsDoubledSingleClose(text, close, close - 1, end) ? close + 1 : close;

    private static bool IsSingleMark(char c) => c is '’' or '‘' or '\'';

    private static bool IsDoubleMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';
}
