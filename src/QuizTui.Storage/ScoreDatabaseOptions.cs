namespace QuizTui.Storage;

public sealed record ScoreDatabaseOptions
{
    public static readonly ScoreDatabaseOptions Default = new();

    /// <summary>How long to wait for another running QuizTui to let go of the database.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock used to name a file kept aside (tests fix it).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.Now;

    /// <summary>Bytes free for the learner on the disk holding a file; null when it cannot be told (tests fix it).</summary>
    public Func<string, long?> FreeSpace { get; init; } = AvailableBytes;

    private static long? AvailableBytes(string path)
    {
        try
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? path;
            return new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
