using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>The diagnostics of one load, each given the severity its code has, and how many are errors.</summary>
internal sealed class DiagnosticLog(List<Diagnostic> diagnostics)
{
    private static readonly Dictionary<string, Severity> Severities =
        DiagnosticCodes.All.ToDictionary(c => c.Code, c => c.Severity, StringComparer.Ordinal);

    public int Errors { get; private set; }

    public void Add(string file, int line, int column, string code, string message)
    {
        var severity = Severities.TryGetValue(code, out var s) ? s : Severity.Error;
        if (severity == Severity.Error)
            Errors++;
        diagnostics.Add(new Diagnostic(file, Math.Max(1, line), Math.Max(1, column), severity, code, message));
    }
}

/// <summary>
/// Where the problems of one content file go. Every reader holds the report of the file it reads,
/// so a diagnostic always names its own file, whichever file was read last.
/// </summary>
internal sealed class FileReport(DiagnosticLog log, string path)
{
    public string Path { get; } = path;

    public void Report(string code, YamlTree at, string message) => Report(code, at.Line, at.Column, message);

    public void Report(string code, int line, int column, string message) => log.Add(Path, line, column, code, message);

    public SourceLocation Where(YamlTree node) => new(Path, node.Line, node.Column);
}
