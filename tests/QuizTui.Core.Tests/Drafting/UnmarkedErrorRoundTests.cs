using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class UnmarkedErrorRoundTests
{
    [Fact]
    public void A_description_of_the_body_in_an_appositive_leaves_the_name_before_it_speaking()
    {
        const string article = """
            Kell harbour fund grows

            Ana Ruiz, director of the Kell Harbour Fund, a charity for fishing families, said the fund "has never been so full."
            """;

        var quote = Quote(RulesAlone(article), "has never been so full");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("named-in-sentence", quote.Level);
    }

    [Fact]
    public void A_description_with_its_own_clause_after_an_appositive_leaves_the_name_speaking()
    {
        const string article = """
            Lindenport vote draws near

            Tomas Vell, a pollster who works with Lindenport Forward, an action group for the port, said voters were "tired of waiting."
            """;

        var quote = Quote(RulesAlone(article), "tired of waiting");

        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void The_name_of_the_paper_an_appositive_ends_in_is_not_the_speaker()
    {
        const string article = """
            Kell paper turns one hundred

            Lena Marsh, the editor of the town's weekly newspaper, Kell Courier, said the paper "was never for sale."
            """;

        var quote = Quote(RulesAlone(article), "was never for sale");

        Assert.Equal("Lena Marsh", quote.Speaker);
    }

    [Fact]
    public void A_name_after_a_role_ending_its_appositive_still_speaks()
    {
        const string article = """
            Lindenport port reopens

            In Lindenport, the port's director, Ana Ruiz, said the quay was "ready for the boats."
            """;

        var quote = Quote(RulesAlone(article), "ready for the boats");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }
}
