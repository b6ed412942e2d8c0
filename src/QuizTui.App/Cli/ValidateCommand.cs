using System.CommandLine;
using System.Text.Json;
using Humanizer;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui validate</c>: checks content and prints every problem found.</summary>
internal static class ValidateCommand
{
    public const int Clean = 0;
    public const int HasErrors = 1;
    public const int UsageOrIo = 2;

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

            Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors,
            2 when a path cannot be read or the command is misused.

            Examples:
              quiztui validate                          check the bundled content
              quiztui validate ~/packs/city-vote        check one pack
              quiztui validate quizzes/vote-quiz.yaml   check one file within its pack
              quiztui validate --watch ~/packs/city-vote   check again on every save
              quiztui validate --format json ~/packs    diagnostics as JSON
            """)
        {
            Paths,
            Format,
            Watch,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(Paths) ?? [];
            bool json = parse.GetValue(Format) == "json";
            if (parse.GetValue(Watch))
            {
                if (paths.Length == 0)
                {
                    Console.Error.WriteLine("quiztui: --watch needs a PATH to watch, e.g. quiztui validate --watch ~/packs/city-vote");
                    return UsageOrIo;
                }
                return WatchAndValidate(paths, json);
            }
            return ValidateOnce(paths, json, Console.Out);
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
            return UsageOrIo;
        }

        if (json)
            WriteJson(output, result, fileCount);
        else
            WriteText(output, result, fileCount);
        return result.HasErrors ? HasErrors : Clean;
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

    private static void WriteJson(TextWriter output, LoadResult result, int fileCount)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("files", fileCount);
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Validates, then again whenever a YAML file's time stamp or size changes. Polling copes with editors that save by renaming.</summary>
    private static int WatchAndValidate(IReadOnlyList<string> paths, bool json)
    {
        string? last = null;
        while (true)
        {
            string fingerprint;
            try
            {
                fingerprint = string.Join('\n', ContentLoader.FindFiles(paths)
                    .Order(StringComparer.Ordinal)
                    .Select(f => $"{f}|{File.GetLastWriteTimeUtc(f).Ticks}|{new FileInfo(f).Length}"));
            }
            catch (IOException)
            {
                fingerprint = last ?? "";
            }
            if (fingerprint != last)
            {
                last = fingerprint;
                if (!json)
                    Console.WriteLine($"--- {DateTime.Now:HH:mm:ss} checking {TerminalText.Escape(string.Join(", ", paths))}");
                ValidateOnce(paths, json, Console.Out);
            }
            Thread.Sleep(300);
        }
    }
}
