namespace QuizTui.App.Tests.Support;

/// <summary>A clock the test moves by hand.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;

    /// <summary>The date every test pretends it is.</summary>
    public static readonly DateTimeOffset TestDay = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
}
