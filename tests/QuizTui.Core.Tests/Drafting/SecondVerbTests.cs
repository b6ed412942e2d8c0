using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class SecondVerbTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_participle_after_the_subjects_own_verb_shares_its_subject()
    {
        const string article = """
            Jo Sands returned the compliment, telling Harbour Radio, "They never missed a crossing in all the years I worked there."
            """;

        Assert.Equal("Jo Sands", Speech(article, "They never missed").Speaker);
    }

    [Fact]
    public void A_verb_after_but_shares_the_subject_of_the_first_verb()
    {
        const string article = """
            Jo Sands did not name the company, but told the council, "They never missed a crossing in all the years I worked there."
            """;

        Assert.Equal("Jo Sands", Speech(article, "They never missed").Speaker);
    }

    [Fact]
    public void An_opening_phrase_is_not_taken_for_the_subject()
    {
        const string article = """
            Hours later, Jo Sands returned the compliment to Ivo Lune, telling Harbour Radio, "They never missed a crossing in all the years I worked there."
            """;

        Assert.NotEqual("Hours", Speech(article, "They never missed").Speaker);
    }
}
