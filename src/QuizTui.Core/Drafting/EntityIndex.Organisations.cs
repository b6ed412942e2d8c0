namespace QuizTui.Core.Drafting;

/// <summary>Organisations: names defined by initials or short forms in brackets, organisation runs, and the kind of body a name is.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// "Transport for London (TfL)": the words before bracketed initials that spell them are an
    /// organisation's name, small words included, so "TfL" later finds it.
    /// </summary>
    private void RegisterNamesDefinedByInitials()
    {
        for (var i = 1; i + 2 < _tokens.Count; i++)
        {
            if (!_tokens[i].IsPunct('(') || !_tokens[i + 1].IsWord || !_tokens[i + 2].IsPunct(')'))
            {
                continue;
            }
            var initials = _tokens[i + 1].Bare;
            var first = i - initials.Length;
            if (initials.Count(char.IsUpper) < 2 || first < 0 || !SameSentence(first, i - 1)
                || Enumerable.Range(first, initials.Length).Any(k => !_tokens[k].IsWord))
            {
                RegisterNameSpelledLooselyBefore(i, initials);
                continue;
            }
            var name = string.Join(' ', Enumerable.Range(first, initials.Length).Select(k => _tokens[k].Text));
            if (IsAcronymOf(initials, name) && !_byFullName.ContainsKey(name))
            {
                AddOrganisation(name);
            }
            else
            {
                RegisterNameSpelledLooselyBefore(i, initials);
            }
        }
    }

    /// <summary>
    /// "the Lindenport Department of Prisons and Parole (LDPP)", "the Lindenport Rowing Federation
    /// (RLF)": capitalised words with "of", "and", "for" or "the" among them whose initials spell the
    /// capitals in brackets, in order or reordered (an abbreviation taken from the name in another
    /// language), are an organisation's full name, and a reordered abbreviation is its short form.
    /// </summary>
    private void RegisterNameSpelledLooselyBefore(int open, string initials)
    {
        if (initials.Length < 3 || !initials.All(char.IsUpper))
        {
            return;
        }
        var letters = string.Concat(initials.Order());
        var capitals = 0;
        for (var k = open - 1; k >= 0 && open - k <= 10 && SameSentence(k, open) && _tokens[k].IsWord && capitals < initials.Length; k--)
        {
            if (!_tokens[k].IsCapitalised)
            {
                if (_tokens[k].Text is "of" or "and" or "for" or "the")
                {
                    continue;
                }
                return;
            }
            if (_tokens[k].IsAcronym || _tokens[k].IsPossessive)
            {
                return;
            }
            capitals++;
            // "The Lindenport …": a capitalised word before the name goes on with it unless it is "The".
            if (capitals < initials.Length || k > 0 && SameSentence(k - 1, k) && _tokens[k - 1].IsCapitalised && !_tokens[k - 1].IsAcronym
                && !Lexicon.Determiners.Contains(_tokens[k - 1].Text))
            {
                continue;
            }
            var name = string.Join(' ', Enumerable.Range(k, open - k).Select(j => _tokens[j].Text));
            if (_byFullName.ContainsKey(name))
            {
                return;
            }
            var spelled = string.Concat(Enumerable.Range(k, open - k).Where(j => _tokens[j].IsCapitalised).Select(j => _tokens[j].Text[0]));
            if (spelled == initials)
            {
                AddOrganisation(name);
            }
            else if (string.Concat(spelled.Order()) == letters)
            {
                _shortForms[initials] = AddOrganisation(name);
            }
            return;
        }
    }

    /// <summary>
    /// "World Wonder Ring Stardom (Stardom)": a name of three or more capitalised words followed by
    /// its last word in brackets defines that word as the organisation's short form, so
    /// "Stardom's statement" is the full name's even when other names end in "Stardom".
    /// </summary>
    private void RegisterShortFormsInBrackets()
    {
        for (var i = 3; i + 2 < _tokens.Count; i++)
        {
            if (!_tokens[i].IsPunct('(') || !_tokens[i + 1].IsWord || !_tokens[i + 2].IsPunct(')') || !_tokens[i + 1].IsCapitalised
                || _tokens[i + 1].IsAcronym || !string.Equals(_tokens[i - 1].Text, _tokens[i + 1].Text, StringComparison.Ordinal))
            {
                continue;
            }
            var run = _runs.Find(r => r.Last == i - 1);
            if (run.Count < 3 || _byFullName.ContainsKey(run.Name))
            {
                continue;
            }
            _shortForms[_tokens[i + 1].Text] = AddOrganisation(run.Name);
        }
    }

    /// <summary>
    /// "the Board said" after "the Lindenport Water Board": the one organisation of the article
    /// whose name holds the body's word, by its fullest name (a name that only begins or ends a
    /// longer one, "Harbour Board" beside "Lindenport Water and Harbour Board", is the same body).
    /// Null when no organisation or two different ones hold it.
    /// </summary>
    public Organisation? OnlyOrganisationNamedWith(string word)
    {
        var holding = _organisations.Values
            .Where(o => o.Name.Contains(' ', StringComparison.Ordinal) && o.Name.Split(' ').Contains(word, StringComparer.Ordinal))
            .ToList();
        var fullest = holding.Where(o => !holding.Any(other => other != o
                && (other.Name.StartsWith(o.Name + " ", StringComparison.OrdinalIgnoreCase) || other.Name.EndsWith(" " + o.Name, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        return fullest is [var only] ? only : null;
    }

    /// <summary>"Blake's lawyer" looks like "Acme's lawyer"; when a person of the article has that surname, it is theirs.</summary>
    private void DropSurnamesTakenForOrganisations()
    {
        foreach (var name in _organisations.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal) && _bySurname.ContainsKey(n)
                                                            && !n.All(char.IsUpper)).ToList())
        {
            _organisations.Remove(name);
        }
    }

    private Organisation AddOrganisation(string name)
    {
        var canonical = CanonicalOrganisation(name);
        if (!_organisations.TryGetValue(canonical, out var org))
        {
            _organisations[canonical] = org = new Organisation(canonical);
        }
        return org;
    }

    public static string CanonicalOrganisation(string name)
    {
        if (!name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Lexicon.CorporateSuffixes.Contains(words[^1].TrimEnd('.')))
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words);
    }

    private bool IsOrganisationRun(NameRun run, out string? type)
    {
        type = OrganisationNounNextTo(run);
        var first = _tokens[run.First];
        if (run.Count == 1 && first.IsAcronym && !Lexicon.RoleNouns.Contains(first.Bare))
        {
            return !IsInDateline(run.First);
        }
        var next = run.Last + 1;
        if (next < _tokens.Count && _tokens[next].IsWord && Lexicon.CorporateSuffixes.Contains(_tokens[next].Bare))
        {
            return true;
        }
        // "Polish officials", "the Danish bishop": a nationality describes the noun after it.
        if (run.Count == 1 && !first.IsPossessive && Lexicon.IsNationalityAdjective(first.Text))
        {
            type = null;
            return false;
        }
        // "Transport for London (TfL)": a name followed by its initials in brackets.
        if (run.Count >= 2 && next + 1 < _tokens.Count && _tokens[next].IsPunct('(') && _tokens[next + 1].IsWord
            && IsAcronymOf(_tokens[next + 1].Bare, run.Name))
        {
            return true;
        }
        if (run.Count >= 2 && (Lexicon.OrganisationNameWords.Contains(_tokens[run.Last].Bare) || IsBodyNamedWithOf(run.Name)))
        {
            return true;
        }
        if (type is not null)
        {
            return true;
        }
        if (run.Count > 2)
        {
            return false;
        }
        // "Hootsuite spokeswoman Melanie Gaboriault", "Acme product trainer Sam Doe", "a Hootsuite spokesperson said"
        for (var k = next; k < _tokens.Count && k <= next + 2 && SameSentence(k, run.Last); k++)
        {
            var token = _tokens[k];
            if (!token.IsWord)
            {
                break;
            }
            if (Lexicon.IsRoleNounForm(token.Bare) && !token.IsCapitalised)
            {
                return true;
            }
            if (token.IsCapitalised && !token.IsAcronym)
            {
                break;
            }
            if (token.IsAcronym && Lexicon.RoleNouns.Contains(token.Bare))
            {
                return true;
            }
        }
        // "a specialist at Hootsuite", "an employee with Acme", "head coach of the Riverton Hawks"
        var p = run.First - 1;
        if (p >= 0 && SameSentence(p, run.First) && _tokens[p].IsWord && !_tokens[p].IsCapitalised
            && (_tokens[p].Text.Contains('-', StringComparison.Ordinal) || Lexicon.Determiners.Contains(_tokens[p].Text)))
        {
            p--;
        }
        if (p >= 1 && SameSentence(p, run.First) && _tokens[p].Text is "at" or "with" or "for" or "of")
        {
            for (var k = p - 1; k >= 0 && k >= p - 3 && SameSentence(k, p); k--)
            {
                if (_tokens[k].IsWord && Lexicon.IsRoleNoun(_tokens[k].Bare))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The kind of body a name says it is: "Riverton Town Council" a council, "Acme Inc." or
    /// "Brightwater Foods" a company.
    /// </summary>
    private string? KindOfName(NameRun run)
    {
        var next = run.Last + 1;
        if (next < _tokens.Count && _tokens[next].IsWord && Lexicon.CorporateSuffixes.Contains(_tokens[next].Bare))
        {
            return "company";
        }
        var last = _tokens[run.Last].Bare.ToLowerInvariant();
        if (Lexicon.CorporateSuffixes.Contains(last) || Lexicon.BusinessNameWords.Contains(last))
        {
            return "company";
        }
        return run.Count >= 2 && Lexicon.OrganisationNouns.Contains(last) ? last : null;
    }

    /// <summary>
    /// "tech company Hootsuite", "the platform Acme", "the Acme company" (but not "Okafor's
    /// office", nor "Grocery chain …" where the capital only starts the sentence): the noun.
    /// </summary>
    private string? OrganisationNounNextTo(NameRun run)
    {
        var prev = run.First - 1;
        if (prev >= 0 && SameSentence(prev, run.First) && _tokens[prev].IsWord && !_tokens[prev].IsCapitalised
            && Lexicon.OrganisationNouns.Contains(_tokens[prev].Text))
        {
            return _tokens[prev].Text.ToLowerInvariant();
        }
        var next = run.Last + 1;
        var startsSentence = prev < 0 || !SameSentence(prev, run.First);
        if (!startsSentence && !_tokens[run.Last].IsPossessive && next < _tokens.Count && SameSentence(next, run.Last)
            && _tokens[next].IsWord && !_tokens[next].IsCapitalised && Lexicon.OrganisationNouns.Contains(_tokens[next].Text))
        {
            return _tokens[next].Text.ToLowerInvariant();
        }
        return BodyNounOfDescriptionAfter(run);
    }

    /// <summary>
    /// "Lindenport Ferries, a small company, said": a description set off by commas after the
    /// name, of up to four lowercase words with no preposition or role, ending in a body's noun.
    /// </summary>
    private string? BodyNounOfDescriptionAfter(NameRun run)
    {
        var comma = run.Last + 1;
        if (run.Count < 2 || _tokens[run.Last].IsPossessive || comma + 2 >= _tokens.Count || !_tokens[comma].IsPunct(',')
            || !SameSentence(comma, run.Last) || _tokens[comma + 1].Text is not ("a" or "an" or "the"))
        {
            return null;
        }
        var k = comma + 2;
        while (k < _tokens.Count && k <= comma + 5 && SameSentence(k, run.Last) && _tokens[k].IsWord && !_tokens[k].IsCapitalised
               && !_tokens[k].IsPossessive && !Lexicon.Prepositions.Contains(_tokens[k].Text) && !Lexicon.IsRoleNoun(_tokens[k].Bare))
        {
            k++;
        }
        var last = k - 1;
        return last > comma + 1 && k < _tokens.Count && _tokens[k].IsPunct(',') && Lexicon.OrganisationNouns.Contains(_tokens[last].Text)
            ? _tokens[last].Text.ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// "Easton police said": a body named by its place and a lowercase noun is named with the
    /// noun, as the article writes it, so a later "Police say" or "police said" gives "Easton
    /// police" rather than the place. Null unless such a noun follows the run.
    /// </summary>
    private string? BodyNounAfterPlace(NameRun run)
    {
        var next = run.Last + 1;
        if (_tokens[run.Last].IsPossessive || _tokens[run.First].IsAcronym || next >= _tokens.Count || !SameSentence(next, run.Last)
            || !_tokens[next].IsWord || _tokens[next].IsCapitalised || !Lexicon.BodiesNamedByPlace.Contains(_tokens[next].Text)
            || ContainsOrganisationWord(run) || Enumerable.Range(run.First, run.Count).Any(k => Lexicon.IsNationalityAdjective(_tokens[k].Text)))
        {
            return null;
        }
        return _tokens[next].Text;
    }

    /// <summary>
    /// "the U.S. Department of Farming", "the N.W. Health Service": a place's initials printed just
    /// before a body's name are part of it (the run stops at their full stop). The initials with
    /// their full stop, or null.
    /// </summary>
    private string? InitialsBeforeBody(NameRun run)
    {
        var initials = run.First - 2;
        if (initials < 0 || run.Count < 2 || !SameSentence(initials, run.First) || !_tokens[run.First - 1].IsPunct('.')
            || _tokens[run.First - 1].Start != _tokens[initials].End || !Lexicon.IsJoinedInitials(_tokens[initials].Text)
            || !(Lexicon.OrganisationNameWords.Contains(_tokens[run.Last].Bare) || IsBodyNamedWithOf(run.Name)))
        {
            return null;
        }
        return _tokens[initials].Text + ".";
    }

    private bool ContainsOrganisationWord(NameRun run) => ContainsOrganisationWord(_tokens, run);

    private static bool ContainsOrganisationWord(List<Token> tokens, NameRun run)
    {
        for (var k = run.First; k <= run.Last; k++)
        {
            if (tokens[k].IsWord && Lexicon.OrganisationNameWords.Contains(tokens[k].Bare))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "LINDENPORT —", "KELL, Westmark (Courier) —": words in capitals opening a paragraph before a
    /// dash are the place a report was filed from, never a body that later speaks as "it".
    /// </summary>
    private bool IsInDateline(int token)
    {
        var paragraph = _tokens[token].Paragraph;
        for (var k = token - 1; k >= 0 && _tokens[k].Paragraph == paragraph; k--)
        {
            if (!_tokens[k].IsAcronym && !_tokens[k].IsPunct(','))
            {
                return false;
            }
        }
        for (var k = token + 1; k < _tokens.Count && k <= token + 8 && _tokens[k].Paragraph == paragraph; k++)
        {
            if (_tokens[k].Kind == TokenKind.Punct && _tokens[k].Text is "—" or "–" or "-" or "--")
            {
                return true;
            }
            if (!_tokens[k].IsCapitalised && !_tokens[k].IsPunct(',') && !_tokens[k].IsPunct('(') && !_tokens[k].IsPunct(')')
                && !_tokens[k].IsPunct('.'))
            {
                return false;
            }
        }
        return false;
    }
}
