using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Loading;

/// <summary>
/// Each folder under Fixtures/broken holds content files and an <c>expect.txt</c>. Unless
/// <c>expect.txt</c> says <c>! standalone</c>, the folder's files are laid over the valid base pack
/// (Fixtures/valid/base; a file with the same path replaces the base one). <c>! seeds a b</c> passes
/// a seeds manifest. Every other line is <c>path:line:col: CODE</c>, and the load must give exactly
/// those diagnostics.
/// </summary>
public class BrokenFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(FixturePaths.Broken).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    /// <summary>The fixtures laid over the base pack, whose event an error must leave out.</summary>
    public static TheoryData<string> PackFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(FixturePaths.Broken).Order(StringComparer.Ordinal))
        {
            if (!Fixture.Read(dir).Standalone)
                data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Fact]
    public void There_are_at_least_45_broken_fixtures() =>
        Assert.True(Directory.GetDirectories(FixturePaths.Broken).Length >= 45);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Given_a_broken_fixture_When_loaded_Then_it_reports_exactly_the_expected_diagnostics(string name)
    {
        var fixture = Fixture.Read(Path.Combine(FixturePaths.Broken, name));

        var result = ContentLoader.Load(fixture.Files, fixture.Options);

        var actual = result.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column}: {d.Code}").Order(StringComparer.Ordinal).ToList();
        Assert.True(fixture.Expected.SequenceEqual(actual),
            $"expected:\n  {string.Join("\n  ", fixture.Expected)}\nactual:\n  {string.Join("\n  ", result.Diagnostics)}");
        Assert.NotEmpty(fixture.Expected);
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
    }

    [Theory]
    [MemberData(nameof(PackFixtures))]
    public void Given_a_broken_fixture_with_an_error_When_loaded_Then_its_event_is_left_out(string name)
    {
        var fixture = Fixture.Read(Path.Combine(FixturePaths.Broken, name));

        var result = ContentLoader.Load(fixture.Files, fixture.Options);

        // Errors about files outside any pack do not touch the pack's event.
        string[] outsidePack = [DiagnosticCodes.EventFileMissing, DiagnosticCodes.FileOutsidePack, DiagnosticCodes.DuplicateEventFile];
        bool packHasErrors = result.Diagnostics.Any(d => d.IsError && !outsidePack.Contains(d.Code));
        if (packHasErrors)
            Assert.Empty(result.Library.Events);
        else
            Assert.Single(result.Library.Events);
    }

    private sealed record Fixture(List<ContentFile> Files, LoadOptions Options, List<string> Expected, bool Standalone)
    {
        public static Fixture Read(string dir)
        {
            var lines = File.ReadAllLines(Path.Combine(dir, "expect.txt")).Where(l => l.Trim().Length > 0).ToList();
            bool standalone = lines.Contains("! standalone");
            var seeds = lines.FirstOrDefault(l => l.StartsWith("! seeds ", StringComparison.Ordinal));
            var options = seeds is null
                ? LoadOptions.Default
                : new LoadOptions { KnownSeeds = seeds["! seeds ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet() };

            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (!standalone)
                AddAll(FixturePaths.Valid("base"), files);
            AddAll(dir, files);
            var expected = lines.Where(l => !l.StartsWith('!')).Select(l => l.Trim()).Order(StringComparer.Ordinal).ToList();
            return new Fixture([.. files.Select(kv => new ContentFile(kv.Key, kv.Value))], options, expected, standalone);
        }

        private static void AddAll(string dir, SortedDictionary<string, string> files)
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (relative != "expect.txt")
                    files[relative] = File.ReadAllText(file);
            }
        }
    }
}
