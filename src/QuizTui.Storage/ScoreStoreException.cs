namespace QuizTui.Storage;

public enum ScoreStoreProblem
{
    /// <summary>Another program (another QuizTui, say) held the database longer than the busy timeout.</summary>
    Locked,
    /// <summary>The file or its folder cannot be written.</summary>
    ReadOnly,
    /// <summary>The file is a database written by a newer QuizTui, or an SQLite file of another program.</summary>
    NotOurs,
    /// <summary>The file is not a readable SQLite database (damaged, or not a database at all); it was left as it is.</summary>
    Corrupt,
    /// <summary>The disk holding the database is full.</summary>
    Full,
    /// <summary>There is no database file at the path (only for opening an existing one to read it).</summary>
    Missing,
    /// <summary>Any other failure of the disk or of SQLite.</summary>
    Failed,
}

/// <summary>
/// A fault of the score database, with a message meant for the learner: what happened, to which
/// file, and what to do. Never thrown for a silent loss: when this is thrown, nothing was written.
/// </summary>
public sealed class ScoreStoreException : Exception
{
    public ScoreStoreException(ScoreStoreProblem problem, string path, string message, Exception? inner = null)
        : base(message, inner)
    {
        Problem = problem;
        DatabasePath = path;
    }

    public ScoreStoreProblem Problem { get; }
    public string DatabasePath { get; }
}
