using System.CommandLine;
using System.Text;
using QuizTui.App.Tui;

namespace QuizTui.App.Cli;

/// <summary>
/// What happens when a command fails in a way it did not plan for: one line on standard error,
/// the details in the crash log, and <see cref="ExitCodes.Unexpected"/>, never the code that means
/// "the content has errors". Output that cannot be written (a full disk) is said as such.
/// </summary>
internal static class UnexpectedErrors
{
    public static async Task<int> InvokeAsync(ParseResult parse)
    {
        // System.CommandLine's own handler prints a stack trace and exits 1.
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration);
        }
        catch (Exception e)
        {
            return Report(e, Console.Error);
        }
    }

    /// <summary>Says what went wrong in one line (writing the details to the crash log); returns <see cref="ExitCodes.Unexpected"/>.</summary>
    /// <param name="crashLog">Writes the details and returns the log's path (<see cref="CrashLog.Write"/> unless a test says otherwise).</param>
    internal static int Report(Exception exception, TextWriter error, Func<Exception, string?>? crashLog = null)
    {
        try
        {
            if (exception is OutputNotWrittenException output)
            {
                error.WriteLine($"quiztui: {output.Message}");
                return ExitCodes.Unexpected;
            }
            string log = (crashLog ?? CrashLog.Write)(exception) ?? Path.Combine(CrashLog.Directory(), "crash.log") + " (could not be written)";
            error.WriteLine($"quiztui: unexpected error: {OneLine(exception.Message)}; details in {log}");
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code still tells.
        }
        return ExitCodes.Unexpected;
    }

    /// <summary>"the disk is full" for the errors that mean it, else the system's own words.</summary>
    internal static string Describe(IOException e) =>
        IsDiskFull(e) ? "the disk is full" : OneLine(e.Message);

    /// <summary>ENOSPC on Unix; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(IOException e) =>
        e.HResult is 28 or unchecked((int)0x80070070) or unchecked((int)0x80070027)
        || e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase);

    private static string OneLine(string text)
    {
        string line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length > 300 ? line[..299] + "…" : line;
    }
}

/// <summary>Standard output could not be written: a full disk, a closed pipe.</summary>
internal sealed class OutputNotWrittenException(IOException inner)
    : IOException($"could not write the output: {UnexpectedErrors.Describe(inner)}", inner);

/// <summary>
/// Standard output for the text commands: a failed write becomes an <see cref="OutputNotWrittenException"/>,
/// so it is told apart from a content file that cannot be read.
/// </summary>
internal sealed class GuardedOutput(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    /// <summary>Runs a write; an I/O failure becomes <see cref="OutputNotWrittenException"/>.</summary>
    public static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e) when (e is not OutputNotWrittenException)
        {
            throw new OutputNotWrittenException(e);
        }
    }
}
