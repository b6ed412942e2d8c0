using Microsoft.Data.Sqlite;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>Another program holds the score database's write lock during a quiz, then lets go.</summary>
public sealed class LockedDatabaseInTmuxTests
{
    [Fact]
    public void Answers_given_while_another_program_holds_the_database_are_kept_and_arrive_when_it_lets_go()
    {
        using var tmux = new Tmux();
        tmux.Start(80, 24, "--seed", "1");
        tmux.WaitFor("Hootsuite and the ICE contract", "Enter open");
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("7");
        tmux.WaitFor("Who said this?", "Question 1 of 10");

        using var other = new SqliteConnection($"Data Source={tmux.Database};Pooling=False");
        other.Open();
        var hold = other.BeginTransaction(deferred: false);

        // The app waits out its busy timeout, then goes on and says what happened.
        tmux.Keys("1");
        var screen = tmux.WaitFor("Press Enter to go on.", "1 answer is not saved yet", "in use by another program");
        Assert.DoesNotContain("something went wrong", screen, StringComparison.OrdinalIgnoreCase);
        tmux.Keys("Enter");
        tmux.WaitFor("Question 2 of 10", "1 answer is not saved yet");
        tmux.Keys("1");
        tmux.WaitFor("Press Enter to go on.", "2 answers are not saved yet");
        Assert.Equal(0, AnswersIn(other, hold));

        hold.Rollback();
        hold.Dispose();
        tmux.WaitUntil(s => s.Contains("Press Enter to go on.", StringComparison.Ordinal) && !s.Contains("not saved yet", StringComparison.Ordinal),
            "the notice to go once the answers are saved", TimeSpan.FromSeconds(30));
        Assert.Equal(2, AnswersIn(other));

        tmux.Keys("C-q");
        tmux.WaitFor("Quit QuizTui?");
        tmux.Keys("y");
        var end = tmux.WaitFor("[exit 0]");
        Assert.DoesNotContain("not saved", end, StringComparison.Ordinal);
    }

    [Fact]
    public void Quitting_while_answers_are_still_unsaved_says_how_many_and_why()
    {
        using var tmux = new Tmux();
        // Wide enough for the message on exit to stay on one line.
        tmux.Start(220, 40, "--seed", "1");
        tmux.WaitFor("Hootsuite and the ICE contract", "Enter open");
        tmux.Keys("Enter");
        tmux.WaitFor("Quizzes", "o about");
        tmux.Keys("7");
        tmux.WaitFor("Who said this?", "Question 1 of 10");

        using var other = new SqliteConnection($"Data Source={tmux.Database};Pooling=False");
        other.Open();
        using var hold = other.BeginTransaction(deferred: false);

        tmux.Keys("1");
        tmux.WaitFor("Press Enter to go on.", "1 answer is not saved yet");
        tmux.Keys("C-q");
        tmux.WaitFor("Quit QuizTui?");
        tmux.Keys("y");
        var end = tmux.WaitFor("[exit 0]");

        Assert.Contains("1 answer could not be saved", end, StringComparison.Ordinal);
        Assert.Contains("in use by another program", end, StringComparison.Ordinal);
        Assert.Equal(0, AnswersIn(other, hold));
    }

    private static long AnswersIn(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM answers;";
        return (long)command.ExecuteScalar()!;
    }
}
