using System.Text.Encodings.Web;
using QuizTui.Core.Model;

namespace QuizTui.Core.Formats;

/// <summary>
/// JSON escaping that writes letters, curly quotes and dashes as they are, like
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, and also writes as <c>\u</c> escapes
/// every character <see cref="TerminalText"/> would show as a stand-in (bidirectional overrides,
/// line separators). JSON is printed to terminals too: a file name or title holding U+202E must not
/// turn the rest of the line around, and a reader of the JSON still gets the exact text.
/// </summary>
internal sealed class TerminalSafeJsonEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    public static TerminalSafeJsonEncoder Instance { get; } = new();

    private TerminalSafeJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => Math.Max(Relaxed.MaxOutputCharactersPerInputCharacter, 6);

    public override bool WillEncode(int unicodeScalar) =>
        IsTerminalControl(unicodeScalar) || Relaxed.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        int relaxed = Relaxed.FindFirstCharacterToEncode(text, textLength);
        int end = relaxed < 0 ? textLength : relaxed;
        for (int i = 0; i < end; i++)
        {
            if (TerminalText.NeedsEscape(text[i]))
                return i;
        }
        return relaxed;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsTerminalControl(unicodeScalar))
            return Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        numberOfCharactersWritten = 0;
        if (bufferLength < 6)
            return false;
        const string Hex = "0123456789ABCDEF";
        buffer[0] = '\\';
        buffer[1] = 'u';
        for (int i = 0; i < 4; i++)
            buffer[2 + i] = Hex[(unicodeScalar >> (12 - (4 * i))) & 0xF];
        numberOfCharactersWritten = 6;
        return true;
    }

    private static bool IsTerminalControl(int unicodeScalar) =>
        unicodeScalar <= char.MaxValue && TerminalText.NeedsEscape((char)unicodeScalar);
}
