using System.Diagnostics;

namespace QuizTui.App.Tests.Support;

/// <summary>
/// The real quiztui binary in a detached tmux session of its own (unique -L socket), with its own
/// database and state folders. Waits poll capture-pane for expected text, never fixed sleeps.
/// </summary>
public sealed class Tmux : IDisposable
{
    private readonly string _socket = "quiztui-test-" + Guid.NewGuid().ToString("N")[..12];
    private const string Session = "app";

    private readonly string _binary;

    /// <param name="binary">The quiztui to run; the one built next to the tests when not given.</param>
    public Tmux(string? binary = null)
    {
        _binary = binary ?? Binary;
        Home = Directory.CreateTempSubdirectory("quiztui-e2e-").FullName;
    }

    /// <summary>A temporary folder used as HOME and for the database and XDG folders.</summary>
    public string Home { get; }
    public string Database => Path.Combine(Home, "scores.db");

    /// <summary>The app as built next to the tests.</summary>
    public static string Binary => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "quiztui.exe" : "quiztui");

    public static bool Available()
    {
        try
        {
            return Run("tmux", ["-V"]).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public void Start(int width, int height, params string[] args)
    {
        Assert.True(Available(), "tmux is needed for the end-to-end tests (apt-get install tmux).");
        string command = string.Join(" ",
            "env", "-u", "NO_COLOR", "-u", "TUI_CONFIG", "-u", "DisableRealDriverIO", "-u", "XDG_CONFIG_HOME", "-u", "PGPASSWORD",
            $"HOME={Quote(Home)}", $"XDG_STATE_HOME={Quote(Path.Combine(Home, "state"))}", $"XDG_DATA_HOME={Quote(Path.Combine(Home, "data"))}",
            "TERM=xterm-256color",
            Quote(_binary), "--db", Quote(Database), string.Join(" ", args.Select(Quote)),
            // The exit status starts a line of its own, with a carriage return: an app killed
            // mid-run leaves the terminal raw (a line feed keeps the column), and the shell's
            // "Killed" line quotes this whole command, so without it the marker would start
            // wherever that line ended (it varies with the paths) and could wrap.
            "; printf '\\r\\n[exit %s]\\r\\n' \"$?\"; sleep 30");
        var result = Tmux_("-f", "/dev/null", "new-session", "-d", "-s", Session, "-x", width.ToString(), "-y", height.ToString(), command);
        Assert.True(result.ExitCode == 0, "tmux new-session failed: " + result.Output);
    }

    public string Capture() => Tmux_("capture-pane", "-p", "-t", Session).Output;

    /// <summary>The screen with its colours and styles, as SGR escape sequences (capture-pane -e).</summary>
    public string CaptureWithEscapes() => Tmux_("capture-pane", "-p", "-e", "-t", Session).Output;

    /// <summary>Waits until every text is on screen; fails with the screen after the timeout.</summary>
    public string WaitFor(params string[] texts) => WaitFor(TimeSpan.FromSeconds(30), texts);

    public string WaitFor(TimeSpan timeout, params string[] texts) =>
        WaitUntil(screen => texts.All(t => screen.Contains(t, StringComparison.Ordinal)), $"[{string.Join("], [", texts)}]", timeout);

    /// <summary>
    /// Waits until the screen satisfies a condition and has stopped changing: a capture can catch
    /// the app half-way through drawing a frame, so the screen is read again until two agree.
    /// </summary>
    public string WaitUntil(Func<string, bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();
        string screen = "";
        while (clock.Elapsed < limit)
        {
            screen = Capture();
            if (condition(screen))
            {
                Thread.Sleep(60);
                string again = Capture();
                if (again == screen)
                    return screen;
                continue;
            }
            Thread.Sleep(40);
        }
        Assert.Fail($"Waited {limit.TotalSeconds:0}s for {what}; the screen was:\n{screen}");
        return screen;
    }

    /// <summary>Sends keys in tmux's names (Enter, Escape, C-q, F1) or literal text.</summary>
    public void Keys(params string[] keys)
    {
        foreach (var key in keys)
            Tmux_("send-keys", "-t", Session, key);
    }

    /// <summary>Kills the app with SIGKILL (no chance to clean up), as a crash or power cut would.</summary>
    public void KillApp()
    {
        string shell = Tmux_("display-message", "-p", "-t", Session, "#{pane_pid}").Output.Trim();
        var children = Run("pgrep", ["-P", shell]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(children);
        foreach (string pid in children)
            Run("kill", ["-KILL", pid.Trim()]);
    }

    /// <summary>Starts the app again in the same session (after it exited or was killed), on the same database.</summary>
    public void Restart(int width, int height, params string[] args)
    {
        Tmux_("kill-session", "-t", Session);
        Start(width, height, args);
    }

    public void Literal(string text) => Tmux_("send-keys", "-t", Session, "-l", text);

    public void Resize(int width, int height) =>
        Tmux_("resize-window", "-t", Session, "-x", width.ToString(), "-y", height.ToString());

    private (int ExitCode, string Output) Tmux_(params string[] args) => Run("tmux", ["-L", _socket, .. args]);

    private static (int ExitCode, string Output) Run(string file, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public void Dispose()
    {
        try
        {
            Tmux_("kill-server");
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
