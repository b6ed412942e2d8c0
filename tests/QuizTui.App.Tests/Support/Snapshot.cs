using System.Runtime.CompilerServices;
using System.Text;

namespace QuizTui.App.Tests.Support;

/// <summary>
/// Compares text with an expected file in Snapshots/; a difference fails the test with a
/// line-by-line diff. UPDATE_SNAPSHOTS=1 writes the files instead, and a test whose file it changed
/// still fails, so that nothing passes without being compared; under CI (CI=true) it always fails.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        string dir = Path.Combine(ProjectDirectory(callerFile), "Snapshots");
        string path = Path.Combine(dir, name + ".txt");
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS")))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "UPDATE_SNAPSHOTS is set under CI: snapshots are compared there, never rewritten.");
            string? before = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
            if (before == actual)
                return;
            Directory.CreateDirectory(dir);
            File.WriteAllText(path, actual);
            Assert.Fail($"Snapshot {path} {(before is null ? "written" : "rewritten")} (UPDATE_SNAPSHOTS is set): check it with git diff, then run the tests without UPDATE_SNAPSHOTS.\n{Diff(before ?? "", actual)}");
        }
        Assert.True(File.Exists(path), $"No snapshot {path}. Run the tests with UPDATE_SNAPSHOTS=1 to write it, then check it.\n\n{actual}");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
            Assert.Fail($"Screen differs from {path} (UPDATE_SNAPSHOTS=1 rewrites it):\n{Diff(expected, actual)}");
    }

    private static string ProjectDirectory(string callerFile)
    {
        for (var dir = Path.GetDirectoryName(callerFile); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "QuizTui.App.Tests.csproj")))
                return dir;
        }
        throw new InvalidOperationException("Cannot find the test project folder.");
    }

    /// <summary>Lines of both, marked "-" (expected) and "+" (actual) where they differ.</summary>
    public static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var sb = new StringBuilder();
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? x = i < e.Length ? e[i] : null;
            string? y = i < a.Length ? a[i] : null;
            if (x == y)
            {
                sb.Append("  ").AppendLine(x);
                continue;
            }
            if (x is not null)
                sb.Append("- ").AppendLine(x);
            if (y is not null)
                sb.Append("+ ").AppendLine(y);
        }
        return sb.ToString();
    }
}
