using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class ColonLabelTests
{
    [Fact]
    public void A_scare_quote_after_reports_and_a_colon_in_a_headline_is_a_label()
    {
        const string article = """
            Reports: 'simpler' ferry pass to replace paper tickets in Lindenport

            The harbour board will replace paper tickets with a card next spring, Ana Ruiz, its chair, said on Monday.
            """;

        Assert.Equal(QuotationKind.Label, Quote(RulesAlone(article), "simpler").Kind);
    }

    [Fact]
    public void Words_an_outlet_quotes_from_a_form_after_a_colon_are_a_label()
    {
        const string article = """
            Ferry form criticised

            The new ferry form runs to twelve pages. The Lindenport Courier printed one of its questions in full: "Have you ever travelled on a vessel not registered in Norland or in any of its harbour districts?"
            """;

        Assert.Equal(QuotationKind.Label, Quote(RulesAlone(article), "Have you ever travelled").Kind);
    }

    [Fact]
    public void A_named_person_before_a_colon_still_speaks()
    {
        const string article = """
            Ferry form criticised

            The new ferry form runs to twelve pages. Tom Vale, who chairs the passengers' group, disagreed: "Nobody can answer this in twenty days, not even a lawyer."
            """;

        var quote = Quote(RulesAlone(article), "Nobody can answer");
        Assert.Equal(QuotationKind.Speech, quote.Kind);
        Assert.Equal("Tom Vale", quote.Speaker);
    }
}
