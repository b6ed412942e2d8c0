namespace QuizTui.Core.Drafting;

/// <summary>
/// One set of gold-annotated articles under benchmarks/drafting: its folder name, the note its
/// benchmark summary line ends with, and whether the benchmark refuses to run without its folder
/// (later sets join when their folders do).
/// </summary>
public sealed record DevelopmentSet(string Name, string Note, bool Required);
