using System.Text;

namespace QuizTui.Core.Drafting;

// How a PolNeAR source becomes a speaker's name: named, through coreference, or as printed.
public static partial class PolNearGold
{
    private static (string Speaker, PolNearSpeakerOrigin Origin) Speaker(
        string text, IReadOnlyList<TextRange> source, IReadOnlyList<CoreNlpToken> tokens, CoreNlpAnalysis? analysis, PrintedNames people)
    {
        if (NameIn(text, source, tokens, people, isSource: true) is { } named)
        {
            return (named, PolNearSpeakerOrigin.Named);
        }
        var sourceTokens = TokensIn(tokens, source);
        var hasProperNoun = sourceTokens.Any(t => t.PartOfSpeech.StartsWith("NNP", StringComparison.Ordinal));
        if (!hasProperNoun && analysis is not null)
        {
            // The chain with the mention sharing most of the source; a shorter mention wins a tie.
            var chain = analysis.Chains
                .SelectMany(c => c.Mentions.Select(m => (Chain: c, Shared: source.Sum(s => s.Shared(m)), m.Length)))
                .Where(c => c.Shared > 0)
                .OrderByDescending(c => c.Shared).ThenBy(c => c.Length)
                .Select(c => c.Chain)
                .FirstOrDefault();
            if (chain is not null && NameIn(text, [chain.Representative], tokens, people, isSource: false) is { } resolved)
            {
                return (resolved, PolNearSpeakerOrigin.Coreference);
            }
        }
        return (WithoutLeadingArticle(PolNearAnnotation.TextOf(text, source)), PolNearSpeakerOrigin.Unnamed);
    }

    /// <summary>
    /// The name a stretch gives: its longest run of PERSON tokens not followed by a possessive or a
    /// common noun, completed from <paramref name="people"/>; else a run of ORGANIZATION tokens
    /// that ends the stretch or is followed only by "spokesman" and the like, or the stretch itself
    /// (up to a comma) if all its words are proper nouns; these two only when the stretch
    /// <paramref name="isSource"/>.
    /// </summary>
    private static string? NameIn(string text, IReadOnlyList<TextRange> stretch, IReadOnlyList<CoreNlpToken> tokens, PrintedNames people, bool isSource)
    {
        var inside = TokensIn(tokens, stretch);
        // The longest run that is not an owner ("Lune’s campaign") or a modifier ("the Lune
        // campaign"): "Ohio Sen. Ada Mbeki" gives Ada Mbeki even where "Ohio" is
        // taken for a name. A word opening the run that is no proper noun ("Despite Ada Mbeki") is left out.
        var person = Runs(text, inside, "PERSON")
            .Select(r => (First: Enumerable.Range(r.First, r.Last - r.First + 1).FirstOrDefault(t => inside[t].PartOfSpeech.StartsWith("NNP", StringComparison.Ordinal), r.First), r.Last))
            .Where(r =>
            {
                var next = r.Last + 1 < inside.Count ? inside[r.Last + 1] : null;
                return next is null || next.PartOfSpeech != "POS" && !(next.PartOfSpeech.StartsWith("NN", StringComparison.Ordinal) && !next.PartOfSpeech.StartsWith("NNP", StringComparison.Ordinal));
            })
            .OrderByDescending(r => r.Last - r.First)
            .ThenBy(r => r.First)
            .Select(r => ((int First, int Last)?)r)
            .FirstOrDefault();
        if (person is var (first, last))
        {
            return Complete(WithoutTitles(text[inside[first].Range.Start..inside[last].Range.End]), people);
        }
        // Only a person's name is taken from a coreference mention: an organisation or a
        // capitalised headline representing a chain is more often CoreNLP's mistake than the speaker.
        if (!isSource)
        {
            return null;
        }
        foreach (var (orgFirst, orgLast) in Runs(text, inside, "ORGANIZATION"))
        {
            var rest = inside.Skip(orgLast + 1).Where(t => !IsPunctuation(text, t)).ToList();
            if (rest.Count == 0 || rest.Count == 1 && SpokesWords.Contains(text[rest[0].Range.Start..rest[0].Range.End]))
            {
                return WithoutLeadingArticle(text[inside[orgFirst].Range.Start..inside[orgLast].Range.End]);
            }
        }
        // A source of proper nouns only, which the tagger gave no entity ("Kit told …"), also
        // before a comma that opens a description ("Vale, who lives near the pier").
        var words = inside.TakeWhile(t => text[t.Range.Start] != ',').Where(t => !IsPunctuation(text, t)).SkipWhile(t => t.PartOfSpeech == "DT").ToList();
        if (words.Count > 0 && words.All(t => t.PartOfSpeech.StartsWith("NNP", StringComparison.Ordinal))
            && !(words.Count == 1 && NotNameWords.Contains(text[words[0].Range.Start..words[0].Range.End].TrimEnd('.'))))
        {
            return Complete(WithoutTitles(text[words[0].Range.Start..words[^1].Range.End]), people);
        }
        return null;
    }

    /// <summary>
    /// The fullest person's name printed in the article ending with <paramref name="name"/>'s
    /// words, when exactly one fuller name is not itself part of another; else the name as given.
    /// Names tagged PERSON are asked first, runs of proper nouns only when those give nothing.
    /// </summary>
    private static string Complete(string name, PrintedNames people)
    {
        return Complete(name, people.People) ?? Complete(name, people.ProperNouns) ?? name;
    }

    /// <summary>The one fullest name, <paramref name="name"/> when there are several, null when there is none.</summary>
    private static string? Complete(string name, IReadOnlyList<string> names)
    {
        var words = QuotationSpanScoring.FoldName(name).Split(' ');
        var fuller = names
            .Select(p => (Printed: p, Words: QuotationSpanScoring.FoldName(p).Split(' ')))
            .Where(p => p.Words.Length > words.Length && p.Words.AsSpan()[^words.Length..].SequenceEqual(words))
            .DistinctBy(p => string.Join(' ', p.Words))
            .ToList();
        var longest = fuller.Where(p => !fuller.Any(o => o.Words.Length > p.Words.Length && p.Words.All(o.Words.Contains))).ToList();
        return longest.Count switch
        {
            0 => null,
            1 => longest[0].Printed,
            _ => name,
        };
    }

    /// <summary>
    /// Names printed in an article, to complete a surname from: runs of PERSON tokens, and runs of
    /// two or three proper nouns for a name the tagger gave another entity ("Jo Dane" taken for
    /// a nationality). Titles are left out of both.
    /// </summary>
    private sealed record PrintedNames(IReadOnlyList<string> People, IReadOnlyList<string> ProperNouns);

    private static PrintedNames PeopleNames(string text, IReadOnlyList<CoreNlpToken> tokens)
    {
        var people = Runs(text, tokens, "PERSON").Select(r => WithoutTitles(text[tokens[r.First].Range.Start..tokens[r.Last].Range.End])).ToList();
        var properNouns = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].PartOfSpeech.StartsWith("NNP", StringComparison.Ordinal))
            {
                continue;
            }
            var last = i;
            while (last + 1 < tokens.Count && tokens[last + 1].PartOfSpeech.StartsWith("NNP", StringComparison.Ordinal) && OneSpaceApart(text, tokens[last], tokens[last + 1]))
            {
                last++;
            }
            var name = WithoutTitles(text[tokens[i].Range.Start..tokens[last].Range.End]);
            if (name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length is 2 or 3)
            {
                properNouns.Add(name);
            }
            i = last;
        }
        return new PrintedNames(people, properNouns);
    }

    /// <summary>
    /// A name without the titles CoreNLP at times tags as part of it ("Mr. Pike" → "Pike",
    /// "Sen. Ada Mbeki" → "Ada Mbeki"), so "Mr. Pike" is no second fuller name beside "Jon Pike".
    /// </summary>
    private static string WithoutTitles(string name)
    {
        // Any space splits: the texts print some names with a no-break space ("Ivo\u00A0Lune").
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length - 1 && NotNameWords.Contains(words[first].TrimEnd('.')))
        {
            first++;
        }
        return first == 0 ? name : string.Join(' ', words[first..]);
    }

    private static IEnumerable<(int First, int Last)> Runs(string text, IReadOnlyList<CoreNlpToken> tokens, string entity)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Entity != entity)
            {
                continue;
            }
            var last = i;
            // A run stops at anything but one space: a headline's last words and the name opening
            // the next line are two things.
            while (last + 1 < tokens.Count && tokens[last + 1].Entity == entity && OneSpaceApart(text, tokens[last], tokens[last + 1]))
            {
                last++;
            }
            yield return (i, last);
            i = last;
        }
    }

    private static bool OneSpaceApart(string text, CoreNlpToken left, CoreNlpToken right) =>
        right.Range.Start == left.Range.End
        || right.Range.Start == left.Range.End + 1 && text[left.Range.End] != '\n' && char.IsWhiteSpace(text[left.Range.End]);

    private static List<CoreNlpToken> TokensIn(IReadOnlyList<CoreNlpToken> tokens, IReadOnlyList<TextRange> stretch) =>
        [.. tokens.Where(t => stretch.Any(s => t.Range.Start >= s.Start && t.Range.End <= s.End && t.Range.Length > 0))];

    private static bool IsPunctuation(string text, CoreNlpToken token) =>
        text.AsSpan(token.Range.Start, token.Range.Length).ToString().All(c => char.IsPunctuation(c) || char.IsSymbol(c));

    private static string WithoutLeadingArticle(string words)
    {
        var trimmed = words.Trim().TrimEnd(',', ':', ';');
        foreach (var article in new[] { "the ", "a ", "an " })
        {
            if (trimmed.StartsWith(article, StringComparison.OrdinalIgnoreCase) && trimmed.Length > article.Length)
            {
                return trimmed[article.Length..].Trim();
            }
        }
        return trimmed;
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>
    /// Tokens for an article without a CoreNLP analysis: words and punctuation marks, a possessive
    /// ’s or 's split off (tagged <c>POS</c>), capitalised words tagged <c>NNP</c> and, unless they
    /// are a title, pronoun, determiner or date or one of more than three in a row (a headline),
    /// <c>PERSON</c>; other words <c>NN</c>.
    /// </summary>
    private static List<CoreNlpToken> FallbackTokens(string text)
    {
        var tokens = new List<CoreNlpToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(text[i]))
            {
                tokens.Add(new CoreNlpToken(new TextRange(i, i + 1), text[i].ToString(), "O"));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '.'
                || text[i] is '’' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessive(text, i)))
            {
                i++;
            }
            var word = text[start..i].TrimEnd('.');
            var end = start + Math.Max(word.Length, 1);
            var capitalised = char.IsUpper(text[start]);
            var bare = word.TrimEnd('.');
            var isName = capitalised && !NotNameWords.Contains(bare);
            tokens.Add(new CoreNlpToken(new TextRange(start, end), capitalised ? "NNP" : "NN", isName ? "PERSON" : "O"));
            if (end < i)
            {
                tokens.Add(new CoreNlpToken(new TextRange(end, i), ".", "O"));
            }
            if (i < text.Length && IsPossessive(text, i))
            {
                tokens.Add(new CoreNlpToken(new TextRange(i, i + 2), "POS", "O"));
                i += 2;
            }
        }
        // More than three capitalised words in a row are a headline, not a name.
        foreach (var (first, last) in Runs(text, tokens, "PERSON").ToList().Where(r => r.Last - r.First >= 3))
        {
            for (var t = first; t <= last; t++)
            {
                tokens[t] = tokens[t] with { Entity = "O" };
            }
        }
        return tokens;
    }

    private static bool IsPossessive(string text, int i) =>
        text[i] is '’' or '\'' && i + 1 < text.Length && text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));
}
