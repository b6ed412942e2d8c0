using QuizTui.App.Cli;

return QuizTuiCommand.Build().Parse(args).Invoke();
