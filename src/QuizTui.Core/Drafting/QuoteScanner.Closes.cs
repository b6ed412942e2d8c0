namespace QuizTui.Core.Drafting;

/// <summary>Finding the mark that closes a quotation: double, straight, doubled apostrophe or single.</summary>
internal static partial class QuoteScanner
{
    private static int FindDoubledApostropheClose(string text, int from, int end)
    {
        for (var i = from + 1; i + 1 < end; i++)
        {
            if (text[i] == '\'' && text[i + 1] == '\'' && !ArticleText.IsSpace(text[i - 1]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Finds the closing mark; <paramref name="blocked"/> is set when another curly opening mark
    /// comes first, which means the opening mark was stray.
    /// </summary>
    private static int FindDoubleClose(string text, int from, int end, char opener, out bool blocked)
    {
        blocked = false;
        if (opener != '"')
        {
            // A curly or angled opening mark closes with its own kind; straight marks inside it
            // are a quotation within the quotation. Only when there is no such closing mark is a
            // straight one taken, as in text that mixes the two.
            var match = opener switch
            {
                '«' => '»',
                '„' => '“',
                _ => '”',
            };
            for (var i = from; i < end; i++)
            {
                var c = text[i];
                if (c == match || opener == '„' && c == '”')
                {
                    return i;
                }
                if (opener == '“' && IsDoubledSingleClose(text, i, from, end))
                {
                    return i;
                }
                if (c == '“' && opener == '“' && i > from && ArticleText.IsSpace(text[i - 1]))
                {
                    blocked = true;
                    return -1;
                }
            }
            if (opener == '«')
            {
                return -1;
            }
        }
        var nested = StraightCloseSkippingInner(text, from, end);
        return nested >= 0 ? nested : StraightClose(text, from, end);
    }

    /// <summary>The first mark that can close a quotation: any right curly mark, or a straight one not shaped like an opening.</summary>
    private static int StraightClose(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (IsStraightOrRightClose(text, i, from, end))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The closing mark past any quotation inside the quotation written with the same straight
    /// marks ("The "United States" holds none of them," he wrote): a mark with a space before and
    /// a letter after opens the inner quotation, and the next closing mark closes it. -1 when
    /// the marks do not pair up that way; the caller then takes the first closing mark.
    /// </summary>
    private static int StraightCloseSkippingInner(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (IsStraightOrRightClose(text, i, from, end))
            {
                return i;
            }
            if (text[i] == '"')
            {
                var inner = StraightClose(text, i + 1, end);
                if (inner < 0)
                {
                    return -1;
                }
                i = inner;
            }
        }
        return -1;
    }

    private static bool IsStraightOrRightClose(string text, int i, int from, int end) =>
        text[i] == '”'
        || text[i] == '"' && (i == from || !ArticleText.IsSpace(text[i - 1]) || i + 1 == end || !char.IsLetterOrDigit(text[i + 1]));

    private static int FindSingleClose(string text, int from, int end)
    {
        for (var i = from + 1; i < end; i++)
        {
            var c = text[i];
            if (c is '“' or '"' && IsDoubleOpen(text, i, from))
            {
                // A quotation inside a single-quoted one ('He said "no" to us,' she said): skip
                // past it. With no closing mark, the single mark was more likely an apostrophe.
                var inner = FindDoubleClose(text, i + 1, end, c, out _);
                if (inner < 0)
                {
                    return -1;
                }
                i = inner;
                continue;
            }
            if (c is not ('’' or '\''))
            {
                continue;
            }
            var prev = text[i - 1];
            if (ArticleText.IsSpace(prev))
            {
                continue;
            }
            var next = i + 1 < end ? text[i + 1] : ' ';
            if (char.IsLetterOrDigit(next))
            {
                continue; // an apostrophe inside a word: don't, Hootsuite’s
            }
            if (prev is 's' or 'S' && next == ' ' && i + 2 < end && char.IsLower(text[i + 2]))
            {
                continue; // a plural possessive: the workers' union
            }
            return i;
        }
        return -1;
    }
}
