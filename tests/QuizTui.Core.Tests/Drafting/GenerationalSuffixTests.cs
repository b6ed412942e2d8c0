using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class GenerationalSuffixTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_junior_is_named_with_the_full_stop_of_his_suffix()
    {
        const string article = """
            "The bridge opens in May," said Mayor Tomas R. Verde Jr. at the depot on Tuesday.
            """;

        Assert.Equal("Tomas R. Verde Jr.", Speech(article, "The bridge opens").Speaker);
    }

    [Fact]
    public void A_senior_named_before_the_quotation_keeps_his_suffix()
    {
        const string article = """
            Harlan Oduya Sr. told the meeting, "The mill fed this valley for a century."
            """;

        Assert.Equal("Harlan Oduya Sr.", Speech(article, "The mill fed").Speaker);
    }
}
