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
            Vell lost for words

            Tomas Vell could barely speak after Kell lost the final to Norland on penalties.

            “We had the match in our hands and let it go,” he said.
            """;

        Assert.Equal("Tomas Vell", Quote(RulesAlone(article), "We had the match").Speaker);
    }

    [Fact]
    public void A_name_followed_by_might_is_a_person_too()
    {
        const string article = """
            Pike weighs her future

            Nora Pike might stand for the harbour board again next spring.

            “I need a few days with my family first,” she said.
            """;

        Assert.Equal("Nora Pike", Quote(RulesAlone(article), "I need a few days").Speaker);
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
            Ferry yard visit

            Transport minister Nora Pike visited the Kell ferry yard on Monday.

            “The ferries will run on time this winter” she {verb}.
            """;

        var quote = Quote(RulesAlone(article), "The ferries will run");

        Assert.Equal("Nora Pike", quote.Speaker);
        Assert.Equal(verb, quote.Attribution);
    }
}
