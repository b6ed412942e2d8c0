using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Loading;

/// <summary>No input may make the loader throw: mutated valid content only ever gives diagnostics.</summary>
public class RobustnessTests
{
    private static List<ContentFile> FullPack()
    {
        string root = FixturePaths.Valid("full");
        return [.. Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new ContentFile("pack/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))];
    }

    private static string Mutate(string text, Random random)
    {
        switch (random.Next(7))
        {
            case 0: // truncate
                return text[..random.Next(text.Length + 1)];
            case 1: // delete a line
            {
                var lines = text.Split('\n').ToList();
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
            }
            case 2: // swap two characters
            {
                var chars = text.ToCharArray();
                int i = random.Next(chars.Length), j = random.Next(chars.Length);
                (chars[i], chars[j]) = (chars[j], chars[i]);
                return new string(chars);
            }
            case 3: // random bytes
            {
                var bytes = new byte[random.Next(1, 200)];
                random.NextBytes(bytes);
                return System.Text.Encoding.Latin1.GetString(bytes);
            }
            case 4: // insert YAML punctuation
            {
                const string punctuation = ":-[]{}&*!|>'\"%@`#,?\t\n ";
                int at = random.Next(text.Length + 1);
                return text.Insert(at, punctuation[random.Next(punctuation.Length)].ToString());
            }
            case 5: // duplicate a line
            {
                var lines = text.Split('\n').ToList();
                int i = random.Next(lines.Count);
                lines.Insert(i, lines[i]);
                return string.Join('\n', lines);
            }
            default: // change indentation of a line
            {
                var lines = text.Split('\n').ToList();
                int i = random.Next(lines.Count);
                lines[i] = random.Next(2) == 0 ? "  " + lines[i] : lines[i].TrimStart();
                return string.Join('\n', lines);
            }
        }
    }

    [Fact]
    public void Given_randomly_mutated_content_When_loaded_Then_the_loader_never_throws()
    {
        var pack = FullPack();
        var random = new Random(20200924);
        int withDiagnostics = 0;
        for (int run = 0; run < 1500; run++)
        {
            var files = pack.ToList();
            int mutations = random.Next(1, 4);
            for (int m = 0; m < mutations; m++)
            {
                int i = random.Next(files.Count);
                files[i] = files[i] with { Text = Mutate(files[i].Text, random) };
            }
            var result = ContentLoader.Load(files);
            var internalError = result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.InternalError);
            Assert.True(internalError is null, $"{internalError}\n{files.FirstOrDefault(f => f.Path == internalError?.File)?.Text}");
            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
            if (result.Diagnostics.Count > 0)
                withDiagnostics++;
        }
        Assert.True(withDiagnostics > 500);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\0")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("a: &x [*x]")]
    [InlineData("? [a, b]\n: c")]
    [InlineData("id: x\n<<: {kind: comprehension}")]
    [InlineData("%YAML 1.2\n---\nid: x")]
    [InlineData("!!binary aGVsbG8=")]
    public void Given_odd_yaml_When_loaded_Then_it_gives_diagnostics_not_exceptions(string text)
    {
        foreach (var path in new[] { "p/event.yaml", "p/articles/a.yaml", "p/quizzes/q.yaml" })
        {
            var files = new List<ContentFile> { new("p/event.yaml", "id: p\ntitle: P\nperiod: {start: 2020-01-01}\noverview: O\npeople: [{id: a, name: A}]\n") };
            files.RemoveAll(f => f.Path == path);
            files.Add(new ContentFile(path, text));
            var result = ContentLoader.Load(files);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        }
    }

    [Fact]
    public void Deep_nesting_is_reported_as_a_syntax_error()
    {
        string deep = new string('[', 5000) + new string(']', 5000);
        var result = ContentLoader.Load([new ContentFile("p/event.yaml", deep)]);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
    }
}
