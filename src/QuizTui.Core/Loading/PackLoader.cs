using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>The files of one content pack: the folder holding event.yaml.</summary>
internal sealed class PackFiles(string directory)
{
    public string Directory { get; } = directory;
    public ContentFile? Event { get; set; }
    public List<ContentFile> Articles { get; } = [];
    public List<ContentFile> Quizzes { get; } = [];
}

/// <summary>
/// Loads and validates one pack in passes: reads every file (event.yaml, then the articles, then the
/// quizzes), then checks references across files, then runs the checks that need the whole pack,
/// and builds the <see cref="NewsEvent"/> when no error was found.
/// </summary>
internal static class PackLoader
{
    /// <summary>Loads a pack; returns the event when the pack has no errors.</summary>
    public static NewsEvent? Load(PackFiles files, LoadOptions options, List<Diagnostic> diagnostics, out SourceLocation? idLocation)
    {
        idLocation = null;
        var log = new DiagnosticLog(diagnostics);
        var pack = new PackContent(options);

        EventHeader? header = null;
        if (files.Event is { } eventFile)
            Guarded(log, eventFile, report => header = EventFileReader.Read(eventFile, report, pack));
        foreach (var file in files.Articles)
            Guarded(log, file, report => ArticleFileReader.Read(file, report, pack));
        foreach (var file in files.Quizzes)
            Guarded(log, file, report => QuizFileReader.Read(file, report, pack));

        if (files.Event is null)
        {
            foreach (var file in files.Articles.Concat(files.Quizzes))
            {
                new FileReport(log, file.Path).Report(DiagnosticCodes.ReferencesNotChecked, 1, 1,
                    "no event.yaml was found above this file, so references to people, articles and quotations were not checked.");
            }
            return null;
        }

        Guarded(log, files.Event, _ =>
        {
            pack.References.Check(pack.Ids, pack.PeopleUnknown, pack.ArticlesUnknown);
            foreach (var check in pack.Checks)
                check.Run(pack);
        });

        if (header is null)
            return null;
        idLocation = header.IdLocation;
        if (log.Errors > 0)
            return null;
        // Articles in the order they were published (files of one day in file order), whatever their files are called.
        return new NewsEvent(header.Id, header.Title, header.Period, header.Overview, header.Tags, pack.People,
            header.Timeline, [.. pack.Articles.OrderBy(a => a.Published)], pack.Quizzes, files.Directory);
    }

    /// <summary>Runs one step on a file; a failure of the loader itself is reported on that file instead of thrown.</summary>
    private static void Guarded(DiagnosticLog log, ContentFile file, Action<FileReport> step)
    {
        var report = new FileReport(log, file.Path);
        try
        {
            step(report);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            report.Report(DiagnosticCodes.InternalError, 1, 1, $"the loader failed on this file ({ex.GetType().Name}: {ex.Message}); please report it with the file.");
        }
    }
}
