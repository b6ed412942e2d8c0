using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>
/// A written answer in two steps: the learner types a few sentences and submits them; then, with
/// the model answer in view, ticks the points of the checklist their text has, and is scored by
/// the share ticked. Once submitted the text stays as it was: it was written before the model
/// answer was seen. The text is kept here, not in the editor that shows it, so a screen drawn
/// again (after help, a resize, a question on quitting) shows it unchanged.
/// </summary>
public sealed class WrittenState(PresentedQuestion shown, string modelAnswer, IReadOnlyList<string> checklist)
    : AnswerState(shown)
{
    /// <summary>The longest text kept: far more than a few sentences, short enough to store and export whole.</summary>
    public const int MaxLength = 4000;

    private readonly bool[] _ticked = new bool[checklist.Count];
    private readonly ListCursor _cursor = new(checklist.Count);

    public string Text { get; private set; } = "";

    public string ModelAnswer { get; } = modelAnswer;

    public IReadOnlyList<string> Checklist { get; } = checklist;

    /// <summary>True once the text is submitted and the checklist is shown.</summary>
    public bool IsChecking { get; private set; }

    /// <summary>True when nothing but spaces is typed.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public override int? Cursor => IsChecking ? _cursor.Position : null;

    /// <summary>Replaces the text as the editor holds it (line breaks as <c>\n</c>); refused once submitted.</summary>
    public bool Edit(string text)
    {
        if (IsChecking)
            return false;
        string clipped = Clip(Clean(text));
        if (clipped == Text)
            return false;
        Text = clipped;
        return true;
    }

    /// <summary>Submits the text and shows the checklist; false while nothing is typed.</summary>
    public bool Submit()
    {
        if (IsChecking || IsBlank)
            return false;
        Text = Text.TrimEnd();
        IsChecking = true;
        return true;
    }

    public bool IsTicked(int index) => _ticked[index];

    public int TickedCount => _ticked.Count(t => t);

    public bool Up() => IsChecking && _cursor.Up();

    public bool Down() => IsChecking && _cursor.Down();

    /// <summary>Ticks or unticks the highlighted point.</summary>
    public bool Toggle() => IsChecking && Toggle(_cursor.Position);

    /// <summary>Highlights and ticks or unticks the point at an index; false when there is none or the text is not submitted.</summary>
    public bool Toggle(int index)
    {
        if (!IsChecking || !_cursor.Contains(index))
            return false;
        _cursor.MoveTo(index);
        _ticked[index] = !_ticked[index];
        return true;
    }

    /// <summary>The text with the points ticked, to grade; null until the text is submitted. No tick at all is an answer too (scored zero).</summary>
    public Answer? Finish() => IsChecking
        ? new WrittenAnswer(Text, [.. Enumerable.Range(0, Checklist.Count).Where(i => _ticked[i])])
        : null;

    /// <summary>The text, not checked; null when nothing is typed.</summary>
    public override Answer? Unfinished => IsBlank ? null : new WrittenAnswer(Text.TrimEnd(), null);

    public override Answer Skipped => Unfinished is WrittenAnswer text ? text with { Skipped = true } : SkippedAnswer.Instance;

    /// <summary>Puts back text typed on an earlier visit; only before anything is typed here.</summary>
    public override bool Resume(Answer unfinished)
    {
        if (unfinished is not WrittenAnswer { IsChecked: false } written || !IsBlank || IsChecking)
            return false;
        Text = Clip(Clean(written.Text));
        return true;
    }

    /// <summary>Whether <paramref name="given"/> ticked the point at an index.</summary>
    public static bool WasTicked(int index, Answer given) => given is WrittenAnswer { Ticked: { } t } && t.Contains(index);

    /// <summary>Line breaks as <c>\n</c>, a tab as a space, no other control characters (they would reach the terminal and the exports).</summary>
    private static string Clean(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text.ReplaceLineEndings("\n"))
        {
            if (c == '\t')
                sb.Append(' ');
            else if (c == '\n' || !char.IsControl(c))
                sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Clip(string text) => text.Length <= MaxLength ? text : text[..MaxLength];
}
