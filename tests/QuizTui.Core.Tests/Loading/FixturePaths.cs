namespace QuizTui.Core.Tests.Loading;

/// <summary>Fixtures are copied to the output folder by the test project.</summary>
internal static class FixturePaths
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");
    public static string Valid(string name) => Path.Combine(Root, "valid", name);
    public static string Broken => Path.Combine(Root, "broken");
}
