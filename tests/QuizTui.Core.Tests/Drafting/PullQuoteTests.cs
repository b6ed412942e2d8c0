using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class PullQuoteTests
{
    [Theory]
    [InlineData("-")]
    [InlineData("—")]
    public void A_quotation_printed_as_its_own_paragraph_goes_to_the_name_after_the_dash(string dash)
    {
        var article = $"""
            Lindenport counts the cost

            The storm flooded the harbour district of Lindenport on Sunday night.

            "We will rebuild, street by street." {dash} Ana Ruiz

            Tom Vale, who runs a bakery near the quay, said the water reached his counter.
            """;

        var quote = Quote(RulesAlone(article), "We will rebuild");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal(DraftConfidence.PullQuote.Name, quote.Level);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_dash_and_a_name_after_a_closed_sentence_inside_a_paragraph_attribute_nothing_new()
    {
        const string article = """
            Lindenport counts the cost

            The storm flooded the harbour district on Sunday. Tom Vale said, "The water came in fast." - and the pumps failed within the hour, Ana Ruiz of the port authority added later.
            """;

        Assert.NotEqual(DraftConfidence.PullQuote.Name, Quote(RulesAlone(article), "The water came in fast").Level);
    }
}
