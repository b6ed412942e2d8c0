namespace QuizTui.App.Tests.Support;

/// <summary>Finds folders of the repository from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string BundledPack => Path.Combine(Root, "content", "hootsuite-ice-2020");

    /// <summary>Invented article texts about one invented event, for drafting a pack.</summary>
    public static string DraftingArticles => Path.Combine(Root, "tests", "QuizTui.Core.Tests", "Fixtures", "drafting", "city-vote");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuizTui.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("QuizTui.sln not found above " + AppContext.BaseDirectory);
    }
}
