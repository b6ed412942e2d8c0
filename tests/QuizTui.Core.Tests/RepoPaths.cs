namespace QuizTui.Core.Tests;

/// <summary>Finds folders of the repository from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string BundledPack => Path.Combine(Content, "hootsuite-ice-2020");

    public static string SeedManifest => Path.Combine(Root, "seeds", "manifest.yaml");

    /// <summary>
    /// The source documents: QUIZTUI_SEEDS, or a shared/seeds folder beside the repository (or
    /// further up, for a checkout inside another folder); null when absent.
    /// </summary>
    public static string? SeedsFolder
    {
        get
        {
            string? named = Environment.GetEnvironmentVariable("QUIZTUI_SEEDS");
            if (!string.IsNullOrWhiteSpace(named))
                return Directory.Exists(named) ? named : null;
            for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(candidate))
                    return candidate;
            }
            return null;
        }
    }

    /// <summary>
    /// The seeds folder; when there is none, the calling test is reported as skipped, saying where
    /// the seeds were looked for (a check that needs them never passes without running).
    /// </summary>
    public static string RequireSeeds()
    {
        string? seeds = SeedsFolder;
        string? named = Environment.GetEnvironmentVariable("QUIZTUI_SEEDS");
        Assert.SkipWhen(seeds is null, string.IsNullOrWhiteSpace(named)
            ? $"Seed documents not found: QUIZTUI_SEEDS is not set and no folder above {Root} holds shared/seeds."
            : $"Seed documents not found: QUIZTUI_SEEDS names {named}, which is not a folder.");
        return seeds!;
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
