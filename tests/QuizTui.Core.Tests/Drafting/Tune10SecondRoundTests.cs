using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class Tune10SecondRoundTests
{
    [Theory]
    [InlineData("Union")]
    [InlineData("Community")]
    public void A_bodys_words_after_a_title_are_not_part_of_the_surname_after_them(string bodyWord)
    {
        var article = $"""
            Ports talks open

            The talks opened in Kell on Monday. The "aim, in time, is one harbour for the whole coast," explains Secretary General of the Lindenport {bodyWord} Ruiz.

            The first projects will link the two ports. "These are the projects that will last," said Ruiz.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Ruiz", Quote(drafts, "These are the projects").Speaker);
    }

    [Fact]
    public void Three_words_after_a_title_that_end_in_a_bodys_word_are_not_taken_for_a_surname()
    {
        const string article = """
            Pier reopens

            The pier at Kell reopened on Monday. "The pier is safe again," said the Secretary of the Lindenport Harbour Board.
            """;

        Assert.NotEqual("Board", Quote(RulesAlone(article), "The pier is safe").Speaker);
    }

    [Fact]
    public void A_portfolio_after_an_office_and_for_is_not_part_of_the_name_after_it()
    {
        const string article = """
            Navy contract questioned

            Assistant Secretary of the Navy for Shipbuilding Tomas Vell defended the contract, saying, "This was never an open tender."

            Critics in Lindenport said the contract should be reviewed.
            """;

        Assert.Equal("Tomas Vell", Quote(RulesAlone(article), "This was never").Speaker);
    }

    [Fact]
    public void A_line_of_an_exchange_goes_to_the_person_once_the_portfolio_is_left_out()
    {
        const string article = """
            Navy e-mails released

            The Navy released e-mails between two officials on Friday.

            Deputy Undersecretary of the Navy for Shipbuilding Ana Ruiz: "I read the offer twice and I still do not believe it."

            Earlier that year the Navy had promoted Deputy Undersecretary of the Navy for Shipbuilding Ana Ruiz.
            """;

        Assert.Equal("Ana Ruiz", Quote(RulesAlone(article), "I read the offer").Speaker);
    }

    [Fact]
    public void A_capitalised_place_before_the_first_of_two_stacked_roles_still_leaves_the_name_to_speak()
    {
        const string article = """
            Lindenport ready for the test

            The Norland side's reply to the home team's boasts was calm. "It's the same talk as every year", said former Norland coach and former test player Tomas Vell.
            """;

        Assert.Equal("Tomas Vell", Quote(RulesAlone(article), "It's the same talk").Speaker);
    }
}
