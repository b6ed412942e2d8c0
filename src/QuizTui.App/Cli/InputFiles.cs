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
        try
        {
            text = File.ReadAllText(path);
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
        return text;
    }
}
