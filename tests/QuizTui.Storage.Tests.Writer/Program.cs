// Usage:
//   record DB PROFILE COUNT   start a run of the sample quiz, answer COUNT questions, print "ready", wait to be killed
//   hammer DB PROFILE COUNT   start a run, record COUNT answers as fast as possible, finish the run, exit
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;
using QuizTui.Storage;
using QuizTui.Storage.Tests;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: record|hammer DB PROFILE COUNT");
    return 2;
}
string mode = args[0], db = args[1], profile = args[2];
int count = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
try
{
    using var store = ScoreDatabase.Open(db, new ScoreDatabaseOptions { BusyTimeout = TimeSpan.FromSeconds(30) });
    var newsEvent = SampleEvent.Build(Math.Max(count, 6));
    var quiz = newsEvent.FindQuiz(SampleEvent.QuizId)!;
    var session = QuizSessionBuilder.Start(newsEvent, quiz, seed: 1234, DateTimeOffset.Now);
    var attempt = Runs.Start(store, profile, session);
    for (int i = 0; i < count; i++)
    {
        // Every other answer right: the first choice in content order is the right one.
        var answer = new ChoiceAnswer([i % 2 == 0 ? 0 : 1]);
        Runs.Answer(store, attempt, session, answer, TimeSpan.FromMilliseconds(1500), DateTimeOffset.Now);
        if (mode == "record")
            Console.WriteLine($"recorded {i + 1}");
    }
    if (mode == "record")
    {
        Console.WriteLine("ready");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
    Runs.Finish(store, attempt, session, DateTimeOffset.Now);
    return 0;
}
catch (ScoreStoreException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
