using System.Diagnostics;
using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Loading;

/// <summary>
/// What the loader meets on disk besides ordinary YAML files: named pipes, devices, huge files,
/// symbolic links (loops, links to other packs) and the same folder named more than once.
/// </summary>
public sealed class ContentFileSystemTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("quiztui-fs-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private const int BaseFiles = 5;

    private string CopyPack(string name = "base", string? folder = null)
    {
        string target = Path.Combine(folder ?? _temp, name);
        foreach (var file in Directory.EnumerateFiles(FixturePaths.Valid("base"), "*", SearchOption.AllDirectories))
        {
            string dest = Path.Combine(target, Path.GetRelativePath(FixturePaths.Valid("base"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
        return target;
    }

    /// <summary>Loads on another thread, so a loader that hangs fails the test instead of the run.</summary>
    private static LoadResult LoadWithin(TimeSpan limit, params string[] paths)
    {
        var load = Task.Run(() => ContentLoader.LoadDirectories(paths));
        Assert.True(load.Wait(limit), $"loading {string.Join(", ", paths)} did not finish within {limit.TotalSeconds} s");
        return load.Result;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void A_named_pipe_called_yaml_is_refused_at_once_with_its_place_and_a_fix()
    {
        string pack = CopyPack();
        string pipe = Path.Combine(pack, "quizzes", "pipe.yaml");
        MakeFifo(pipe);

        var result = LoadWithin(TimeSpan.FromSeconds(20), pack);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.NotARegularFile, Severity.Error), (d.Code, d.Severity));
        Assert.Equal((pipe, 1, 1), (d.File, d.Line, d.Column));
        Assert.Contains("named pipe", d.Message);
        Assert.Contains("move it out of the pack", d.Message);
        Assert.Equal(BaseFiles + 1, result.FileCount);
    }

    [Fact]
    public void A_yaml_link_to_a_device_is_refused_without_reading_it()
    {
        string pack = CopyPack();
        string zero = Path.Combine(pack, "articles", "zero.yaml");
        File.CreateSymbolicLink(zero, "/dev/zero");

        var result = LoadWithin(TimeSpan.FromSeconds(20), pack);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotARegularFile, d.Code);
        Assert.Equal(zero, d.File);
        Assert.Contains("character device", d.Message);
    }

    [Fact]
    public void A_pipe_given_as_the_file_to_check_is_refused_too()
    {
        string pack = CopyPack();
        string pipe = Path.Combine(pack, "quizzes", "pipe.yaml");
        MakeFifo(pipe);

        var result = LoadWithin(TimeSpan.FromSeconds(20), pipe);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.NotARegularFile, pipe), (d.Code, d.File));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_its_size_and_the_limit()
    {
        string pack = CopyPack();
        string big = Path.Combine(pack, "articles", "big.yaml");
        File.WriteAllText(big, "id: big\nsummary: >-\n" + string.Concat(Enumerable.Repeat("  a line of words that goes on\n", 40_000)));
        Assert.True(new FileInfo(big).Length > ContentLoader.MaxFileBytes);

        var result = LoadWithin(TimeSpan.FromSeconds(20), pack);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileTooLarge, big, 1, 1), (d.Code, d.File, d.Line, d.Column));
        Assert.Contains("1.2 MiB", d.Message);
        Assert.Contains("1 MiB", d.Message);
    }

    [Fact]
    public void A_refused_article_does_not_make_references_to_it_unknown()
    {
        // The refused file might have declared the ids others name: they are not reported as unknown.
        string pack = CopyPack();
        string article = Path.Combine(pack, "articles", "first-report.yaml");
        File.Delete(article);
        MakeFifo(article);

        var result = LoadWithin(TimeSpan.FromSeconds(20), pack);

        Assert.Equal([DiagnosticCodes.NotARegularFile], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_link_to_its_own_folder_loads_the_pack_once()
    {
        string pack = CopyPack();
        Directory.CreateSymbolicLink(Path.Combine(pack, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(pack, "quizzes", "up"), "..");

        var result = LoadWithin(TimeSpan.FromSeconds(20), pack);

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Library.Events);
        Assert.Equal(BaseFiles, result.FileCount);
    }

    [Fact]
    public void A_link_to_a_sibling_pack_loads_that_pack_once_under_its_real_name()
    {
        string packs = Directory.CreateDirectory(Path.Combine(_temp, "packs")).FullName;
        string pack = CopyPack("pack", packs);
        // "alias" sorts before "pack": the real folder still wins the name.
        Directory.CreateSymbolicLink(Path.Combine(packs, "alias"), "pack");
        File.AppendAllText(Path.Combine(pack, "event.yaml"), "\nsurprise: true\n");

        var result = LoadWithin(TimeSpan.FromSeconds(20), packs);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKey, d.Code);
        Assert.Equal(Path.Combine(pack, "event.yaml"), d.File);
        Assert.Equal(BaseFiles, result.FileCount);
    }

    [Fact]
    public void A_pack_reached_only_through_a_link_is_loaded_under_the_link()
    {
        string elsewhere = Directory.CreateDirectory(Path.Combine(_temp, "elsewhere")).FullName;
        CopyPack("pack", elsewhere);
        string packs = Directory.CreateDirectory(Path.Combine(_temp, "packs")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(packs, "linked"), Path.Combine(elsewhere, "pack"));
        File.AppendAllText(Path.Combine(elsewhere, "pack", "event.yaml"), "\nsurprise: true\n");

        var result = LoadWithin(TimeSpan.FromSeconds(20), packs);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Path.Combine(packs, "linked", "event.yaml"), d.File);
        Assert.Equal(BaseFiles, result.FileCount);
    }

    [Fact]
    public void The_same_pack_given_three_times_counts_its_files_once()
    {
        string pack = CopyPack();

        var result = LoadWithin(TimeSpan.FromSeconds(20), pack, pack, pack + "/");

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Library.Events);
        Assert.Equal(BaseFiles, result.FileCount);
    }

    [Fact]
    public void Hidden_files_and_folders_are_neither_read_nor_counted()
    {
        string pack = CopyPack();
        Directory.CreateDirectory(Path.Combine(pack, ".backup", "quizzes"));
        File.WriteAllText(Path.Combine(pack, ".backup", "event.yaml"), "broken: [\n");
        File.WriteAllText(Path.Combine(pack, "quizzes", ".#who-said-it.yaml"), "broken: [\n");

        var result = LoadWithin(TimeSpan.FromSeconds(20), pack);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(BaseFiles, result.FileCount);
    }

    [Fact]
    public void A_nul_byte_is_reported_where_it_is()
    {
        string pack = CopyPack();
        string quiz = Path.Combine(pack, "quizzes", "who-said-it.yaml");
        File.WriteAllText(quiz, "id: who-said-it\nkind: who-said-what\ntitle: Who\0 said it?\n");

        var result = LoadWithin(TimeSpan.FromSeconds(20), pack);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, quiz, 3, 11), (d.Code, d.File, d.Line, d.Column));
    }

    [Fact]
    public void A_file_that_is_not_yaml_given_by_name_is_named_as_not_content()
    {
        string notes = Path.Combine(_temp, "notes.txt");
        File.WriteAllText(notes, "not content");

        var ex = Assert.Throws<ContentIoException>(() => ContentLoader.LoadDirectories([notes]));

        Assert.Equal(notes, ex.ContentPath);
        Assert.Contains("is not a content file", ex.Message);
        Assert.Contains(".yaml", ex.Message);
    }
}
