using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class DocumentWordsLabelTests
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

    [Theory]
    [InlineData("The \"History\" section of the club's website explains that the pier was built by volunteers.", "History")]
    [InlineData("Visitors to the trust's \"Contact\" page are told to write to Ana Ruiz.", "Contact")]
    public void One_quoted_word_before_a_part_of_a_document_is_a_heading(string sentence, string heading)
    {
        var article = $"""
            Pier club online

            {sentence} The club was founded in Lindenport in 1921.
            """;

        Assert.Equal(QuotationKind.Label, Quote(RulesAlone(article), heading).Kind);
    }

    [Fact]
    public void One_quoted_word_before_another_noun_is_left_to_the_other_rules()
    {
        const string article = """
            Pier club online

            Tom Vale said the club's plans were "Ambitious" plans he could not support.
            """;

        Assert.Equal(QuotationKind.Speech, Quote(RulesAlone(article), "Ambitious").Kind);
    }
}
