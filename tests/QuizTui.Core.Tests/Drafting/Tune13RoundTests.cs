using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class Tune13RoundTests
{
    [Fact]
    public void A_name_followed_by_a_modal_is_a_person_a_pronoun_can_reach()
    {
        const string article = """
            Vell bemoans defeat

            Tomas Vell could not hide his bitter disappointment after Kell lost to Norland.

            “It's probably the toughest interview I've had to do,” he said.
            """;

        Assert.Equal("Tomas Vell", Quote(RulesAlone(article), "It's probably").Speaker);
    }

    [Fact]
    public void A_name_followed_by_might_is_a_person_too()
    {
        const string article = """
            Pike bemoans defeat

            Nora Pike might not hide her bitter disappointment after Kell lost to Norland.

            “We will look at every option,” she said.
            """;

        Assert.Equal("Nora Pike", Quote(RulesAlone(article), "We will look").Speaker);
    }

    [Fact]
    public void A_place_followed_by_a_modal_is_still_no_person()
    {
        const string article = """
            Ferry delays

            Lindenport could lose its night ferry next year.

            “It would hurt the town,” he said.
            """;

        Assert.NotEqual("Lindenport", Quote(RulesAlone(article), "It would hurt").Speaker);
    }

    [Theory]
    [InlineData("smiled")]
    [InlineData("laughed")]
    [InlineData("bemoaned")]
    public void Smiled_laughed_and_bemoaned_after_a_quotation_attribute_it(string verb)
    {
        var article = $"""
            Teachers warned

            Labour minister Nora Pike spoke in Kell on Monday about the planned strike.

            “Nobody can make you lose your job” she {verb}.
            """;

        var quote = Quote(RulesAlone(article), "Nobody can make");

        Assert.Equal("Nora Pike", quote.Speaker);
        Assert.Equal(verb, quote.Attribution);
    }
}
