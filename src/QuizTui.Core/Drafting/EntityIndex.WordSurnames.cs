namespace QuizTui.Core.Drafting;

/// <summary>Surnames that are also role nouns, titles or speech verbs ("Driver", "Host", "King"), and given names spelt like titles ("Gen").</summary>
internal sealed partial class EntityIndex
{
    /// <summary>Words the article uses as a surname after "Mr." or "Ms." that are otherwise no name words.</summary>
    private readonly HashSet<string> _wordSurnames = new(StringComparer.Ordinal);

    private void FindWordSurnames()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            var bare = _tokens[i].Bare;
            if (IsSurnameAfterPersonalHonorific(_tokens, i)
                && (Lexicon.IsRoleNounForm(bare) || Lexicon.Honorifics.Contains(bare) || Lexicon.SpeechVerbs.Contains(bare)))
            {
                _wordSurnames.Add(bare);
            }
        }
    }

    /// <summary>
    /// "Nadia Driver said" in an article that writes "Ms. Driver": the word that ends a name elsewhere
    /// ends this run too, rather than standing as a role noun after a first name.
    /// </summary>
    public List<NameRun> WithWordSurnames(List<NameRun> runs, int to)
    {
        if (_wordSurnames.Count == 0)
        {
            return runs;
        }
        var extended = new List<NameRun>(runs.Count);
        foreach (var run in runs)
        {
            var next = run.Last + 1;
            var ends = next + 1 >= _tokens.Count || _tokens[next + 1].Sentence != _tokens[next].Sentence || !_tokens[next + 1].IsCapitalised;
            extended.Add(run.Count <= 2 && next < to && !_tokens[run.Last].IsPossessive && _tokens[next].IsCapitalised
                         && _tokens[next].Sentence == _tokens[run.Last].Sentence && _wordSurnames.Contains(_tokens[next].Bare) && ends
                ? new NameRun(run.First, next, $"{run.Name} {_tokens[next].Bare}", run.Count + 1)
                : run);
        }
        return extended;
    }

    /// <summary>
    /// "Ortega Vell said" after "Nadia Ortega Vell": a two-word name that is the
    /// surname of the one person of three words the article names or prints ending in it, as that person.
    /// Null when no such person is named, or two are ("Marine Le Pen", "Jean-Marie Le Pen").
    /// </summary>
    public string? FullerNameEndingIn(string twoWords)
    {
        if (twoWords.Count(c => c == ' ') != 1)
        {
            return null;
        }
        // A name printed inside a sentence counts too ("At the meetings, Nadia Ortega Vell, a pilot, …");
        // one opening a sentence may carry a headline's or a question's first word.
        var printed = _runs.Where(run => run.Count == 3 && run.First > 0 && _tokens[run.First - 1].Sentence == _tokens[run.First].Sentence
                && !_tokens[run.First].IsAcronym && !ContainsOrganisationWord(run) && FindOrganisation(run.Name) is null
                && !Lexicon.IsNationalityAdjective(_tokens[run.First].Text))
            .Select(run => run.Name);
        var fuller = People.Select(person => person.FullName).Concat(printed)
            .Where(name => name.Count(c => c == ' ') == 2 && name.EndsWith(" " + twoWords, StringComparison.OrdinalIgnoreCase))
            .Distinct(AccentFoldingComparer.Instance)
            .ToList();
        return fuller.Count == 1 ? fuller[0] : null;
    }

    /// <summary>
    /// "investor Gen Tanaka said": a given name spelt like a title ("Gen", "Dean", "Prince"), with no
    /// full stop, right after a lowercase role noun that is no title itself and before one
    /// capitalised word, is the person's first name; a rank would not follow "investor".
    /// </summary>
    private static bool IsGivenNameSpeltLikeTitle(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!Lexicon.GivenNamesSpeltLikeTitles.Contains(token.Text) || i < 1 || i + 1 >= tokens.Count)
        {
            return false;
        }
        var role = tokens[i - 1];
        // "Jan de Vries": the surname may follow its particles.
        var surname = tokens[i + 1 + ParticlesBeforeName(tokens, i + 1, tokens.Count)];
        return role.Sentence == token.Sentence && role.IsWord && !role.IsCapitalised && Lexicon.IsRoleNoun(role.Bare)
            && !Lexicon.Honorifics.Contains(role.Bare)
            && surname.Sentence == token.Sentence && surname.IsCapitalised && !surname.IsAcronym
            && !Lexicon.Honorifics.Contains(surname.Bare) && !Lexicon.IsRoleNounForm(surname.Bare)
            && !(i + 2 < tokens.Count && tokens[i + 2].Sentence == token.Sentence && tokens[i + 2].IsCapitalised);
    }

    /// <summary>
    /// "On Monday, Jan Vale, the harbour master, said": a given name spelt like a month's
    /// abbreviation, with no full stop and a capitalised surname right after it in its sentence, is a
    /// first name; a month would be followed by its full stop, a day or a year.
    /// </summary>
    private static bool IsGivenNameSpeltLikeMonth(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!Lexicon.GivenNamesSpeltLikeMonths.Contains(token.Text) || i + 1 >= tokens.Count)
        {
            return false;
        }
        // "Jan de Vries": the surname may follow its particles.
        var surname = tokens[i + 1 + ParticlesBeforeName(tokens, i + 1, tokens.Count)];
        return surname.Sentence == token.Sentence && surname.IsWord && surname.IsCapitalised && !surname.IsAcronym
            && char.IsLetter(surname.Text[0]) && !Lexicon.NotNames.Contains(surname.Bare)
            && !Lexicon.IsRoleNounForm(surname.Bare) && !Lexicon.Honorifics.Contains(surname.Bare);
    }

    /// <summary>
    /// "Omar Said Vell", "Karim Said Vell": "Said" inside a sentence between two name words is part of
    /// the name (a given or family name common in Arabic names), not the verb.
    /// </summary>
    private static bool IsSaidInsideName(List<Token> tokens, int i) =>
        tokens[i].Text == "Said" && i >= 1 && i + 1 < tokens.Count
        && tokens[i - 1].Sentence == tokens[i].Sentence && tokens[i + 1].Sentence == tokens[i].Sentence
        && tokens[i - 1].End < tokens[i].Start && tokens[i].End < tokens[i + 1].Start
        && tokens[i - 1].IsCapitalised && !tokens[i - 1].IsPossessive && tokens[i + 1].IsCapitalised && !tokens[i + 1].IsAcronym
        && IsNameWord(tokens, i - 1, first: true) && IsNameWord(tokens, i + 1, first: false)
        && !Lexicon.Determiners.Contains(tokens[i + 1].Text) && !Lexicon.Prepositions.Contains(tokens[i + 1].Text.ToLowerInvariant())
        && !Lexicon.NotNames.Contains(tokens[i + 1].Bare);
}
