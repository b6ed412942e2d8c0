using QuizTui.Core.Model;

namespace QuizTui.Core.Gift;

/// <summary>
/// Something a conversion could not carry over as it was, with where it stands in the input:
/// printed as <c>file:line: warning: message</c>.
/// </summary>
public sealed record ConversionNote(string File, int Line, string Message)
{
    /// <summary>One line, safe to print: names quoted from the file are shown escaped and cut when long.</summary>
    public override string ToString() => $"{TerminalText.Escape(File)}:{Line}: warning: {TerminalText.ShortenQuoted(Message, '"')}";
}
