using System.Reflection;
using QuizTui.Core.Loading;

namespace QuizTui.App.Cli;

/// <summary>The content packs embedded in the executable, so a published binary runs from any directory.</summary>
internal static class BundledContent
{
    private const string Prefix = "content/";

    /// <summary>Every embedded content file, named <c>content/PACK/…</c> as in the repository.</summary>
    public static IReadOnlyList<ContentFile> Files()
    {
        var assembly = typeof(BundledContent).Assembly;
        var files = new List<ContentFile>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            // RecursiveDir uses the build machine's separator; diagnostics always show '/'.
            files.Add(new ContentFile(name.Replace('\\', '/'), reader.ReadToEnd()));
        }
        return files;
    }
}
