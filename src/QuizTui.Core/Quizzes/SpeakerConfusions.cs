namespace QuizTui.Core.Quizzes;

/// <summary>One speaker whose words were given to others: to whom, and how often.</summary>
public sealed record ConfusionGroup(string ActualSpeakerId, IReadOnlyList<(string SpeakerId, int Count)> Given)
{
    public int Total => Given.Sum(g => g.Count);
}

/// <summary>How a run's speaker confusions are told back to the learner.</summary>
public static class SpeakerConfusions
{
    /// <summary>
    /// The speakers confused, one entry per speaker whose words went to someone else, each with the
    /// speakers they were given to and how often; the speakers most often confused first.
    /// </summary>
    public static IReadOnlyList<ConfusionGroup> BySpeaker(IEnumerable<SpeakerConfusion> confusions) =>
        confusions
            .GroupBy(c => c.ActualSpeakerId, StringComparer.Ordinal)
            .Select(g => new ConfusionGroup(
                g.Key,
                g.GroupBy(c => c.GivenSpeakerId, StringComparer.Ordinal)
                    .Select(x => (x.Key, x.Sum(c => c.Count)))
                    .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)
                    .ToList()))
            .OrderByDescending(g => g.Total).ThenBy(g => g.ActualSpeakerId, StringComparer.Ordinal)
            .ToList();
}
