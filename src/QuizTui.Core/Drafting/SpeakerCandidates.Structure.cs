namespace QuizTui.Core.Drafting;

/// <summary>
/// The features that read how the article around a quotation is built: who opens the sentences
/// near it and who was last introduced before it.
/// </summary>
internal sealed partial class SpeakerCandidates
{
    /// <summary>What the structure features need for one quotation, worked out once for all its candidates.</summary>
    private sealed record Structure(HashSet<string> FirstInSentences, string? LastIntroducedBefore);

    private Structure StructureOf(int index, List<Mention> mentions)
    {
        var marker = _analyses[index].Marker;
        var sentence = _p[marker].Sentence;
        var first = new HashSet<string>(StringComparer.Ordinal);
        string? lastIntroduced = null;
        var seenSentences = new HashSet<int>();
        foreach (var m in mentions)
        {
            var s = _p[m.Token].Sentence;
            // The subject of a sentence is usually the first person it names: the quotation's own
            // sentence and the one before, which introduces a quotation opening its sentence. Only
            // people count, since a group or place named first ("Muslims", "Westmark") is seldom
            // the subject that speaks.
            if (s >= sentence - 1 && s <= sentence && m.Kind == SpeakerKind.Person && seenSentences.Add(s))
            {
                first.Add(Fold(m.Name));
            }
            if (m.Token < marker && m.Kind == SpeakerKind.Person && !IsPronounToken(m.Token) && IsIntroduced(m.Token))
            {
                lastIntroduced = m.Name;
            }
        }
        return new Structure(first, lastIntroduced);
    }

    /// <summary>The candidate's features that read the article's structure, from <see cref="StructureOf"/>.</summary>
    private void AddStructure(double[] x, string name, Structure s)
    {
        x[SpeakerRanker.FirstInSentence] = s.FirstInSentences.Contains(Fold(name)) ? 1 : 0;
        x[SpeakerRanker.LastIntroduced] = s.LastIntroducedBefore is not null && Alike(s.LastIntroducedBefore, name) ? 1 : 0;
    }

    private bool IsPronounToken(int token) => _p[token].Text.ToLowerInvariant() is "he" or "she" or "they" or "it";

    /// <summary>
    /// A name introduced with who the person is: a role word before it ("spokeswoman Ana Ruiz")
    /// or an appositive after it ("Ana Ruiz, the harbour master,", "Tom Baker, who chairs …").
    /// </summary>
    private bool IsIntroduced(int token)
    {
        if (token > 0 && _p[token - 1].IsWord && !_p[token - 1].IsCapitalised && Lexicon.IsRoleNoun(_p[token - 1].Text))
        {
            return true;
        }
        var end = token;
        while (end + 1 < _p.Count && _p[end + 1].IsCapitalised && _p.SameSentence(end + 1, token))
        {
            end++;
        }
        if (end + 2 >= _p.Count || !_p[end + 1].IsPunct(',') || !_p.SameSentence(end + 2, token))
        {
            return false;
        }
        var next = _p[end + 2];
        return next.IsWord && (Lexicon.AppositiveOpeners.Contains(next.Text) || !next.IsCapitalised && Lexicon.IsRoleNoun(next.Text));
    }
}
