// Usage:
//   record DB PROFILE COUNT   start a run of the sample quiz, answer COUNT questions, print "ready", wait to be killed
//   hammer DB PROFILE COUNT   start a run, record COUNT answers as fast as possible, finish the run, exit
//   fill DB PROFILE COUNT     record up to COUNT answers; on the first store fault print "Problem: message" and exit 3
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;
using QuizTui.Storage;
using QuizTui.Storage.Tests;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: record|hammer|fill DB PROFILE COUNT");
    return 2;
}
string mode = args[0], db = args[1], profile = args[2];
int count = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
try
{
    using var store = ScoreDatabase.Open(db, new ScoreDatabaseOptions { BusyTimeout = TimeSpan.FromSeconds(30) });
    var newsEvent = SampleEvent.Build(mode == "fill" ? 6 : Math.Max(count, 6));
    var quiz = newsEvent.FindQuiz(SampleEvent.QuizId)!;
    var session = QuizSessionBuilder.Start(newsEvent, quiz, seed: 1234, DateTimeOffset.Now);
    var attempt = Runs.Start(store, profile, session);
    if (mode == "fill")
    {
        try
        {
            for (int i = 0; i < count; i++)
            {
                store.RecordAnswer(new AnswerRecord(attempt.Id, profile, attempt.EventId, attempt.QuizId, "q" + i, "single-choice", Skill.Detail,
                    "choice:0", "right", 1, Verdict.Right, TimeSpan.FromSeconds(1), DateTimeOffset.Now));
            }
        }
        catch (ScoreStoreException e)
        {
            Console.WriteLine($"{e.Problem}: {e.Message}");
            return 3;
        }
        Console.WriteLine($"{count} answers fitted");
        return 0;
    }
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
