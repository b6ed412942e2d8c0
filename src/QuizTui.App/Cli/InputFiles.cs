using System.Globalization;
using System.Text;

namespace QuizTui.App.Cli;

/// <summary>Reads a text file named on the command line, with a reason a user can act on when it cannot.</summary>
internal static class InputFiles
{
    /// <summary>
    /// The file's text; or, in <paramref name="problem"/>, why it cannot be used, to follow
    /// "cannot read PATH: " ("no such file", "it is a folder, not a file; …").
    /// </summary>
    public static string ReadText(string path, out string? problem)
    {
        problem = null;
        if (Directory.Exists(path))
        {
            problem = "it is a folder, not a file; name a file inside it";
            return "";
        }
        string text;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = "no such file";
            return "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message.TrimEnd('.');
            return "";
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            problem = "it is not a text file (it holds binary data); save it as plain text (UTF-8)";
            return "";
        }
        int undecodable = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (undecodable >= 0 && bytes.AsSpan().IndexOf("\uFFFD"u8) < 0)
        {
            int line = text.AsSpan(0, undecodable).Count('\n') + 1;
            problem = $"it is not UTF-8 (line {line.ToString(CultureInfo.InvariantCulture)} has a character saved in another encoding, such as Windows-1252 or Latin-1); save it as UTF-8 in your editor";
            return "";
        }
        return text;
    }
}
