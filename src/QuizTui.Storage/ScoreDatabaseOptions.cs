namespace QuizTui.Storage;

public sealed record ScoreDatabaseOptions
{
    public static readonly ScoreDatabaseOptions Default = new();

    /// <summary>How long to wait for another running QuizTui to let go of the database.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock used to name a file kept aside (tests fix it).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.Now;
}
