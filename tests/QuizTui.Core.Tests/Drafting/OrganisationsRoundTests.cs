using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class OrganisationsRoundTests
{
    [Fact]
    public void A_body_named_by_its_field_before_its_word_keeps_the_field()
    {
        const string article = """
            Norland talks go on

            The State Department said the talks with Westmark were "going well."
            """;

        var quote = Quote(RulesAlone(article), "going well");

        Assert.Equal("State Department", quote.Speaker);
        Assert.Equal("organisation-in-sentence", quote.Level);
    }

    [Fact]
    public void A_body_named_by_its_field_before_its_word_is_the_body_named_in_full_with_of()
    {
        const string article = """
            Norland talks go on

            The letter came from the Norland Department of State on Monday.

            The State Department said the talks with Westmark were "going well."
            """;

        var quote = Quote(RulesAlone(article), "going well");

        Assert.Equal("Norland Department of State", quote.Speaker);
    }

    [Fact]
    public void A_name_joined_by_and_to_a_body_s_name_after_the_is_one_body()
    {
        const string article = """
            Lindenport pier closed

            The Lindenport Water and Harbour Board met on Monday to discuss the old pier.

            The board said the pier was "unsafe for now."
            """;

        var quote = Quote(RulesAlone(article), "unsafe for now");

        Assert.Equal("Lindenport Water and Harbour Board", quote.Speaker);
    }

    [Fact]
    public void A_name_joined_by_and_to_a_body_s_name_speaks_as_that_one_body()
    {
        const string article = """
            Lindenport pier closed

            The Lindenport Water and Harbour Board said the pier was "unsafe for now."
            """;

        var quote = Quote(RulesAlone(article), "unsafe for now");

        Assert.Equal("Lindenport Water and Harbour Board", quote.Speaker);
        Assert.Equal("organisation-in-sentence", quote.Level);
    }

    [Fact]
    public void Two_bodies_joined_by_and_stay_two()
    {
        const string article = """
            Lindenport pier closed

            The Kell Council and Harbour Board met on Monday to discuss the old pier.

            The board said the pier was "unsafe for now."
            """;

        var quote = Quote(RulesAlone(article), "unsafe for now");

        Assert.Equal("Harbour Board", quote.Speaker);
    }

    [Fact]
    public void A_place_in_capitals_before_a_dash_is_no_body_that_speaks_as_it()
    {
        const string article = """
            Strike talks fail

            LINDENPORT, Westmark — The mayor met the dockers on Friday. It said the strike was "a mistake."
            """;

        var quote = Quote(RulesAlone(article), "a mistake");

        Assert.NotEqual("LINDENPORT", quote.Speaker);
    }

    [Fact]
    public void A_statement_named_after_a_kind_of_body_is_that_body_named_with_its_place()
    {
        const string article = """
            Norland mourns its president

            The government of Norland on Tuesday announced the death of the president. The Kell Trust sent flowers.

            The government statement, which was posted online, announced the death "with great sorrow to all."
            """;

        var quote = Quote(RulesAlone(article), "with great sorrow");

        Assert.Equal("government of Norland", quote.Speaker);
        Assert.Equal("organisation-noun", quote.Level);
    }

    [Fact]
    public void An_office_before_a_title_in_an_appositive_is_no_person_a_pronoun_stops_at()
    {
        const string article = """
            Trial date set

            Tomas Vell, the Republican Senate Majority Leader, spoke to reporters on Monday. He said he expected "a long trial."
            """;

        var quote = Quote(RulesAlone(article), "a long trial");

        Assert.Equal("Tomas Vell", quote.Speaker);
        Assert.Equal("pronoun", quote.Level);
    }
}
