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

    [Fact]
    public void The_first_word_of_a_three_word_name_used_alone_is_the_person()
    {
        const string article = """
            Vaila coach Tuilagi Sione Fatu says his team can do better after a 12-12 draw with Tonga.

            Coach Tuilagi praised the new players. “They did their best,” he said.

            “We need to work on our lineout,” Tuilagi said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Tuilagi Sione Fatu", d.Speaker));
    }

    [Fact]
    public void A_first_word_is_not_the_person_when_the_surname_is_used_alone_too()
    {
        const string article = """
            Coach Mary Ellen Dodd says her team can do better.

            “We need to work on our lineout,” Dodd said. “Mary will be back next week,” she added.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.All(drafts, d => Assert.Equal("Mary Ellen Dodd", d.Speaker));
        Assert.DoesNotContain(QuotationDrafter.Extract(article), d => d.Speaker == "Mary");
    }

    [Fact]
    public void A_controller_named_with_the_job_is_the_subject_a_pronoun_goes_back_to()
    {
        const string article = """
            Tributes have been paid to trumpeter Hal Lyle, 86, who died yesterday.

            Mr Lyle was admitted to hospital this week.

            Radio 4 controller Mark Dane last night described Lyle as "a modest man".

            He said: "Hal Lyle was a towering figure."
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Mark Dane", d.Speaker));
    }
}
