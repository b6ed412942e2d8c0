namespace QuizTui.Core.Drafting;

/// <summary>A person named in the article being drafted, with what the text says about them (not the content model's <see cref="Model.Person"/>).</summary>
internal sealed class NamedPerson(string fullName, string surname)
{
    public string FullName { get; set; } = fullName;

    public string Surname { get; } = surname;

    /// <summary>"Mr.", "Dr.": the title written before the name, when the article gives one.</summary>
    public string? Honorific { get; set; }

    /// <summary>Descriptions the article gives: "Hootsuite spokeswoman", "head coach of the Riverton Hawks".</summary>
    public List<string> Titles { get; } = [];

    public int FemaleVotes { get; set; }

    public int MaleVotes { get; set; }

    public Gender Gender =>
        FemaleVotes > MaleVotes ? Gender.Female : MaleVotes > FemaleVotes ? Gender.Male : Gender.Unknown;

    /// <summary>Counts one piece of the text's evidence for a gender, as strong as <paramref name="weight"/>; an unknown gender counts nothing.</summary>
    public void Vote(Gender gender, int weight)
    {
        if (gender == Gender.Female)
        {
            FemaleVotes += weight;
        }
        else if (gender == Gender.Male)
        {
            MaleVotes += weight;
        }
    }

    public bool HasTitleWord(string word) => TitleWith(word) is not null;

    /// <summary>A title the article gives, or the honorific before the name written out ("Gov." → "governor").</summary>
    public bool HoldsTitle(string word) =>
        HasTitleWord(word) || Lexicon.SameRoles.TryGetValue(word, out var same) && HasTitleWord(same)
        || Honorific?.TrimEnd('.') is { } honorific
        && (string.Equals(honorific, word, StringComparison.OrdinalIgnoreCase)
            || Lexicon.TitlesInFull.TryGetValue(honorific, out var full) && string.Equals(full, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first title holding the word (or its plural), as the article gives it.</summary>
    public string? TitleWith(string word) =>
        Titles.Find(t => t.Split(' ', '-').Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)
                                                   || word.EndsWith('s') && string.Equals(w, word[..^1], StringComparison.OrdinalIgnoreCase)));
}
