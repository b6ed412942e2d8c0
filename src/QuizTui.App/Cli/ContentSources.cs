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

    /// <summary>
    /// What a student studies: the bundled packs and every extra pack that loads without errors. A
    /// pack with errors, or an extra folder that cannot be read, is left out rather than keeping the
    /// student from the rest; <see cref="StudyContent.LeftOut"/> says which, one line each, with the
    /// command that shows why. (Checking one pack strictly is what validate and preview are for.)
    /// </summary>
    public static StudyContent LoadForStudy(IReadOnlyList<string> extraDirectories)
    {
        var leftOut = new List<string>();
        var readable = new List<string>();
        foreach (string dir in extraDirectories)
        {
            if (Directory.Exists(dir) || File.Exists(dir))
                readable.Add(dir);
            else
                leftOut.Add($"{TerminalText.Escape(dir)}: no such folder, so it was left out (it is named by --content or QUIZTUI_CONTENT)");
        }

        LoadResult content;
        while (true)
        {
            try
            {
                content = Load(readable);
                break;
            }
            catch (ContentIoException e)
            {
                // Leave out the folder the unreadable path belongs to, and load the rest again.
                string given = readable.FirstOrDefault(dir => Contains(dir, e.ContentPath)) ?? readable[0];
                readable.Remove(given);
                leftOut.Add($"{TerminalText.Escape(given)} was left out: {e.Message}");
            }
        }
        foreach (string pack in PacksWithErrors(content.Diagnostics))
            leftOut.Add($"{TerminalText.Escape(pack)} has errors and was left out; to see them, run: quiztui validate {TerminalText.Escape(pack)}");
        return new StudyContent(content.Library, leftOut);
    }

    /// <summary>The pack folders (the folders holding event.yaml) of the files with errors, in order, each once.</summary>
    private static IEnumerable<string> PacksWithErrors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.IsError).Select(d => PackFolderOf(d.File)).Distinct(StringComparer.Ordinal);

    /// <summary>The nearest folder above a content file holding event.yaml; the file itself when it is in no pack.</summary>
    private static string PackFolderOf(string file)
    {
        for (string? dir = Path.GetDirectoryName(file); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "event.yaml")) || File.Exists(Path.Combine(dir, "event.yml")))
                return dir;
        }
        return file;
    }

    private static bool Contains(string folder, string path)
    {
        string outer = Path.GetFullPath(folder).TrimEnd('/') + "/";
        string inner = Path.GetFullPath(path);
        return inner == outer.TrimEnd('/') || inner.StartsWith(outer, StringComparison.Ordinal);
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

/// <summary>The content a student studies, and a line for each pack or folder that was left out.</summary>
internal sealed record StudyContent(ContentLibrary Library, IReadOnlyList<string> LeftOut);
