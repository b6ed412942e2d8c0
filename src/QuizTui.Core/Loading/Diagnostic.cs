using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>A problem found in content: a value, not an exception, so one run reports them all.</summary>
/// <param name="Code">A stable code such as <c>QT101</c>; docs/diagnostics.md lists each with its fix.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The compiler-style line: <c>path:line:col: error QT101: message</c>. Always one line, safe to
    /// print: control characters in the file name or the message are shown escaped.
    /// </summary>
    public override string ToString() =>
        $"{TerminalText.Escape(File)}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {TerminalText.Escape(Message)}";
}

/// <summary>One content file as text, named by the path shown in diagnostics.</summary>
public sealed record ContentFile(string Path, string Text);

/// <summary>What a load gives: the events that could be built and every problem found.</summary>
public sealed record LoadResult(ContentLibrary Library, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>How many content files were read from disk, each counted once however often it was reached.</summary>
    public int FileCount { get; init; }
}
