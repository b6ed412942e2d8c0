using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class FragmentsRoundTests
{
    private static IReadOnlyList<DraftQuotation> Speech(string article) =>
        QuotationDrafter.Extract(article).Where(d => d.Kind == QuotationKind.Speech).ToList();

    [Fact]
    public void Words_said_in_a_clause_after_a_conjunction_belong_to_the_name_it_introduces()
    {
        const string article = """
            Lena Osk backed the ferry levy on Tuesday, hours after Mara Quell said she was "encouraged" by it.
            """;

        var quotation = Assert.Single(Speech(article));
        Assert.Equal("encouraged", quotation.Text);
        Assert.Equal("Mara Quell", quotation.Speaker);
    }

    [Fact]
    public void A_conjunction_after_a_comma_or_inside_the_clause_works_alike()
    {
        const string article = """
            The vote is notable because Harbour Master Ana Ruiz has said she is "not ready" to back the plan.

            The papers were lost, when Tomas Vell said the board was "extremely careless" with them.
            """;

        var speech = Speech(article);
        Assert.Contains(speech, d => d.Text == "not ready" && d.Speaker == "Ana Ruiz");
        Assert.Contains(speech, d => d.Text == "extremely careless" && d.Speaker == "Tomas Vell");
    }

    [Fact]
    public void The_rules_alone_give_the_same_speaker()
    {
        const string article = """
            Lena Osk backed the ferry levy on Tuesday, hours after Mara Quell said she was "encouraged" by it.
            """;

        Assert.Equal("Mara Quell", Drafted.Quote(Drafted.RulesAlone(article), "encouraged").Speaker);
    }

    [Fact]
    public void A_clause_opening_the_sentence_leaves_the_quotation_to_the_main_clause()
    {
        const string article = """
            After radio host Tomas Vell asked the mayor who would win the vote, Ana Ruiz replied, "If I had to guess, the harbour side."
            """;

        Assert.Equal("Ana Ruiz", Drafted.Quote(QuotationDrafter.Extract(article), "If I had to guess").Speaker);
    }

    [Fact]
    public void Words_after_a_conjunction_and_a_common_noun_are_not_given_to_a_name()
    {
        const string article = """
            Ivo Marsh wrote to Lindenport council after the board said the pier was "a temporary measure" last year.
            """;

        Assert.DoesNotContain(QuotationDrafter.Extract(article), d => d.Speaker == "Ivo Marsh" && d.Text.StartsWith("a temporary", StringComparison.Ordinal));
    }
}
