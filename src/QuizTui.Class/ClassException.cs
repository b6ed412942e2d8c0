namespace QuizTui.Class;

/// <summary>What went wrong with a class server, so the app can say it in a word and go on.</summary>
public enum ClassProblem
{
    /// <summary>The server could not be reached (down, no network, wrong address, timed out).</summary>
    Unreachable,
    /// <summary>The server refused the login (wrong password, removed student, unknown user).</summary>
    LoginRefused,
    /// <summary>The login works but lacks a right it needs (a student running an instructor's command).</summary>
    NotAllowed,
    /// <summary>The class is not set up on that server, or by a newer QuizTui.</summary>
    NotSetUp,
    /// <summary>The connection string, a name or a file given is not usable.</summary>
    BadInput,
    /// <summary>Any other failure reported by the server.</summary>
    Failed,
}

/// <summary>
/// A class server fault with a message meant for a person: what happened and what to do. Messages
/// never hold a password or a whole connection string; <see cref="ServerAddress.Describe"/> names
/// a server as user@host:port/database.
/// </summary>
public sealed class ClassException(ClassProblem problem, string message, Exception? inner = null) : Exception(message, inner)
{
    public ClassProblem Problem { get; } = problem;
}
