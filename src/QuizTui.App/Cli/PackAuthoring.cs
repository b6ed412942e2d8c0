using QuizTui.Core.Authoring;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.App.Cli;

/// <summary>A problem that ends an authoring command with one line on stderr and an exit status.</summary>
internal sealed class AuthoringException(string message, int exitCode = ExitCodes.UsageOrIo) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>File work shared by the authoring commands (new, import): packs, new files, schemas, checks.</summary>
internal static class PackAuthoring
{
    /// <summary>Runs a command body; an <see cref="AuthoringException"/> or I/O failure becomes one line on stderr.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        // Messages name files, whose names may hold characters a terminal would act on.
        catch (AuthoringException e)
        {
            Console.Error.WriteLine($"quiztui: {TerminalText.Escape(e.Message)}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"quiztui: {TerminalText.Escape(e.Message)}");
            return ExitCodes.UsageOrIo;
        }
    }

    /// <summary>Writes a file that must not exist yet; refuses to overwrite one that does.</summary>
    public static void WriteNew(string path, string text)
    {
        if (File.Exists(path))
            throw new AuthoringException($"{path} already exists; not overwriting it (choose another id, or move the file away)");
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
            Directory.CreateDirectory(dir);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new AuthoringException($"{path} already exists; not overwriting it");
        }
    }

    /// <summary>Writes the JSON Schemas into the pack's <c>.schemas/</c> folder, leaving any already there.</summary>
    public static IReadOnlyList<string> EnsureSchemas(string packDir)
    {
        var written = new List<string>();
        string folder = Path.Combine(packDir, Scaffolds.SchemaFolder);
        Directory.CreateDirectory(folder);
        foreach (string name in Scaffolds.SchemaFiles)
        {
            string path = Path.Combine(folder, name);
            if (File.Exists(path))
                continue;
            using var stream = typeof(PackAuthoring).Assembly.GetManifestResourceStream("schemas/" + name);
            if (stream is null)
                continue;
            using var reader = new StreamReader(stream);
            File.WriteAllText(path, reader.ReadToEnd());
            written.Add(path);
        }
        return written;
    }

    /// <summary>
    /// Replaces a file the instructor asked to replace: the old version is copied to PATH.bak
    /// first (a file the loader never reads), and the new text is written beside it and moved
    /// over, so an interrupted write leaves the old file whole. Returns the backup's path.
    /// </summary>
    public static string Replace(string path, string text)
    {
        string backup = path + ".bak";
        File.Copy(path, backup, overwrite: true);
        string temporary = path + ".new";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        return backup;
    }

    /// <summary>The folder holding event.yaml at or above <paramref name="path"/>, if any.</summary>
    public static string? FindPackRoot(string path)
    {
        for (string? dir = Path.GetFullPath(path); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "event.yaml")))
                return dir;
        }
        return null;
    }

    /// <summary>
    /// Errors of references to what is not written yet (an article the timeline names, a quotation a
    /// quiz lists): scaffolding goes ahead despite them, since writing the missing file is the fix.
    /// </summary>
    private static readonly HashSet<string> NotWrittenYet =
        [DiagnosticCodes.UnknownArticle, DiagnosticCodes.UnknownQuotation, DiagnosticCodes.UnknownKeyPoint];

    /// <summary>
    /// The ids of a pack folder, for writing a new file into it; fails with a clear line when the
    /// folder is not a pack, or has errors other than references to files not written yet.
    /// </summary>
    public static PackOutline LoadPack(string packDir)
    {
        if (!Directory.Exists(packDir))
            throw new AuthoringException($"{packDir}: no such folder");
        if (!File.Exists(Path.Combine(packDir, "event.yaml")))
            throw new AuthoringException($"{packDir} is not a content pack: it has no event.yaml (create one with: quiztui new event ID)");
        LoadResult result;
        IReadOnlyList<ContentFile> files;
        try
        {
            result = ContentLoader.LoadDirectories([packDir]);
            files = ContentLoader.ReadPackFiles(packDir);
        }
        catch (ContentIoException e)
        {
            throw new AuthoringException(e.Message);
        }
        var blocking = result.Diagnostics.Where(d => d.IsError && !NotWrittenYet.Contains(d.Code)).ToList();
        if (blocking.Count > 0)
        {
            foreach (var diagnostic in blocking)
                Console.Error.WriteLine(diagnostic);
            throw new AuthoringException($"{packDir} has content errors (listed above); fix them first (quiztui validate {packDir})", ExitCodes.InputHasErrors);
        }
        return PackOutline.Read(files);
    }

    /// <summary>Fails unless the id is well formed.</summary>
    public static string CheckId(string id, string what)
    {
        if (!IdSlug.IsValid(id))
            throw new AuthoringException($"'{id}' is not a valid {what} id: use lowercase words joined by hyphens, e.g. {IdSlug.From(id, "my-" + what)}");
        return id;
    }

    /// <summary>
    /// Checks a file just written within its pack and prints its problems to stderr.
    /// Returns <see cref="ExitCodes.InputHasErrors"/> when there are errors.
    /// </summary>
    public static int CheckWritten(string path)
    {
        LoadResult result;
        try
        {
            result = ContentLoader.LoadDirectories([path]);
        }
        catch (ContentIoException e)
        {
            throw new AuthoringException(e.Message);
        }
        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic);
        return result.HasErrors ? ExitCodes.InputHasErrors : ExitCodes.Ok;
    }
}
