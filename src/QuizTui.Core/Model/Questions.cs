using QuizTui.Core.Questions;

namespace QuizTui.Core.Model;

/// <summary>
/// A question: the closed set of question types, each a sealed record in its type's folder under
/// Questions/. Each type grades its own answers; choice indices in answers always refer to the
/// order written in the content, not the shuffled order shown on screen.
/// </summary>
public abstract record Question(
    string Id,
    string Prompt,
    string? Explanation,
    Skill Skill,
    IReadOnlyList<string> ArticleIds,
    SourceLocation Location)
{
    /// <summary>The question's type: its keys, readers, writers and answer state.</summary>
    public abstract QuestionType Type { get; }

    /// <summary>The type key used in YAML (<c>single-choice</c>, <c>ordering</c>, …).</summary>
    public string TypeKey => Type.Key;

    /// <summary>
    /// The quotation the question shows in place of its prompt (a who-said-what question asks who
    /// said it); null for a question asked by its prompt.
    /// </summary>
    public virtual Quotation? ShownQuotation => null;

    /// <summary>Grades an answer. An answer of the wrong shape for this question scores zero.</summary>
    public Grade Grade(Answer answer) => answer is SkippedAnswer ? Model.Grade.Skipped : GradeAnswer(answer);

    protected abstract Grade GradeAnswer(Answer answer);

    /// <summary>The right answer, in words, for feedback and results.</summary>
    public abstract string DescribeCorrectAnswer();

    /// <summary>The given answer, in words.</summary>
    public abstract string DescribeAnswer(Answer answer);

    /// <summary>The feedback the author wrote for the answer given (a choice's <c>feedback</c>); null when none.</summary>
    public virtual string? FeedbackFor(Answer answer) => null;
}
