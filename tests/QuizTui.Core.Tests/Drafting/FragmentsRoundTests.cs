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
            The vote is notable because Mayor Ana Ruiz has said she is "not ready" to back the plan.

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
    public void A_name_in_title_case_between_a_determiner_and_a_noun_is_a_label()
    {
        const string article = """
            Mayor Ana Ruiz said the "Harbour First" campaign had run out of money.

            Tomas Vell, who joined her "Quiet Streets Now" pledge in May, said he would stay.
            """;

        var drafts = QuotationDrafter.Extract(article);
        Assert.Equal(QuotationKind.Label, Drafted.Quote(drafts, "Harbour First").Kind);
        Assert.Equal(QuotationKind.Label, Drafted.Quote(drafts, "Quiet Streets Now").Kind);
    }

    [Fact]
    public void One_word_or_a_preposition_after_the_name_leaves_the_quotation_as_it_was()
    {
        const string article = """
            Ivo Marsh claimed that the "Lindenport Archive" in the old mill had asked for the papers.
            """;

        Assert.Equal(QuotationKind.Speech, Drafted.Quote(QuotationDrafter.Extract(article), "Lindenport Archive").Kind);
    }

    [Fact]
    public void Lower_case_words_between_a_determiner_and_a_noun_stay_the_speakers()
    {
        const string article = """
            Lena Osk said the "frankly reckless" plan would sink the ferry service.
            """;

        Assert.Equal("Lena Osk", Drafted.Quote(Speech(article), "frankly reckless").Speaker);
    }
}
