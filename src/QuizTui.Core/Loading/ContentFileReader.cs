using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace QuizTui.Core.Loading;

/// <summary>
/// Reads one content file from disk after a type and a size check, so that no name ending in
/// <c>.yaml</c> can hang the loader (a named pipe waits for a writer forever) or exhaust memory (a
/// link to <c>/dev/zero</c> never ends): only ordinary files are opened, and never more than
/// <see cref="ContentLoader.MaxFileBytes"/> bytes are read.
/// </summary>
internal static partial class ContentFileReader
{
    /// <summary>The text of a file, or why it was not read: a diagnostic code and message.</summary>
    internal readonly record struct Outcome(string? Text, string? RefusalCode = null, string? Refusal = null);

    /// <exception cref="IOException">The file cannot be opened or read (missing, no permission).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Outcome Read(string path)
    {
        var status = Status(path);
        if (status.NotOrdinary is { } kind)
        {
            return new Outcome(null, DiagnosticCodes.NotARegularFile,
                $"this is {kind}, not an ordinary file, so it was not read; content is read from ordinary .yaml files only. Replace it with a file, or move it out of the pack.");
        }
        if (status.Size > ContentLoader.MaxFileBytes)
            return TooLarge(status.Size);
        // Where the type is not known, an empty entry is left unopened: a pipe or a device shows no
        // size, and an empty ordinary file has no text to read.
        if (status.Size is null && new FileInfo(File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path).Length == 0)
            return new Outcome("");

        long limit = ContentLoader.MaxFileBytes;
        byte[] buffer = new byte[Math.Min(limit, Math.Max(status.Size ?? 0, 4096)) + 1];
        int read = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan))
        {
            while (true)
            {
                if (read == buffer.Length)
                {
                    // One byte past the limit (the file grew since it was measured) is enough to refuse it.
                    if (read > limit)
                        return TooLarge(null);
                    Array.Resize(ref buffer, (int)Math.Min(limit + 1, buffer.Length * 2L));
                }
                int n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0)
                    break;
                read += n;
            }
        }
        // Decoded as File.ReadAllText does: a byte-order mark picks the encoding, UTF-8 otherwise.
        using var reader = new StreamReader(new MemoryStream(buffer, 0, read), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return new Outcome(reader.ReadToEnd());
    }

    private static Outcome TooLarge(long? size)
    {
        string what = size is { } bytes
            ? string.Create(CultureInfo.InvariantCulture, $"the file is {bytes / 1048576.0:0.0} MiB, over")
            : "the file is over";
        return new Outcome(null, DiagnosticCodes.FileTooLarge,
            $"{what} the 1 MiB limit for a content file, so it was not read. Hand-written content is far smaller: split it (one article or quiz per file), or move a file that is not content out of the pack.");
    }

    /// <summary>What the file system says about a path, following links.</summary>
    /// <param name="NotOrdinary">What it is when it is not an ordinary file ("a named pipe (FIFO)"); null for an ordinary file or when unknown.</param>
    /// <param name="Size">Its size in bytes; null when unknown.</param>
    private readonly record struct FileStatus(string? NotOrdinary, long? Size);

    /// <summary>
    /// The type and size of a file, by Linux's <c>statx</c>: .NET reports a named pipe or a device as
    /// an ordinary empty file. Elsewhere, or when the call fails, both are unknown and the reading
    /// above stays safe by other means.
    /// </summary>
    private static FileStatus Status(string path)
    {
        if (!OperatingSystem.IsLinux())
            return default;
        byte[] statx = new byte[StatxSize];
        try
        {
            if (Statx(AtCurrentFolder, path, 0, StatxType | StatxSizeField, statx) != 0)
                return default;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return default;
        }
        // struct statx: stx_mask (u32) at 0, stx_mode (u16) at 28, stx_size (u64) at 40, in native byte order.
        uint mask = MemoryMarshal.Read<uint>(statx.AsSpan(0));
        if ((mask & StatxType) == 0)
            return default;
        int type = MemoryMarshal.Read<ushort>(statx.AsSpan(28)) & FileTypeMask;
        long? size = (mask & StatxSizeField) != 0 ? (long)Math.Min(MemoryMarshal.Read<ulong>(statx.AsSpan(40)), long.MaxValue) : null;
        string? kind = type switch
        {
            RegularFile => null,
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x4000 => "a folder",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "a special file",
        };
        return new FileStatus(kind, kind is null ? size : null);
    }

    private const int AtCurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const uint StatxSizeField = 0x200;
    private const int StatxSize = 256;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
