using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>Items to put in their order.</summary>
/// <param name="Items">The items in their right order.</param>
public sealed record OrderingQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<string> Items)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override QuestionType Type => OrderingType.Instance;

    /// <summary>Right only when every item is in place.</summary>
    protected override Grade GradeAnswer(Answer answer) =>
        answer is OrderAnswer order && order.Order.SequenceEqual(Enumerable.Range(0, Items.Count))
            ? Model.Grade.Right
            : Model.Grade.Wrong;

    public override string DescribeCorrectAnswer() => string.Join(" → ", Items);
    public override string DescribeAnswer(Answer answer) => answer switch
    {
        OrderAnswer a => string.Join(" → ", a.Order.Where(i => i >= 0 && i < Items.Count).Select(i => Items[i])),
        _ => ChoiceText.NoAnswer,
    };
}
