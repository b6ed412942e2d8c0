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

    /// <summary>The largest content file read, in bytes (1 MiB; docs/content-format.md).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// Loads content files. Files are grouped into packs by the folder holding <c>event.yaml</c>;
    /// article files sit in its <c>articles/</c> folder, quiz files in <c>quizzes/</c>. Files that do not
    /// end in <c>.yaml</c> or <c>.yml</c> are ignored. Never throws for any content.
    /// </summary>
    public static LoadResult Load(IEnumerable<ContentFile> files, LoadOptions? options = null) =>
        LoadCore(files, options ?? LoadOptions.Default, standalone: false, refusals: []);

    /// <summary>
    /// Loads from disk. Each path is a pack folder (holds event.yaml), a folder of packs (searched
    /// recursively), or a single YAML file. A single file is validated on its own: an article or quiz
    /// file is checked within its pack (event.yaml found by walking up) and only that file's
    /// diagnostics are returned; with no event.yaml above it, its structure is checked and a QT003
    /// warning says references were not.
    /// </summary>
    /// <remarks>
    /// Files and folders whose name starts with a dot are skipped. Symbolic links are followed, but
    /// each real folder is visited once and each real file read once, however many routes lead to it
    /// (a link to its own folder, a link to another pack, the same path given twice); where a folder
    /// is reached both directly and through a link, it is named by the direct route. A name ending in
    /// <c>.yaml</c> that is not an ordinary file (QT005), or a file over <see cref="MaxFileBytes"/>
    /// (QT006), is not read.
    /// </remarks>
    /// <exception cref="ContentIoException">
    /// A path does not exist, is not a content file, or cannot be read (the CLI exits with 2).
    /// </exception>
    public static LoadResult LoadDirectories(IEnumerable<string> paths, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var events = new List<NewsEvent>();
        var diagnostics = new List<Diagnostic>();
        var walk = new FolderWalk();
        var singles = new HashSet<string>(StringComparer.Ordinal);

        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                walk.AddRoot(path, path);
            }
            else if (File.Exists(path))
            {
                if (!IsYaml(path))
                    throw new ContentIoException(path, NotContentMessage(path));
                if (!singles.Add(RealPath(path)))
                    continue;
                var single = LoadSingleFile(path, options);
                events.AddRange(single.Library.Events);
                diagnostics.AddRange(single.Diagnostics);
            }
            else
            {
                throw new ContentIoException(path, $"content path not found: {TerminalText.Escape(path)}");
            }
        }
        walk.FollowLinks();

        if (walk.Found.Count > 0)
        {
            var (files, refusals) = ReadAll(walk.Found);
            var result = LoadCore(files, options, standalone: false, refusals);
            events.AddRange(result.Library.Events);
            diagnostics.AddRange(result.Diagnostics);
        }
        singles.UnionWith(walk.RealFiles);
        return new LoadResult(new ContentLibrary(events), diagnostics) { FileCount = singles.Count };
    }

    /// <summary>
    /// The readable content files of one pack folder, named under <paramref name="packFolder"/>; files
    /// that are refused (not ordinary, too large) are left out. For tools that need the files
    /// themselves, such as scaffolding.
    /// </summary>
    /// <exception cref="ContentIoException">The folder or a file in it cannot be read.</exception>
    public static IReadOnlyList<ContentFile> ReadPackFiles(string packFolder)
    {
        var walk = new FolderWalk();
        walk.AddRoot(packFolder, packFolder);
        walk.FollowLinks();
        var (files, refusals) = ReadAll(walk.Found);
        var refused = refusals.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        return files.Where(f => !refused.Contains(f.Path)).ToList();
    }

    private static string NotContentMessage(string path) =>
        $"{TerminalText.Escape(path)} is not a content file: only .yaml and .yml files are read. Give a pack folder (the one holding event.yaml) or one of its YAML files.";

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

        string target = Normalize(path);
        if (packRoot is null)
        {
            var (alone, refusal) = ReadAll([(path, path)]);
            return LoadCore(alone, options, standalone: true, refusal);
        }

        // Name the pack's files so the target keeps the path it was given.
        string displayRoot = Path.IsPathRooted(path) ? packRoot : Path.GetRelativePath(Directory.GetCurrentDirectory(), packRoot);
        var walk = new FolderWalk();
        walk.AddRoot(packRoot, displayRoot);
        walk.FollowLinks();
        var found = walk.Found.ToList();
        if (!found.Any(f => Normalize(f.Display) == target))
            found.Add((path, path));
        var (files, refusals) = ReadAll(found);
        var result = LoadCore(files, options, standalone: false, refusals);
        var own = result.Diagnostics.Where(d => d.File == target).ToList();
        return new LoadResult(result.Library, own);
    }

    /// <summary>
    /// Reads each found file. A refused one (QT005, QT006) is passed on with no text, so the pack
    /// reader treats it as a file that could not be read: references to what it would declare are not
    /// reported as unknown, and its only diagnostic is the refusal.
    /// </summary>
    private static (List<ContentFile> Files, List<Diagnostic> Refusals) ReadAll(IEnumerable<(string Path, string Display)> found)
    {
        var files = new List<ContentFile>();
        var refusals = new List<Diagnostic>();
        foreach (var (path, display) in found)
        {
            string name = Normalize(display);
            ContentFileReader.Outcome outcome;
            try
            {
                outcome = ContentFileReader.Read(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ContentIoException(path, $"cannot read {TerminalText.Escape(path)}: {ex.Message}", ex);
            }
            if (outcome.Text is { } text)
            {
                files.Add(new ContentFile(name, text));
                continue;
            }
            files.Add(new ContentFile(name, ""));
            refusals.Add(new Diagnostic(name, 1, 1, Severity.Error, outcome.RefusalCode!, outcome.Refusal!));
        }
        return (files, refusals);
    }

    /// <summary>
    /// Finds content files under folders, following links with a loop check: a real folder is visited
    /// once, a real file found once. Linked folders wait until the folders reached directly have been
    /// visited, so a folder is named by its own path rather than by a link's.
    /// </summary>
    private sealed class FolderWalk
    {
        private readonly HashSet<string> _realFolders = new(StringComparer.Ordinal);
        private readonly Queue<(string Path, string Display)> _links = new();

        /// <summary>The files found: where to read each, and the name diagnostics give it.</summary>
        public List<(string Path, string Display)> Found { get; } = [];

        /// <summary>The real path of every file found.</summary>
        public HashSet<string> RealFiles { get; } = new(StringComparer.Ordinal);

        public void AddRoot(string folder, string display) => Visit(folder, display, RealPath(folder));

        /// <summary>Visits the linked folders met so far (and those met in them), each real folder once.</summary>
        public void FollowLinks()
        {
            while (_links.TryDequeue(out var link))
                Visit(link.Path, link.Display, RealPath(link.Path));
        }

        private void Visit(string folder, string display, string real)
        {
            if (!_realFolders.Add(real))
                return;
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos()];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ContentIoException(folder, $"cannot read content folder {TerminalText.Escape(folder)}: {ex.Message}", ex);
            }
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                    continue;
                string entryDisplay = Path.Combine(display, entry.Name);
                bool isLink = entry.LinkTarget is not null;
                if (entry is DirectoryInfo)
                {
                    if (isLink)
                        _links.Enqueue((entry.FullName, entryDisplay));
                    else
                        Visit(entry.FullName, entryDisplay, Path.Combine(real, entry.Name));
                }
                else if (IsYaml(entry.Name) && RealFiles.Add(isLink ? RealPath(entry.FullName) : Path.Combine(real, entry.Name)))
                {
                    Found.Add((entry.FullName, entryDisplay));
                }
            }
        }
    }

    /// <summary>
    /// The absolute path with every symbolic link along it resolved and <c>.</c> and <c>..</c> taken
    /// out, so two routes to the same folder give the same string. A path that loops through links
    /// more than 40 times is returned as given, made absolute.
    /// </summary>
    internal static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        string current = root;
        int links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
                continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            string next = Path.Join(current, part);
            string? target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > 40)
                return full;
            // The link's target takes its place: from the root when absolute, from the link's folder otherwise.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }
            foreach (string t in Parts(target).Reverse())
                pending.Push(t);
        }
        return current;

        static string[] Parts(string p) => p.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
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

    /// <param name="refusals">Files that were not read (passed in with no text), each with its one diagnostic.</param>
    private static LoadResult LoadCore(IEnumerable<ContentFile> input, LoadOptions options, bool standalone, IReadOnlyList<Diagnostic> refusals)
    {
        var diagnostics = new List<Diagnostic>();
        var events = new List<NewsEvent>();
        var files = new List<(ContentFile File, string Key)>();
        try
        {
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

        var refused = refusals.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        diagnostics.RemoveAll(d => refused.Contains(d.File));
        diagnostics.AddRange(refusals);

        // LoadResult puts causes first; messages are cut here so one diagnostic stays one short line.
        var shortened = diagnostics.Select(d => d with { Message = TerminalText.ShortenQuoted(d.Message) }).ToList();
        return new LoadResult(new ContentLibrary(events), shortened);
    }

    private static Diagnostic Make(string file, string code, string message) =>
        new(file, 1, 1, DiagnosticCodes.All.First(c => c.Code == code).Severity, code, message);
}
