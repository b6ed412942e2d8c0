using System.Text.Json.Serialization;
using QuizTui.Core.Export;

namespace QuizTui.Core.Formats;

/// <summary>
/// The one JSON contract for every format QuizTui writes or reads (content export, drafts,
/// progress, reports, diagnostics): snake_case keys, indented, nulls left out. Each public
/// format is a record registered here, and is read back through the same context.
/// </summary>
[JsonSerializable(typeof(ContentExportJson))]
[JsonSerializable(typeof(IReadOnlyList<QuestionJson>))]
[JsonSerializable(typeof(IReadOnlyList<ChoiceJson>))]
[JsonSerializable(typeof(IReadOnlyList<PairJson>))]
[JsonSerializable(typeof(IReadOnlyList<EvidenceJson>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(List<QuizTui.Core.Drafting.DraftQuotationJson>))]
[JsonSerializable(typeof(Progress.ProgressReportJson))]
[JsonSerializable(typeof(Progress.ClassReport))]
[JsonSerializable(typeof(Progress.ScoreExportJson))]
[JsonSerializable(typeof(List<Progress.ScoreAnswerJson>))]
[JsonSerializable(typeof(Loading.ValidationReportJson))]
[JsonSerializable(typeof(ClassJoinFile))]
[JsonSerializable(typeof(ClassTeachingFile))]
[JsonSerializable(typeof(Progress.LiveClassReport))]
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class PublicJson : JsonSerializerContext;
