using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class BracketedLabelTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_party_label_in_brackets_after_the_quotation_leaves_the_name_as_subject()
    {
        const string article = """
            "It shows how important this vote is," Sen. Ivo Lune (R-Fla.) said Saturday night at the debate.
            """;

        Assert.Equal("Ivo Lune", Quotation(article, "It shows how").Speaker);
    }

    [Fact]
    public void A_spelled_out_state_in_brackets_is_no_speaker()
    {
        const string article = """
            "His comments are not helping," Sen. Mara Quell (R-West Vale) told reporters on Tuesday.
            """;

        Assert.Equal("Mara Quell", Quotation(article, "His comments").Speaker);
    }

    [Fact]
    public void A_long_appositive_after_the_quotation_still_reaches_the_verb()
    {
        const string article = """
            "This represents real wage growth," Mara Quell, an economic adviser to the harbour board and former director of the nonpartisan Vale Budget Office, wrote after the report was released.
            """;

        Assert.Equal("Mara Quell", Quotation(article, "This represents").Speaker);
    }
}
