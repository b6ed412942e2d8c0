using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class AttributionAfterTrailingWordsTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    // ---- the reporter's words go on after the quotation, then ", said NAME" ----

    [Fact]
    public void Words_after_a_quotation_then_a_comma_and_said_give_the_name_after_the_verb()
    {
        const string article = """
            Turnout in Dunmore fell for the third year running.

            Voters "stayed home in numbers we have not seen" in the spring ballot, said Orla Fenwick, a historian at Easton College.
            """;

        var draft = Speech(article, "stayed home");

        Assert.Equal("Orla Fenwick", draft.Speaker);
        Assert.Equal("said", draft.Attribution);
    }

    [Fact]
    public void A_clause_after_a_quotation_then_says_and_a_description_with_the_name()
    {
        const string article = """
            The port has lost two ferries since the storm.

            "Nobody wants to sail in winter," since the crossings were cut, says harbour master Ines Calloway.
            """;

        Assert.Equal("Ines Calloway", Speech(article, "Nobody wants").Speaker);
    }

    [Fact]
    public void A_speech_verb_in_the_trailing_words_is_not_passed_over()
    {
        const string article = """
            Tomas Brell spoke to the council on Monday.

            "The lane stays open," he told members, said the clerk of the council, Ada Quint.
            """;

        Assert.NotEqual("Ada Quint", Speech(article, "The lane stays").Speaker);
    }
}
