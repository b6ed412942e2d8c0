using QuizTui.Core.Loading;
using YamlDotNet.RepresentationModel;

namespace QuizTui.App.Cli;

/// <summary>The content packs embedded in the executable, so a published binary runs from any directory.</summary>
internal static class BundledContent
{
    private const string ContentPrefix = "content/";
    private const string SeedManifest = "seeds/manifest.yaml";

    /// <summary>Every embedded content file, named <c>content/PACK/…</c> as in the repository.</summary>
    public static IReadOnlyList<ContentFile> Files()
    {
        var assembly = typeof(BundledContent).Assembly;
        var files = new List<ContentFile>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ContentPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            files.Add(new ContentFile(name, ReadResource(name)));
        return files;
    }

    /// <summary>The seed file names listed in the embedded seeds manifest.</summary>
    public static IReadOnlySet<string> SeedFileNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(ReadResource(SeedManifest)));
        if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("seeds"), out var list) && list is YamlSequenceNode seeds)
        {
            foreach (var seed in seeds.OfType<YamlMappingNode>())
            {
                if (seed.Children.TryGetValue(new YamlScalarNode("file"), out var file) && file is YamlScalarNode { Value: { } value })
                    names.Add(value);
            }
        }
        return names;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(BundledContent).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The executable lacks its embedded resource '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
