// A student's client, started and killed by the class tests.
// Usage: send DB PROFILE SERVER LOGIN PASSWORD CLASS
//   sends the outbox of DB to the class server one batch at a time, printing "sent N" after each
//   batch is acknowledged, until the outbox is empty; then prints "done".
using Npgsql;
using QuizTui.Class;
using QuizTui.Storage;

if (args.Length != 7 || args[0] != "send")
{
    Console.Error.WriteLine("usage: send DB PROFILE SERVER LOGIN PASSWORD CLASS");
    return 2;
}
try
{
    using var store = ScoreDatabase.Open(args[1]);
    var settings = new NpgsqlConnectionStringBuilder(args[3]) { Username = args[4], Password = args[5] };
    await using var server = ClassServer.Create(settings, ClassNames.For(args[6]));
    int total = 0;
    while (true)
    {
        var result = await OutboxSender.SendAsync(store, server, maxBatches: 1);
        total += result.Sent;
        Console.WriteLine($"sent {total}");
        if (result.Waiting == 0)
            break;
    }
    Console.WriteLine("done");
    return 0;
}
catch (ClassException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
