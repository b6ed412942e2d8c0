using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>
/// The answer a learner is building for the question on screen, without the screen: the option
/// highlighted, what is ticked, placed or typed. A screen draws it and turns keys into its calls;
/// each call says whether anything changed, and a finished answer comes back as an
/// <see cref="Model.Answer"/> to grade. There is one kind per way of answering (pick one, tick
/// several, type, order, match, two parts); each question type makes the kind it is answered with.
/// </summary>
public abstract class AnswerState(PresentedQuestion shown)
{
    /// <summary>The question as the run shows it.</summary>
    public PresentedQuestion Shown { get; } = shown;

    /// <summary>The highlighted option (display order), or null when the answer is typed.</summary>
    public virtual int? Cursor => null;

    /// <summary>
    /// Work the learner would lose by leaving the question unanswered (skipping it, or leaving the
    /// run): kept as an answer that grades as skipped. Null for states where nothing is worth keeping
    /// (a highlight, a tick is quickly done again); a written text is.
    /// </summary>
    public virtual Answer? Unfinished => null;

    /// <summary>
    /// What skipping the question stores: a plain skip, or the work so far marked as skipped, so it
    /// is kept but the question is not asked again when the run is resumed.
    /// </summary>
    public virtual Answer Skipped => Unfinished ?? SkippedAnswer.Instance;

    /// <summary>Puts back work kept by <see cref="Unfinished"/> on an earlier visit; false when this state keeps none.</summary>
    public virtual bool Resume(Answer unfinished) => false;
}

/// <summary>An option as shown: its text, whether it is right, and a letter that picks it (<c>t</c> for True).</summary>
public sealed record AnswerOption(string Text, bool IsCorrect, char? Shortcut = null);

/// <summary>A highlight moving over a list of options, kept within it.</summary>
internal sealed class ListCursor(int count)
{
    public int Count { get; } = count;
    public int Position { get; private set; }

    public bool Up()
    {
        if (Position <= 0)
            return false;
        Position--;
        return true;
    }

    public bool Down()
    {
        if (Position >= Count - 1)
            return false;
        Position++;
        return true;
    }

    public bool Contains(int index) => index >= 0 && index < Count;

    public void MoveTo(int index) => Position = index;
}
