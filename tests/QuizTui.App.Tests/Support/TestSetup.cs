using System.Runtime.CompilerServices;

namespace QuizTui.App.Tests.Support;

internal static class TestSetup
{
    /// <summary>Keeps Terminal.Gui away from the real terminal and from any stray configuration file.</summary>
    [ModuleInitializer]
    internal static void Init()
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        Environment.SetEnvironmentVariable("TUI_CONFIG", null);
    }
}

/// <summary>Tests that render share process-wide Terminal.Gui state, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RenderingCollection
{
    public const string Name = "rendering";
}
