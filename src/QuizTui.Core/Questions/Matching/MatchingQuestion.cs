using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

public sealed record MatchPair(string Left, string Right);

/// <summary>Each left item matched with its right item, with partial credit.</summary>
public sealed record MatchingQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<MatchPair> Pairs)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override QuestionType Type => MatchingType.Instance;

    /// <summary>Partial credit: the share of left items matched with their own right item.</summary>
    protected override Grade GradeAnswer(Answer answer)
    {
        if (answer is not MatchAnswer match || Pairs.Count == 0)
            return Model.Grade.Wrong;
        int right = Enumerable.Range(0, Pairs.Count).Count(i => i < match.RightForLeft.Count && match.RightForLeft[i] == i);
        return Model.Grade.FromScore(right / (double)Pairs.Count);
    }

    public override string DescribeCorrectAnswer() => string.Join("; ", Pairs.Select(p => $"{p.Left} → {p.Right}"));
    public override string DescribeAnswer(Answer answer) => answer switch
    {
        MatchAnswer a => string.Join("; ", Pairs.Select((p, i) =>
            $"{p.Left} → {(i < a.RightForLeft.Count && a.RightForLeft[i] >= 0 && a.RightForLeft[i] < Pairs.Count ? Pairs[a.RightForLeft[i]].Right : "?")}")),
        _ => ChoiceText.NoAnswer,
    };
}
