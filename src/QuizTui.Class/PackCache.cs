using System.Globalization;
using Npgsql;

namespace QuizTui.Class;

/// <summary>A pack as published on the class server.</summary>
public sealed record PublishedPack(string EventId, int Version, string Title, string Digest);

/// <summary>
/// The class's published packs, kept on the student's computer so they are there offline:
/// one folder per pack under <c>$XDG_DATA_HOME/quiztui/class/CLASS/packs/</c>, each with the files of
/// the newest version fetched and a <c>.version</c> file. A new version is written beside the old
/// one and swapped in with renames, so a crash leaves one whole version or the other.
/// </summary>
public sealed class PackCache(string folder)
{
    private const string VersionFile = ".version";

    /// <summary>The folder holding the packs.</summary>
    public string Folder { get; } = folder;

    /// <summary>The default folder for a class: <c>$XDG_DATA_HOME/quiztui/class/CLASS/packs</c>.</summary>
    public static string DefaultFolder(string className, Func<string, string?>? environment = null) =>
        Path.Combine(Path.GetDirectoryName(Storage.StorageSettings.DefaultDatabasePath(environment))!, "class", className, "packs");

    /// <summary>The folders of the packs kept here, to load as content.</summary>
    public IReadOnlyList<string> PackFolders()
    {
        if (!Directory.Exists(Folder))
            return [];
        return Directory.EnumerateDirectories(Folder)
            .Where(d => !Path.GetFileName(d).Contains('.', StringComparison.Ordinal) && File.Exists(Path.Combine(d, VersionFile)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The version and digest of each pack kept here.</summary>
    public IReadOnlyDictionary<string, (int Version, string Digest)> Versions()
    {
        var versions = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (string dir in PackFolders())
        {
            string[] words = File.ReadAllText(Path.Combine(dir, VersionFile)).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 2 && int.TryParse(words[0], CultureInfo.InvariantCulture, out int v))
                versions[Path.GetFileName(dir)] = (v, words[1]);
        }
        return versions;
    }

    /// <summary>
    /// Fetches every pack whose newest published version differs from the one kept here; returns
    /// those fetched (none when all are current). Reads as the student: the packs are theirs to read.
    /// </summary>
    public async Task<IReadOnlyList<PublishedPack>> RefreshAsync(ClassServer server, CancellationToken cancel = default)
    {
        var kept = Versions();
        string s = ClassNames.Quote(server.Names.Schema);
        var fetched = new List<(PublishedPack Pack, List<(string Path, string Content)> Files)>();
        await server.RunAsync(async connection =>
        {
            var latest = new List<PublishedPack>();
            await using (var command = new NpgsqlCommand($"SELECT DISTINCT ON (event_id) event_id, version, title, digest FROM {s}.packs ORDER BY event_id, version DESC;", connection))
            await using (var reader = await command.ExecuteReaderAsync(cancel).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancel).ConfigureAwait(false))
                    latest.Add(new PublishedPack(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
            }
            foreach (var pack in latest.Where(p => !kept.TryGetValue(p.EventId, out var k) || k.Version != p.Version || k.Digest != p.Digest))
            {
                var files = new List<(string, string)>();
                await using var command = new NpgsqlCommand($"SELECT path, content FROM {s}.pack_files WHERE event_id = $1 AND version = $2 ORDER BY path;", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = pack.EventId });
                command.Parameters.Add(new NpgsqlParameter { Value = pack.Version });
                await using var reader = await command.ExecuteReaderAsync(cancel).ConfigureAwait(false);
                while (await reader.ReadAsync(cancel).ConfigureAwait(false))
                    files.Add((reader.GetString(0), reader.GetString(1)));
                fetched.Add((pack, files));
            }
            return 0;
        }, cancel).ConfigureAwait(false);
        foreach (var (pack, files) in fetched)
            Write(pack, files);
        return fetched.Select(f => f.Pack).ToList();
    }

    /// <summary>Writes a pack version beside the one kept, then swaps it in.</summary>
    internal void Write(PublishedPack pack, IReadOnlyList<(string Path, string Content)> files)
    {
        if (!Core.Authoring.IdSlug.IsValid(pack.EventId))
            return;
        Directory.CreateDirectory(Folder);
        CleanLeftovers();
        string target = Path.Combine(Folder, pack.EventId);
        string fresh = target + ".new-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(fresh);
        foreach (var (path, content) in files)
        {
            if (SafeRelative(path) is not { } relative)
                continue;
            string file = Path.Combine(fresh, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
        }
        File.WriteAllText(Path.Combine(fresh, VersionFile), $"{pack.Version.ToString(CultureInfo.InvariantCulture)} {pack.Digest}\n");
        string? old = null;
        if (Directory.Exists(target))
        {
            old = target + ".old-" + Guid.NewGuid().ToString("N")[..8];
            Directory.Move(target, old);
        }
        Directory.Move(fresh, target);
        if (old is not null)
            Directory.Delete(old, recursive: true);
    }

    /// <summary>Half-written or replaced versions left by a crash.</summary>
    private void CleanLeftovers()
    {
        foreach (string dir in Directory.EnumerateDirectories(Folder).Where(d => Path.GetFileName(d).Contains(".new-", StringComparison.Ordinal) || Path.GetFileName(d).Contains(".old-", StringComparison.Ordinal)))
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>A path inside the pack folder, or null for one that would leave it.</summary>
    private static string? SafeRelative(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is "." or ".." || p.StartsWith('.')) || Path.IsPathRooted(path))
            return null;
        return Path.Combine(parts);
    }
}
