using System.Text.Json;

namespace QuizTui.App.Tests.Cli;

/// <summary>validate lists causes before their knock-ons, in text and in JSON.</summary>
public sealed class ValidateOrderTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-validate-order-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>A copy of the bundled pack whose first person has a misspelt `id` key; articles quote them.</summary>
    private string PackWithAMisspeltPersonId()
    {
        string pack = Path.Combine(_work, "pack");
        foreach (var file in Directory.EnumerateFiles(Support.RepoPaths.BundledPack, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(pack, Path.GetRelativePath(Support.RepoPaths.BundledPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        string eventFile = Path.Combine(pack, "event.yaml");
        File.WriteAllText(eventFile, File.ReadAllText(eventFile).Replace("  - id: tom-keiser", "  - ids: tom-keiser", StringComparison.Ordinal));
        return pack;
    }

    [Fact]
    public void The_misspelt_key_in_event_yaml_is_printed_before_the_unknown_speakers_in_articles()
    {
        var run = CliRunner.Run(_work, "validate", PackWithAMisspeltPersonId());

        Assert.Equal(1, run.ExitCode);
        var codes = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @": error (QT\d+):").Groups[1].Value)
            .Where(code => code.Length > 0)
            .ToList();
        Assert.Equal(["QT110", "QT111"], codes.Take(2));
        Assert.Contains("QT210", codes.Skip(2));
        Assert.All(codes.Skip(2), code => Assert.Equal("QT210", code));
    }

    [Fact]
    public void Json_lists_the_diagnostics_in_the_same_order()
    {
        var run = CliRunner.Run(_work, "validate", "--format", "json", PackWithAMisspeltPersonId());

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["QT110", "QT111"], diagnostics.Take(2).Select(d => d.GetProperty("code").GetString()));
        Assert.All(diagnostics.Take(2), d => Assert.EndsWith("event.yaml", d.GetProperty("file").GetString(), StringComparison.Ordinal));
        Assert.True(diagnostics.Count > 2);
        Assert.All(diagnostics.Skip(2), d => Assert.Equal("QT210", d.GetProperty("code").GetString()));
    }
}
