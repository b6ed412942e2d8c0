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
/// <param name="Diagnostics">Every problem found, in any order; the result keeps them in <see cref="DiagnosticOrder"/>.</param>
public sealed record LoadResult(ContentLibrary Library, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every problem found, causes first (<see cref="DiagnosticOrder"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = DiagnosticOrder.Sort(Diagnostics);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>How many content files were read from disk, each counted once however often it was reached.</summary>
    public int FileCount { get; init; }
}

/// <summary>
/// The order problems are shown in, wherever they are shown (validate's text and JSON, the app's
/// notes): causes before their knock-ons, then by file, line and column. A reference to an id
/// nobody declared, or a count of what a quiz's references reach, is checked across files once every
/// file is read, and is often the consequence of a problem elsewhere (a person entry whose `id` key
/// is misspelt, an article file that does not parse); such checks come after every other problem,
/// so the cause is read first even when its file sorts later.
/// </summary>
public static class DiagnosticOrder
{
    /// <summary>Codes of the checks across files, which other problems can set off.</summary>
    public static readonly IReadOnlySet<string> KnockOnCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.UnknownPerson,
        DiagnosticCodes.UnknownArticle,
        DiagnosticCodes.UnknownQuotation,
        DiagnosticCodes.UnknownKeyPoint,
        DiagnosticCodes.PerRunTooLarge,
        DiagnosticCodes.TooFewSpeakers,
        DiagnosticCodes.FewerSpeakersThanChoices,
    };

    /// <summary>The diagnostics in the order to show them; ties keep the order they were found in.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => KnockOnCodes.Contains(d.Code))
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToList();
}
