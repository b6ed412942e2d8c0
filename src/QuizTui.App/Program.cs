using System.CommandLine;
using System.CommandLine.Help;
using QuizTui.App.Cli;

var parse = QuizTuiCommand.Build().Parse(args);
// Usage errors (an unknown option, a missing argument) exit with 2, as command-line tools do,
// after a short explanation rather than the whole help text.
if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
    return UsageErrors.Report(parse, Console.Error);
if (parse.Action is HelpAction)
    CommandHelp.ListSubcommandsBriefly(parse.CommandResult.Command);
// The text commands' output is guarded so a full disk is reported as such; the full-screen app
// (no command, or preview) draws through its terminal driver.
if (parse.CommandResult.Command is not RootCommand && parse.CommandResult.Command.Name != PreviewCommand.Name)
    Console.SetOut(new GuardedOutput(Console.Out));
return await UnexpectedErrors.InvokeAsync(parse);
