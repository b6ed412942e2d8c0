using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class MiddleInitialTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_middle_initial_A_is_part_of_the_full_name()
    {
        const string article = """
            The fund's founder, Ivo A. Lune, first began to buy shares in the ferry company in 2015.

            "We made a big mistake," Mr. Lune said.
            """;

        Assert.Equal("Ivo A. Lune", Quotation(article, "We made a big").Speaker);
    }

    [Fact]
    public void A_middle_initial_I_is_part_of_the_full_name()
    {
        const string article = """
            The shares were bought by Mara I. Quell in 2015.

            "It was the right price," Ms. Quell said.
            """;

        Assert.Equal("Mara I. Quell", Quotation(article, "It was the right").Speaker);
    }
}
