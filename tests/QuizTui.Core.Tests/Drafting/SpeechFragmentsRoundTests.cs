using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class SpeechFragmentsRoundTests
{
    private static IReadOnlyList<DraftQuotation> Speech(string article) =>
        QuotationDrafter.Extract(article).Where(d => d.Kind == QuotationKind.Speech).ToList();

    [Fact]
    public void A_participle_after_with_and_a_name_gives_the_words_to_that_name()
    {
        const string article = """
            The levy passed on Tuesday, with councillor Ivo Marsh describing it as "a tax on fog".
            """;

        var quotation = Assert.Single(Speech(article));
        Assert.Equal("Ivo Marsh", quotation.Speaker);
    }

    [Fact]
    public void A_participle_after_a_dash_and_a_name_gives_the_words_to_that_name()
    {
        const string article = """
            The two rivals met for an hour at the Kell town hall – Nora Pike saying afterwards that she felt "quietly hopeful".
            """;

        Assert.Equal("Nora Pike", Assert.Single(Speech(article)).Speaker);
    }

    [Fact]
    public void The_latter_and_the_former_are_the_second_and_first_of_a_pair()
    {
        const string article = """
            Harbour master Ivo Marsh and skipper Nora Pike argued for an hour at the quay, with the latter branding the new mooring fees "daylight robbery".

            Ana Ruiz and engineer Tomas Vell toured the dam in May, with the former calling its spillway "a museum piece".
            """;

        var speech = Speech(article);
        Assert.Contains(speech, d => d.Text == "daylight robbery" && d.Speaker == "Nora Pike");
        Assert.Contains(speech, d => d.Text == "a museum piece" && d.Speaker == "Ana Ruiz");
    }

    [Fact]
    public void Words_after_with_that_name_no_one_stay_a_label()
    {
        const string article = """
            The ferry sailed with no one saying a word about the "old route".
            """;

        Assert.Equal(QuotationKind.Label, Drafted.Quote(QuotationDrafter.Extract(article), "old route").Kind);
    }

    [Fact]
    public void A_surname_alone_after_a_conjunction_is_the_person_the_article_named()
    {
        const string article = """
            Tomas Vell spoke first at the Lindenport hearing. The board adjourned an hour later, shortly after Vell said the figures were "plainly wrong".
            """;

        var quotation = Assert.Single(Speech(article));
        Assert.Equal("plainly wrong", quotation.Text);
        Assert.Equal("Tomas Vell", quotation.Speaker);
    }

    [Fact]
    public void One_word_after_a_conjunction_that_is_nobody_s_surname_is_not_a_speaker()
    {
        const string article = """
            The vote went ahead after Kell said its harbour was "full".
            """;

        Assert.Equal(QuotationKind.Label, Drafted.Quote(QuotationDrafter.Extract(article), "full").Kind);
    }

    [Fact]
    public void Words_pledged_are_speech()
    {
        const string article = """
            Ana Ruiz pledged to "sweep the harbour clean" before the summer.
            """;

        Assert.Equal("Ana Ruiz", Assert.Single(Speech(article)).Speaker);
    }

    [Fact]
    public void Words_in_an_apology_are_the_apologiser_s()
    {
        const string article = """
            Tomas Vell apologised to the harbour board for his "hasty" remarks about the budget.
            """;

        var quotation = Assert.Single(Speech(article));
        Assert.Equal("hasty", quotation.Text);
        Assert.Equal("Tomas Vell", quotation.Speaker);
    }

    [Fact]
    public void The_rules_alone_give_the_same_speakers()
    {
        const string article = """
            The levy passed on Tuesday, with councillor Ivo Marsh describing it as "a tax on fog".
            """;

        Assert.Equal("Ivo Marsh", Drafted.Quote(Drafted.RulesAlone(article), "a tax on fog").Speaker);
    }

    [Fact]
    public void A_clause_opening_the_sentence_gives_the_words_inside_it_to_its_name()
    {
        const string article = """
            Though Tomas Vell conceded at the quay that the crossing looked "rather grim" this winter, he kept the ferry running.
            """;

        var quotation = Assert.Single(Speech(article));
        Assert.Equal("rather grim", quotation.Text);
        Assert.Equal("Tomas Vell", quotation.Speaker);
    }

    [Fact]
    public void Words_ending_an_opening_clause_with_their_comma_leave_the_next_statement_to_the_main_clause()
    {
        const string article = """
            After Ana Ruiz said the plan was far "too costly," Ivo Marsh said: "We will find the money in the harbour budget."
            """;

        Assert.Equal("Ivo Marsh", Drafted.Quote(QuotationDrafter.Extract(article), "We will find the money").Speaker);
    }

    [Fact]
    public void Words_the_sentence_calls_a_slogan_are_a_label()
    {
        const string article = """
            "Save the Pier" was one of the slogans of the march through Lindenport on Saturday, Ana Ruiz said.
            """;

        Assert.Equal(QuotationKind.Label, Drafted.Quote(QuotationDrafter.Extract(article), "Save the Pier").Kind);
    }

    [Fact]
    public void A_statement_followed_by_its_speaker_stays_speech()
    {
        const string article = """
            "We will rebuild," Nora Pike said. "That is one of the promises we keep."
            """;

        Assert.All(QuotationDrafter.Extract(article), d => Assert.Equal(QuotationKind.Speech, d.Kind));
    }

    [Fact]
    public void Present_calls_after_a_full_name_gives_the_words_to_that_name()
    {
        const string article = """
            The Kell ferry will stop running in March. Councillor Ana Ruiz calls the decision "a slow betrayal of the islands".
            """;

        var quotation = Assert.Single(Speech(article));
        Assert.Equal("Ana Ruiz", quotation.Speaker);
    }

    [Fact]
    public void Present_calls_after_a_newspaper_a_common_noun_or_an_appositive_gives_no_speaker()
    {
        const string article = """
            The Lindenport Daily calls the new bridge "the silver comb".

            Fishermen in Norland call the northern channel "the grinder".

            Columnist Nora Pike, once a clerk at the Kell Harbour Board, calls the tolls "theft".
            """;

        var drafts = QuotationDrafter.Extract(article);
        Assert.Equal(QuotationKind.Label, Drafted.Quote(drafts, "the silver comb").Kind);
        Assert.Equal(QuotationKind.Label, Drafted.Quote(drafts, "the grinder").Kind);
        Assert.NotEqual("Kell Harbour Board", Drafted.Quote(drafts, "theft").Speaker);
    }
}
