namespace QuizTui.Core.Model;

/// <summary>A quiz of an event: the closed set of quiz kinds.</summary>
public abstract record Quiz(string Id, string Title, string? Description, SourceLocation Location)
{
    public abstract string KindKey { get; }
}

/// <summary>Quotations from the event's bank; the learner names the speaker.</summary>
/// <param name="QuotationIds">The quotations to draw from; null means every quotation of the event.</param>
/// <param name="PerRun">How many quotations one run asks; null means all of them.</param>
/// <param name="ChoiceCount">How many speakers are offered for each quotation.</param>
/// <param name="DistractorPool">Person ids to draw wrong answers from; null means every person of the event.</param>
public sealed record WhoSaidWhatQuiz(
    string Id,
    string Title,
    string? Description,
    SourceLocation Location,
    IReadOnlyList<string>? QuotationIds,
    int? PerRun,
    int ChoiceCount,
    IReadOnlyList<string>? DistractorPool) : Quiz(Id, Title, Description, Location)
{
    public const int DefaultChoiceCount = 4;
    public override string KindKey => "who-said-what";
}

/// <summary>Questions on one article, or on the whole event when <see cref="ArticleId"/> is null.</summary>
public sealed record ComprehensionQuiz(
    string Id,
    string Title,
    string? Description,
    SourceLocation Location,
    string? ArticleId,
    IReadOnlyList<Question> Questions) : Quiz(Id, Title, Description, Location)
{
    public override string KindKey => "comprehension";
}
