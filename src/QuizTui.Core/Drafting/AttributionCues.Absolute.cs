namespace QuizTui.Core.Drafting;

/// <summary>Cues in an absolute clause: a participle with a subject of its own after "with" or a dash.</summary>
internal sealed partial class AttributionCues
{
    /// <summary>
    /// "The plan drew fire, with Senator Ana Ruiz calling it "a paper tiger"", "Both spoke after
    /// the vote – Ruiz saying she was "encouraged"": the words between "with" (or a dash) and the
    /// participle are the participle's own subject, who speaks the quoted words of its clause; the
    /// sentence's subject does not. "Ruiz and Vell clashed, with the latter calling the former
    /// "…"" gives the words to the second of the pair. Null when those words are not a subject
    /// (a single pronoun, a verb or an adverb among them).
    /// </summary>
    private List<int>? AbsoluteSubject(int s0, int participle)
    {
        var words = new List<int>();
        for (var k = participle - 1; k >= s0 && words.Count <= MaxSubjectWords; k--)
        {
            var t = p[k];
            if (t.IsWord && !t.IsCapitalised && t.Text == "with" || IsDash(k))
            {
                words.Reverse();
                return SubjectOfAbsolute(s0, k, words);
            }
            if (t.Kind == TokenKind.Punct && p.IsAbbreviationDot(k))
            {
                continue;
            }
            if (!t.IsWord || t.IsQuote)
            {
                return null;
            }
            words.Add(k);
        }
        return null;
    }

    private List<int>? SubjectOfAbsolute(int s0, int boundary, List<int> words)
    {
        if (words.Count == 2 && p.IsWordAt(words[0], "the") && (p.IsWordAt(words[1], "latter") || p.IsWordAt(words[1], "former")))
        {
            return OneOfPair(s0, boundary, latter: p.IsWordAt(words[1], "latter"));
        }
        if (words.Count == 0 || words.Count == 1 && !p[words[0]].IsCapitalised
            || words.Exists(w => !p[w].IsCapitalised && (Lexicon.NotInSubject.Contains(p[w].Text) || Lexicon.Adverbs.Contains(p[w].Text)
                                                          || Lexicon.IsSpeechVerb(p[w].Text) || Lexicon.Pronouns.Contains(p[w].Text))))
        {
            return null;
        }
        return IsSubject(words) ? Truncate(words) : null;
    }

    /// <summary>
    /// "Ana Ruiz and lawyer Tomas Vell clashed …": the first name and the second of a pair joined
    /// by "and" (a few lowercase words such as a role allowed before the second) before
    /// <paramref name="before"/>, for "the former" and "the latter".
    /// </summary>
    private List<int>? OneOfPair(int s0, int before, bool latter)
    {
        var runs = EntityIndex.RunsIn(p.Tokens, s0, before);
        for (var i = 0; i + 1 < runs.Count; i++)
        {
            var and = runs[i].Last + 1;
            if (!p.IsWordAt(and, "and") || runs[i + 1].First - and > 3)
            {
                continue;
            }
            var between = true;
            for (var k = and + 1; k < runs[i + 1].First; k++)
            {
                between &= p[k].IsWord && !p[k].IsCapitalised;
            }
            if (between)
            {
                var run = latter ? runs[i + 1] : runs[i];
                return [.. Enumerable.Range(run.First, run.Last - run.First + 1)];
            }
        }
        return null;
    }

    /// <summary>A dash standing alone between words: "–", "—", "--".</summary>
    private bool IsDash(int k) => p[k].Kind == TokenKind.Punct && p[k].Text is "–" or "—" or "--";
}
