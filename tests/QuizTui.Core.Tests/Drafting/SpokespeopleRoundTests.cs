using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class SpokespeopleRoundTests
{
    [Fact]
    public void A_campaign_s_name_goes_on_through_for()
    {
        const string article = """
            Ferry sailings cut

            Norland Ferries cut two sailings on Monday. The campaign group Taxpayers for Safe Ferries said the cuts were "a disgrace".
            """;

        var quote = Quote(RulesAlone(article), "a disgrace");

        Assert.Equal("Taxpayers for Safe Ferries", quote.Speaker);
    }

    [Fact]
    public void A_body_named_through_for_after_a_title_is_no_place_before_a_name()
    {
        const string article = """
            Ferry sailings cut

            Norland Ferries cut two sailings on Monday. Ivo Marsh, director of Taxpayers for Safe Ferries, said the cuts were "a disgrace".
            """;

        var quote = Quote(RulesAlone(article), "a disgrace");

        Assert.Equal("Ivo Marsh", quote.Speaker);
    }

    [Fact]
    public void Court_officials_speak_for_the_court_the_article_names()
    {
        const string article = """
            Ferry firm fined

            The Kell District Court fined Norland Ferries on Tuesday. "The firm ignored every warning," court officials said.
            """;

        var quote = Quote(RulesAlone(article), "The firm ignored");

        Assert.Equal("Kell District Court", quote.Speaker);
        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
        Assert.Equal(DraftConfidence.OrganisationNoun.Name, quote.Level);
    }

    [Fact]
    public void A_court_spokesman_speaks_for_the_court_printed_with_its_place()
    {
        const string article = """
            Ferry boss jailed

            Tomas Vell was jailed for life on Friday. The Kellish court described the sums as "vast".

            He fled Kell in 2001. "The crimes involve vast sums," a court spokesman told the Kell Courier.
            """;

        var quote = Quote(RulesAlone(article), "The crimes involve");

        Assert.Equal("Kellish court", quote.Speaker);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_judge_stays_a_judge()
    {
        const string article = """
            Ferry firm fined

            The Kell District Court fined Norland Ferries on Tuesday. "The firm ignored every warning," the judge said.
            """;

        var quote = Quote(RulesAlone(article), "The firm ignored");

        Assert.Equal("judge", quote.Speaker);
    }

    [Fact]
    public void A_name_after_with_and_a_speech_participle_speaks_not_the_outlet()
    {
        const string article = """
            Ferry report

            The Kell Courier spoke to two critics of the plan. It quoted harbour campaigner Ana Ruiz, with Ruiz stating: "The plan is clumsy and unsafe."
            """;

        var quote = Quote(RulesAlone(article), "The plan is clumsy");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void The_ministry_is_the_ministry_named_with_of_not_another_public_body()
    {
        const string article = """
            Ferry news

            The Norland Ministry of Transport and Lindenport Police Service met Harbour Ferries Ltd on Monday. "We are sorry for the delay," the ministry said in a statement.
            """;

        var quote = Quote(RulesAlone(article), "We are sorry");

        Assert.Equal("Norland Ministry of Transport", quote.Speaker);
    }

    [Fact]
    public void A_spokesman_for_the_company_speaks_for_the_company_named()
    {
        const string article = """
            Ferry news

            The Norland Ministry of Transport and Lindenport Police Service met Harbour Ferries Ltd on Monday. "We are sorry for the delay," a spokesman for the company said.
            """;

        var quote = Quote(RulesAlone(article), "We are sorry");

        Assert.Equal("Harbour Ferries", quote.Speaker);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_name_through_for_goes_on_through_one_of()
    {
        const string article = """
            Salt study

            The Kell Centre for Control of Salt Disorders said the study was "a warning".
            """;

        var quote = Quote(RulesAlone(article), "a warning");

        Assert.Equal("Kell Centre for Control of Salt Disorders", quote.Speaker);
    }
}
