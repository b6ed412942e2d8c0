using QuizTui.Core.Model;

namespace QuizTui.Core.Drafting;

/// <summary>Finds the person of an event that a drafted speaker name refers to.</summary>
public static class SpeakerMatcher
{
    /// <summary>
    /// The person whose name is the drafted name (ignoring a note in brackets after it), else the only person with that surname, else the
    /// person standing for an organisation of that name ("Hootsuite" → "Hootsuite (company statement)").
    /// Null when none or several fit: the instructor decides.
    /// </summary>
    public static Model.Person? Match(NewsEvent newsEvent, string speaker) => Match(newsEvent.People, speaker);

    /// <inheritdoc cref="Match(NewsEvent, string)"/>
    public static Model.Person? Match(IReadOnlyList<Model.Person> people, string speaker)
    {
        string wanted = TextFolding.FoldForAnswer(speaker);
        if (wanted.Length == 0)
            return null;
        // "Alderbrook Cycling Club (club statement)" is named "Alderbrook Cycling Club" in articles.
        var byName = people.Where(p => TextFolding.FoldForAnswer(p.Name) == wanted || TextFolding.FoldForAnswer(WithoutNote(p.Name)) == wanted).ToList();
        if (byName.Count == 1)
            return byName[0];

        string surname = wanted.Split(' ')[^1];
        var bySurname = people.Where(p => TextFolding.FoldForAnswer(p.Name).Split(' ')[^1] == surname).ToList();
        if (bySurname.Count == 1)
            return bySurname[0];

        var byOrganisation = people
            .Where(p => TextFolding.FoldForAnswer(p.Name).StartsWith(wanted + " ", StringComparison.Ordinal)
                        && p.Organisation is not null && TextFolding.FoldForAnswer(p.Organisation) == wanted)
            .ToList();
        return byOrganisation.Count == 1 ? byOrganisation[0] : null;
    }

    /// <summary>The name without a closing note in brackets: "Sample Co (company statement)" → "Sample Co".</summary>
    private static string WithoutNote(string name)
    {
        name = name.TrimEnd();
        int open = name.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open] : name;
    }
}
