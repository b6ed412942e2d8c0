using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class DescriptionBeforeNameWordsTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_party_whip_before_the_name_is_a_title()
    {
        const string article = """
            "The levy will not pass this week," said Assembly Minority Whip Tova Brenn in an interview.
            """;

        Assert.Equal("Tova Brenn", Quotation(article, "The levy will not").Speaker);
    }

    [Fact]
    public void A_capitalised_word_opening_the_sentence_is_no_first_name()
    {
        const string article = """
            Maybe Lune will change his mind. Six Lune supporters left the hall early.

            "We are staying in this race," Lune said.
            """;

        Assert.Equal("Lune", Quotation(article, "We are staying").Speaker);
    }

    [Fact]
    public void A_plural_title_before_two_names_is_not_part_of_the_first()
    {
        const string article = """
            Senators Tova Brenn and Ivo Lune met the board on Monday.

            "It is time to stop attacking each other," Brenn said.
            """;

        Assert.Equal("Tova Brenn", Quotation(article, "It is time").Speaker);
    }

    [Fact]
    public void Billionaire_before_a_name_is_a_description()
    {
        const string article = """
            Billionaire Ivo Lune attacked the board on Monday.

            "I'm very disappointed in the board," Lune said.
            """;

        Assert.Equal("Ivo Lune", Quotation(article, "I'm very disappointed").Speaker);
    }
}
