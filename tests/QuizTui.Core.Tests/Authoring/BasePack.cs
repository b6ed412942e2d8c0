using QuizTui.Core.Loading;
using QuizTui.Core.Tests.Loading;

namespace QuizTui.Core.Tests.Authoring;

/// <summary>The valid base fixture pack as content files, to load written files alongside it.</summary>
internal static class BasePack
{
    public const string Root = "pack";

    public static List<ContentFile> Files()
    {
        string dir = FixturePaths.Valid("base");
        return Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new ContentFile(Root + "/" + Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>Loads the base pack with one more quiz file; returns the load result.</summary>
    public static LoadResult WithQuiz(string name, string yaml)
    {
        var files = Files();
        files.Add(new ContentFile($"{Root}/quizzes/{name}.yaml", yaml));
        return ContentLoader.Load(files);
    }

    public static string Errors(LoadResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
}
