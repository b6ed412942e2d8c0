using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Rules chosen on tune6's errors (docs/quotation-drafting.md, "tune6 round"). Every article here is
// invented for these tests: fictional towns, people and events.
public class SixthTuningRoundTests
{
    [Theory]
    [InlineData("Datuk")]
    [InlineData("Dato'")]
    [InlineData("Alhaji")]
    [InlineData("Shri")]
    public void An_honorific_of_another_country_is_not_part_of_the_name(string honorific)
    {
        var article = $"""
            Harbour commander {honorific} Razak Amin Tahir said boats had been stopped off Pulau Kelam.

            “Two of them turned back,” Razak Tahir said. “The rest were escorted to port.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Razak Amin Tahir", d.Speaker));
    }

    [Fact]
    public void A_surname_of_two_words_joined_by_a_hyphen_is_the_full_name()
    {
        const string article = """
            A statement signed by Mr Kwame Asante Boateng, the minister, praised the broadcasters.

            Mr Asante-Boateng said, “You have shown the country at its best.”

            “We hope to see more of it,” he added.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Kwame Asante Boateng", d.Speaker));
    }

    [Fact]
    public void A_hyphened_surname_printed_first_joins_the_full_name_printed_later()
    {
        const string article = """
            “The roads will be finished by June,” Mrs Mensah-Owusu told reporters.

            Mrs Abena Mensah Owusu, the district chief, spoke at the opening of the Kato bridge.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Abena Mensah Owusu", draft.Speaker);
    }
}
