namespace QuizTui.Core.Loading;

/// <summary>Options of a content load.</summary>
public sealed record LoadOptions
{
    public static readonly LoadOptions Default = new();

    /// <summary>
    /// The seed file names available (the seeds manifest). When given, an article whose <c>seed</c>
    /// is not among them is an error (QT214); when null, seeds are not checked.
    /// </summary>
    public IReadOnlySet<string>? KnownSeeds { get; init; }
}

/// <summary>
/// A content path could not be read: it does not exist, or reading it failed. Thrown by
/// <see cref="ContentLoader.LoadDirectories"/>; content problems are never thrown, they are diagnostics.
/// </summary>
public sealed class ContentIoException : IOException
{
    public ContentIoException(string path, string message, Exception? inner = null)
        : base(message, inner)
    {
        ContentPath = path;
    }

    /// <summary>The path as it was given.</summary>
    public string ContentPath { get; }
}
