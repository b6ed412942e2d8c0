namespace QuizTui.Core.Drafting;

/// <summary>Relatives the article names by a given name alone after the family's surname: "Marsh's father Tomas".</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// "Marsh's father Tomas said …", "Vell's wife, Nora, …": one word after a relative's noun
    /// that takes a family's name, itself after the possessive surname of a person the article names
    /// in full, is that relative's given name; when the article prints the given name with the
    /// family's surname ("Tomas Marsh"), the word stands for that person. A word that is someone
    /// else's surname, or begins another name printed, is left alone.
    /// </summary>
    private void GiveRelativesTheirFamilyNames()
    {
        foreach (var run in _runs.Where(run => run.Count == 1 && !_tokens[run.First].IsAcronym && !_tokens[run.First].IsPossessive).ToList())
        {
            if (FamilyOfRelativeNamed(run) is not { } family)
            {
                continue;
            }
            var full = $"{run.Name} {family}";
            _byFullName.TryGetValue(run.Name, out var single);
            if (single is not null && single.FullName != run.Name && single.FullName != full
                || _bySurname.TryGetValue(run.Name, out var sharing) && sharing.Any(other => other != single)
                || _runs.Any(other => other.Count >= 2 && other.Name.StartsWith(run.Name + " ", StringComparison.Ordinal) && other.Name != full))
            {
                continue;
            }
            // Only a name the article prints: whether a relative is known by the family's name is
            // a convention that varies, and a name never printed is not invented.
            if (!_byFullName.TryGetValue(full, out var named))
            {
                continue;
            }
            foreach (var key in _byFullName.Where(e => e.Value == single).Select(e => e.Key).ToList())
            {
                _byFullName[key] = named;
            }
            _byFullName[run.Name] = named;
            _bySurname[run.Name] = [named];
        }
    }

    /// <summary>"Marsh" for "Edda" in "Marsh's daughter Edda" or "Marsh's daughter, Edda,": the possessive surname of a person named in full; null otherwise.</summary>
    private string? FamilyOfRelativeNamed(NameRun run)
    {
        var k = run.First - 1;
        if (k >= 0 && _tokens[k].IsPunct(','))
        {
            k--;
        }
        if (k < 1 || !_tokens[k].IsWord || _tokens[k].IsCapitalised || !Lexicon.RelativesSharingFamilyName.Contains(_tokens[k].Text)
            || !_tokens[k - 1].IsCapitalised || !_tokens[k - 1].IsPossessive || !SameSentence(k - 1, run.First))
        {
            return null;
        }
        var family = _tokens[k - 1].Bare;
        return family != run.Name && _bySurname.TryGetValue(family, out var relatives)
               && relatives.Any(relative => relative.FullName.Contains(' ', StringComparison.Ordinal))
            ? family
            : null;
    }
}
