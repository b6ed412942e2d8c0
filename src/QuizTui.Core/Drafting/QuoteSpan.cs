namespace QuizTui.Core.Drafting;

/// <summary>A quoted span: the opening mark, the closing mark and the words between.</summary>
internal sealed class QuoteSpan
{
    public required int Open { get; init; }

    public required int Close { get; init; }

    public required int Paragraph { get; init; }

    public required int EndParagraph { get; init; }

    public required bool Single { get; init; }

    public required string Text { get; init; }

    /// <summary>The last character inside the marks that is not a space.</summary>
    public char LastChar => Text.Length == 0 ? ' ' : Text[^1];

    public int WordCount
    {
        get
        {
            var count = 0;
            var inWord = false;
            foreach (var c in Text)
            {
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord)
                {
                    count++;
                }
                inWord = letter;
            }
            return count;
        }
    }
}
