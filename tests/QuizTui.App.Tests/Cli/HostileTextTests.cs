using System.Text.RegularExpressions;
using QuizTui.App.Tests.Support;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.App.Tests.Cli;

/// <summary>
/// Text from files (content, score exports) holding terminal control characters reaches the
/// terminal only as visible stand-ins, from every command that prints it, and a diagnostic stays
/// on one line.
/// </summary>
public sealed partial class HostileTextTests : IDisposable
{
    /// <summary>
    /// A window title change, a bell, clear screen, a carriage return, NUL, DEL, a C1 CSI, a
    /// right-to-left override, an isolate, a line break and a tab, as YAML double-quoted escapes.
    /// </summary>
    internal const string HostileYaml = @"\e]0;owned\a\e[2J\r\0\x7f\x9b31m\u202eevil\u2066\n\tend";

    /// <summary>The same characters as a .NET string.</summary>
    internal const string Hostile = "\u001b]0;owned\u0007\u001b[2J\r\0\u007f\u009b31m\u202eevil\u2066\n\tend";

    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-hostile-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>Fails when the output holds a character a terminal would act on (line breaks between lines aside).</summary>
    internal static void AssertTerminalSafe(string output)
    {
        foreach (char c in output)
        {
            bool unsafeChar = (c < ' ' && c != '\n') || c == '\u007F' || c is >= '\u0080' and <= '\u009F'
                || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';
            Assert.False(unsafeChar, $"U+{(int)c:X4} reached the terminal raw in:\n{output}");
        }
    }

    private string CopyOfBundledPack()
    {
        string target = Path.Combine(_work, "pack");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.BundledPack, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(RepoPaths.BundledPack, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }

    private static void SetTitle(string pack, string title)
    {
        string eventFile = Path.Combine(pack, "event.yaml");
        File.WriteAllText(eventFile, Regex.Replace(File.ReadAllText(eventFile), "(?m)^title: .*$", $"title: \"{title.Replace("$", "$$", StringComparison.Ordinal)}\""));
    }

    [GeneratedRegex(@"^\S.*:\d+:\d+: (error|warning) QT\d{3}: .+$")]
    private static partial Regex DiagnosticLine();

    [Fact]
    public void Validate_shows_a_key_with_control_characters_escaped_on_one_line()
    {
        string pack = CopyOfBundledPack();
        File.AppendAllText(Path.Combine(pack, "event.yaml"), $"\n\"bad{HostileYaml}\": 1\n");

        var run = CliRunner.Run(_work, "validate", pack);

        Assert.Equal(1, run.ExitCode);
        AssertTerminalSafe(run.Stdout);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches(DiagnosticLine(), lines[0]);
        Assert.Contains("error QT110: unknown key `bad␛]0;owned␇␛[2J␍␀␡<U+009B>31m<U+202E>evil<U+2066>␊␉end`", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1 error, 0 warnings in 13 files", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_shows_a_value_with_control_characters_escaped_on_one_line_and_cut()
    {
        string pack = CopyOfBundledPack();
        string eventFile = Path.Combine(pack, "event.yaml");
        string longTail = new('x', 120);
        File.WriteAllText(eventFile, Regex.Replace(File.ReadAllText(eventFile), "(?m)^id: .*$", _ => $"id: \"bad{HostileYaml}{longTail}\"", RegexOptions.None, TimeSpan.FromSeconds(1)));

        var run = CliRunner.Run(_work, "validate", pack);

        Assert.Equal(1, run.ExitCode);
        AssertTerminalSafe(run.Stdout);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.All(lines[..^1], line => Assert.Matches(DiagnosticLine(), line));
        string line = Assert.Single(lines, l => l.Contains("is not a valid id", StringComparison.Ordinal));
        string quoted = Regex.Match(line, "QT\\d{3}: `([^`]*)` is not a valid id").Groups[1].Value;
        Assert.StartsWith("bad␛]0;owned␇␛[2J␍␀␡<U+009B>31m<U+202E>evil<U+2066>␊␉endxxx", quoted, StringComparison.Ordinal);
        Assert.Equal(TerminalText.MaxQuotedValue, quoted.Length);
        Assert.EndsWith("…", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_cuts_a_long_quoted_value_with_an_ellipsis()
    {
        string pack = CopyOfBundledPack();
        // Long, but within the 1024 characters YAML allows a key.
        string longKey = string.Concat(Enumerable.Repeat("overview-", 100));
        File.AppendAllText(Path.Combine(pack, "event.yaml"), $"\n{longKey}: 1\n");

        var run = CliRunner.Run(_work, "validate", pack);

        string line = Assert.Single(run.Stdout.Split('\n'), l => l.Contains("QT110", StringComparison.Ordinal));
        var quoted = Regex.Match(line, "unknown key `([^`]*)`").Groups[1].Value;
        Assert.Equal(TerminalText.MaxQuotedValue, quoted.Length);
        Assert.EndsWith("…", quoted, StringComparison.Ordinal);
        Assert.StartsWith("overview-overview-", quoted, StringComparison.Ordinal);
        Assert.True(line.Length < 400, line);
    }

    [Fact]
    public void Validate_as_json_carries_no_raw_control_characters_either()
    {
        string pack = CopyOfBundledPack();
        File.AppendAllText(Path.Combine(pack, "event.yaml"), $"\n\"bad{HostileYaml}\": 1\n");

        var run = CliRunner.Run(_work, "validate", "--format", "json", pack);

        Assert.Equal(1, run.ExitCode);
        AssertTerminalSafe(run.Stdout);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Contains("unknown key `bad␛]0;owned", json.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_a_line_break_stays_on_its_diagnostic_line()
    {
        string pack = CopyOfBundledPack();
        File.WriteAllText(Path.Combine(pack, "quizzes", "odd\nname\u001b[2J.yaml"), "id: Not An Id\n");

        var run = CliRunner.Run(_work, "validate", pack);

        AssertTerminalSafe(run.Stdout);
        Assert.All(run.Stdout.TrimEnd('\n').Split('\n')[..^1], line => Assert.Matches(DiagnosticLine(), line));
        Assert.Contains("quizzes/odd␊name␛[2J.yaml:1:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_as_json_gives_a_hostile_file_name_exactly_but_escaped()
    {
        string pack = CopyOfBundledPack();
        string name = "odd\u202Ename\u001b[2J.yaml";
        File.WriteAllText(Path.Combine(pack, "quizzes", name), "id: Not An Id\n");

        var run = CliRunner.Run(_work, "validate", "--format", "json", pack);

        AssertTerminalSafe(run.Stdout);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("file").GetString() == Path.Combine(pack, "quizzes", name));
    }

    [Fact]
    public void Stats_shows_a_content_title_with_control_characters_escaped()
    {
        string pack = CopyOfBundledPack();
        SetTitle(pack, "Title " + HostileYaml);
        var newsEvent = Assert.Single(ContentLoader.LoadDirectories([pack]).Library.Events);
        Assert.Equal("Title " + Hostile, newsEvent.Title);
        string db = Path.Combine(_work, "scores.db");
        using (var store = QuizTui.Storage.ScoreDatabase.Open(db))
        {
            var quiz = newsEvent.Quizzes.OfType<ComprehensionQuiz>().First();
            var session = QuizTui.Core.Quizzes.QuizSessionBuilder.Start(newsEvent, quiz, seed: 1, DateTimeOffset.Now);
            var attempt = QuizTui.Core.Progress.Runs.Start(store, "sam", session);
            QuizTui.Core.Progress.Runs.Answer(store, attempt, session, SkippedAnswer.Instance, TimeSpan.FromSeconds(2), DateTimeOffset.Now);
        }

        var run = CliRunner.Run(_work, "stats", "--content", pack, "--db", db, "--profile", "sam");

        Assert.Equal(0, run.ExitCode);
        AssertTerminalSafe(run.Stdout);
        Assert.Contains("Title ␛]0;owned␇␛[2J␍␀␡<U+009B>31m<U+202E>evil<U+2066>␊␉end", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_on_a_hostile_score_export_prints_only_escaped_text()
    {
        string csv = Path.Combine(_work, "mallory.csv");
        // A NUL would make the file binary, which report refuses outright; the rest stays.
        string hostile = Hostile.Replace("\0", "", StringComparison.Ordinal);
        static string Field(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var row = new Dictionary<string, string>
        {
            ["profile"] = "mallory",
            ["answered_at"] = "2024-05-01T10:00:00+00:00",
            ["event_id"] = "event" + hostile,
            ["quiz_id"] = "quiz",
            ["question_id"] = "question",
            ["question_type"] = "short-answer",
            ["skill"] = "detail",
            ["answer"] = "wrong" + hostile,
            ["answer_text"] = "wrong" + hostile,
            ["score"] = "0",
            ["verdict"] = "wrong",
            ["time_taken_ms"] = "1000",
            ["attempt_id"] = "1",
            ["run_kind"] = "quiz",
            ["question_text"] = "Prompt" + hostile,
            ["correct_answer"] = "right",
        };
        var bad = new Dictionary<string, string>(row) { ["verdict"] = "maybe" + hostile };
        string header = string.Join(",", QuizTui.Core.Progress.ScoreExport.Columns);
        string Line(Dictionary<string, string> r) => string.Join(",", QuizTui.Core.Progress.ScoreExport.Columns.Select(c => Field(r[c])));
        File.WriteAllText(csv, header + "\r\n" + Line(row) + "\r\n" + Line(bad) + "\r\n");

        var run = CliRunner.Run(_work, "report", csv);

        Assert.Equal(1, run.ExitCode);
        AssertTerminalSafe(run.Stdout);
        AssertTerminalSafe(run.Stderr);
        Assert.Contains("event␛]0;owned", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("wrong␛]0;owned", run.Stdout, StringComparison.Ordinal);
        string problem = Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("verdict 'maybe␛]0;owned", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_gift_names_a_hostile_question_escaped_in_its_notes()
    {
        string gift = Path.Combine(_work, "hostile.gift");
        File.WriteAllText(gift, "::Essay\u001b]0;owned\u0007\u001b[2J\u202e::Discuss. {}\n\n::Close::Was the vote close? {T}\n");

        var run = CliRunner.Run(_work, "import", "gift", gift);

        Assert.Equal(0, run.ExitCode);
        AssertTerminalSafe(run.Stderr);
        Assert.Contains("essay question \"Essay␛]0;owned␇␛[2J<U+202E>\" not converted", run.Stderr, StringComparison.Ordinal);
    }
}
