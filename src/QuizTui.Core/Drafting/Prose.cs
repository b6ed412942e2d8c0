using System.Collections.Frozen;

namespace QuizTui.Core.Drafting;

/// <summary>
/// An article's prose, read once and shared by every rule: the reporter's words and punctuation
/// as tokens (each quotation stands as one token), numbered sentences and paragraphs, and the
/// people and organisations the article names.
/// </summary>
internal sealed class Prose
{
    private readonly Dictionary<int, QuoteSpan> _spanByOpen;

    public Prose(ArticleText article, List<QuoteSpan> spans)
    {
        Article = article;
        _spanByOpen = new Dictionary<int, QuoteSpan>(spans.Count);
        var masked = article.Text.Replace(Tokenizer.QuoteMarker, ' ').ToCharArray();
        foreach (var span in spans)
        {
            _spanByOpen[span.Open] = span;
            Array.Fill(masked, ' ', span.Open, span.Close - span.Open + 1);
            masked[span.Open] = Tokenizer.QuoteMarker;
        }
        Tokens = Tokenizer.Tokenize(new string(masked), article.Paragraphs, open => _spanByOpen[open].LastChar);
        Entities = new EntityIndex(Tokens, token => _spanByOpen[token.Start].Text);
    }

    public ArticleText Article { get; }

    public List<Token> Tokens { get; }

    public EntityIndex Entities { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    /// <summary>The quoted span a quotation token stands for.</summary>
    public QuoteSpan SpanOf(int quoteToken) => _spanByOpen[Tokens[quoteToken].Start];

    public bool IsWordAt(int index, string word) =>
        index >= 0 && index < Tokens.Count && Tokens[index].IsWord && Tokens[index].Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWordAt(int index, FrozenSet<string> words) =>
        index >= 0 && index < Tokens.Count && Tokens[index].IsWord && words.Contains(Tokens[index].Text);

    public bool SameSentence(int a, int b) => Tokens[a].Sentence == Tokens[b].Sentence;

    /// <summary>The first token of the sentence holding <paramref name="index"/>.</summary>
    public int SentenceStart(int index)
    {
        var k = index;
        while (k > 0 && Tokens[k - 1].Sentence == Tokens[index].Sentence)
        {
            k--;
        }
        return k;
    }

    /// <summary>The last token of the sentence holding <paramref name="index"/>.</summary>
    public int SentenceLast(int index)
    {
        var k = index;
        while (k + 1 < Tokens.Count && Tokens[k + 1].Sentence == Tokens[index].Sentence)
        {
            k++;
        }
        return k;
    }

    /// <summary>The last token from <paramref name="from"/> on in its sentence, stopping before any quotation.</summary>
    public int SentenceEnd(int from)
    {
        var k = from;
        while (k + 1 < Tokens.Count && Tokens[k + 1].Sentence == Tokens[from].Sentence && !Tokens[k + 1].IsQuote)
        {
            k++;
        }
        return k;
    }

    /// <summary>True for a full stop that belongs to an abbreviation or an initial ("Gov.", "J.", "J.M.").</summary>
    public bool IsAbbreviationDot(int index) =>
        index > 0 && Tokens[index].IsPunct('.') && Tokens[index - 1].IsWord && Tokens[index - 1].End == Tokens[index].Start
        && (Tokens[index - 1].Text.Length == 1 && char.IsUpper(Tokens[index - 1].Text[0]) || Lexicon.IsAbbreviation(Tokens[index - 1].Text)
            || Lexicon.IsJoinedInitials(Tokens[index - 1].Text))
        && index + 1 < Tokens.Count && Tokens[index + 1].Sentence == Tokens[index].Sentence;

    /// <summary>Words of a token range, as printed, joined with spaces ("Lt. Col. Mark Adams").</summary>
    public string Words(int from, int to, bool markQuotations = false)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = from; k <= to && k < Tokens.Count; k++)
        {
            var t = Tokens[k];
            if (t.IsQuote)
            {
                // Shown to the instructor as a place where quoted words stood ("as "…" in nature").
                if (markQuotations)
                {
                    sb.Append(sb.Length > 0 ? " \"…\"" : "\"…\"");
                }
                continue;
            }
            if (sb.Length > 0 && !(t.Kind == TokenKind.Punct && t.Text[0] is '.' or ',' or '\'' or '’'))
            {
                sb.Append(' ');
            }
            sb.Append(t.Text);
        }
        return sb.ToString();
    }

    /// <summary>"in the same sentence", "earlier in the paragraph", "two paragraphs earlier".</summary>
    public string Distance(int from, int to)
    {
        if (Tokens[from].Sentence == Tokens[to].Sentence)
        {
            return "in the same sentence";
        }
        var paragraphs = Tokens[to].Paragraph - Tokens[from].Paragraph;
        return paragraphs switch
        {
            0 => Tokens[to].Sentence - Tokens[from].Sentence == 1 ? "in the sentence before" : "earlier in the paragraph",
            1 => "in the paragraph before",
            _ => $"{Humanizer.NumberToWordsExtension.ToWords(paragraphs)} paragraphs earlier",
        };
    }
}
