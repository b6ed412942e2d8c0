using System.Diagnostics;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>
/// The Native AOT binary is one file: copied alone into an empty folder it runs the app and the
/// commands, with SQLite inside it. Publishing is slow, so .ci/run publishes once before the tests
/// and names the binary in QUIZTUI_AOT_BINARY; without it these tests are reported as skipped.
/// </summary>
public sealed class PublishedBinaryTests : IDisposable
{
    public const string Variable = "QUIZTUI_AOT_BINARY";

    private readonly string _alone = Directory.CreateTempSubdirectory("quiztui-alone-").FullName;

    public void Dispose() => Directory.Delete(_alone, recursive: true);

    /// <summary>The published binary, or a skip when the tests run without a publish.</summary>
    private static string Published()
    {
        string? path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path))
            Assert.Skip($"{Variable} is not set: .ci/run publishes quiztui with Native AOT and names it there.");
        Assert.True(File.Exists(path), $"{Variable} names {path}, which does not exist.");
        return path;
    }

    private string CopyAlone()
    {
        string binary = Path.Combine(_alone, "quiztui");
        File.Copy(Published(), binary);
        Assert.Equal(["quiztui"], Directory.GetFiles(_alone).Select(Path.GetFileName));
        return binary;
    }

    [Fact]
    public void The_publish_folder_holds_the_binary_and_no_native_library_beside_it()
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(Published()))!;

        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["quiztui"], files);
    }

    [Fact]
    public void The_binary_needs_no_library_but_the_c_library()
    {
        string binary = Published();
        var (code, output) = Run(Path.GetDirectoryName(Path.GetFullPath(binary))!, "ldd", binary);

        Assert.Equal(0, code);
        var libraries = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ')[0])
            .ToList();
        Assert.All(libraries, library => Assert.Matches(@"^(linux-vdso\.so\.1|/lib64/ld-linux-x86-64\.so\.2|/lib/ld-linux-aarch64\.so\.1|lib(c|m|dl|pthread|rt|gcc_s)\.so\.\d+)$", library));
    }

    [Fact]
    public void Copied_alone_into_an_empty_folder_it_runs_a_quiz_and_then_stats_reads_the_answer()
    {
        string binary = CopyAlone();
        using var tmux = new Tmux(binary);
        tmux.Start(80, 24, "--seed", "1");
        tmux.WaitFor("Hootsuite and the ICE contract", "Enter open");
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("7");
        tmux.WaitFor("Who said this?", "Question 1 of 10");
        tmux.Keys("1");
        tmux.WaitFor("Press Enter to go on.");
        tmux.Keys("C-q");
        tmux.WaitFor("Quit QuizTui?");
        tmux.Keys("y");
        tmux.WaitFor("[exit 0]");

        var (code, output) = Run(_alone, binary, "stats", "--db", tmux.Database, "--format", "json");

        Assert.True(code == 0, output);
        Assert.Contains("\"answers\": 1", output, StringComparison.Ordinal);
        Assert.Equal(["quiztui"], Directory.GetFiles(_alone).Select(Path.GetFileName));
    }

    [Fact]
    public void Copied_alone_it_validates_the_bundled_content_and_reads_a_score_database()
    {
        string binary = CopyAlone();
        string db = Path.Combine(_alone, "scores.db");
        using (var store = QuizTui.Storage.ScoreDatabase.Open(db))
            store.EnsureProfile("sam", DateTimeOffset.Now);
        File.Delete(db + "-wal");
        File.Delete(db + "-shm");

        var validate = Run(_alone, binary, "validate");
        var stats = Run(_alone, binary, "stats", "--db", db, "--profile", "sam");

        Assert.True(validate.ExitCode == 0, validate.Output);
        Assert.True(stats.ExitCode == 0, stats.Output);
        Assert.DoesNotContain("Exception", stats.Output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["XDG_STATE_HOME"] = Path.Combine(Path.GetTempPath(), "quiztui-alone-state");
        start.Environment.Remove("QUIZTUI_DB");
        start.Environment.Remove("QUIZTUI_CONTENT");
        // Nothing found by a library path either.
        start.Environment.Remove("LD_LIBRARY_PATH");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{file} {string.Join(' ', args)} did not finish");
        return (process.ExitCode, stdout.Result + stderr);
    }
}
