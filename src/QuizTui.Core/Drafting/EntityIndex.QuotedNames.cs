namespace QuizTui.Core.Drafting;

/// <summary>Full names printed only inside quoted words: a speaker's own words, a programme's title.</summary>
internal sealed partial class EntityIndex
{
    private readonly Func<Token, string>? _quotedText;
    private List<(List<Token> Tokens, NameRun Run, int QuoteToken)>? _quotedRuns;

    /// <summary>
    /// "Ruiz said" where "Ana Ruiz" is printed nowhere in the reporter's prose but inside quoted
    /// words ("Ana Ruiz owes the town an answer," the rival said; the show "Ana Ruiz Tonight"): the
    /// one name of two or three words ending in the surname that the quotations print, read the
    /// way a printed name is. A longer run holding the surname ("The Ana Ruiz Hour") gives the
    /// words up to it. Null when none is printed or two are, and for a name that reads as an
    /// outlet's ("… Guardian"), which would make the speaker's words a label.
    /// </summary>
    private (string Name, int Token)? QuotedNameEndingIn(string surname)
    {
        (string Name, int Token)? found = null;
        foreach (var (tokens, run, quoteToken) in QuotedRuns())
        {
            // "Don Guardian" would read as a newspaper's name wherever it speaks: a speaker's words made a label.
            if (NameInRunEndingIn(tokens, run, surname) is not { } name || LabelRules.IsOutletName(name.Name))
            {
                continue;
            }
            if (found is { } earlier && !AccentFoldingComparer.Instance.Equals(earlier.Name, name.Name))
            {
                if (!SameNameWithMiddleNames(earlier.Name.Split(' '), name.Name.Split(' ')))
                {
                    return null;
                }
                if (name.Count > earlier.Name.Split(' ').Length)
                {
                    found = (name.Name, earlier.Token);
                }
                continue;
            }
            found ??= (name.Name, quoteToken);
        }
        return found;
    }

    /// <summary>The run itself when it ends in the surname, otherwise its last three or two words up to the surname.</summary>
    private NameRun? NameInRunEndingIn(List<Token> tokens, NameRun run, string surname)
    {
        if (IsPrintedNameEndingIn(tokens, run, surname))
        {
            return run;
        }
        var words = Enumerable.Range(run.First, run.Last - run.First + 1).Where(k => tokens[k].IsWord).ToList();
        var at = words.FindIndex(1, k => AccentFoldingComparer.Instance.Equals(tokens[k].Bare, surname));
        for (var count = Math.Min(3, at + 1); at > 0 && count >= 2; count--)
        {
            var first = words[at - count + 1];
            var parts = new List<string>();
            for (var k = first; k <= words[at]; k++)
            {
                if (tokens[k].IsWord)
                {
                    parts.Add(tokens[k].Bare);
                }
                else if (tokens[k].IsPunct('.') && parts.Count > 0)
                {
                    parts[^1] += ".";
                }
            }
            var window = new NameRun(first, words[at], string.Join(' ', parts), parts.Count);
            if (parts.Count == count && IsPrintedNameEndingIn(tokens, window, surname))
            {
                return window;
            }
        }
        return null;
    }

    private List<(List<Token> Tokens, NameRun Run, int QuoteToken)> QuotedRuns()
    {
        if (_quotedRuns is not null)
        {
            return _quotedRuns;
        }
        _quotedRuns = [];
        for (var q = 0; q < _tokens.Count && _quotedText is not null; q++)
        {
            if (!_tokens[q].IsQuote)
            {
                continue;
            }
            var text = _quotedText(_tokens[q]);
            var tokens = Tokenizer.Tokenize(text, [(0, text.Length)], _ => ' ');
            var start = 0;
            for (var i = 1; i <= tokens.Count; i++)
            {
                if (i == tokens.Count || tokens[i].Sentence != tokens[start].Sentence)
                {
                    _quotedRuns.AddRange(RunsIn(tokens, start, i).Select(run => (tokens, run, q)));
                    start = i;
                }
            }
        }
        return _quotedRuns;
    }
}
