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
        Assert.Contains($"quiztui draft quotes ARTICLE.txt --event {pack}", again.Stderr, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("empty", "it is empty; save the article's text in it, or leave the file out")]
    [InlineData("windows-1252", "it is not UTF-8 (line 3 has a character saved in another encoding, such as Windows-1252 or Latin-1); save it as UTF-8 in your editor")]
    [InlineData("twice", "is given twice; name each article once")]
    [InlineData("same-name", "two articles are named article.txt; each article's file name is its seed, so rename one")]
    public void Draft_pack_refuses_an_article_it_cannot_draft_and_says_which_and_why(string kind, string message)
    {
        string pack = Path.Combine(_work, "out");
        string article = Path.Combine(_work, "article.txt");
        switch (kind)
        {
            case "empty":
                File.WriteAllText(article, " \n\n");
                break;
            case "windows-1252":
                // Word's "ANSI" text: curly quotes as single bytes 0x93 and 0x94.
                File.WriteAllBytes(article, [.. "Mill to close\r\n\r\n"u8, 0x93, .. "We will not let this town lose its mill,"u8, 0x94, .. " said Priya Nair.\r\n"u8]);
                break;
            default:
                File.Copy(Articles[0], article);
                break;
        }
        string elsewhere = Path.Combine(_work, "other", "article.txt");
        if (kind == "same-name")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(elsewhere)!);
            File.Copy(Articles[1], elsewhere);
        }
        string[] articles = kind switch
        {
            "twice" => [article, Path.Combine(_work, ".", "article.txt")],
            "same-name" => [article, elsewhere],
            _ => [.. Articles, article],
        };

        var run = CliRunner.Run(_work, ["draft", "pack", .. articles, "--event", "city-vote", "--out", pack]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("quiztui: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(pack));
    }

    [Fact]
    public void Control_characters_in_an_article_are_left_out_of_its_quotations_and_said_so()
    {
        string pack = Path.Combine(_work, "out");
        string article = Path.Combine(_work, "notes.txt");
        File.WriteAllText(article, "\uFEFFCouncil notes\n\nCouncil meets on Thursday. \"\u001b[31mWe will hear from the workers first\u001b[0m,\" said council leader Priya Nair.\u0007\n");

        var run = CliRunner.Run(_work, ["draft", "pack", .. Articles, article, "--event", "city-vote", "--out", pack]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("notes.txt: left out 3 control characters (terminal colour codes and the like)", run.Stderr, StringComparison.Ordinal);
        HostileTextTests.AssertTerminalSafe(run.Stderr);
        string drafted = File.ReadAllText(Path.Combine(pack, "articles", "notes.yaml"));
        Assert.Contains("    text: We will hear from the workers first\n", drafted, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_pack_into_a_folder_under_a_file_says_which_is_the_file()
    {
        string file = Path.Combine(_work, "notes.txt");
        File.WriteAllText(file, "not a folder");

        var run = CliRunner.Run(_work, ["draft", "pack", .. Articles, "--event", "city-vote", "--out", Path.Combine(file, "pack")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot create the pack folder {Path.Combine(file, "pack")}: {file} is a file, not a folder; give a folder you can write in with --out", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pack")]
    [InlineData("quotes")]
    public void An_article_whose_file_name_holds_control_characters_is_named_in_visible_stand_ins(string command)
    {
        string article = Path.Combine(_work, "evil\u001b[2Jname.txt");
        File.WriteAllBytes(article, [0, 1, 2]);
        string[] args = command == "pack" ? ["draft", "pack", article, "--event", "city-vote", "--out", Path.Combine(_work, "out")] : ["draft", "quotes", article];

        var run = CliRunner.Run(_work, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("evil\u241b[2Jname.txt: it is not a text file", run.Stderr, StringComparison.Ordinal);
        HostileTextTests.AssertTerminalSafe(run.Stderr);
    }
}
