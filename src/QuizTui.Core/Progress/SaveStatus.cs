namespace QuizTui.Core.Progress;

/// <summary>What a score store keeps in memory because the database could not take it yet.</summary>
/// <param name="Answers">Answers not saved yet.</param>
/// <param name="Writes">Answers, and runs started, finished or abandoned, not saved yet.</param>
/// <param name="Reason">Why, and what the learner can do about it, in one or two sentences.</param>
/// <param name="RetryEvery">How often saving is tried again while anything is unsaved.</param>
public sealed record UnsavedWork(int Answers, int Writes, string Reason, TimeSpan RetryEvery);

/// <summary>
/// Whether everything the learner did has reached the database. A store that cannot save for a
/// while (a full disk, another program holding the database) keeps the writes in memory and
/// saves them later; screens show <see cref="Unsaved"/> and redraw on <see cref="Changed"/>.
/// </summary>
public interface ISaveStatus
{
    /// <summary>What the learner did that is not saved yet; null when all of it is.</summary>
    UnsavedWork? Unsaved { get; }

    /// <summary>Raised, on any thread, when <see cref="Unsaved"/> changes.</summary>
    event Action? Changed;

    /// <summary>Tries to save everything kept now (before the app exits); true when nothing is left unsaved.</summary>
    bool TrySaveNow();
}
