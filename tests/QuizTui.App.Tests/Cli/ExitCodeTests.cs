using System.Diagnostics;
using System.Text.RegularExpressions;
using QuizTui.App.Cli;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.Cli;

/// <summary>Exit codes live in one place, are documented from it, and an unexpected failure has its own.</summary>
public sealed partial class ExitCodeTests
{
    [Fact]
    public void Docs_list_every_exit_code_with_the_meaning_the_help_gives()
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "exit-codes.md"));
        var documented = TableRow().Matches(doc).Select(m => (int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["meaning"].Value.Trim())).ToList();

        Assert.Equal(ExitCodes.All, documented);
    }

    [Fact]
    public void A_command_help_ends_with_the_codes_it_returns()
    {
        string help = ExitCodes.Help(ExitCodes.UsageOrIo);

        Assert.Equal(
            "\n\nExit status:\n  0   done; warnings may have been printed\n"
            + "  2   wrong usage, or a file, folder or database named could not be read or written\n"
            + "  70  an unexpected error (one line here, the details in the crash log), or standard output could not be written",
            help);
    }

    [Fact]
    public void An_unexpected_error_is_one_line_naming_the_crash_log_and_exits_70()
    {
        var error = new StringWriter();
        Exception? logged = null;
        var failure = new InvalidOperationException("the index was\nout of range");

        int code = UnexpectedErrors.Report(failure, error, e =>
        {
            logged = e;
            return "/state/quiztui/crash.log";
        });

        Assert.Equal(70, code);
        Assert.Same(failure, logged);
        Assert.Equal("quiztui: unexpected error: the index was out of range; details in /state/quiztui/crash.log\n", error.ToString());
    }

    [Fact]
    public void Validate_into_a_full_disk_says_the_output_could_not_be_written_and_exits_70()
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "/dev/full is not there to stand for a full disk (Linux only)");
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" validate \"$1\" > /dev/full");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quiztui.dll"));
        start.ArgumentList.Add(RepoPaths.BundledPack);
        start.Environment["XDG_STATE_HOME"] = Directory.CreateTempSubdirectory("quiztui-state-").FullName;

        using var process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "validate did not finish");

        Assert.Equal(70, process.ExitCode);
        Assert.Equal("quiztui: could not write the output: the disk is full\n", stderr);
    }

    [GeneratedRegex(@"^\| (?<code>\d+) \| (?<meaning>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
