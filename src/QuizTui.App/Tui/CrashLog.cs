using System.Globalization;

namespace QuizTui.App.Tui;

/// <summary>Writes unexpected errors to a file under the user's state folder ($XDG_STATE_HOME/quiztui/).</summary>
public static class CrashLog
{
    /// <summary><c>$XDG_STATE_HOME/quiztui</c>, or <c>~/.local/state/quiztui</c>.</summary>
    public static string Directory(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? xdg = environment("XDG_STATE_HOME");
        string home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string state = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg) ? xdg : Path.Combine(home, ".local", "state");
        return Path.Combine(state, "quiztui");
    }

    /// <summary>Appends the error to <c>crash.log</c>; returns the file's path, or null if even that failed.</summary>
    public static string? Write(Exception exception)
    {
        try
        {
            string dir = Directory();
            System.IO.Directory.CreateDirectory(dir);
            string path = Path.Combine(dir, "crash.log");
            File.AppendAllText(path, $"--- {DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)} quiztui {typeof(CrashLog).Assembly.GetName().Version}\n{exception}\n\n");
            return path;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
