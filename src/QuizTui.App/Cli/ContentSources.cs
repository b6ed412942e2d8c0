using System.CommandLine;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.App.Cli;

/// <summary>Loads what the learner studies: the bundled packs plus any named with --content or QUIZTUI_CONTENT.</summary>
internal static class ContentSources
{
    /// <summary>
    /// Loads bundled and extra content. A pack from a folder replaces a bundled pack with the same
    /// event id, so an instructor editing a copy of a bundled pack sees their edits.
    /// </summary>
    /// <exception cref="ContentIoException">A named folder does not exist or cannot be read.</exception>
    public static LoadResult Load(ParseResult parse) => Load(GlobalOptions.ContentDirectories(parse));

    public static LoadResult Load(IReadOnlyList<string> extraDirectories)
    {
        var bundled = LoadBundled();
        if (extraDirectories.Count == 0)
            return bundled;
        var extra = ContentLoader.LoadDirectories(extraDirectories);
        var extraIds = extra.Library.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var events = bundled.Library.Events.Where(e => !extraIds.Contains(e.Id)).Concat(extra.Library.Events).ToList();
        return new LoadResult(new ContentLibrary(events), [.. bundled.Diagnostics, .. extra.Diagnostics]);
    }

    /// <summary>The packs embedded in the executable, checked against the embedded seed manifest.</summary>
    public static LoadResult LoadBundled() => LoadBundled(out _);

    /// <param name="fileCount">How many files the bundled content has, for a summary line.</param>
    public static LoadResult LoadBundled(out int fileCount)
    {
        var files = BundledContent.Files();
        fileCount = files.Count;
        return ContentLoader.Load(files, new LoadOptions { KnownSeeds = BundledContent.SeedFileNames() });
    }
}
