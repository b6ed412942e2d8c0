using System.CommandLine;
using System.Text;
using Humanizer;
using QuizTui.Class;
using QuizTui.Core.Formats;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Presentation;

namespace QuizTui.App.Cli;

/// <summary>
/// <c>quiztui class</c>: the instructor's commands for a class kept on a PostgreSQL server. docs/class.md
/// walks through them. Every one names the server as user@host:port/database, never with a password.
/// </summary>
internal static class ClassCommand
{
    /// <summary>The "Exit status:" paragraph of every class command but publish.</summary>
    private static readonly string ExitStatus = ExitCodes.Help(ExitCodes.UsageOrIo, ExitCodes.ClassServerUnavailable);

    private static Option<string?> ServerOption() => new("--server")
    {
        Description = "The PostgreSQL server: a URI (postgresql://teacher@db.school.example/quiz?sslmode=require) or a connection string. " +
            "The password comes from PGPASSWORD or ~/.pgpass. Default: the server of the last class init.",
        HelpName = "URL",
    };

    private static Option<string?> NameOption() => new("--name")
    {
        Description = "The class name: lowercase words joined by hyphens (journalism-101). Default: the class of the last class init.",
        HelpName = "CLASS",
    };

    public static Command Create()
    {
        var command = new Command("class", """
            For an instructor: a class kept on a PostgreSQL server. Set it up, give each student a
            join file, publish packs to them, and follow their answers as they come in.

            Examples:
              quiztui class init --server postgresql://teacher@db.school.example/quiz --name journalism-101
              quiztui class add-student ann bob chen
              quiztui class publish ~/packs/city-vote
              quiztui class report
              quiztui class dashboard
            """);
        command.Subcommands.Add(Init());
        command.Subcommands.Add(AddStudent());
        command.Subcommands.Add(RemoveStudent());
        command.Subcommands.Add(Publish());
        command.Subcommands.Add(Report());
        command.Subcommands.Add(Dashboard());
        return command;
    }

    private static Command Init()
    {
        var server = ServerOption();
        server.Required = true;
        var name = NameOption();
        name.Required = true;
        var command = new Command("init", $"""
            Set up a class on a PostgreSQL server, or upgrade one set up by an earlier QuizTui: its
            tables in a schema of its own, a role for its instructors and one for its students, and
            row-level security so that each student's login reads and adds only their own answers.
            Running it again is harmless. The login needs the right to create roles (CREATEROLE) and
            schemas in the database; it becomes the owner of the class's tables. The server and class
            are remembered for the other class commands (without the password).

            Examples:
              quiztui class init --server postgresql://teacher@db.school.example/quiz --name journalism-101
              PGPASSWORD=... quiztui class init --server "host=localhost dbname=quiz user=teacher" --name civics-a
            """ + ExitStatus)
        {
            server,
            name,
        };
        command.SetAction(parse => Run(() =>
        {
            var settings = ServerAddress.Parse(parse.GetValue(server)!);
            var names = ClassNames.For(parse.GetValue(name)!);
            using var connection = ClassServer.Create(settings, names);
            var result = ClassAdmin.Init(connection);
            ClassSettings.SaveTeaching(new ClassTeachingFile(ClassTeachingFile.FormatName, 1, ServerAddress.WithoutPassword(settings), names.Name));
            Console.WriteLine(result.Created
                ? $"Class {names.Name} is set up on {connection.Description} (schema {result.ToVersion}). Next: quiztui class add-student NAME..."
                : result.Upgraded
                    ? $"Class {names.Name} on {connection.Description} was upgraded from schema {result.FromVersion} to {result.ToVersion}."
                    : $"Class {names.Name} on {connection.Description} is already set up (schema {result.ToVersion}); nothing to do.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command AddStudent()
    {
        var (server, name) = (ServerOption(), NameOption());
        var students = new Argument<string[]>("NAME") { Description = "Student names: lowercase words joined by hyphens (ann, chen-li).", Arity = ArgumentArity.OneOrMore };
        var dir = new Option<string?>("--dir") { Description = "Where to write the join files (default: the current folder).", HelpName = "DIR" };
        var command = new Command("add-student", $"""
            Give each student their own login to the class and write one join file per student,
            NAME{ClassJoinFile.Extension}, holding the server, the class, the student's name and their
            password. Hand each student their own file privately (it is written readable by you only);
            they run 'quiztui join FILE'. A student already in the class is refused: remove them first
            to give them a new file.

            Examples:
              quiztui class add-student ann bob chen
              quiztui class add-student dana --dir ~/class-files
            """ + ExitStatus)
        {
            students,
            server,
            name,
            dir,
        };
        command.SetAction(parse => Run(() =>
        {
            var (settings, names) = Teaching(parse, server, name);
            using var connection = ClassServer.Create(settings, names);
            string folder = parse.GetValue(dir) ?? Directory.GetCurrentDirectory();
            Directory.CreateDirectory(folder);
            var checkedNames = (parse.GetValue(students) ?? []).Select(ClassNames.CheckStudent).ToList();
            foreach (string student in checkedNames)
            {
                string path = Path.Combine(folder, student + ClassJoinFile.Extension);
                if (File.Exists(path))
                    throw new ClassException(ClassProblem.BadInput, $"{path} already exists; not overwriting it (move it away, or use --dir)");
            }
            foreach (string student in checkedNames)
            {
                var login = ClassAdmin.AddStudent(connection, student);
                string path = Path.Combine(folder, student + ClassJoinFile.Extension);
                ClassSettings.WriteJoinFile(path, new ClassJoinFile(ClassJoinFile.FormatName, ClassJoinFile.CurrentVersion,
                    ServerAddress.WithoutCredentials(settings), names.Name, login.Name, login.Login, login.Password));
                Console.WriteLine($"{student}: added to {names.Name}; join file {path}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command RemoveStudent()
    {
        var (server, name) = (ServerOption(), NameOption());
        var student = new Argument<string>("NAME") { Description = "The student to remove." };
        var command = new Command("remove-student", $"""
            Remove a student from the class: their login no longer works, so their join file is of no
            further use. Their answers stay in the class and in the report, marked removed.

            Examples:
              quiztui class remove-student bob
              quiztui class remove-student bob --name civics-a
            """ + ExitStatus)
        {
            student,
            server,
            name,
        };
        command.SetAction(parse => Run(() =>
        {
            var (settings, names) = Teaching(parse, server, name);
            using var connection = ClassServer.Create(settings, names);
            string who = parse.GetValue(student)!;
            if (!ClassAdmin.RemoveStudent(connection, who))
            {
                Console.Error.WriteLine($"quiztui: {who} is not a student of {names.Name}");
                return ExitCodes.UsageOrIo;
            }
            Console.WriteLine($"{who} was removed from {names.Name}: their login no longer works; their answers stay.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Publish()
    {
        var (server, name) = (ServerOption(), NameOption());
        var pack = new Argument<string>("DIR") { Description = "A content pack folder (the one holding event.yaml)." };
        var command = new Command("publish", $"""
            Publish a content pack to the class's students. The pack is validated first, as
            'quiztui validate DIR' does, and a pack with errors is refused with every problem listed
            (path:line:col: error QTnnn: message). It is uploaded as the pack's next version; students
            get it when they next start QuizTui, or within a minute if it is running. Ids are what keep
            history: a question whose text changed but whose id did not keeps its answers. Publishing
            unchanged files makes no new version.

            Examples:
              quiztui class publish ~/packs/city-vote
              quiztui class publish content/hootsuite-ice-2020 --name civics-a
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo, ExitCodes.ClassServerUnavailable))
        {
            pack,
            server,
            name,
        };
        command.SetAction(parse => Run(() =>
        {
            string folder = parse.GetValue(pack)!;
            if (!File.Exists(Path.Combine(folder, "event.yaml")))
            {
                Console.Error.WriteLine($"quiztui: {TerminalText.Escape(folder)} is not a content pack (it has no event.yaml)");
                return ExitCodes.UsageOrIo;
            }
            int validated = ValidateCommand.ValidateOnce([folder], json: false, Console.Error);
            if (validated != ExitCodes.Ok)
            {
                Console.Error.WriteLine($"quiztui: {TerminalText.Escape(folder)} was not published: fix the problems above first.");
                return validated;
            }
            var loaded = ContentLoader.LoadDirectories([folder]).Library.Events.Single();
            // The files as validated (the same walk and checks), named inside the pack.
            var files = ContentLoader.ReadPackFiles(folder)
                .Select(f => new ContentFile(Path.GetRelativePath(folder, f.Path).Replace('\\', '/'), f.Text))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
            var (settings, names) = Teaching(parse, server, name);
            using var connection = ClassServer.Create(settings, names);
            var result = ClassAdmin.Publish(connection, loaded.Id, loaded.Title, files);
            Console.WriteLine(result.Unchanged
                ? $"{loaded.Id} is already published to {names.Name} as version {result.Version} with these files; nothing to do."
                : $"{loaded.Id} is published to {names.Name} as version {result.Version} ({"file".ToQuantity(files.Count)}).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Report()
    {
        var (server, name) = (ServerOption(), NameOption());
        var format = new Option<string>("--format", "-f") { Description = "text (default), csv or json.", HelpName = "text|csv|json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "csv", "json");
        var table = new Option<string>("--table")
        {
            Description = "With --format csv, which table: students (default), questions or confusions.",
            HelpName = "students|questions|confusions",
            DefaultValueFactory = _ => "students",
        };
        table.AcceptOnlyFromAmong([.. Core.Progress.LiveClassReport.CsvTables]);
        var output = ScoreCommands.OutputOption();
        var command = new Command("report", $"""
            The class summary, read live from the server: per student the answers, percentage right,
            quizzes finished, last active and mastery per skill; per quiz and question how many
            answered, the percentage right and the most common wrong answer; and the speakers the
            class mixes up in who-said-what. Question text and speakers' names come from the packs
            published to the class (and the bundled one).

            Examples:
              quiztui class report
              quiztui class report --format csv --table questions -o questions.csv
              quiztui class report --format json > class.json
            """ + ExitStatus)
        {
            server,
            name,
            format,
            table,
            output,
        };
        command.SetAction(parse => Run(() =>
        {
            var (settings, names) = Teaching(parse, server, name);
            using var connection = ClassServer.Create(settings, names);
            var report = ClassReportQuery.Read(connection, ReportContent(connection));
            return parse.GetValue(format) switch
            {
                "json" => ScoreCommands.WriteOutput(parse.GetValue(output), report.WriteJson),
                "csv" => ScoreCommands.WriteOutput(parse.GetValue(output), s =>
                {
                    using var writer = new StreamWriter(s, new UTF8Encoding(false), leaveOpen: true);
                    report.WriteCsv(writer, parse.GetValue(table)!);
                }),
                _ => ScoreCommands.WriteOutput(parse.GetValue(output), s => s.Write(Encoding.UTF8.GetBytes(TerminalText.EscapeLines(report.ToText(DateTimeOffset.Now))))),
            };
        }));
        return command;
    }

    private static Command Dashboard()
    {
        var (server, name) = (ServerOption(), NameOption());
        var command = new Command("dashboard", $"""
            A full-screen live view of the class report: students, the questions the class finds
            hardest, and the speakers it mixes up, updated within seconds as answers arrive. Works
            from 80x24 up and follows the window's size. {AppKeys.Default.Key(UiCommand.Quit)} quits.

            Examples:
              quiztui class dashboard
              quiztui class dashboard --name civics-a --theme high-contrast
            """ + ExitStatus)
        {
            server,
            name,
            AppCommand.Theme,
        };
        command.SetAction(parse => Run(() =>
        {
            var (settings, names) = Teaching(parse, server, name);
            if (Console.IsOutputRedirected || Console.IsInputRedirected)
            {
                Console.Error.WriteLine(Strings.NeedsTerminal + " Use 'quiztui class report' instead.");
                return ExitCodes.UsageOrIo;
            }
            using var connection = ClassServer.Create(settings, names);
            // Fails here, in words, when the class cannot be read at all (not set up, login refused).
            var content = ReportContent(connection);
            var theme = Tui.Theme.Choose(parse.GetValue(AppCommand.Theme), Environment.GetEnvironmentVariable("NO_COLOR"));
            return Tui.DashboardApp.Run(connection, () => content, theme);
        }));
        return command;
    }

    /// <summary>The packs for question text and names in a report: the bundled ones, replaced by those published to the class.</summary>
    private static ContentLibrary ReportContent(ClassServer connection)
    {
        var published = ClassReportQuery.PublishedContent(connection).Library;
        var ids = published.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new ContentLibrary([.. ContentSources.LoadBundled().Library.Events.Where(e => !ids.Contains(e.Id)), .. published.Events]);
    }

    /// <summary>The server and class from --server and --name, else from the last class init.</summary>
    private static (Npgsql.NpgsqlConnectionStringBuilder Settings, ClassNames Names) Teaching(ParseResult parse, Option<string?> server, Option<string?> name)
    {
        var saved = ClassSettings.LoadTeaching();
        string? serverText = parse.GetValue(server) ?? saved?.Server;
        string? className = parse.GetValue(name) ?? saved?.Class;
        if (serverText is null || className is null)
        {
            throw new ClassException(ClassProblem.BadInput,
                "which class? Give --server URL and --name CLASS, or set the class up first with: quiztui class init --server URL --name CLASS");
        }
        return (ServerAddress.Parse(serverText), ClassNames.For(className));
    }

    /// <summary>Runs a command body; a class fault becomes one line on stderr and its exit code.</summary>
    internal static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ClassException e)
        {
            Console.Error.WriteLine($"quiztui: {e.Message}");
            return e.Problem == ClassProblem.BadInput ? ExitCodes.UsageOrIo : ExitCodes.ClassServerUnavailable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"quiztui: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }
}
