using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class ParticipleClauseTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_participle_whose_clause_runs_on_to_the_quotation_shares_the_subject()
    {
        const string article = """
            Mara Quell defended the ferry levy on Tuesday, saying that the harbour board had been "far too slow to mend the pier for years and years."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "far too slow").Speaker);
    }

    [Fact]
    public void A_participle_after_and_shares_the_subject()
    {
        const string article = """
            Ivo Lune visited the depot, thanked the crews, and telling them the valley road was "open again only because of the work you did all winter."
            """;

        Assert.Equal("Ivo Lune", Quotation(article, "open again only").Speaker);
    }

    [Fact]
    public void A_speech_verb_inside_the_participle_clause_keeps_its_own_subject()
    {
        const string article = """
            Mara Quell backed the plan, saying that Ivo Lune had called it "a gift to the valley towns for many years to come."
            """;

        Assert.NotEqual("Mara Quell", Quotation(article, "a gift to").Speaker);
    }

    [Fact]
    public void An_opening_phrase_of_time_is_not_the_subject_of_the_participle()
    {
        const string article = """
            But a few days later, Mara Quell reversed herself, telling Harbour Radio that the levy was "the fairest way we have found to pay for the pier."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "the fairest way").Speaker);
    }

    [Fact]
    public void An_irregular_past_ends_the_subject_before_the_participle()
    {
        const string article = """
            The Harbour Trust published its accounts on Monday.

            Mara Quell shot back in a statement, saying she had "made a lot of money in the lean years."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "made a lot").Speaker);
    }
}
