namespace QuizTui.App.Cli;

/// <summary>
/// The exit statuses of every quiztui command, in one place: commands return these, each
/// command's --help lists the ones it uses from <see cref="Help"/>, and docs/exit-codes.md is
/// checked against <see cref="All"/>.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done. Warnings may have been printed.</summary>
    public const int Ok = 0;

    /// <summary>The input has errors (content that does not validate, export rows that cannot be read); each is printed.</summary>
    public const int InputHasErrors = 1;

    /// <summary>Wrong usage, or a file, folder or database named could not be read or written.</summary>
    public const int UsageOrIo = 2;

    /// <summary>
    /// The class server could not be used: unreachable, the login refused, the class not set up
    /// there, or the login not allowed to do this. The message says which; nothing local is lost.
    /// </summary>
    public const int ClassServerUnavailable = 3;

    /// <summary>
    /// An unexpected error (details in the crash log), or standard output could not be written
    /// (a full disk): never a verdict on the content, so scripts and CI can tell it apart.
    /// </summary>
    public const int Unexpected = 70;

    /// <summary>Every code with what it means, as --help and the docs say it.</summary>
    public static readonly IReadOnlyList<(int Code, string Meaning)> All =
    [
        (Ok, "done; warnings may have been printed"),
        (InputHasErrors, "the input has errors (content that does not validate, rows of a score export that cannot be read); each one is printed"),
        (UsageOrIo, "wrong usage, or a file, folder or database named could not be read or written"),
        (ClassServerUnavailable, "the class server could not be used (unreachable, login refused, class not set up there, or not allowed); the message says which, and nothing on this computer is lost"),
        (Unexpected, "an unexpected error (one line here, the details in the crash log), or standard output could not be written"),
    ];

    /// <summary>
    /// The "Exit status:" paragraph of a command's help: <see cref="Ok"/>, the codes named, and
    /// <see cref="Unexpected"/>, which any command can return.
    /// </summary>
    public static string Help(params int[] codes)
    {
        var lines = All.Where(c => c.Code is Ok or Unexpected || codes.Contains(c.Code)).Select(c => $"  {c.Code,-3} {c.Meaning}");
        return "\n\nExit status:\n" + string.Join("\n", lines);
    }
}
