using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.Core.Tests.Loading;

public class ValidContentTests
{
    private static NewsEvent LoadBase()
    {
        var result = ContentLoader.LoadDirectories([FixturePaths.Valid("base")]);
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Library.Events);
    }

    [Fact]
    public void Given_the_base_pack_When_loaded_Then_there_are_no_diagnostics_and_one_event()
    {
        var ev = LoadBase();
        Assert.Equal("sample-event", ev.Id);
        Assert.Equal(new DateOnly(2020, 9, 24), ev.Period.Start);
        Assert.Equal(new DateOnly(2020, 9, 25), ev.Period.End);
        Assert.Equal(4, ev.People.Count);
        Assert.Equal(2, ev.Articles.Count);
        Assert.Equal(2, ev.Quizzes.Count);
    }
}
