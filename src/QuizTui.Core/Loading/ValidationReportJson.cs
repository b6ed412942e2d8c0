namespace QuizTui.Core.Loading;

/// <summary><c>quiztui validate --format json</c> (docs/authoring.md): every diagnostic of a load, for editors and scripts.</summary>
public sealed record ValidationReportJson(int Files, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics)
{
    public static ValidationReportJson From(LoadResult result, int fileCount) => new(
        fileCount,
        result.ErrorCount,
        result.WarningCount,
        result.Diagnostics.Select(d => new DiagnosticJson(d.File, d.Line, d.Column, d.IsError ? "error" : "warning", d.Code, d.Message)).ToList());
}

/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
public sealed record DiagnosticJson(string File, int Line, int Column, string Severity, string Code, string Message);
