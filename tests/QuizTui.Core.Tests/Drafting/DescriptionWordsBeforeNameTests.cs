using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class DescriptionWordsBeforeNameTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_capitalised_description_before_a_name_printed_elsewhere_is_not_part_of_the_name()
    {
        const string article = """
            Ilse Varga opened the glass works on the quay in 1998.

            Glassblower Ilse Varga said, "The furnace has not gone out in twenty years."

            Varga now trains six apprentices.
            """;

        Assert.Equal("Ilse Varga", Speech(article, "The furnace").Speaker);
    }

    [Fact]
    public void A_description_of_several_words_before_a_name_printed_later_is_dropped()
    {
        const string article = """
            "We will not vote for the harbour levy," Assembly Deputy Whip Corin Vale told reporters.

            The levy passed anyway, and Corin Vale left the chamber early. Vale did not return.
            """;

        Assert.Equal("Corin Vale", Speech(article, "We will not vote").Speaker);
    }

    [Fact]
    public void Three_part_names_are_kept_when_no_shorter_form_is_printed()
    {
        const string article = """
            "The orchard needs rain," said Maren Oak Tellis, who farms near Dunmore.
            """;

        Assert.Equal("Maren Oak Tellis", Speech(article, "The orchard").Speaker);
    }

    [Fact]
    public void A_first_name_before_a_surname_of_two_words_is_kept()
    {
        const string article = """
            "Our stall has sold pears for forty years," said Teodora Ruiz Alban, who runs the market.

            Ruiz Alban took over from her mother in 1990.
            """;

        Assert.Equal("Teodora Ruiz Alban", Speech(article, "Our stall").Speaker);
    }
}
