using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Xml.Linq;
using QuizTui.App.Tests.Support;
using QuizTui.Core.Model;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.Architecture;

/// <summary>
/// The layers hold because the build holds them: Core and Presentation reach neither the terminal
/// (Terminal.Gui) nor a database (Storage and SQLite, or the class server: QuizTui.Class and Npgsql), directly or through another project. Checked
/// twice: in the project files, where a reference would be added, and in the compiled assemblies.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Packages and projects the terminal-free layers must not reach.</summary>
    private static readonly string[] Forbidden = ["Terminal.Gui", "Microsoft.Data.Sqlite", "QuizTui.Storage", "QuizTui.Class", "Npgsql", "QuizTui.App"];

    private static bool IsForbidden(string reference) => Forbidden.Any(f => reference.StartsWith(f, StringComparison.OrdinalIgnoreCase));

    public static TheoryData<string> TerminalFreeProjects() => new() { "QuizTui.Core", "QuizTui.Presentation" };

    [Theory]
    [MemberData(nameof(TerminalFreeProjects))]
    public void A_terminal_free_project_references_neither_the_terminal_nor_the_database(string project)
    {
        var reached = ProjectsAndPackagesReachedFrom(ProjectFile(project));
        Assert.DoesNotContain(reached, IsForbidden);
        // The check reads the real files: Presentation's own reference to Core must show up.
        if (project == "QuizTui.Presentation")
            Assert.Contains("QuizTui.Core", reached);
    }

    public static TheoryData<string> TerminalFreeAssemblies() => new() { "QuizTui.Core", "QuizTui.Presentation" };

    [Theory]
    [MemberData(nameof(TerminalFreeAssemblies))]
    public void A_terminal_free_assembly_loads_neither_the_terminal_nor_the_database(string name)
    {
        var assembly = name == "QuizTui.Core" ? typeof(Question).Assembly : typeof(ScreenModel).Assembly;
        Assert.Equal(name, assembly.GetName().Name);
        var reached = AssembliesReachedFrom(assembly);
        Assert.DoesNotContain(reached, IsForbidden);
        if (name == "QuizTui.Presentation")
            Assert.Contains("QuizTui.Core", reached);
    }

    [Fact]
    public void The_app_is_where_the_terminal_and_the_database_meet()
    {
        // The forbidden list names real references: the app has them, so the checks above can fail.
        var reached = ProjectsAndPackagesReachedFrom(ProjectFile("QuizTui.App"));
        Assert.Contains("Terminal.Gui", reached);
        Assert.Contains("QuizTui.Storage", reached);
        Assert.Contains("Microsoft.Data.Sqlite", reached);
        Assert.Contains("QuizTui.Class", reached);
        Assert.Contains("Npgsql", reached);
        Assert.Contains("QuizTui.Presentation", reached);
    }

    private static string ProjectFile(string name) => Path.Combine(RepoPaths.Root, "src", name, name + ".csproj");

    /// <summary>Every project referenced, directly or through other projects, and every package any of them references.</summary>
    private static HashSet<string> ProjectsAndPackagesReachedFrom(string projectFile)
    {
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([Path.GetFullPath(projectFile)]);
        var seen = new HashSet<string>();
        while (pending.TryPop(out var file))
        {
            if (!seen.Add(file))
                continue;
            var project = XDocument.Load(file);
            foreach (var package in project.Descendants("PackageReference"))
                reached.Add((string)package.Attribute("Include")!);
            foreach (var reference in project.Descendants("ProjectReference"))
            {
                string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, ((string)reference.Attribute("Include")!).Replace('\\', Path.DirectorySeparatorChar)));
                reached.Add(Path.GetFileNameWithoutExtension(path));
                pending.Push(path);
            }
        }
        return reached;
    }

    /// <summary>The names of every assembly an assembly references, directly or through others (the framework's own left out).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Tests run untrimmed: the check reads the assemblies as they were built.")]
    private static HashSet<string> AssembliesReachedFrom(Assembly start)
    {
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>([start]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (name.Name is null || name.Name.StartsWith("System", StringComparison.Ordinal) || name.Name is "netstandard" or "mscorlib" || !reached.Add(name.Name))
                    continue;
                pending.Push(Assembly.Load(name));
            }
        }
        return reached;
    }
}
