using System.Text;
using QuizTui.App.Tests.Support;

namespace QuizTui.App.Tests.EndToEnd;

/// <summary>
/// A score database that cannot be read is only ever set aside when the app goes on to show Home,
/// where the learner is told where it went; on every way out before that it stays as it was.
/// </summary>
public sealed class DamagedDatabaseInTmuxTests
{
    private static readonly byte[] NotADatabase =
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("These lines are not an SQLite database.\n", 300)));

    [Fact]
    public void When_a_given_pack_has_errors_the_app_still_shows_home_and_says_where_the_damaged_database_went()
    {
        using var tmux = new Tmux();
        File.WriteAllBytes(tmux.Database, NotADatabase);
        string pack = Path.Combine(tmux.Home, "broken-pack");
        Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "event.yaml"), "id: broken-pack\ntitle: Broken\n");

        tmux.Start(100, 30, "--content", pack);
        string screen = tmux.WaitFor("Please note", "scores.db.corrupt-");

        string aside = Assert.Single(Directory.GetFiles(tmux.Home, "scores.db.corrupt-*"));
        Assert.Equal(NotADatabase, File.ReadAllBytes(aside));
        Assert.Contains(Path.GetFileName(aside), screen, StringComparison.Ordinal);
        tmux.Keys("C-q");
        tmux.WaitFor("[exit 0]");
    }

    [Fact]
    public void When_the_app_shows_home_a_damaged_database_is_kept_aside_and_home_says_where()
    {
        using var tmux = new Tmux();
        File.WriteAllBytes(tmux.Database, NotADatabase);

        tmux.Start(100, 30);
        string screen = tmux.WaitFor("Please note", "scores.db.corrupt-", "Nothing was deleted");

        string aside = Assert.Single(Directory.GetFiles(tmux.Home, "scores.db.corrupt-*"));
        Assert.Equal(NotADatabase, File.ReadAllBytes(aside));
        Assert.Contains(Path.GetFileName(aside), screen, StringComparison.Ordinal);
        tmux.Keys("C-q");
        tmux.WaitFor("[exit 0]");
    }
}
