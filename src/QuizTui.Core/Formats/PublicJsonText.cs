using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace QuizTui.Core.Formats;

/// <summary>
/// Writes and reads the public JSON formats through <see cref="PublicJson"/>'s contract, with two
/// settings the contract's attribute cannot carry: letters, curly quotes and dashes are written as
/// they are rather than as <c>\u</c> escapes (people read these files too) while characters a
/// terminal would act on are escaped (<see cref="TerminalSafeJsonEncoder"/>), and numbers written in
/// quotes are accepted on reading (spreadsheets save them so).
/// </summary>
public static class PublicJsonText
{
    public static PublicJson Context { get; } = new(new JsonSerializerOptions(PublicJson.Default.Options)
    {
        Encoder = TerminalSafeJsonEncoder.Instance,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    });

    /// <summary>The value as indented JSON, ending with a line break.</summary>
    public static string Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type) + "\n";

    /// <summary>Writes the value as indented JSON, ending with a line break, as UTF-8 without a byte-order mark.</summary>
    public static void Write<T>(Stream stream, T value, JsonTypeInfo<T> type)
    {
        JsonSerializer.Serialize(stream, value, type);
        stream.WriteByte((byte)'\n');
    }
}
