namespace QuizTui.App.Tests.Cli;

/// <summary>A build of quiztui whose SQLite library is missing says so in one line, never with a stack trace.</summary>
public sealed class MissingSqliteTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-no-sqlite-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Reading_scores_without_the_sqlite_library_is_one_clear_line()
    {
        string build = Path.Combine(_work, "build");
        foreach (string file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            // The native library of every platform (runtimes/RID/native/libe_sqlite3.so and the like).
            if (Path.GetFileName(file).Contains("e_sqlite3", StringComparison.Ordinal) && file.Contains($"{Path.DirectorySeparatorChar}native{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                continue;
            string target = Path.Combine(build, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        string db = Path.Combine(_work, "scores.db");
        using (var store = QuizTui.Storage.ScoreDatabase.Open(db))
            store.EnsureProfile("sam", DateTimeOffset.Now);

        var run = CliRunner.RunBuild(build, _work, "stats", "--db", db, "--profile", "sam");

        Assert.Equal(2, run.ExitCode);
        string line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("quiztui: SQLite, which keeps the scores, could not be loaded", line, StringComparison.Ordinal);
        Assert.Contains("e_sqlite3", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }
}
