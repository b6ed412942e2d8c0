using System.CommandLine;
using System.Threading.Channels;
using Humanizer;
using QuizTui.Core.Formats;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui validate</c>: checks content and prints every problem found.</summary>
internal static class ValidateCommand
{
    private static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Content pack folders, folders of packs, or single YAML files. Without a path, the bundled content is checked.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string> Format = new("--format")
    {
        Description = "text (default): one line per problem, as compilers print them; json: for editors and scripts.",
        DefaultValueFactory = _ => "text",
    };

    private static readonly Option<bool> Watch = new("--watch")
    {
        Description = "Keep running and check again every time a file under PATH is saved. Ctrl+C stops.",
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", """
            Check content files and print every problem found, each as
              path:line:col: error|warning QTnnn: message
            followed by a one-line summary. docs/diagnostics.md explains each code and its fix.

            Examples:
              quiztui validate                          check the bundled content
              quiztui validate ~/packs/city-vote        check one pack
              quiztui validate quizzes/vote-quiz.yaml   check one file within its pack
              quiztui validate --watch ~/packs/city-vote   check again on every save
              quiztui validate --format json ~/packs    diagnostics as JSON
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            Paths,
            Format,
            Watch,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var paths = parse.GetValue(Paths) ?? [];
            bool json = parse.GetValue(Format) == "json";
            if (!parse.GetValue(Watch))
                return ValidateOnce(paths, json, Console.Out);
            if (paths.Length == 0)
            {
                Console.Error.WriteLine("quiztui: --watch needs a PATH to watch, e.g. quiztui validate --watch ~/packs/city-vote");
                return ExitCodes.UsageOrIo;
            }
            if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
            {
                Console.Error.WriteLine($"quiztui: {TerminalText.Escape(missing)}: no such file or folder to watch");
                return ExitCodes.UsageOrIo;
            }
            return await WatchAsync(paths, json, Console.Out, cancel);
        });
        return command;
    }

    internal static int ValidateOnce(IReadOnlyList<string> paths, bool json, TextWriter output)
    {
        LoadResult result;
        int fileCount;
        try
        {
            if (paths.Count == 0)
            {
                result = ContentSources.LoadBundled(out fileCount);
            }
            else
            {
                result = ContentLoader.LoadDirectories(paths);
                fileCount = result.FileCount;
            }
        }
        catch (ContentIoException e)
        {
            Console.Error.WriteLine($"quiztui: {e.Message}");
            return ExitCodes.UsageOrIo;
        }

        if (json)
            WriteJson(output, result, fileCount);
        else
            WriteText(output, result, fileCount);
        return result.HasErrors ? ExitCodes.InputHasErrors : ExitCodes.Ok;
    }

    private static void WriteText(TextWriter output, LoadResult result, int fileCount)
    {
        foreach (var d in result.Diagnostics)
            output.WriteLine(d.ToString());
        output.WriteLine(Summary(result, fileCount));
    }

    /// <summary>"2 errors, 1 warning in 13 files" or "No problems in 13 files: 1 event, 5 articles, 7 quizzes."</summary>
    internal static string Summary(LoadResult result, int fileCount)
    {
        string files = "file".ToQuantity(fileCount);
        if (result.Diagnostics.Count == 0)
        {
            var events = result.Library.Events;
            return $"No problems in {files}: {"event".ToQuantity(events.Count)}, "
                + $"{"article".ToQuantity(events.Sum(e => e.Articles.Count))}, "
                + $"{"quiz".ToQuantity(events.Sum(e => e.Quizzes.Count))}.";
        }
        return $"{"error".ToQuantity(result.ErrorCount)}, {"warning".ToQuantity(result.WarningCount)} in {files}.";
    }

    private static void WriteJson(TextWriter output, LoadResult result, int fileCount) =>
        output.Write(PublicJsonText.Write(ValidationReportJson.From(result, fileCount), PublicJsonText.Context.ValidationReportJson));

    /// <summary>
    /// Validates, then again after each change to a YAML file under <paramref name="paths"/>, until
    /// <paramref name="cancel"/> (Ctrl+C) ends it with <see cref="ExitCodes.Ok"/>. The changes of one
    /// save (an editor writing a temporary file and renaming it, say) come as a burst of events:
    /// a check runs once they have been quiet for <paramref name="quiet"/>.
    /// </summary>
    internal static async Task<int> WatchAsync(IReadOnlyList<string> paths, bool json, TextWriter output, CancellationToken cancel, TimeSpan? quiet = null)
    {
        var changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var watchers = paths.Select(p => WatcherFor(p, changes.Writer)).ToList();
        try
        {
            Check(paths, json, output);
            while (true)
            {
                await changes.Reader.ReadAsync(cancel);
                await UntilQuiet(changes.Reader, quiet ?? TimeSpan.FromMilliseconds(200), cancel);
                Check(paths, json, output);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        finally
        {
            foreach (var watcher in watchers)
                watcher.Dispose();
        }
    }

    private static void Check(IReadOnlyList<string> paths, bool json, TextWriter output)
    {
        if (!json)
            output.WriteLine($"--- {DateTime.Now:HH:mm:ss} checking {TerminalText.Escape(string.Join(", ", paths))}");
        ValidateOnce(paths, json, output);
    }

    /// <summary>Returns once no change has come for <paramref name="quiet"/>.</summary>
    private static async Task UntilQuiet(ChannelReader<string> changes, TimeSpan quiet, CancellationToken cancel)
    {
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            wait.CancelAfter(quiet);
            try
            {
                await changes.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Watches a folder (and every folder below it), or the folder of a single file, and posts the
    /// path of each YAML file created, changed, deleted or renamed, and of folders renamed or deleted.
    /// </summary>
    private static FileSystemWatcher WatcherFor(string path, ChannelWriter<string> changes)
    {
        bool single = File.Exists(path);
        string full = Path.GetFullPath(path);
        var watcher = new FileSystemWatcher(single ? Path.GetDirectoryName(full)! : full)
        {
            IncludeSubdirectories = !single,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Post(string? changed)
        {
            if (changed is null)
                return;
            bool relevant = single
                ? changed == full
                : changed.EndsWith(".yaml", StringComparison.Ordinal) || changed.EndsWith(".yml", StringComparison.Ordinal) || Directory.Exists(changed) || !Path.HasExtension(changed);
            if (relevant)
                changes.TryWrite(changed);
        }
        watcher.Changed += (_, e) => Post(e.FullPath);
        watcher.Created += (_, e) => Post(e.FullPath);
        watcher.Deleted += (_, e) => Post(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Post(e.OldFullPath);
            Post(e.FullPath);
        };
        // Too many changes at once for the system's queue: check again rather than miss one.
        watcher.Error += (_, _) => changes.TryWrite(full);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
