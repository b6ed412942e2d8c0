using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class UnmarkedErrorRoundTests
{
    [Fact]
    public void A_description_of_the_body_in_an_appositive_leaves_the_name_before_it_speaking()
    {
        const string article = """
            Kell harbour fund grows

            Ana Ruiz, director of the Kell Harbour Fund, a charity for fishing families, said the fund "has never been so full."
            """;

        var quote = Quote(RulesAlone(article), "has never been so full");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("named-in-sentence", quote.Level);
    }

    [Fact]
    public void A_description_with_its_own_clause_after_an_appositive_leaves_the_name_speaking()
    {
        const string article = """
            Lindenport vote draws near

            Tomas Vell, a pollster who works with Lindenport Forward, an action group for the port, said voters were "tired of waiting."
            """;

        var quote = Quote(RulesAlone(article), "tired of waiting");

        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void The_name_of_the_paper_an_appositive_ends_in_is_not_the_speaker()
    {
        const string article = """
            Kell paper turns one hundred

            Lena Marsh, the editor of the town's weekly newspaper, Kell Courier, said the paper "was never for sale."
            """;

        var quote = Quote(RulesAlone(article), "was never for sale");

        Assert.Equal("Lena Marsh", quote.Speaker);
    }

    [Fact]
    public void A_name_after_a_role_ending_its_appositive_still_speaks()
    {
        const string article = """
            Lindenport port reopens

            In Lindenport, the port's director, Ana Ruiz, said the quay was "ready for the boats."
            """;

        var quote = Quote(RulesAlone(article), "ready for the boats");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void A_senator_tagged_with_another_place_is_not_the_senator_of_the_place_before_the_role()
    {
        const string article = """
            Westmark race tightens

            Ana Ruiz campaigned in Kell on Monday with Sen. Tomas Vell (D-Norland).

            The Westmark senator told reporters she was "closer than ever" to the nomination.
            """;

        var quote = Quote(RulesAlone(article), "closer than ever");

        Assert.Equal("Westmark senator", quote.Speaker);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_senator_tagged_with_the_place_before_the_role_is_that_senator()
    {
        const string article = """
            Westmark race tightens

            Sen. Lena Marsh, D-Wstm., campaigned in Kell on Monday.

            The Westmark senator told reporters she was "closer than ever" to the nomination.
            """;

        var quote = Quote(RulesAlone(article), "closer than ever");

        Assert.Equal("Lena Marsh", quote.Speaker);
        Assert.Equal("role", quote.Level);
    }

    [Fact]
    public void A_party_before_the_role_is_no_place_to_check_a_tag_against()
    {
        const string article = """
            Westmark budget passes

            Sen. Lena Marsh (D-Norland) voted for the budget on Monday.

            The Democratic senator said the budget was "fair to every town."
            """;

        var quote = Quote(RulesAlone(article), "fair to every town");

        Assert.Equal("Lena Marsh", quote.Speaker);
    }

    [Fact]
    public void A_later_clause_after_while_with_its_own_speaker_speaks_the_quotation()
    {
        const string article = """
            Port plan splits council

            Ana Ruiz said the port would stay open, while Tomas Vell said that the plan was "a costly mistake" for the town.
            """;

        var quote = Quote(RulesAlone(article), "a costly mistake");

        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void A_later_clause_after_a_quotation_and_and_has_its_own_speaker()
    {
        const string article = """
            Port fees fight

            Tomas Vell said the fees would "hurt the fishermen," for instance, and Ana Ruiz vowed to "block the fees" in court.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Tomas Vell", Quote(drafts, "hurt the fishermen").Speaker);
        Assert.Equal("Ana Ruiz", Quote(drafts, "block the fees").Speaker);
    }

    [Theory]
    [InlineData("hours after")]
    [InlineData("after")]
    [InlineData("days before")]
    public void A_later_clause_opened_by_a_conjunction_with_its_own_speaker_speaks_the_quotation(string conjunction)
    {
        var article = $$"""
            Harbour fees stay

            The Lindenport Harbour Board said on Monday it would keep the fees, {{conjunction}} Tomas Vell said the rise was "simply unfair" to owners.
            """;

        var quote = Quote(RulesAlone(article), "simply unfair");

        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void A_conjunction_without_a_comma_before_it_leaves_the_quotation_with_the_first_speaker()
    {
        const string article = """
            Harbour fees stay

            Ana Ruiz said the fees were "simply unfair" after Tomas Vell said he would raise them.
            """;

        var quote = Quote(RulesAlone(article), "simply unfair");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void A_later_clause_with_no_subject_of_its_own_keeps_the_first_speaker()
    {
        const string article = """
            Kell pier to close

            Ana Ruiz said the pier would close in May, and told the council it was "a sad day" for Kell.
            """;

        var quote = Quote(RulesAlone(article), "a sad day");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void A_definite_description_of_the_body_after_a_name_of_that_body_is_not_the_speaker()
    {
        const string article = """
            Ferry fees rise

            Tomas Vell of Harbourline, Westmark's largest ferry company, warned that the fees "may hurt the crossing."
            """;

        var quote = Quote(RulesAlone(article), "may hurt the crossing");

        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void A_verb_spelt_like_a_noun_before_a_role_is_part_of_the_description()
    {
        const string article = """
            Westmark party meets

            Westmark state delegate Ana Ruiz said the meeting could be a "failure" for the party.
            """;

        var quote = Quote(RulesAlone(article), "failure");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void A_verb_before_a_role_after_to_is_still_the_verb()
    {
        const string article = """
            Kell pier to be rebuilt

            Tomas Vell stood up to answer reporters, "We will rebuild the pier by May."
            """;

        var quote = Quote(RulesAlone(article), "We will rebuild the pier");

        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void A_clause_describing_the_speaker_between_name_and_verb_is_passed_over()
    {
        const string article = """
            Kell parade returns

            Ana Ruiz, clad in a yellow coat, said the parade was "the best in years."
            """;

        var quote = Quote(RulesAlone(article), "the best in years");

        Assert.Equal("Ana Ruiz", quote.Speaker);
    }
}
