using QuizTui.App.Cli;
using QuizTui.Class;
using QuizTui.Core.Model;

namespace QuizTui.App.Tests.Cli;

/// <summary>
/// The class's packs kept on the student's computer join the content; one that cannot be used is
/// left out with a line saying which, so the student knows why it is missing.
/// </summary>
public sealed class ClassPackCacheLoadTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("quiztui-class-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private static ContentLibrary Bundled() => ContentSources.LoadBundled().Library;

    /// <summary>A kept pack as <see cref="PackCache"/> writes it: a folder named by the event id, with a .version file.</summary>
    private void Keep(string eventId, string eventYaml)
    {
        string dir = Directory.CreateDirectory(Path.Combine(_cache, eventId)).FullName;
        File.WriteAllText(Path.Combine(dir, "event.yaml"), eventYaml);
        File.WriteAllText(Path.Combine(dir, ".version"), "1 abc");
    }

    [Fact]
    public void A_kept_pack_with_errors_is_left_out_and_named_and_the_rest_is_studied()
    {
        Keep("broken-pack", "id: broken-pack\ntitle: Broken\n");

        var (library, leftOut) = ClassSession.WithCachedPacks(Bundled(), new PackCache(_cache));

        Assert.Equal(Bundled().Events.Select(e => e.Id), library.Events.Select(e => e.Id));
        var line = Assert.Single(leftOut);
        Assert.Contains("class pack broken-pack", line, StringComparison.Ordinal);
        Assert.Contains("left out", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_named_with_control_characters_is_named_without_them()
    {
        Keep("bad\u001b[31mname", "id: x\n");

        var (_, leftOut) = ClassSession.WithCachedPacks(Bundled(), new PackCache(_cache));

        Assert.DoesNotContain('\u001b', Assert.Single(leftOut));
    }

    [Fact]
    public void No_kept_packs_leave_nothing_out()
    {
        var (library, leftOut) = ClassSession.WithCachedPacks(Bundled(), new PackCache(Path.Combine(_cache, "none")));

        Assert.Empty(leftOut);
        Assert.Equal(Bundled().Events.Count, library.Events.Count);
    }
}
