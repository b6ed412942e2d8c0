using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class CutOffDescriptionTests
{
    [Fact]
    public void A_source_close_to_someone_keeps_the_phrase_that_says_to_whom()
    {
        const string article = """
            Kell harbour plan stalls

            The harbour plan has stalled for a third month, Mayor Ana Ruiz said on Monday.

            "The plan is dead in the water," said a source close to the mayor.

            "Nobody has read the report," said a person familiar with the talks.
            """;

        var drafts = RulesAlone(article);

        var source = Quote(drafts, "The plan is dead");
        Assert.Equal("source close to the mayor", source.Speaker);
        Assert.Equal(SpeakerKind.Role, source.SpeakerKind);
        Assert.Equal("person familiar with the talks", Quote(drafts, "Nobody has read").Speaker);
    }

    [Fact]
    public void An_adjective_needing_a_phrase_with_none_after_it_is_left_as_it_is()
    {
        const string article = """
            Kell harbour plan stalls

            "The plan is dead in the water," said one councillor who is close.
            """;

        var drafts = RulesAlone(article);

        Assert.DoesNotContain(" to ", Quote(drafts, "The plan is dead").Speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_cut_off_after_a_function_word_is_no_speaker()
    {
        const string article = """
            Kell harbour plan stalls

            Last month, Mayor Ana Ruiz paid a visit to the old quay in Dunmore, Westmark and explained why the fishermen were going to "love" the plan.
            """;

        var drafts = RulesAlone(article);

        Assert.Null(Quote(drafts, "love").Speaker);
    }

    [Fact]
    public void A_surname_spelt_like_a_function_word_is_still_a_name()
    {
        const string article = """
            Kell rowing club turns fifty

            "We won more races than any club in the county," said Tam From, who founded the club.
            """;

        Assert.Equal("Tam From", Quote(QuotationDrafter.Extract(article), "We won more").Speaker);
    }
}
