using QuizTui.Core.Progress;

namespace QuizTui.Storage;

/// <summary>
/// Where the score database is and whose scores to use, resolved in one place for the command
/// line and the full-screen app: <c>--db</c>, then <c>QUIZTUI_DB</c>, then
/// <c>$XDG_DATA_HOME/quiztui/quiztui.db</c> (default <c>~/.local/share/quiztui/quiztui.db</c>);
/// <c>--profile</c>, then the login name.
/// </summary>
/// <param name="DatabaseSource">Where the path came from, for messages: "--db", "QUIZTUI_DB" or "default".</param>
public sealed record StorageSettings(string DatabasePath, string DatabaseSource, string Profile)
{
    public const string DatabaseVariable = "QUIZTUI_DB";
    public const string FileName = "quiztui.db";

    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    /// <exception cref="ArgumentException">The profile name cannot be used; the message says why.</exception>
    public static StorageSettings Resolve(string? databaseOption, string? profileOption, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string path;
        string source;
        if (!string.IsNullOrWhiteSpace(databaseOption))
        {
            (path, source) = (databaseOption, "--db");
        }
        else if (environment(DatabaseVariable) is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            (path, source) = (fromEnvironment, DatabaseVariable);
        }
        else
        {
            (path, source) = (DefaultDatabasePath(environment), "default");
        }
        return new StorageSettings(Path.GetFullPath(ExpandHome(path.Trim(), environment)), source, ResolveProfile(profileOption));
    }

    /// <summary><c>$XDG_DATA_HOME/quiztui/quiztui.db</c>, or <c>~/.local/share/quiztui/quiztui.db</c>.</summary>
    public static string DefaultDatabasePath(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? xdg = environment("XDG_DATA_HOME");
        // The XDG spec says relative values are to be ignored.
        string dataHome = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Home(environment), ".local", "share");
        return Path.Combine(dataHome, "quiztui", FileName);
    }

    /// <summary>The profile to use: the one asked for, or the login name.</summary>
    /// <exception cref="ArgumentException">The name is empty, too long or has control characters.</exception>
    public static string ResolveProfile(string? profileOption)
    {
        if (profileOption is null)
        {
            string login = Environment.UserName;
            return string.IsNullOrWhiteSpace(login) ? "learner" : login.Trim();
        }
        return ValidateProfile(profileOption);
    }

    /// <summary>Checks a learner name typed by someone (<see cref="ProfileName"/>); returns it trimmed.</summary>
    /// <exception cref="ArgumentException">The name cannot be used; the message says why.</exception>
    private static string ValidateProfile(string name) =>
        ProfileName.TryCheck(name, out string trimmed, out string? problem) ? trimmed : throw new ArgumentException(problem);

    private static string Home(Func<string, string?> environment) =>
        environment("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    private static string ExpandHome(string path, Func<string, string?> environment) =>
        path == "~" ? Home(environment)
        : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(Home(environment), path[2..])
        : path;
}
