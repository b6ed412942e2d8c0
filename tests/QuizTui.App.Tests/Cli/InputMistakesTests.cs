using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.Cli;

/// <summary>Paths and values given by mistake are named for what they are, in one line, with what to do.</summary>
public sealed class InputMistakesTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-mistakes-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string CopyOfBundledPack(string name = "pack")
    {
        string target = Path.Combine(_work, name);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.BundledPack, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(RepoPaths.BundledPack, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }

    private string EmptyDatabase()
    {
        string db = Path.Combine(_work, "scores.db");
        QuizTui.Storage.ScoreDatabase.Open(db).Dispose();
        return db;
    }

    private static void AssertOneLine(string stderr)
    {
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("quiztui: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_a_file_that_is_not_yaml_says_it_is_not_content()
    {
        File.WriteAllText(Path.Combine(_work, "notes.txt"), "Remember to write the quiz.");

        var run = CliRunner.Run(_work, "validate", "notes.txt");

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run.Stderr);
        Assert.Contains("notes.txt is not a content file", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("No problems", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_the_same_pack_three_times_counts_each_file_once()
    {
        string pack = CopyOfBundledPack();

        var run = CliRunner.Run(_work, "validate", pack, pack, "pack");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No problems in 13 files: 1 event, 5 articles, 7 quizzes.\n", run.Stdout);
    }

    [Fact]
    public void Validate_of_a_pack_linking_to_itself_loads_it_once()
    {
        string pack = CopyOfBundledPack();
        Directory.CreateSymbolicLink(Path.Combine(pack, "loop"), ".");

        var run = CliRunner.Run(_work, "validate", pack);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No problems in 13 files: 1 event, 5 articles, 7 quizzes.\n", run.Stdout);
    }

    [Fact]
    public void A_seed_that_is_not_a_number_is_named_plainly()
    {
        foreach (var args in new[] { new[] { "--seed", "abc" }, ["preview", RepoPaths.BundledPack, "--seed", "abc"] })
        {
            var run = CliRunner.Run(_work, args);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("quiztui: --seed takes a whole number, such as --seed 7, not 'abc'.", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Int32", run.Stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("export scores")]
    [InlineData("report")]
    public void An_output_that_is_a_folder_is_named_as_a_folder(string command)
    {
        string db = EmptyDatabase();
        string export = Path.Combine(_work, "alice.csv");
        File.WriteAllText(export, "profile,event_id,quiz_id,question_id,verdict\r\nalice,e,q,q1,right\r\n");
        string folder = Directory.CreateDirectory(Path.Combine(_work, "out")).FullName;
        string[] args = command == "report" ? ["report", export, "-o", folder] : ["export", "scores", "--db", db, "-o", folder];

        var run = CliRunner.Run(_work, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot write {folder}: it is a folder; give a file name, such as {Path.Combine(folder, "scores.csv")}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("export scores")]
    public void A_database_path_that_is_a_folder_is_named_as_a_folder(string command)
    {
        string folder = Directory.CreateDirectory(Path.Combine(_work, "data")).FullName;

        var run = CliRunner.Run(_work, [.. command.Split(' '), "--db", folder]);

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run.Stderr);
        Assert.Contains($"quiztui: --db {folder} is a folder; give the database file, such as {Path.Combine(folder, "quiztui.db")}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no score database", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void The_app_with_a_database_path_that_is_a_folder_says_so()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_work, "data")).FullName;

        var run = CliRunner.Run(_work, "--db", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"quiztui: --db {folder} is a folder", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }
}
