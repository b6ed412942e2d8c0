using QuizTui.App.Cli;

var parse = QuizTuiCommand.Build().Parse(args);
int code = parse.Invoke();
// Usage errors (an unknown option, a missing argument) exit with 2, as command-line tools do.
return parse.Errors.Count > 0 ? 2 : code;
