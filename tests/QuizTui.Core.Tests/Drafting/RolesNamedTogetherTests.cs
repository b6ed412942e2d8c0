using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class RolesNamedTogetherTests
{
    private const string Row = """
        Quarry row

        Lindenport — Omar Haddad, a quarry owner, is at the centre of a row between Kell Mayor Ana Ruiz, and Norland Premier, Tomas Vell. Mr Haddad moved to Kell last week.

        Neighbours gathered outside the quarry on Monday. {0}

        However the Premier of Norland, Tomas Vell, reacted by asking Mayor Ana Ruiz what she meant. "Close it?" he said.
        """;

    [Fact]
    public void A_role_in_a_clause_after_a_name_belongs_to_the_name_after_it()
    {
        var article = string.Format(System.Globalization.CultureInfo.InvariantCulture, Row,
            "\"They are only using their right to speak,\" the Mayor said.");

        Assert.Equal("Ana Ruiz", Quote(RulesAlone(article), "They are only using").Speaker);
    }

    [Fact]
    public void A_pronoun_after_the_quotation_is_the_role_that_opened_its_sentence()
    {
        var article = string.Format(System.Globalization.CultureInfo.InvariantCulture, Row,
            "A neighbour threw a stone. The Mayor defended the neighbours saying \"They are only using their right to speak,\" she said.");

        Assert.Equal("Ana Ruiz", Quote(RulesAlone(article), "They are only using").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_role_opening_its_sentence_keeps_a_named_subject_when_no_one_holds_the_role()
    {
        const string article = """
            Quarry row

            Tomas Vell visited the quarry on Monday. The mayor defended the neighbours saying "They are only using their right to speak," he said.
            """;

        Assert.Equal("Tomas Vell", Quote(RulesAlone(article), "They are only using").Speaker);
    }
}
