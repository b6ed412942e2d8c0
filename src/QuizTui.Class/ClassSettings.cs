using System.Text.Json;
using Npgsql;
using QuizTui.Core.Formats;

namespace QuizTui.Class;

/// <summary>
/// Join files and the class a student joined. A join file (<c>NAME.quiztui-class</c>) holds the
/// server, class, student name and credential; <c>quiztui join</c> keeps a copy, with the learner
/// profile, as <c>$XDG_CONFIG_HOME/quiztui/class.json</c> (default <c>~/.config/quiztui/</c>). Both are
/// written readable by their owner only (mode 0600): they hold a password.
/// </summary>
public static class ClassSettings
{
    public const string FileName = "class.json";

    /// <summary><c>$XDG_CONFIG_HOME/quiztui</c>, or <c>~/.config/quiztui</c>.</summary>
    public static string ConfigFolder(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? xdg = environment("XDG_CONFIG_HOME");
        string home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string config = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg) ? xdg : Path.Combine(home, ".config");
        return Path.Combine(config, "quiztui");
    }

    public static string SettingsPath(Func<string, string?>? environment = null) => Path.Combine(ConfigFolder(environment), FileName);

    /// <summary>The class joined on this computer, or null when none.</summary>
    /// <exception cref="ClassException">The settings file exists but cannot be read.</exception>
    public static ClassJoinFile? Load(Func<string, string?>? environment = null)
    {
        string path = SettingsPath(environment);
        if (!File.Exists(path))
            return null;
        return Read(path, "the class settings");
    }

    /// <summary>Keeps the class joined, replacing any other (0600).</summary>
    public static string Save(ClassJoinFile settings, Func<string, string?>? environment = null)
    {
        string path = SettingsPath(environment);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + ".new";
        File.Delete(temporary);
        WritePrivate(temporary, settings, FileMode.CreateNew);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Forgets the class joined; false when none was.</summary>
    public static bool Remove(Func<string, string?>? environment = null)
    {
        string path = SettingsPath(environment);
        if (!File.Exists(path))
            return false;
        File.Delete(path);
        return true;
    }

    /// <summary>Reads and checks a join file.</summary>
    /// <exception cref="ClassException">It cannot be read or is not a join file; the message says which.</exception>
    public static ClassJoinFile Read(string path, string what = "the join file")
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ClassException(ClassProblem.BadInput, $"cannot read {what} {path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClassException(ClassProblem.BadInput, $"cannot read {what} {path}: {e.Message.TrimEnd('.')}");
        }
        ClassJoinFile? file;
        try
        {
            file = JsonSerializer.Deserialize(text, PublicJsonText.Context.ClassJoinFile);
        }
        catch (JsonException)
        {
            file = null;
        }
        if (file is null || file.Format != ClassJoinFile.FormatName || string.IsNullOrWhiteSpace(file.Server) || string.IsNullOrWhiteSpace(file.Class)
            || string.IsNullOrWhiteSpace(file.Login) || string.IsNullOrEmpty(file.Password) || string.IsNullOrWhiteSpace(file.Student))
        {
            throw new ClassException(ClassProblem.BadInput,
                $"{path} is not a QuizTui class join file (it should be the NAME{ClassJoinFile.Extension} file your instructor gave you)");
        }
        if (file.Version > ClassJoinFile.CurrentVersion)
            throw new ClassException(ClassProblem.BadInput, $"{path} was written by a newer QuizTui (version {file.Version}); update QuizTui");
        ClassNames.For(file.Class);
        return file;
    }

    /// <summary>Writes a join file that must not exist yet (0600).</summary>
    /// <exception cref="ClassException">The file exists already or cannot be written.</exception>
    public static void WriteJoinFile(string path, ClassJoinFile file)
    {
        try
        {
            WritePrivate(path, file, FileMode.CreateNew);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new ClassException(ClassProblem.BadInput, $"{path} already exists; not overwriting it (move it away, or use --dir)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClassException(ClassProblem.BadInput, $"cannot write {path}: {e.Message.TrimEnd('.')}");
        }
    }

    public const string TeachingFileName = "teaching.json";

    /// <summary>The class this computer's instructor set up last, or null.</summary>
    public static ClassTeachingFile? LoadTeaching(Func<string, string?>? environment = null)
    {
        string path = Path.Combine(ConfigFolder(environment), TeachingFileName);
        if (!File.Exists(path))
            return null;
        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllText(path), PublicJsonText.Context.ClassTeachingFile);
            return file?.Format == ClassTeachingFile.FormatName ? file : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new ClassException(ClassProblem.BadInput, $"cannot read {path} ({e.Message.TrimEnd('.')}); give --server and --name, or run quiztui class init again");
        }
    }

    /// <summary>Remembers the instructor's server (without its password) and class (0600).</summary>
    public static string SaveTeaching(ClassTeachingFile file, Func<string, string?>? environment = null)
    {
        string path = Path.Combine(ConfigFolder(environment), TeachingFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + ".new";
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        {
            PublicJsonText.Write(stream, file, PublicJsonText.Context.ClassTeachingFile);
        }
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>The connection settings of a joined class: its server with the student's login.</summary>
    public static NpgsqlConnectionStringBuilder Connection(ClassJoinFile file, Func<string, string?>? environment = null)
    {
        var builder = ServerAddress.Parse(file.Server, environment);
        builder.Username = file.Login;
        builder.Password = file.Password;
        return builder;
    }

    private static void WritePrivate(string path, ClassJoinFile file, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        PublicJsonText.Write(stream, file, PublicJsonText.Context.ClassJoinFile);
        stream.Flush(flushToDisk: true);
    }
}
