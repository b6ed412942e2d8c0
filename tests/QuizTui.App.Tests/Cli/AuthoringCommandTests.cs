using QuizTui.App.Cli;
using QuizTui.App.Tests.Support;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.App.Tests.Cli;

/// <summary>The authoring commands end to end, in a temporary folder. They write to the console, so they run one at a time.</summary>
[Collection("console")]
public sealed class AuthoringCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "quiztui-authoring-" + Guid.NewGuid().ToString("N"));

    public AuthoringCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            int code = QuizTuiCommand.Build().Parse(args).Invoke();
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    private string Pack => Path.Combine(_root, "city-vote");

    private void Scaffold()
    {
        Assert.Equal(0, Run("new", "event", "city-vote", "--dir", _root).Code);
        Assert.Equal(0, Run("new", "article", "--event", Pack, "--id", "herald-report").Code);
        Assert.Equal(0, Run("new", "article", "--event", Pack).Code);
        Assert.Equal(0, Run("new", "quiz", "--event", Pack, "--kind", "comprehension", "--article", "herald-report").Code);
        Assert.Equal(0, Run("new", "quiz", "--event", Pack, "--kind", "comprehension").Code);
        Assert.Equal(0, Run("new", "quiz", "--event", Pack, "--kind", "who-said-what").Code);
        Assert.Equal(0, Run("new", "quiz", "--event", Pack, "--kind", "who-said-what", "--article", "article-1").Code);
    }

    [Fact]
    public void Scaffolded_pack_validates_with_no_problems_at_all()
    {
        Scaffold();
        var result = ContentLoader.LoadDirectories([Pack]);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        var newsEvent = Assert.Single(result.Library.Events);
        Assert.Equal(["article-1", "herald-report"], newsEvent.Articles.Select(a => a.Id).Order());
        Assert.Equal(4, newsEvent.Quizzes.Count);
        Assert.True(File.Exists(Path.Combine(Pack, ".schemas", "quiz.schema.json")));
        Assert.Equal(0, Run("validate", Pack).Code);
    }

    [Fact]
    public void Existing_files_are_never_overwritten()
    {
        Scaffold();
        string article = Path.Combine(Pack, "articles", "herald-report.yaml");
        File.WriteAllText(article, File.ReadAllText(article) + "# edited\n");
        var (code, _, err) = Run("new", "article", "--event", Pack, "--id", "herald-report");
        Assert.Equal(2, code);
        Assert.EndsWith("# edited\n", File.ReadAllText(article));
        Assert.Single(err.Trim().Split('\n'));
        Assert.StartsWith("quiztui: ", err);

        Assert.Equal(2, Run("new", "event", "city-vote", "--dir", _root).Code);
    }

    [Theory]
    [InlineData("new", "event", "Not An Id")]
    [InlineData("new", "article", "--event", "/no/such/folder")]
    [InlineData("new", "quiz", "--event", "/no/such/folder", "--kind", "comprehension")]
    [InlineData("import", "gift", "/no/such/file.gift")]
    [InlineData("export", "gift", "--event", "no-such-event")]
    public void Usage_and_io_failures_exit_2_with_one_line(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Imported_gift_written_into_a_pack_validates_and_the_report_goes_to_stderr()
    {
        Scaffold();
        string gift = Path.Combine(_root, "week-2.gift");
        File.WriteAllText(gift, """
            ::Who spoke::Who spoke first? {=The spokesperson ~The critic}

            ::Essay::Discuss. {}

            ::Count::How many people are named? {#4}
            """);
        var (code, output, err) = Run("import", "gift", gift, "--article", "herald-report", "-o", Path.Combine(Pack, "quizzes") + "/");
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Contains("week-2.gift:3: warning: essay question \"Essay\" not converted", err);
        var result = ContentLoader.LoadDirectories([Pack]);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Library.Events.Single().FindQuiz("week-2"));

        var (stdoutCode, yaml, _) = Run("import", "gift", gift, "--id", "week-two");
        Assert.Equal(0, stdoutCode);
        Assert.Contains("id: week-two\n", yaml);
    }

    [Fact]
    public void A_quiz_brought_back_from_moodle_with_replace_keeps_its_question_ids_and_the_old_file()
    {
        Scaffold();
        string quizFile = Path.Combine(Pack, "quizzes", "herald-report-quiz.yaml");
        string before = File.ReadAllText(quizFile);
        var exported = Run("--content", Pack, "export", "gift", "--event", "city-vote", "--quiz", "herald-report-quiz");
        Assert.Equal(0, exported.Code);
        string gift = Path.Combine(_root, "from-moodle.gift");
        File.WriteAllText(gift, exported.Out);
        var questionIds = Assert.IsType<ComprehensionQuiz>(ContentLoader.LoadDirectories([Pack]).Library.Events.Single().FindQuiz("herald-report-quiz"))
            .Questions.Select(q => q.Id).ToList();
        Assert.NotEmpty(questionIds);

        // Without --replace the file is left alone.
        var refused = Run("import", "gift", gift, "-o", quizFile);
        Assert.Equal(2, refused.Code);
        Assert.Contains("--replace", refused.Err);
        Assert.Equal(before, File.ReadAllText(quizFile));

        var (code, _, err) = Run("import", "gift", gift, "--replace", "-o", quizFile);

        Assert.Equal(0, code);
        Assert.DoesNotContain("renamed", err);
        Assert.Equal(before, File.ReadAllText(quizFile + ".bak"));
        var result = ContentLoader.LoadDirectories([Pack]);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var quiz = Assert.IsType<ComprehensionQuiz>(result.Library.Events.Single().FindQuiz("herald-report-quiz"));
        Assert.Equal(questionIds, quiz.Questions.Select(q => q.Id));
        Assert.Equal("herald-report", quiz.ArticleId);
        Assert.DoesNotContain("no --article", err);
    }

    [Fact]
    public void Replace_with_nothing_to_replace_is_refused_with_a_way_forward()
    {
        Scaffold();
        string gift = Path.Combine(_root, "week-2.gift");
        File.WriteAllText(gift, "::Who spoke::Who spoke first? {=The spokesperson ~The critic}\n");

        var missing = Run("import", "gift", gift, "--replace", "-o", Path.Combine(Pack, "quizzes", "no-such.yaml"));
        var noOut = Run("import", "gift", gift, "--replace");

        Assert.Equal(2, missing.Code);
        Assert.Contains("nothing to replace", missing.Err);
        Assert.False(File.Exists(Path.Combine(Pack, "quizzes", "no-such.yaml")));
        Assert.Equal(2, noOut.Code);
        Assert.Contains("--replace needs -o", noOut.Err);
    }

    [Fact]
    public void Export_gift_writes_the_pack_quizzes_and_reports_changes()
    {
        Scaffold();
        var (code, output, err) = Run("--content", Pack, "export", "gift", "--event", "city-vote");
        Assert.Equal(0, code);
        Assert.Contains("$CATEGORY: $course$/city-vote/herald-report-quiz", output);
        Assert.Contains("Who said this?", output);
        Assert.Contains("warning: who-said-what quiz", err);

        var only = Run("--content", Pack, "export", "gift", "--event", "city-vote", "--quiz", "herald-report-quiz");
        Assert.Equal(0, only.Code);
        Assert.DoesNotContain("Who said this?", only.Out);
    }

    [Fact]
    public void A_new_article_is_written_while_the_timeline_names_articles_not_written_yet()
    {
        Assert.Equal(0, Run("new", "event", "city-vote", "--dir", _root).Code);
        string eventFile = Path.Combine(Pack, "event.yaml");
        File.WriteAllText(eventFile, File.ReadAllText(eventFile).Replace(
            "    # articles: [article-id]  # optional: the articles that report it", "    articles: [herald-report, radio-report]", StringComparison.Ordinal));
        Assert.Equal(2, ContentLoader.LoadDirectories([Pack]).Diagnostics.Count(d => d.Code == DiagnosticCodes.UnknownArticle));

        var (code, output, err) = Run("new", "article", "--event", Pack, "--id", "herald-report");

        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Contains("Created ", output);
        Assert.Equal(0, Run("new", "quiz", "--event", Pack, "--kind", "comprehension", "--article", "herald-report").Code);
        // Only the article still to write is missing now.
        var left = ContentLoader.LoadDirectories([Pack]).Diagnostics;
        Assert.Equal([DiagnosticCodes.UnknownArticle], left.Select(d => d.Code));
        Assert.Contains("`radio-report`", left[0].Message);
    }

    [Fact]
    public void Other_content_errors_still_stop_scaffolding_with_the_errors_listed()
    {
        Assert.Equal(0, Run("new", "event", "city-vote", "--dir", _root).Code);
        File.AppendAllText(Path.Combine(Pack, "event.yaml"), "titel: Misspelt\n");

        var (code, _, err) = Run("new", "article", "--event", Pack);

        Assert.Equal(1, code);
        Assert.Contains("QT110", err);
        Assert.Contains("fix them first", err);
    }

    [Fact]
    public void The_ids_scaffolding_avoids_are_the_ids_the_loader_finds()
    {
        string pack = RepoPaths.BundledPack;
        var newsEvent = Assert.Single(ContentLoader.LoadDirectories([pack]).Library.Events);
        var ids = new HashSet<string>(StringComparer.Ordinal) { newsEvent.Id };
        ids.UnionWith(newsEvent.People.Select(p => p.Id));
        ids.UnionWith(newsEvent.Articles.Select(a => a.Id));
        ids.UnionWith(newsEvent.Articles.SelectMany(a => a.KeyPoints).Select(k => k.Id).OfType<string>());
        ids.UnionWith(newsEvent.Quotations.Select(q => q.Id));
        ids.UnionWith(newsEvent.Quizzes.Select(q => q.Id));
        ids.UnionWith(newsEvent.Quizzes.OfType<QuizTui.Core.Model.ComprehensionQuiz>().SelectMany(q => q.Questions).Select(q => q.Id));

        var outline = QuizTui.Core.Authoring.PackOutline.Read(ContentLoader.ReadPackFiles(pack));

        Assert.Equal(ids.Order(), outline.Ids.Order());
        Assert.Equal(newsEvent.People, outline.People);
        Assert.Equal(newsEvent.Quotations.Select(q => q.Id).Order(), outline.QuotationIds.Order());
    }

    [Fact]
    public void New_event_in_a_file_instead_of_a_folder_says_so()
    {
        string file = Path.Combine(_root, "notes.txt");
        File.WriteAllText(file, "x");
        var (code, _, err) = Run("new", "event", "city-vote", "--dir", file);
        Assert.Equal(2, code);
        Assert.Equal($"quiztui: --dir {file} is a file; give the folder to create the pack in", err.Trim());
    }
}
