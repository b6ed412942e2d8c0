namespace QuizTui.Core.Formats;

/// <summary>
/// What a student needs to join a class: the file <c>NAME.quiztui-class</c> an instructor hands out,
/// and, once joined, the class settings kept in the student's config folder (with
/// <see cref="Profile"/> set). docs/class.md describes it.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Server">The server's connection string without user or password (host, port, database, sslmode).</param>
/// <param name="Class">The class name.</param>
/// <param name="Student">The student's name in the class.</param>
/// <param name="Login">The student's own login role on the server.</param>
/// <param name="Password">The login's password: keep the file private.</param>
/// <param name="Profile">The learner on this computer whose answers are sent (set by <c>quiztui join</c>).</param>
public sealed record ClassJoinFile(
    string Format,
    int Version,
    string Server,
    string Class,
    string Student,
    string Login,
    string Password,
    string? Profile = null)
{
    public const string FormatName = "quiztui-class";
    public const int CurrentVersion = 1;
    public const string Extension = ".quiztui-class";
}

/// <summary>
/// The class an instructor set up on this computer, kept by <c>quiztui class init</c> in the config
/// folder so the other <c>class</c> commands need no <c>--server</c> and <c>--name</c>: the server's
/// connection string without its password, and the class name.
/// </summary>
public sealed record ClassTeachingFile(string Format, int Version, string Server, string Class)
{
    public const string FormatName = "quiztui-teaching";
}
