namespace QuizTui.Core.Tests;

/// <summary>Finds folders of the repository from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string BundledPack => Path.Combine(Content, "hootsuite-ice-2020");

    public static string SeedManifest => Path.Combine(Root, "seeds", "manifest.yaml");

    /// <summary>The source documents: QUIZTUI_SEEDS, or ../shared/seeds beside the repository; null when absent.</summary>
    public static string? SeedsFolder
    {
        get
        {
            string? named = Environment.GetEnvironmentVariable("QUIZTUI_SEEDS");
            if (!string.IsNullOrWhiteSpace(named))
                return Directory.Exists(named) ? named : null;
            string beside = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

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
