using System.CommandLine;
using QuizTui.Class;
using QuizTui.Core.Formats;
using QuizTui.Storage;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui join</c>, <c>leave</c> and <c>sync</c>: a student's side of a class.</summary>
internal static class JoinCommands
{
    public static IEnumerable<Command> Create() => [Join(), Leave(), Sync()];

    private static Command Join()
    {
        var file = new Argument<string>("FILE") { Description = $"The join file your instructor gave you (NAME{ClassJoinFile.Extension})." };
        var command = new Command("join", """
            Join a class with the join file your instructor gave you. The class settings are kept in
            $XDG_CONFIG_HOME/quiztui/ (default ~/.config/quiztui/), readable by you only. From then on
            your answers (of the learner named by --profile, default your login name) are still saved
            on this computer first, and sent to the class server in the background; the class's packs
            show in the app beside the bundled one. Without the server (offline, down) everything
            works as before and waits to be sent. Joining another class replaces the first.

            Examples:
              quiztui join ann.quiztui-class
              quiztui join ~/Downloads/ann.quiztui-class --profile ann

            The class is joined (exit status 0) also when the server cannot be reached now: answers
            wait on this computer until it can.
            """ + ExitCodes.Help(ExitCodes.UsageOrIo, ExitCodes.ClassServerUnavailable))
        {
            file,
        };
        command.SetAction(parse => ClassCommand.Run(() =>
        {
            var join = ClassSettings.Read(parse.GetValue(file)!);
            var settings = StorageSettings.Resolve(parse.GetValue(GlobalOptions.Database), parse.GetValue(GlobalOptions.Profile));
            var names = ClassNames.For(join.Class);
            string? problem = null;
            using (var server = ClassServer.Create(ClassSettings.Connection(join), names, TimeSpan.FromSeconds(5)))
            {
                try
                {
                    server.Check();
                }
                catch (ClassException e) when (e.Problem == ClassProblem.Unreachable)
                {
                    problem = e.Message;
                }
                using var store = ScoreDatabase.Open(settings.DatabasePath);
                ClassSettings.Save(join with { Profile = settings.Profile });
                store.QueueForClass(settings.Profile, DateTimeOffset.Now);
                Console.WriteLine(problem is null
                    ? $"Joined {names.Name} as {join.Student} on {Describe(join)}: the server answered; answers of {settings.Profile} from now on are sent there."
                    : $"Joined {names.Name} as {join.Student}, but {problem}; answers of {settings.Profile} wait on this computer and are sent when it can be reached.");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Leave()
    {
        var command = new Command("leave", """
            Leave the class joined on this computer: answers still waiting are sent first if the
            server can be reached, then the class settings and its cached packs are removed and
            answers are no longer sent. Every answer stays in your scores on this computer.

            Examples:
              quiztui leave
            """ + ExitCodes.Help(ExitCodes.UsageOrIo));
        command.SetAction(parse => ClassCommand.Run(() =>
        {
            var join = ClassSettings.Load();
            if (join is null)
            {
                Console.WriteLine("No class is joined on this computer; nothing to do.");
                return ExitCodes.Ok;
            }
            var storage = StorageSettings.Resolve(parse.GetValue(GlobalOptions.Database), join.Profile ?? parse.GetValue(GlobalOptions.Profile));
            int dropped = 0;
            if (File.Exists(storage.DatabasePath))
            {
                using var store = ScoreDatabase.Open(storage.DatabasePath);
                using var server = ClassServer.Create(ClassSettings.Connection(join), ClassNames.For(join.Class), TimeSpan.FromSeconds(5));
                try
                {
                    OutboxSender.SendAsync(store, server).GetAwaiter().GetResult();
                }
                catch (ClassException e)
                {
                    Console.Error.WriteLine($"quiztui: {e.Message}");
                }
                dropped = store.StopQueueing(storage.Profile);
            }
            ClassSettings.Remove();
            string cache = PackCache.DefaultFolder(join.Class);
            if (Directory.Exists(cache))
                Directory.Delete(Path.GetDirectoryName(cache)!, recursive: true);
            Console.WriteLine(dropped == 0
                ? $"Left {join.Class}: nothing was waiting to be sent. Your scores stay on this computer."
                : $"Left {join.Class}: {dropped} answer(s) could not be sent and will not be; they stay in your scores on this computer.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Sync()
    {
        var status = new Option<bool>("--status") { Description = "Only say what waits to be sent and whether the server answers; send nothing." };
        var command = new Command("sync", """
            Send the answers waiting for the class server now, without the full-screen app (the app
            sends them in the background by itself). With --status, say how many wait and whether the
            server can be reached, and send nothing.

            Examples:
              quiztui sync
              quiztui sync --status

            Exit status 0 means everything was sent (with --status: the server answered); with 3,
            what waits stays waiting.
            """ + ExitCodes.Help(ExitCodes.UsageOrIo, ExitCodes.ClassServerUnavailable))
        {
            status,
        };
        command.SetAction(parse => ClassCommand.Run(() =>
        {
            var join = ClassSettings.Load() ?? throw new ClassException(ClassProblem.BadInput, "no class is joined on this computer; join one with: quiztui join FILE");
            var storage = StorageSettings.Resolve(parse.GetValue(GlobalOptions.Database), join.Profile ?? parse.GetValue(GlobalOptions.Profile));
            using var store = ScoreDatabase.Open(storage.DatabasePath);
            using var server = ClassServer.Create(ClassSettings.Connection(join), ClassNames.For(join.Class), TimeSpan.FromSeconds(10));
            int waiting = store.OutboxCount();
            if (parse.GetValue(status))
            {
                server.Check();
                Console.WriteLine($"{Waiting(waiting)} to be sent to {join.Class} on {Describe(join)}; the server answers.");
                return ExitCodes.Ok;
            }
            var result = OutboxSender.SendAsync(store, server).GetAwaiter().GetResult();
            if (result.Sent == 0)
                server.Check();
            Console.WriteLine($"Sent {result.Sent} to {join.Class} on {Describe(join)}; {Waiting(result.Waiting)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>"3 waiting": answers and finished quizzes not yet on the server.</summary>
    private static string Waiting(int n) => $"{n} waiting";

    private static string Describe(ClassJoinFile join)
    {
        try
        {
            var settings = ServerAddress.Parse(join.Server);
            return ServerAddress.Describe(settings);
        }
        catch (ClassException)
        {
            return "its server";
        }
    }
}
