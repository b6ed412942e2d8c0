namespace QuizTui.Core.Drafting;

internal enum TokenKind
{
    Word,
    Punct,

    /// <summary>Stands for a whole quoted span (the reporter's prose never includes quoted words).</summary>
    Quote,
}

internal readonly record struct Token(int Start, int End, string Text, TokenKind Kind, int Paragraph, int Sentence)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsQuote => Kind == TokenKind.Quote;

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text[0] == c;

    public bool IsCapitalised => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>True for words like ICE or FCN: two or more letters, all capitals.</summary>
    public bool IsAcronym
    {
        get
        {
            if (Kind != TokenKind.Word)
            {
                return false;
            }
            var word = Bare;
            var letters = 0;
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
                if (char.IsLetter(c))
                {
                    letters++;
                }
            }
            return letters >= 2;
        }
    }

    /// <summary>The word without a possessive ending ("Keiser’s" → "Keiser", "Bishops'" → "Bishops").</summary>
    public string Bare => !IsPossessive ? Text : IsPluralPossessive ? Text[..^1] : Text[..^2];

    public bool IsPossessive =>
        Kind == TokenKind.Word && Text.Length > 2 && (Text[^1] is 's' && Text[^2] is '\'' or '’' or '‘' || IsPluralPossessive);

    /// <summary>"Bishops'" in "the Bishops' Conference": the tokenizer keeps such an apostrophe only inside a name.</summary>
    private bool IsPluralPossessive => Text[^1] is '\'' or '’' && Text[^2] is 's';
}

/// <summary>
/// Splits the reporter's prose (with quoted spans masked) into words and punctuation and
/// numbers the sentences.
/// </summary>
internal static class Tokenizer
{
    public const char QuoteMarker = '\u0001';

    public static List<Token> Tokenize(string prose, List<(int Start, int End)> paragraphs, Func<int, char> quoteLastChar)
    {
        var tokens = new List<Token>(prose.Length / 5);
        var sentence = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            var firstInParagraph = true;
            var i = start;
            var sawNewline = false;
            while (i < end)
            {
                var c = prose[i];
                if (ArticleText.IsSpace(c))
                {
                    sawNewline |= c == '\n';
                    i++;
                    continue;
                }
                int tokenEnd;
                TokenKind kind;
                if (c == QuoteMarker)
                {
                    kind = TokenKind.Quote;
                    tokenEnd = i + 1;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    kind = TokenKind.Word;
                    tokenEnd = i + 1;
                    while (tokenEnd < end)
                    {
                        var d = prose[tokenEnd];
                        if (char.IsLetterOrDigit(d))
                        {
                            tokenEnd++;
                        }
                        else if (d is '\'' or '’' or '‘' or '-' or '&' or '.' or '@'
                                 && tokenEnd + 1 < end && char.IsLetterOrDigit(prose[tokenEnd + 1]))
                        {
                            tokenEnd += 2;
                        }
                        else if (d is '\'' or '’' && prose[tokenEnd - 1] is 's' && char.IsUpper(prose[i]) && tokenEnd + 2 < end
                                 && prose[tokenEnd + 1] == ' ' && char.IsUpper(prose[tokenEnd + 2]))
                        {
                            tokenEnd++; // "Catholic Bishops' Conference": a plural possessive inside a name
                            break;
                        }
                        else if (d is '–' && char.IsUpper(prose[i]) && tokenEnd + 1 < end && char.IsUpper(prose[tokenEnd + 1]))
                        {
                            tokenEnd += 2; // "Export–Import Bank": an en dash joining two capitalised words is part of the name
                        }
                        else
                        {
                            break;
                        }
                    }
                }
                else
                {
                    kind = TokenKind.Punct;
                    tokenEnd = i + 1;
                }
                var text = kind == TokenKind.Quote ? "\"" : prose[i..tokenEnd];
                if (firstInParagraph)
                {
                    sentence++;
                    firstInParagraph = false;
                }
                else if (StartsSentence(tokens, text, kind, sawNewline, quoteLastChar))
                {
                    sentence++;
                }
                tokens.Add(new Token(i, tokenEnd, text, kind, p, sentence));
                sawNewline = false;
                i = tokenEnd;
            }
        }
        return tokens;
    }

    private static bool StartsSentence(List<Token> tokens, string text, TokenKind kind, bool sawNewline, Func<int, char> quoteLastChar)
    {
        var prev = tokens[^1];
        var upper = kind == TokenKind.Quote || char.IsUpper(text[0]) || char.IsDigit(text[0]);
        if (!upper)
        {
            return false;
        }
        if (prev.Kind == TokenKind.Punct && prev.Text[0] is '.' or '!' or '?')
        {
            if (prev.Text[0] == '.' && tokens.Count >= 2 && kind != TokenKind.Quote)
            {
                var before = tokens[^2];
                // "Gov. Jane Doe", "Lt. Col. Mark Adams", "J. Edward Moreno": a title or an initial
                // always runs on into a name. "Acme Inc. The company…" ends a sentence only when a
                // word that opens sentences follows.
                if (IsTitleOrInitial(before))
                {
                    return false;
                }
                if (IsOtherAbbreviation(before))
                {
                    return Lexicon.SentenceOpeners.Contains(text);
                }
            }
            return true;
        }
        if (prev.Kind == TokenKind.Quote && quoteLastChar(prev.Start) is '.' or '!' or '?')
        {
            return true;
        }
        // A line break inside a paragraph ends a headline or caption line.
        return sawNewline && !(prev.Kind == TokenKind.Punct && prev.Text[0] is ',' or ';' or ':' or '-' or '—' or '–');
    }

    private static bool IsTitleOrInitial(Token word) =>
        word.IsWord && (char.IsUpper(word.Text[0]) && (word.Text.Length == 1 || Lexicon.TitleAbbreviations.Contains(word.Text))
                        || word.Text is "vs" or "v");

    private static bool IsOtherAbbreviation(Token word) =>
        word.IsWord && (word.Text.Contains('.') || Lexicon.OtherAbbreviations.Contains(word.Text));
}
