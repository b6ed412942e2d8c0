using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>A typed answer (short answer, number): text typed and erased, then read as the type reads it.</summary>
/// <param name="expectsNumber">True when a number is asked for.</param>
/// <param name="unit">Shown beside the box; the question's unit.</param>
/// <param name="read">Reads the typed text as an answer; null when it cannot be one (a number that is not one).</param>
public sealed class TypedAnswerState(PresentedQuestion shown, bool expectsNumber, string? unit, Func<string, Answer?> read)
    : AnswerState(shown)
{
    /// <summary>The longest answer that can be typed.</summary>
    public const int MaxLength = 200;

    public string Text { get; private set; } = "";

    public bool ExpectsNumber { get; } = expectsNumber;

    public string? Unit { get; } = unit;

    /// <summary>True when nothing but spaces is typed.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>Adds a character; control characters and characters past <see cref="MaxLength"/> are refused.</summary>
    public bool Type(char c)
    {
        if (char.IsControl(c) || Text.Length >= MaxLength)
            return false;
        Text += c;
        return true;
    }

    /// <summary>Erases the last character.</summary>
    public bool Erase()
    {
        if (Text.Length == 0)
            return false;
        Text = Text[..^1];
        return true;
    }

    /// <summary>The typed answer; null when nothing is typed or the text cannot be read as an answer.</summary>
    public Answer? Submit() => IsBlank ? null : read(Text);
}
