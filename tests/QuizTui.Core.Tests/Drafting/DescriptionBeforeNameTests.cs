using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class DescriptionBeforeNameTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    // ---- after the quotation: a description, then the name set off by commas ----

    [Fact]
    public void A_bodys_spokesman_then_his_name_in_commas_gives_the_name()
    {
        const string article = """
            The Harbour Trust closed the north pier on Monday.

            "The pier is not safe for crowds," the Harbour Trust spokesman, Ivo Lune, said on Monday.
            """;

        Assert.Equal("Ivo Lune", Speech(article, "The pier is not safe").Speaker);
    }

    [Fact]
    public void A_possessive_description_then_the_name_in_commas_gives_the_name_not_the_owner()
    {
        const string article = """
            Councillor Ada Mbeki has not said whether she will stand again.

            "She will decide after the summer," Councillor Ada Mbeki's chief of staff, Joel Pell, told reporters.
            """;

        Assert.Equal("Joel Pell", Speech(article, "She will decide").Speaker);
    }

    [Fact]
    public void A_name_then_an_organisation_in_commas_keeps_the_name()
    {
        const string article = """
            "We are ready for the season," Mara Quell, Easton Rowing Club, said before the race.
            """;

        Assert.Equal("Mara Quell", Speech(article, "We are ready").Speaker);
    }

    // ---- before the quotation: a name, then a possessive description in commas ----

    [Fact]
    public void A_name_described_by_someone_elses_role_before_the_quotation_speaks()
    {
        const string article = """
            Ada Mbeki won the ward by eleven votes.

            Nora Tallis, Mbeki's campaign manager, said, "We knocked on every door twice."
            """;

        Assert.Equal("Nora Tallis", Speech(article, "We knocked").Speaker);
    }
}
