using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Loading;

public sealed class LoadDirectoriesTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "quiztui-load-" + Guid.NewGuid().ToString("N"));

    public LoadDirectoriesTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string CopyPack(string name)
    {
        string target = Path.Combine(_temp, name);
        foreach (var file in Directory.EnumerateFiles(FixturePaths.Valid(name), "*", SearchOption.AllDirectories))
        {
            string dest = Path.Combine(target, Path.GetRelativePath(FixturePaths.Valid(name), file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
        return target;
    }

    [Fact]
    public void Given_article_files_named_against_their_dates_When_loaded_Then_the_articles_are_in_the_order_they_were_published()
    {
        string pack = CopyPack("base");
        // A drafted pack's files are named by outlet: here the earlier article's file sorts last.
        File.Move(Path.Combine(pack, "articles", "first-report.yaml"), Path.Combine(pack, "articles", "zz-first-report.yaml"));

        var result = ContentLoader.LoadDirectories([pack]);

        var e = Assert.Single(result.Library.Events);
        Assert.Equal(["first-report", "second-report"], e.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Given_a_missing_path_When_loaded_Then_a_ContentIoException_names_it()
    {
        string missing = Path.Combine(_temp, "nowhere");
        var ex = Assert.Throws<ContentIoException>(() => ContentLoader.LoadDirectories([missing]));
        Assert.Equal(missing, ex.ContentPath);
        Assert.Contains("not found", ex.Message);
    }

    [Fact]
    public void Given_a_pack_folder_When_loaded_Then_diagnostics_name_files_under_the_given_path()
    {
        string pack = CopyPack("base");
        File.WriteAllText(Path.Combine(pack, "quizzes", "who-said-it.yaml"), "id: who-said-it\nkind: who-said-what\ntitel: Who?\n");

        var result = ContentLoader.LoadDirectories([pack]);

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(pack.Replace('\\', '/') + "/quizzes/who-said-it.yaml", unknown.File);
        Assert.Equal((3, 1), (unknown.Line, unknown.Column));
        Assert.Empty(result.Library.Events);
    }

    [Fact]
    public void Given_one_quiz_file_of_a_pack_When_loaded_Then_it_is_checked_against_its_pack_and_only_its_diagnostics_are_given()
    {
        string pack = CopyPack("base");
        File.WriteAllText(Path.Combine(pack, "articles", "second-report.yaml"), "id: second-report\n");
        string quiz = Path.Combine(pack, "quizzes", "first-report-quiz.yaml");

        var result = ContentLoader.LoadDirectories([quiz]);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Given_one_broken_quiz_file_When_loaded_Then_its_dangling_references_are_found_through_the_pack()
    {
        string pack = CopyPack("base");
        string quiz = Path.Combine(pack, "quizzes", "who-said-it.yaml");
        File.WriteAllText(quiz, "id: who-said-it\nkind: who-said-what\ntitle: Who?\nquotations: [ann-not-aligned, nobody-said]\n");

        var result = ContentLoader.LoadDirectories([quiz]);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownQuotation, d.Code);
        Assert.Equal(quiz.Replace('\\', '/'), d.File);
        Assert.Equal((4, 31), (d.Line, d.Column));
    }

    [Fact]
    public void Given_a_quiz_file_with_no_event_above_When_loaded_Then_its_structure_is_checked_and_a_warning_says_references_were_not()
    {
        string quizzes = Path.Combine(_temp, "loose", "quizzes");
        Directory.CreateDirectory(quizzes);
        string quiz = Path.Combine(quizzes, "q.yaml");
        File.WriteAllText(quiz, "id: q\nkind: comprehension\ntitle: Q\narticle: somewhere\nquestions:\n  - id: q1\n    type: true-false\n    prompt: P?\n    skill: detial\n    answer: true\n    explanation: E.\n");

        var result = ContentLoader.LoadDirectories([quiz]);

        Assert.Equal([DiagnosticCodes.ReferencesNotChecked, DiagnosticCodes.UnknownSkill], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("Did you mean `detail`?", result.Diagnostics[1].Message);
    }

    [Fact]
    public void Given_a_seeds_manifest_When_an_article_names_another_seed_Then_it_is_an_error_with_a_suggestion()
    {
        var result = ContentLoader.LoadDirectories([FixturePaths.Valid("base")],
            new LoadOptions { KnownSeeds = new HashSet<string> { "000_sample.txt", "001_Sample.txt" } });

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownSeed, d.Code);
        Assert.Contains("Did you mean `001_Sample.txt`?", d.Message);
    }
}
