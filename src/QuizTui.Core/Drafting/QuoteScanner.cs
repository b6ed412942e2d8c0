using System.Text;

namespace QuizTui.Core.Drafting;

/// <summary>
/// Finds quoted spans: curly and straight double quotes, guillemets, two apostrophes standing for
/// a double mark (''like this''), and single quotes used as quotation marks (headlines, decks,
/// British style) where they cannot be apostrophes. A quotation inside a quotation stays part of
/// the outer one. A paragraph that opens a quotation without closing it continues into the next
/// paragraph when that one opens with the same kind of mark (the news convention for a quotation
/// running over several paragraphs).
/// </summary>
internal static partial class QuoteScanner
{
    public static List<QuoteSpan> Scan(ArticleText article)
    {
        var text = article.Text;
        var paragraphs = article.Paragraphs;
        var spans = new List<QuoteSpan>();
        var pi = 0;
        var i = paragraphs.Count > 0 ? paragraphs[0].Start : 0;
        while (pi < paragraphs.Count)
        {
            var (start, end) = paragraphs[pi];
            if (i >= end)
            {
                pi++;
                if (pi < paragraphs.Count)
                {
                    i = paragraphs[pi].Start;
                }
                continue;
            }
            var c = text[i];
            if (IsDoubledApostropheOpen(text, i, start))
            {
                // ''like this'': two apostrophes standing for a double quotation mark.
                var close = FindDoubledApostropheClose(text, i + 2, end);
                if (close >= 0)
                {
                    spans.Add(Make(text, i, close + 1, pi, pi, false, [(i + 2, close)]));
                    i = close + 2;
                    continue;
                }
                i += 2;
                continue;
            }
            if (IsDoubleOpen(text, i, start))
            {
                var close = FindDoubleClose(text, i + 1, end, c, out var blocked);
                if (close >= 0)
                {
                    var last = ClosingMarkEnd(text, close, end);
                    spans.Add(Make(text, i, last, pi, pi, false, [(i + 1, close)]));
                    i = last + 1;
                    continue;
                }
                if (!blocked && OpensSentence(text, i, start) && TryContinue(text, paragraphs, pi, i, end, single: false, out var span))
                {
                    spans.Add(span);
                    pi = span.EndParagraph;
                    i = span.Close + 1;
                    continue;
                }
                i++;
                continue;
            }
            if (IsSingleOpen(text, i, start))
            {
                var close = FindSingleClose(text, i + 1, end);
                if (close >= 0)
                {
                    spans.Add(Make(text, i, close, pi, pi, true, [(i + 1, close)]));
                    i = close + 1;
                    continue;
                }
                if (i == start && TryContinue(text, paragraphs, pi, i, end, single: true, out var span))
                {
                    spans.Add(span);
                    pi = span.EndParagraph;
                    i = span.Close + 1;
                    continue;
                }
            }
            i++;
        }
        return spans;
    }

    /// <summary>
    /// Follows a quotation left open at the end of its paragraph into the next ones, each of which
    /// opens again with the same kind of mark; the last one closes it.
    /// </summary>
    private static bool TryContinue(
        string text, List<(int Start, int End)> paragraphs, int pi, int open, int end, bool single, out QuoteSpan span)
    {
        var parts = new List<(int, int)> { (open + 1, end) };
        var lastParagraph = pi;
        for (var q = pi + 1; q < paragraphs.Count; q++)
        {
            var (qs, qe) = paragraphs[q];
            if (single ? !IsSingleOpen(text, qs, qs) : !IsDoubleOpen(text, qs, qs))
            {
                // "… a lot today.¶It was a long day." : the paragraph break fell inside the
                // quotation (a copy that split a paragraph), so the next paragraph carries it on
                // without opening again and closes it with the first mark it prints.
                if (!single && UnopenedClose(text, qs, qe) is var carriedClose and >= 0)
                {
                    parts.Add((qs, carriedClose));
                    span = Make(text, open, ClosingMarkEnd(text, carriedClose, qe), pi, q, single, parts);
                    return true;
                }
                break;
            }
            var blocked = false;
            var close = single ? FindSingleClose(text, qs + 1, qe) : FindDoubleClose(text, qs + 1, qe, text[qs], out blocked);
            if (close >= 0)
            {
                parts.Add((qs + 1, close));
                span = Make(text, open, single ? close : ClosingMarkEnd(text, close, qe), pi, q, single, parts);
                return true;
            }
            if (blocked)
            {
                span = null!;
                return false;
            }
            parts.Add((qs + 1, qe));
            lastParagraph = q;
        }
        // "Name (coach): “I've been waiting …" never closed, and the next paragraph opens no
        // quotation (or none follows): a double mark that opens a sentence and is left open runs
        // to the end of the last paragraph that carries it, as a reader takes it.
        if (!single && parts[^1].Item2 > parts[^1].Item1)
        {
            span = Make(text, open, parts[^1].Item2 - 1, pi, lastParagraph, single, parts);
            return true;
        }
        span = null!;
        return false;
    }

    /// <summary>
    /// The closing mark of a paragraph whose first double mark closes rather than opens, with a
    /// sentence's end or a comma just inside it; -1 when its first mark opens a quotation or it
    /// prints none.
    /// </summary>
    private static int UnopenedClose(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsDoubleMark(text[i]))
            {
                continue;
            }
            var closes = text[i] == '»' || IsStraightOrRightClose(text, i, start, end);
            return closes && i > start && text[i - 1] is '.' or '!' or '?' or ',' ? i : -1;
        }
        return -1;
    }

    private static QuoteSpan Make(
        string text, int open, int close, int paragraph, int endParagraph, bool single, List<(int Start, int End)> parts)
    {
        var sb = new StringBuilder();
        foreach (var (s, e) in parts)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            AppendCollapsingLineBreaks(sb, text, s, e);
        }
        return new QuoteSpan
        {
            Open = open,
            Close = close,
            Paragraph = paragraph,
            EndParagraph = endParagraph,
            Single = single,
            Text = sb.ToString().Trim(),
        };
    }

    /// <summary>Copies text verbatim except that a line break and the spaces around it become one space.</summary>
    private static void AppendCollapsingLineBreaks(StringBuilder sb, string text, int start, int end)
    {
        var i = start;
        while (i < end && ArticleText.IsSpace(text[i]))
        {
            i++;
        }
        var last = end;
        while (last > i && ArticleText.IsSpace(text[last - 1]))
        {
            last--;
        }
        for (; i < last; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                while (sb.Length > 0 && sb[^1] is ' ' or '\t')
                {
                    sb.Length--;
                }
                sb.Append(' ');
                while (i + 1 < last && ArticleText.IsSpace(text[i + 1]))
                {
                    i++;
                }
                continue;
            }
            sb.Append(c);
        }
    }

    /// <summary>
    /// True when a quotation mark starts a sentence (or follows a colon or an attribution's comma):
    /// only such a quotation may run on into the next paragraph; one opened mid-sentence and left
    /// open is a stray mark.
    /// </summary>
    private static bool OpensSentence(string text, int i, int paraStart)
    {
        var k = i - 1;
        while (k >= paraStart && ArticleText.IsSpace(text[k]))
        {
            k--;
        }
        return k < paraStart || text[k] is '.' or '!' or '?' or ':' or ',' or '”' or '"' or '—' or '–';
    }

    private static bool IsOpeningContext(string text, int i, int paraStart)
    {
        if (i == paraStart)
        {
            return true;
        }
        var prev = text[i - 1];
        return ArticleText.IsSpace(prev) || prev is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or '“' or '"' or '‘';
    }

    public static bool IsDoubleOpen(string text, int i, int paraStart)
    {
        var c = text[i];
        if (c == '”')
        {
            return IsRightMarkOpen(text, i, paraStart);
        }
        if (c is '“' or '„')
        {
            return i + 1 < text.Length && !ArticleText.IsSpace(text[i + 1]) || i + 1 == text.Length;
        }
        if (c == '«')
        {
            // French spacing puts a space inside guillemets: « like this ».
            return i + 1 < text.Length;
        }
        if (c != '"')
        {
            return false;
        }
        return IsOpeningContext(text, i, paraStart) && i + 1 < text.Length && !ArticleText.IsSpace(text[i + 1]);
    }

    private static bool IsDoubledApostropheOpen(string text, int i, int paraStart) =>
        text[i] == '\'' && i + 2 < text.Length && text[i + 1] == '\'' && !ArticleText.IsSpace(text[i + 2]) && text[i + 2] != '\''
        && IsOpeningContext(text, i, paraStart);

    private static bool IsSingleOpen(string text, int i, int paraStart)
    {
        var c = text[i];
        if (c is not ('‘' or '\'') || i + 1 >= text.Length)
        {
            return false;
        }
        return IsOpeningContext(text, i, paraStart) && char.IsLetter(text[i + 1]);
    }
}
