using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>A question made from a quotation for a who-said-what quiz; its id is the quotation id.</summary>
/// <param name="Speakers">The speakers offered, in the order shown; empty when listing the quiz's questions.</param>
public sealed record WhoSaidWhatQuestion(
    string Id, string Prompt, string? Explanation, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    Quotation Quotation, IReadOnlyList<Person> Speakers)
    : Question(Id, Prompt, Explanation, Skill.WhoSaidWhat, ArticleIds, Location)
{
    public override QuestionType Type => WhoSaidWhatType.Instance;
    public override Quotation? ShownQuotation => Quotation;
    protected override Grade GradeAnswer(Answer answer) =>
        answer is SpeakerAnswer s && s.PersonId == Quotation.SpeakerId ? Model.Grade.Right : Model.Grade.Wrong;
    public override string DescribeCorrectAnswer() =>
        Speakers.FirstOrDefault(p => p.Id == Quotation.SpeakerId)?.Name ?? Quotation.SpeakerId;
    public override string DescribeAnswer(Answer answer) => answer switch
    {
        SpeakerAnswer s => Speakers.FirstOrDefault(p => p.Id == s.PersonId)?.Name ?? s.PersonId,
        _ => ChoiceText.NoAnswer,
    };
}
