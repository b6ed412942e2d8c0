namespace QuizTui.Core.Drafting;

/// <summary>
/// How a draft's marks for checking (<see cref="DraftQuotation.NeedsCheck"/>) fall on matched
/// speech quotations. A wrong speaker left unmarked is a misattribution the instructor is not
/// warned about; a right speaker marked is a check that was not needed.
/// </summary>
/// <param name="Matched">Matched quotations counted.</param>
/// <param name="Right">Of those, with the gold speaker.</param>
/// <param name="Marked">Of those, marked for checking.</param>
/// <param name="MarkedRight">Marked, and with the gold speaker all the same.</param>
public readonly record struct CheckMarks(int Matched, int Right, int Marked, int MarkedRight)
{
    /// <summary>Marked, and wrong: the marks that do their job.</summary>
    public int MarkedWrong => Marked - MarkedRight;

    /// <summary>Not marked for checking.</summary>
    public int Unmarked => Matched - Marked;

    /// <summary>Not marked, and wrong: the misattributions nobody is warned about.</summary>
    public int UnmarkedWrong => Unmarked - UnmarkedRight;

    /// <summary>Not marked, and right.</summary>
    public int UnmarkedRight => Right - MarkedRight;

    /// <summary>Right among the unmarked: how far an unmarked speaker can be trusted; 1 when none is unmarked.</summary>
    public double UnmarkedAccuracy => Unmarked == 0 ? 1 : (double)UnmarkedRight / Unmarked;

    /// <summary>Counts the marks over <paramref name="matches"/>.</summary>
    public static CheckMarks Of(IEnumerable<SpanMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        int matched = 0, right = 0, marked = 0, markedRight = 0;
        foreach (var m in matches)
        {
            matched++;
            right += m.SpeakerCorrect ? 1 : 0;
            marked += m.Draft.NeedsCheck ? 1 : 0;
            markedRight += m.Draft.NeedsCheck && m.SpeakerCorrect ? 1 : 0;
        }
        return new CheckMarks(matched, right, marked, markedRight);
    }
}

/// <summary>How often the speakers of one confidence level are right, over matched quotations.</summary>
/// <param name="Level">The level's name (<see cref="ConfidenceLevel.Name"/>), or "(none)" for a draft that names none.</param>
/// <param name="Value">The level's confidence; NaN for a name <see cref="DraftConfidence.All"/> does not know.</param>
/// <param name="Count">Matched quotations whose confidence comes from the level.</param>
/// <param name="Right">Of those, with the gold speaker.</param>
public sealed record LevelTally(string Level, double Value, int Count, int Right)
{
    /// <summary>Right ÷ count; 1 when the count is 0.</summary>
    public double Accuracy => Count == 0 ? 1 : (double)Right / Count;

    /// <summary>
    /// One tally per level found among <paramref name="matches"/>, in the order of
    /// <see cref="DraftConfidence.All"/>, then any other names in order.
    /// </summary>
    public static IReadOnlyList<LevelTally> Of(IEnumerable<SpanMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var counts = new Dictionary<string, (int Count, int Right)>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            var name = m.Draft.Level ?? "(none)";
            var (count, right) = counts.GetValueOrDefault(name);
            counts[name] = (count + 1, right + (m.SpeakerCorrect ? 1 : 0));
        }
        var order = DraftConfidence.All.Select((l, i) => (l.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        return counts
            .OrderBy(c => order.GetValueOrDefault(c.Key, int.MaxValue)).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new LevelTally(c.Key, DraftConfidence.All.FirstOrDefault(l => l.Name == c.Key)?.Value ?? double.NaN, c.Value.Count, c.Value.Right))
            .ToList();
    }
}
