namespace QuizTui.Core.Gift;

/// <summary>
/// Something a conversion could not carry over as it was, with where it stands in the input:
/// printed as <c>file:line: warning: message</c>.
/// </summary>
public sealed record ConversionNote(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: warning: {Message}";
}
