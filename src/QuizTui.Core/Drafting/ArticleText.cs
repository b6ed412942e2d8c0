namespace QuizTui.Core.Drafting;

/// <summary>An article split into paragraphs, with a way back from offsets to lines and columns.</summary>
internal sealed class ArticleText
{
    private readonly List<int> _lineStarts = [0];

    public ArticleText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
        Paragraphs = SplitParagraphs(text, _lineStarts);
    }

    public string Text { get; }

    /// <summary>Paragraphs as [Start, End) ranges with surrounding blank space trimmed.</summary>
    public List<(int Start, int End)> Paragraphs { get; }

    public (int Line, int Column) LineColumn(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>
    /// Paragraphs are separated by blank lines; a text without any blank line has one paragraph
    /// per line.
    /// </summary>
    private static List<(int Start, int End)> SplitParagraphs(string text, List<int> lineStarts)
    {
        var lines = new List<(int Start, int End, bool Blank)>(lineStarts.Count);
        var anyBlank = false;
        var seenText = false;
        for (var i = 0; i < lineStarts.Count; i++)
        {
            var start = lineStarts[i];
            var end = i + 1 < lineStarts.Count ? lineStarts[i + 1] - 1 : text.Length;
            var blank = IsBlank(text, start, end);
            if (blank && seenText)
            {
                anyBlank = true;
            }
            seenText |= !blank;
            lines.Add((start, end, blank));
        }

        var paragraphs = new List<(int Start, int End)>();
        var paraStart = -1;
        var paraEnd = -1;
        foreach (var (start, end, blank) in lines)
        {
            if (blank || !anyBlank)
            {
                if (paraStart >= 0)
                {
                    AddTrimmed(text, paragraphs, paraStart, paraEnd);
                    paraStart = -1;
                }
                if (!blank)
                {
                    AddTrimmed(text, paragraphs, start, end);
                }
                continue;
            }
            if (paraStart < 0)
            {
                paraStart = start;
            }
            paraEnd = end;
        }
        if (paraStart >= 0)
        {
            AddTrimmed(text, paragraphs, paraStart, paraEnd);
        }
        return paragraphs;
    }

    private static void AddTrimmed(string text, List<(int Start, int End)> paragraphs, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            paragraphs.Add((start, end));
        }
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';
}
