using System.Diagnostics;

namespace QuizTui.App.Tests.Cli;

/// <summary>Runs the built quiztui as a child process, as a user or a script would.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    /// <summary>quiztui.dll sits beside the test assembly (the test project references the app).</summary>
    private static string AppDll => Path.Combine(AppContext.BaseDirectory, "quiztui.dll");

    /// <summary>Runs the quiztui.dll of another build folder (a copy with a file left out, say).</summary>
    public static Outcome RunBuild(string buildFolder, string workingDirectory, params string[] args) =>
        RunDll(workingDirectory, new Dictionary<string, string?>(), [], Path.Combine(buildFolder, "quiztui.dll"), args);

    public static Outcome Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string?>(), args);

    public static Outcome Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunWrapped(workingDirectory, environment, [], args);

    /// <summary>
    /// Runs quiztui through a wrapper command (another user with setpriv, a private mount
    /// namespace with unshare): the wrapper's words come first, then <c>dotnet quiztui.dll ARGS</c>.
    /// </summary>
    public static Outcome RunWrapped(string workingDirectory, IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> wrapper, params string[] args) =>
        RunDll(workingDirectory, environment, wrapper, AppDll, args);

    private static Outcome RunDll(string workingDirectory, IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> wrapper, string appDll, string[] args)
    {
        var start = new ProcessStartInfo(wrapper.Count > 0 ? wrapper[0] : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string word in wrapper.Skip(1))
            start.ArgumentList.Add(word);
        if (wrapper.Count > 0)
            start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(appDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // Keep the learner's real files out of tests.
        string home = Path.Combine(Path.GetTempPath(), "quiztui-cli-tests-home");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, "data");
        start.Environment["XDG_STATE_HOME"] = Path.Combine(home, "state");
        start.Environment.Remove("QUIZTUI_CONTENT");
        start.Environment.Remove("QUIZTUI_DB");
        foreach (var (key, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(key);
            else
                start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"quiztui {string.Join(' ', args)} did not finish in 60 s");
        }
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
