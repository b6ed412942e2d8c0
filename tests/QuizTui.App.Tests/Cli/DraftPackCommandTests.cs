using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.Cli;

/// <summary><c>quiztui draft pack</c> run as an instructor runs it, then checked with <c>quiztui validate</c>.</summary>
public sealed class DraftPackCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-draft-pack-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static string[] Articles => [.. Directory.GetFiles(RepoPaths.DraftingArticles, "*.txt").Order(StringComparer.Ordinal)];

    [Fact]
    public void Draft_pack_writes_a_pack_that_validates_with_warnings_only()
    {
        string pack = Path.Combine(_work, "city-vote-2024");

        var run = CliRunner.Run(_work, ["draft", "pack", .. Articles, "--event", "city-vote-2024", "--out", pack]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 articles, 7 quotations with speakers", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"quiztui preview {pack}", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(pack, "event.yaml")));
        Assert.True(File.Exists(Path.Combine(pack, "quizzes", "who-said-what.yaml")));
        Assert.True(File.Exists(Path.Combine(pack, ".schemas", "article.schema.json")));

        var validate = CliRunner.Run(_work, "validate", pack);
        Assert.Equal(0, validate.ExitCode);
        Assert.Matches(@"0 errors, \d+ warnings in 5 files\.", validate.Stdout);
        var lines = validate.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"^.+\.yaml:\d+:\d+: warning QT60[01]: ", line));
    }

    [Fact]
    public void Draft_pack_never_overwrites_a_pack()
    {
        string pack = Path.Combine(_work, "city-vote-2024");
        Assert.Equal(0, CliRunner.Run(_work, ["draft", "pack", .. Articles, "--event", "city-vote-2024", "--out", pack]).ExitCode);
        string before = File.ReadAllText(Path.Combine(pack, "event.yaml"));

        var again = CliRunner.Run(_work, ["draft", "pack", .. Articles, "--event", "city-vote-2024", "--out", pack]);

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds a pack", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(pack, "event.yaml")));
    }

    [Theory]
    [InlineData("missing.txt", "city-vote", "cannot read the article")]
    [InlineData(null, "City Vote", "is not a valid event id")]
    public void Draft_pack_with_a_bad_article_or_id_says_what_is_wrong_and_writes_nothing(string? article, string eventId, string message)
    {
        string pack = Path.Combine(_work, "out");
        string[] articles = article is null ? Articles : [.. Articles, Path.Combine(_work, article)];

        var run = CliRunner.Run(_work, ["draft", "pack", .. articles, "--event", eventId, "--out", pack]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("quiztui: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(pack));
    }
}
