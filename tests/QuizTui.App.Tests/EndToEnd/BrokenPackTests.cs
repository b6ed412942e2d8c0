using System.Diagnostics;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>
/// A student whose extra content has a broken pack still studies everything else, and is told in
/// one line which pack was left out and how to see why; an instructor previewing that pack sees
/// its errors.
/// </summary>
public sealed class BrokenPackTests : IDisposable
{
    private const string BundledTitle = "Hootsuite and the ICE contract";
    private readonly string _packs = Directory.CreateTempSubdirectory("quiztui-packs-").FullName;

    public void Dispose() => Directory.Delete(_packs, recursive: true);

    /// <summary>A pack whose event.yaml lacks required keys.</summary>
    private string BrokenPack()
    {
        string pack = Directory.CreateDirectory(Path.Combine(_packs, "broken")).FullName;
        File.WriteAllText(Path.Combine(pack, "event.yaml"), "id: broken-pack\ntitle: Broken\n");
        return pack;
    }

    private static string Note(string pack) => $"{pack} has errors and was left out; to see them, run: quiztui validate {pack}";

    [Fact]
    public void The_app_opens_on_the_bundled_pack_and_names_the_broken_one_on_home_and_after_exit()
    {
        string pack = BrokenPack();
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--content", pack);

        var home = tmux.WaitFor(BundledTitle, "Please note");
        // The note wraps at 80 columns: compare it with the line breaks taken out.
        Assert.Contains(Note(pack), string.Join(" ", home.Split('\n').Select(l => l.Trim())), StringComparison.Ordinal);
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("C-q");
        var after = tmux.WaitFor("[exit 0]");
        Assert.Contains("quiztui: note: " + Note(pack)[..40], after, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_the_note_is_given_and_content_errors_do_not_stop_the_app()
    {
        string pack = BrokenPack();

        var (code, error) = RunRedirected(new Dictionary<string, string> { ["QUIZTUI_CONTENT"] = pack });

        Assert.Equal(2, code);
        Assert.Contains("needs a terminal", error, StringComparison.Ordinal);
        Assert.Contains("quiztui: note: " + Note(pack), error, StringComparison.Ordinal);
        Assert.DoesNotContain("content has errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_pack_beside_a_broken_one_is_kept_and_only_the_broken_one_is_named()
    {
        string broken = BrokenPack();
        string good = Path.Combine(_packs, "good");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.BundledPack, "*", SearchOption.AllDirectories))
        {
            string dest = Path.Combine(good, Path.GetRelativePath(RepoPaths.BundledPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }

        var (code, error) = RunRedirected(new Dictionary<string, string> { ["QUIZTUI_CONTENT"] = $"{good}:{broken}:{Path.Combine(_packs, "gone")}" });

        Assert.Equal(2, code);
        var notes = error.Split('\n').Where(l => l.StartsWith("quiztui: note: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Contains(notes, n => n.Contains(Note(broken), StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains($"{Path.Combine(_packs, "gone")}: no such folder", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.Contains(good, StringComparison.Ordinal));
    }

    [Fact]
    public void Preview_of_the_broken_pack_stays_strict_and_shows_its_errors()
    {
        string pack = BrokenPack();

        var (code, error) = RunRedirected([], "preview", pack);

        Assert.Equal(1, code);
        Assert.Contains("content has errors", error, StringComparison.Ordinal);
        Assert.Contains("event.yaml:", error, StringComparison.Ordinal);
        Assert.Contains("QT111", error, StringComparison.Ordinal);
    }

    private static (int Code, string Error) RunRedirected(Dictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo(Tmux.Binary) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["XDG_STATE_HOME"] = Path.Combine(Path.GetTempPath(), "quiztui-e2e-state");
        psi.Environment["XDG_DATA_HOME"] = Path.Combine(Path.GetTempPath(), "quiztui-e2e-data");
        psi.Environment.Remove("QUIZTUI_CONTENT");
        foreach (var (key, value) in environment)
            psi.Environment[key] = value;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(30_000), "quiztui did not exit");
        _ = output.Result;
        return (p.ExitCode, error.Result);
    }
}
