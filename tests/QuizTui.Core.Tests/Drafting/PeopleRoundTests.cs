using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class PeopleRoundTests
{
    [Fact]
    public void Initials_printed_together_are_part_of_the_name_after_said()
    {
        const string article = """
            Lindenport pier holds

            "The pier is safe," said J.M. Vell, an engineer who studies ports.
            """;

        var quote = Quote(RulesAlone(article), "The pier is safe");

        Assert.Equal("J.M. Vell", quote.Speaker);
        Assert.Equal("named-in-sentence", quote.Level);
    }

    [Fact]
    public void Initials_printed_together_open_a_name_that_opens_its_sentence()
    {
        const string article = """
            Lindenport pier holds

            J.M. Vell, an engineer, said: "The pier is safe."
            """;

        var quote = Quote(RulesAlone(article), "The pier is safe");

        Assert.Equal("J.M. Vell", quote.Speaker);
    }

    [Fact]
    public void A_surname_after_a_name_with_joined_initials_is_that_person()
    {
        const string article = """
            Lindenport pier holds

            "The pier is safe," says J.J. Marsh, an expert on ports. Marsh says "the rest is rust."
            """;

        var quote = Quote(RulesAlone(article), "the rest is rust");

        Assert.Equal("J.J. Marsh", quote.Speaker);
        Assert.Equal("surname-in-sentence", quote.Level);
    }

    [Fact]
    public void A_place_abbreviation_before_a_title_is_not_taken_for_initials()
    {
        const string article = """
            Lindenport pier holds

            "The pier is safe," said U.S. Senator Ana Ruiz.
            """;

        var quote = Quote(RulesAlone(article), "The pier is safe");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void Two_roles_joined_by_and_before_a_name_are_that_one_person()
    {
        const string article = """
            Lindenport pier study

            "The pier will stand another century," said co-author and fellow Ana Ruiz.
            """;

        var quote = Quote(RulesAlone(article), "The pier will stand");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("named-in-sentence", quote.Level);
    }

    [Fact]
    public void A_role_and_a_described_role_before_a_name_are_that_one_person()
    {
        const string article = """
            Kell rowers win

            "The team rowed with heart," said coach and former rower Tomas Vell.
            """;

        var quote = Quote(RulesAlone(article), "The team rowed");

        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void A_second_role_with_its_own_determiner_is_not_read_as_the_name_of_the_first()
    {
        const string article = """
            Kell rowers win

            "The team rowed with heart," said the coach and the captain.
            """;

        var quote = Quote(RulesAlone(article), "The team rowed");

        Assert.Equal("coach", quote.Speaker);
    }

    [Fact]
    public void Words_that_address_the_previous_speaker_by_name_go_to_the_other_side_of_the_exchange()
    {
        const string article = """
            Lindenport court hears fraud case

            Judge Nora Pike asked why the accounts had been sealed.

            "Who sealed them?" Pike asked.

            Defence lawyer Tomas Vell said his client had followed advice.

            "We acted on the auditors' word," Vell said.

            "Which word? Vell, do you know what the auditors wrote?"

            "They wrote nothing of the kind."
            """;

        var drafts = RulesAlone(article);
        var addressed = Quote(drafts, "Which word?");
        var next = Quote(drafts, "They wrote nothing");

        Assert.Equal("Nora Pike", addressed.Speaker);
        Assert.Equal("addresses-speaker", addressed.Level);
        Assert.Equal("Nora Pike", next.Speaker);
    }

    [Fact]
    public void A_surname_inside_the_words_that_addresses_no_one_leaves_the_speaker()
    {
        const string article = """
            Lindenport court hears fraud case

            Judge Nora Pike asked why the accounts had been sealed.

            "Who sealed them?" Pike asked.

            Defence lawyer Tomas Vell said his client had followed advice.

            "We acted on the auditors' word," Vell said.

            "The firm of Vell and Marsh never saw the accounts."
            """;

        var quote = Quote(RulesAlone(article), "The firm of Vell");

        Assert.Equal("Tomas Vell", quote.Speaker);
    }
}
