using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class UnregisteredNameTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_given_name_spelt_like_a_rank_after_a_role_noun_is_part_of_the_name()
    {
        const string article = """
            Ferry fares

            "The fares are too high for the people who use the boats every day," investor Gen Tanaka said at the meeting.
            """;

        Assert.Equal("Gen Tanaka", Speech(article, "The fares are").Speaker);
    }

    [Fact]
    public void A_rank_with_no_role_noun_before_it_stays_a_title()
    {
        const string article = """
            Bridge works

            "The bridge will hold through the winter," said Gen Ivo Marsh.
            """;

        Assert.Equal("Ivo Marsh", Speech(article, "The bridge will").Speaker);
    }

    [Fact]
    public void A_rank_after_a_rank_word_stays_a_title()
    {
        const string article = """
            Bridge works

            "The bridge will hold through the winter," army chief Gen Ivo Marsh said.
            """;

        Assert.Equal("Ivo Marsh", Speech(article, "The bridge will").Speaker);
    }

    [Fact]
    public void A_surname_speaks_for_the_name_printed_with_a_generational_suffix()
    {
        const string article = """
            Ferry vote

            The seat was won in 2010 by Tomas R. Verde Jr. after a long count.

            Representative Verde said on Monday that "the fares will not rise this year."
            """;

        Assert.Equal("Tomas R. Verde Jr.", Speech(article, "the fares will").Speaker);
    }
}
