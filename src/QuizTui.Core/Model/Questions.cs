namespace QuizTui.Core.Model;

/// <summary>
/// A question: the closed set of question types. Each type grades its own answers; choice
/// indices in answers always refer to the order written in the content, not the shuffled order
/// shown on screen.
/// </summary>
public abstract record Question(
    string Id,
    string Prompt,
    string? Explanation,
    Skill Skill,
    IReadOnlyList<string> ArticleIds,
    SourceLocation Location)
{
    /// <summary>The type key used in YAML (<c>single-choice</c>, <c>ordering</c>, …).</summary>
    public abstract string TypeKey { get; }

    /// <summary>Grades an answer. An answer of the wrong shape for this question scores zero.</summary>
    public Grade Grade(Answer answer) => answer is SkippedAnswer ? Model.Grade.Skipped : GradeAnswer(answer);

    protected abstract Grade GradeAnswer(Answer answer);

    /// <summary>The right answer, in words, for feedback and results.</summary>
    public abstract string DescribeCorrectAnswer();

    /// <summary>The given answer, in words.</summary>
    public abstract string DescribeAnswer(Answer answer);
}

public sealed record Choice(string Text, bool IsCorrect, string? Feedback);

public sealed record SingleChoiceQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<Choice> Choices)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override string TypeKey => "single-choice";
    public int CorrectIndex => Choices.ToList().FindIndex(c => c.IsCorrect);

    protected override Grade GradeAnswer(Answer answer) =>
        answer is ChoiceAnswer { Indices: [var picked] } && picked == CorrectIndex ? Model.Grade.Right : Model.Grade.Wrong;

    public override string DescribeCorrectAnswer() => ChoiceText.Describe(Choices, [CorrectIndex]);
    public override string DescribeAnswer(Answer answer) => ChoiceText.DescribeAnswer(Choices, answer);
}

public sealed record MultipleAnswersQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<Choice> Choices)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override string TypeKey => "multiple-answers";

    /// <summary>Partial credit: (right picks − wrong picks) ÷ correct choices, never below zero.</summary>
    protected override Grade GradeAnswer(Answer answer)
    {
        if (answer is not ChoiceAnswer choice)
            return Model.Grade.Wrong;
        var picked = choice.Indices.Where(i => i >= 0 && i < Choices.Count).Distinct().ToList();
        int correctCount = Choices.Count(c => c.IsCorrect);
        int rightPicks = picked.Count(i => Choices[i].IsCorrect);
        int wrongPicks = picked.Count - rightPicks;
        double score = correctCount == 0 ? 0 : Math.Max(0, (rightPicks - wrongPicks) / (double)correctCount);
        return Model.Grade.FromScore(score);
    }

    public override string DescribeCorrectAnswer() =>
        ChoiceText.Describe(Choices, Enumerable.Range(0, Choices.Count).Where(i => Choices[i].IsCorrect));
    public override string DescribeAnswer(Answer answer) => ChoiceText.DescribeAnswer(Choices, answer);
}

public sealed record TrueFalseQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    bool Answer)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override string TypeKey => "true-false";
    protected override Grade GradeAnswer(Answer answer) =>
        answer is TrueFalseAnswer given && given.Value == Answer ? Model.Grade.Right : Model.Grade.Wrong;
    public override string DescribeCorrectAnswer() => Answer ? "True" : "False";
    public override string DescribeAnswer(Answer answer) =>
        answer switch { TrueFalseAnswer a => a.Value ? "True" : "False", _ => ChoiceText.NoAnswer };
}

public sealed record ShortAnswerQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<string> Accepted)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override string TypeKey => "short-answer";
    protected override Grade GradeAnswer(Answer answer) =>
        answer is TextAnswer text && Accepted.Any(a => TextFolding.FoldForAnswer(a) == TextFolding.FoldForAnswer(text.Text))
            ? Model.Grade.Right
            : Model.Grade.Wrong;
    public override string DescribeCorrectAnswer() => string.Join(" / ", Accepted);
    public override string DescribeAnswer(Answer answer) =>
        answer switch { TextAnswer a => a.Text, _ => ChoiceText.NoAnswer };
}

public sealed record NumericQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    decimal Answer, decimal Tolerance, string? Unit)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override string TypeKey => "numeric";
    protected override Grade GradeAnswer(Answer answer) =>
        answer is NumberAnswer n && Math.Abs(n.Value - Answer) <= Tolerance ? Model.Grade.Right : Model.Grade.Wrong;
    public override string DescribeCorrectAnswer() =>
        Format(Answer) + (Tolerance > 0 ? $" (± {Format(Tolerance)})" : "");
    public override string DescribeAnswer(Answer answer) =>
        answer switch { NumberAnswer a => Format(a.Value), _ => ChoiceText.NoAnswer };

    private string Format(decimal value) =>
        value.ToString("#,0.########", System.Globalization.CultureInfo.InvariantCulture) + (Unit is null ? "" : " " + Unit);
}

/// <param name="Items">The items in their right order.</param>
public sealed record OrderingQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<string> Items)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override string TypeKey => "ordering";

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

public sealed record MatchPair(string Left, string Right);

public sealed record MatchingQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<MatchPair> Pairs)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public override string TypeKey => "matching";

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

public enum EvidenceKind
{
    Quotation,
    KeyPoint,
}

/// <summary>A piece of support offered in part B of an evidence question, resolved to its text.</summary>
public sealed record EvidenceChoice(EvidenceKind Kind, string RefId, string Text, bool IsCorrect);

public sealed record EvidenceQuestion(
    string Id, string Prompt, string? Explanation, Skill Skill, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    IReadOnlyList<Choice> Choices, string EvidencePrompt, IReadOnlyList<EvidenceChoice> Evidence)
    : Question(Id, Prompt, Explanation, Skill, ArticleIds, Location)
{
    public const string DefaultEvidencePrompt = "Which of these supports your answer?";
    public override string TypeKey => "evidence";
    public int CorrectIndex => Choices.ToList().FindIndex(c => c.IsCorrect);
    public int CorrectEvidenceIndex => Evidence.ToList().FindIndex(e => e.IsCorrect);

    /// <summary>Full credit for both parts; half for part A alone; nothing when part A is wrong.</summary>
    protected override Grade GradeAnswer(Answer answer)
    {
        if (answer is not EvidenceAnswer a || a.Choice != CorrectIndex)
            return Model.Grade.Wrong;
        return a.Evidence == CorrectEvidenceIndex ? Model.Grade.Right : Model.Grade.FromScore(0.5);
    }

    public override string DescribeCorrectAnswer() =>
        $"{Choices[CorrectIndex].Text} — supported by: {Evidence[CorrectEvidenceIndex].Text}";

    public override string DescribeAnswer(Answer answer) => answer switch
    {
        EvidenceAnswer a => $"{ChoiceText.At(Choices, a.Choice)} — supported by: {(a.Evidence >= 0 && a.Evidence < Evidence.Count ? Evidence[a.Evidence].Text : "?")}",
        _ => ChoiceText.NoAnswer,
    };
}

/// <summary>A question made from a quotation for a who-said-what quiz; its id is the quotation id.</summary>
public sealed record WhoSaidWhatQuestion(
    string Id, string Prompt, string? Explanation, IReadOnlyList<string> ArticleIds, SourceLocation Location,
    Quotation Quotation, IReadOnlyList<Person> Speakers)
    : Question(Id, Prompt, Explanation, Skill.WhoSaidWhat, ArticleIds, Location)
{
    public override string TypeKey => "who-said-what";
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

internal static class ChoiceText
{
    public const string NoAnswer = "(no answer)";

    public static string At(IReadOnlyList<Choice> choices, int index) =>
        index >= 0 && index < choices.Count ? choices[index].Text : "?";

    public static string Describe(IReadOnlyList<Choice> choices, IEnumerable<int> indices)
    {
        var texts = indices.Select(i => At(choices, i)).ToList();
        return texts.Count == 0 ? "(none)" : string.Join("; ", texts);
    }

    public static string DescribeAnswer(IReadOnlyList<Choice> choices, Answer answer) =>
        answer is ChoiceAnswer a ? Describe(choices, a.Indices) : NoAnswer;
}
