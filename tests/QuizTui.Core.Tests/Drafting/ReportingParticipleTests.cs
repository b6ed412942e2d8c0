using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class ReportingParticipleTests
{
    [Fact]
    public void A_quotation_paragraph_after_a_sentence_reporting_speech_through_a_participle_goes_to_its_subject()
    {
        const string article = """
            Port Alder council rejects harbour plan

            Deputy Mayor Ada Fenn also questioned the plan, saying the issue was one of trust.

            "What the plan shows today is poor judgement."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ada Fenn", draft.Speaker);
    }

    [Fact]
    public void A_participle_with_no_comma_before_it_reports_nothing()
    {
        const string article = """
            Port Alder council rejects harbour plan

            Deputy Mayor Ada Fenn left the meeting saying nothing.

            "What the plan shows today is poor judgement."
            """;

        var draft = Assert.Single(QuotationDrafter.Draft(article, new DraftOptions { RankUnattributed = false }).Quotations);

        Assert.Null(draft.Speaker);
        // Drafted as shipped, the person named just before is offered only as a suggestion.
        Assert.True(Assert.Single(QuotationDrafter.Extract(article)).SpeakerGuessed);
    }
}
