namespace QuizTui.Core.Drafting;

/// <summary>Names with two surnames, of which the article uses the first alone.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// "Marisol Quintero Abad, the mayor, …" then "Quintero said": in Spanish and Portuguese naming
    /// the first of two surnames stands for the person, so a three-word name whose middle word is
    /// used alone while its last word never is can be found by the middle word. A middle name used
    /// alone is rare enough in news that the last word's absence is evidence enough.
    /// </summary>
    private void RegisterFirstOfTwoSurnames()
    {
        var usedAlone = new HashSet<string>(_runs.Where(run => run.Count == 1).Select(run => _tokens[run.First].Bare), AccentFoldingComparer.Instance);
        foreach (var person in _byFullName.Values.Distinct().ToList())
        {
            var words = person.FullName.Split(' ');
            if (words.Length != 3 || words.Any(w => w.Length < 2 || !char.IsUpper(w[0]) || w.Contains('.', StringComparison.Ordinal))
                || IsParticle(words[1].ToLowerInvariant()) || !usedAlone.Contains(words[1]) || usedAlone.Contains(words[2])
                || _bySurname.ContainsKey(words[1]) || _byFullName.ContainsKey(words[1]))
            {
                continue;
            }
            _bySurname[words[1]] = [person];
            _organisations.Remove(words[1]);
        }
    }
}
