using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>
/// Loads content packs (docs/content-format.md) into the model and reports every problem found as
/// a <see cref="Diagnostic"/> (codes in docs/diagnostics.md). Content problems never throw; an
/// event with any error is left out of the library, warnings do not.
/// </summary>
public static class ContentLoader
{
    private const string EventFileName = "event.yaml";

    /// <summary>
    /// Loads content files. Files are grouped into packs by the folder holding <c>event.yaml</c>;
    /// article files sit in its <c>articles/</c> folder, quiz files in <c>quizzes/</c>. Files that do not
    /// end in <c>.yaml</c> or <c>.yml</c> are ignored. Never throws for any content.
    /// </summary>
    public static LoadResult Load(IEnumerable<ContentFile> files, LoadOptions? options = null) =>
        LoadCore(files, options ?? LoadOptions.Default, standalone: false);

    /// <summary>
    /// Loads from disk. Each path is a pack folder (holds event.yaml), a folder of packs (searched
    /// recursively, hidden folders skipped), or a single YAML file. A single file is validated on its
    /// own: an article or quiz file is checked within its pack (event.yaml found by walking up) and only
    /// that file's diagnostics are returned; with no event.yaml above it, its structure is checked and
    /// a QT003 warning says references were not.
    /// </summary>
    /// <exception cref="ContentIoException">A path does not exist or cannot be read (the CLI exits with 2).</exception>
    public static LoadResult LoadDirectories(IEnumerable<string> paths, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var events = new List<NewsEvent>();
        var diagnostics = new List<Diagnostic>();
        var fromFolders = new List<ContentFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                var single = LoadSingleFile(path, options);
                events.AddRange(single.Library.Events);
                diagnostics.AddRange(single.Diagnostics);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in ReadFolder(path, path))
                {
                    if (seen.Add(Path.GetFullPath(file.Path)))
                        fromFolders.Add(file);
                }
            }
            else
            {
                throw new ContentIoException(path, $"content path not found: {path}");
            }
        }

        if (fromFolders.Count > 0)
        {
            var result = Load(fromFolders, options);
            events.AddRange(result.Library.Events);
            diagnostics.AddRange(result.Diagnostics);
        }
        return new LoadResult(new ContentLibrary(events), diagnostics);
    }

    private static LoadResult LoadSingleFile(string path, LoadOptions options)
    {
        string full = Path.GetFullPath(path);
        string? dir = Path.GetDirectoryName(full);
        string? packRoot = null;
        for (string? d = dir; d is not null; d = Path.GetDirectoryName(d))
        {
            if (File.Exists(Path.Combine(d, EventFileName)))
            {
                packRoot = d;
                break;
            }
        }

        if (packRoot is null)
        {
            var file = new ContentFile(Normalize(path), ReadText(path));
            return LoadCore([file], options, standalone: true);
        }

        // Name the pack's files so the target keeps the path it was given.
        string displayRoot = Path.IsPathRooted(path) ? packRoot : Path.GetRelativePath(Directory.GetCurrentDirectory(), packRoot);
        string target = Normalize(path);
        var files = ReadFolder(packRoot, displayRoot).ToList();
        if (!files.Any(f => f.Path == target))
            files.Add(new ContentFile(target, ReadText(path)));
        var result = LoadCore(files, options, standalone: false);
        var own = result.Diagnostics.Where(d => d.File == target).ToList();
        return new LoadResult(result.Library, own);
    }

    private static IEnumerable<ContentFile> ReadFolder(string folder, string displayRoot)
    {
        List<string> found;
        try
        {
            found = [.. EnumerateYaml(folder)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContentIoException(folder, $"cannot read content folder {folder}: {ex.Message}", ex);
        }
        found.Sort(StringComparer.Ordinal);
        foreach (var file in found)
        {
            string display = Normalize(Path.Combine(displayRoot, Path.GetRelativePath(folder, file)));
            yield return new ContentFile(display, ReadText(file));
        }
    }

    private static IEnumerable<string> EnumerateYaml(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (IsYaml(file))
                yield return file;
        }
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (Path.GetFileName(sub).StartsWith('.'))
                continue;
            foreach (var file in EnumerateYaml(sub))
                yield return file;
        }
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContentIoException(path, $"cannot read {path}: {ex.Message}", ex);
        }
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
            path = path[2..];
        return path;
    }

    private static string DirectoryOf(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    private static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static LoadResult LoadCore(IEnumerable<ContentFile> input, LoadOptions options, bool standalone)
    {
        var diagnostics = new List<Diagnostic>();
        var events = new List<NewsEvent>();
        try
        {
            var files = new List<(ContentFile File, string Key)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in input)
            {
                if (file is null || !IsYaml(file.Path))
                    continue;
                string key = Normalize(file.Path);
                if (seen.Add(key))
                    files.Add((file with { Text = file.Text ?? "" }, key));
            }
            files.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

            var packs = new SortedDictionary<string, PackFiles>(StringComparer.Ordinal);
            foreach (var (file, key) in files)
            {
                string name = NameOf(key);
                if (name is EventFileName or "event.yml")
                {
                    string dir = DirectoryOf(key);
                    if (packs.TryGetValue(dir, out var existing))
                    {
                        diagnostics.Add(Make(file.Path, DiagnosticCodes.DuplicateEventFile,
                            $"the pack folder already has {existing.Event!.Path}; keep one event file."));
                        continue;
                    }
                    packs[dir] = new PackFiles(dir) { Event = file };
                }
            }

            foreach (var (file, key) in files)
            {
                string name = NameOf(key);
                if (name is EventFileName or "event.yml")
                    continue;
                string dir = DirectoryOf(key);
                string folder = NameOf(dir);
                bool isArticle = folder == "articles";
                bool isQuiz = folder == "quizzes";
                if (!isArticle && !isQuiz)
                {
                    if (standalone && !packs.ContainsKey(dir))
                    {
                        diagnostics.Add(Make(file.Path, DiagnosticCodes.FileOutsidePack,
                            "cannot tell what this file is: put articles in a pack's articles/ folder and quizzes in its quizzes/ folder, next to event.yaml."));
                        continue;
                    }
                    diagnostics.Add(Make(file.Path, DiagnosticCodes.FileOutsidePack,
                        "this YAML file is not part of a pack: a pack holds event.yaml, articles/*.yaml and quizzes/*.yaml; move or remove it."));
                    continue;
                }
                string packDir = DirectoryOf(dir);
                if (!packs.TryGetValue(packDir, out var pack))
                {
                    if (!standalone)
                    {
                        diagnostics.Add(Make(file.Path, DiagnosticCodes.EventFileMissing,
                            $"no event.yaml in the pack folder `{(packDir.Length == 0 ? "." : packDir)}`; add one (id, title, period, overview, people)."));
                        continue;
                    }
                    packs[packDir] = pack = new PackFiles(packDir);
                }
                (isArticle ? pack.Articles : pack.Quizzes).Add(file);
            }

            var eventIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var pack in packs.Values)
            {
                var loaded = PackLoader.Load(pack, options, diagnostics, out var idLocation);
                if (loaded is null || idLocation is null)
                    continue;
                if (eventIds.TryGetValue(loaded.Id, out var first))
                {
                    diagnostics.Add(new Diagnostic(idLocation.File, idLocation.Line, idLocation.Column, Severity.Error, DiagnosticCodes.DuplicateId,
                        $"the event id `{loaded.Id}` is already used at {first}; each pack needs its own event id."));
                    continue;
                }
                eventIds[loaded.Id] = idLocation;
                events.Add(loaded);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(new Diagnostic("", 1, 1, Severity.Error, DiagnosticCodes.InternalError,
                $"the loader failed ({ex.GetType().Name}: {ex.Message}); please report it with the content."));
        }

        return new LoadResult(new ContentLibrary(events), diagnostics);
    }

    private static Diagnostic Make(string file, string code, string message) =>
        new(file, 1, 1, DiagnosticCodes.All.First(c => c.Code == code).Severity, code, message);
}
