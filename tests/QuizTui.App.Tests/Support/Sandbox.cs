using System.Diagnostics;

namespace QuizTui.App.Tests.Support;

/// <summary>
/// Wrappers that make a file system limit real for a child process. Tests run as root, and root
/// ignores file modes: <see cref="Unprivileged"/> runs the child as nobody so a read-only file or
/// folder really is read-only to it; <see cref="ReadOnlyMount"/> shows a folder through a
/// read-only bind mount in a private mount namespace, as a backup disk mounted read-only would be.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class Sandbox
{
    private static readonly Lazy<bool> IsRoot = new(() => Run("id", "-u").Output.Trim() == "0");
    private static readonly Lazy<bool> MountsWork = new(() => Run("unshare", "-m", "--propagation", "private", "true").ExitCode == 0);

    /// <summary>Runs the child as nobody when the tests run as root; as the current user otherwise.</summary>
    public static IReadOnlyList<string> Unprivileged =>
        IsRoot.Value ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];

    /// <summary>
    /// Runs the child where <paramref name="mountPoint"/> shows <paramref name="source"/> read-only
    /// (to root too); skips the test when this machine does not allow a private mount namespace.
    /// </summary>
    public static IReadOnlyList<string> ReadOnlyMount(string source, string mountPoint)
    {
        if (!MountsWork.Value)
            Assert.Skip("a read-only mount needs a private mount namespace (unshare -m), which this machine does not allow");
        return ["unshare", "-m", "--propagation", "private", "sh", "-c",
            "mount --bind \"$1\" \"$2\" && mount -o remount,bind,ro \"$2\" && shift 2 && exec \"$@\"", "sh", source, mountPoint];
    }

    /// <summary>Lets anyone enter a folder made by the tests (temporary folders are private to their owner).</summary>
    public static void OpenToEveryone(string folder) =>
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

    private static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in args)
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
