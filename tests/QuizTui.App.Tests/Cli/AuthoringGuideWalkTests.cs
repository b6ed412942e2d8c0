using System.Diagnostics;
using System.Text.RegularExpressions;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.Cli;

/// <summary>
/// An instructor follows section 4 of docs/authoring.md step by step: every shell command is taken
/// from the guide's text and run as written (in a shell, with a home folder of its own), and every
/// example file is written where the guide says, in the order the guide gives them. Each command's
/// result is checked against what the guide says it does. A change to the guide changes the walk.
/// </summary>
public sealed partial class AuthoringGuideWalkTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("quiztui-guide-walk-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string HomeFolder => Path.Combine(_root, "home");
    private string WorkFolder => Path.Combine(_root, "work");
    private string Pack => Path.Combine(HomeFolder, "packs", "city-vote-2024");

    private abstract record Step(int Line);

    private sealed record Command(int Line, string Text) : Step(Line);

    /// <summary>A whole example file; its path starts with the pack folder's name.</summary>
    private sealed record ExampleFile(int Line, string Path, string Yaml) : Step(Line);

    [GeneratedRegex(@"^<!-- example: (?<path>[a-z0-9][a-z0-9._/-]*) -->$")]
    private static partial Regex WholeFileMarker();

    /// <summary>The steps of the walk-through (section 4), in the guide's order.</summary>
    private static List<Step> WalkThrough()
    {
        var lines = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "authoring.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int start = Array.FindIndex(lines, l => l.StartsWith("## 4. ", StringComparison.Ordinal));
        int end = Array.FindIndex(lines, l => l.StartsWith("## 5. ", StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, "docs/authoring.md has no section 4 followed by a section 5");
        var steps = new List<Step>();
        for (int i = start; i < end; i++)
        {
            if (lines[i] == "```sh")
            {
                for (i++; lines[i] != "```"; i++)
                {
                    if (lines[i].Trim().Length > 0)
                        steps.Add(new Command(i + 1, lines[i].Trim()));
                }
            }
            else if (WholeFileMarker().Match(lines[i]) is { Success: true } marker && lines[i + 1] == "```yaml")
            {
                int close = Array.FindIndex(lines, i + 2, l => l == "```");
                steps.Add(new ExampleFile(i + 1, marker.Groups["path"].Value, string.Join("\n", lines[(i + 2)..close]) + "\n"));
                i = close;
            }
        }
        return steps;
    }

    [Fact]
    public void Following_the_walk_through_step_by_step_works_at_every_step()
    {
        var steps = WalkThrough();
        Assert.Contains(steps, s => s is Command c && c.Text.StartsWith("quiztui new article", StringComparison.Ordinal));
        PrepareHome();
        var notRun = new List<string>();

        foreach (var step in steps)
        {
            switch (step)
            {
                case ExampleFile file:
                    string path = Path.Combine(HomeFolder, "packs", file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, file.Yaml);
                    break;
                case Command { Text: var text } command when text.StartsWith("export ", StringComparison.Ordinal):
                    // A line for the student's shell profile, not a QuizTui command.
                    notRun.Add(text);
                    break;
                case Command command:
                    Check(command);
                    break;
            }
        }

        Assert.Equal(["export QUIZTUI_CONTENT=\"$HOME/packs/city-vote-2024:$HOME/packs/week-5\""], notRun);
        var final = Shell("quiztui validate ~/packs/city-vote-2024");
        Assert.True(final.Code == 0, final.Stdout + final.Stderr);
    }

    /// <summary>Runs one command of the guide and checks it did what the guide says.</summary>
    private void Check(Command command)
    {
        string text = command.Text;
        string where = $"docs/authoring.md line {command.Line}: {text}";
        if (text.Contains("--watch", StringComparison.Ordinal))
        {
            string output = RunUntil(text, "No problems in");
            Assert.True(output.Contains("No problems in", StringComparison.Ordinal), $"{where}\n{output}");
            return;
        }
        if (text.Contains("~/Downloads/", StringComparison.Ordinal))
            StudentReceivesThePack();

        var run = Shell(text);
        string all = $"{where}\nexit {run.Code}\n{run.Stdout}\n{run.Stderr}";
        if (Regex.IsMatch(text, @"^quiztui new (event|article|quiz) "))
        {
            // Scaffolding never refuses, and what it writes is valid as it is.
            Assert.True(run.Code == 0 && run.Stderr.Length == 0, all);
            var created = Regex.Match(run.Stdout, @"^Created (?<file>\S+?\.yaml)", RegexOptions.Multiline);
            Assert.True(created.Success && File.Exists(created.Groups["file"].Value), all);
        }
        else if (text.StartsWith("quiztui validate ", StringComparison.Ordinal))
        {
            Assert.True(run.Code == 0 && run.Stdout.StartsWith("No problems in ", StringComparison.Ordinal), all);
        }
        else if (text.StartsWith("quiztui draft quotes ", StringComparison.Ordinal))
        {
            Assert.True(run.Code == 0 && run.Stdout.Contains("speaker: priya-raman", StringComparison.Ordinal), all);
        }
        else if (text.StartsWith("quiztui preview ", StringComparison.Ordinal) || Regex.IsMatch(text, @"^quiztui --content \S+$"))
        {
            // Without a terminal the app stops just before opening: after the content was accepted.
            Assert.True(run.Code == 2 && run.Stderr.Contains("needs a terminal", StringComparison.Ordinal), all);
            Assert.DoesNotContain("has errors", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("note:", run.Stderr, StringComparison.Ordinal);
        }
        else if (text.StartsWith("quiztui import gift ", StringComparison.Ordinal))
        {
            Assert.True(run.Code == 0 && File.Exists(Path.Combine(Pack, "quizzes", "week3.yaml")), all);
            var check = Shell("quiztui validate ~/packs/city-vote-2024");
            Assert.True(check.Code == 0, $"{all}\nafter it, validate says:\n{check.Stdout}");
        }
        else if (Regex.Match(text, @"^quiztui .* export gift .*> (?<file>\S+)$") is { Success: true } export)
        {
            Assert.True(run.Code == 0, all);
            Assert.Contains("::", File.ReadAllText(Path.Combine(WorkFolder, export.Groups["file"].Value)), StringComparison.Ordinal);
        }
        else
        {
            Assert.Fail($"{where}\nThis test does not know how to check this command yet: say what the guide promises for it.");
        }
    }

    /// <summary>
    /// The files the guide's commands read but the guide does not print: the source article of
    /// section 4.3 and the GIFT file of section 4.8, both invented here.
    /// </summary>
    private void PrepareHome()
    {
        Directory.CreateDirectory(WorkFolder);
        string bin = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "quiztui"), Tmux.Binary);
        string sources = Directory.CreateDirectory(Path.Combine(HomeFolder, "packs", "sources")).FullName;
        File.WriteAllText(Path.Combine(sources, "herald-vote.txt"), """
            Council narrowly backs Harbour Street bike lane

            Alderbrook's council approved the bike lane by five votes to four on Tuesday evening.

            "This is the safest street we can build for the money we have," said Councillor Priya Raman, who proposed it.
            """);
        File.WriteAllText(Path.Combine(WorkFolder, "week3.gift"), """
            ::Vote margin::By how many votes did the council approve the lane? {=One ~Three ~Five}
            """);
    }

    /// <summary>Section 4.7: the instructor sends the pack folder; the student saves it in Downloads.</summary>
    private void StudentReceivesThePack()
    {
        string target = Path.Combine(HomeFolder, "Downloads", "city-vote-2024");
        if (Directory.Exists(target))
            return;
        foreach (var file in Directory.EnumerateFiles(Pack, "*", SearchOption.AllDirectories))
        {
            string dest = Path.Combine(target, Path.GetRelativePath(Pack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }

    private ProcessStartInfo ShellStart(string commandLine)
    {
        var start = new ProcessStartInfo("sh")
        {
            WorkingDirectory = WorkFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        start.Environment["HOME"] = HomeFolder;
        start.Environment["PATH"] = Path.Combine(_root, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(HomeFolder, ".local", "share");
        start.Environment["XDG_STATE_HOME"] = Path.Combine(HomeFolder, ".local", "state");
        start.Environment.Remove("QUIZTUI_CONTENT");
        start.Environment.Remove("QUIZTUI_DB");
        return start;
    }

    private (int Code, string Stdout, string Stderr) Shell(string commandLine)
    {
        using var process = Process.Start(ShellStart(commandLine))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{commandLine}' did not finish in 60 s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a command that keeps running until its output shows <paramref name="expected"/>, then stops it.</summary>
    private string RunUntil(string commandLine, string expected)
    {
        using var process = Process.Start(ShellStart(commandLine))!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        try
        {
            var until = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < until)
            {
                lock (output)
                {
                    if (output.ToString().Contains(expected, StringComparison.Ordinal))
                        break;
                }
                Thread.Sleep(100);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        lock (output)
            return output.ToString();
    }
}
