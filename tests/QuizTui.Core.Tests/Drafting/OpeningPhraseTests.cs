using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class OpeningPhraseTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void An_opening_phrase_with_a_town_its_state_and_a_day_is_not_the_subject()
    {
        const string article = """
            At a rally in Dunmore, Vale County, on Tuesday, Mara Quell defended the ferry levy, saying that the harbour board had been "far too slow to mend the pier."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "far too slow").Speaker);
    }

    [Fact]
    public void An_abbreviated_state_after_the_town_belongs_to_the_opening_phrase()
    {
        const string article = """
            At a town hall in Easton, N.M., on Friday, Ivo Lune backed the plan, saying that the valley road would be "open again before the first snow."
            """;

        Assert.Equal("Ivo Lune", Quotation(article, "open again").Speaker);
    }

    [Fact]
    public void An_opening_phrase_with_amid_is_not_the_subject()
    {
        const string article = """
            Amid calls from some residents to close the depot, Ivo Lune stood firm, telling reporters that the plan was "the only way to keep the buses running."
            """;

        Assert.Equal("Ivo Lune", Quotation(article, "the only way").Speaker);
    }

    [Fact]
    public void An_opening_phrase_with_here_is_not_the_subject()
    {
        const string article = """
            Here in Dunmore, Mara Quell stepped up her attacks on the board, saying, "We have waited long enough for a bridge that works."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "We have waited").Speaker);
    }

    [Fact]
    public void An_opening_participle_with_its_question_is_not_the_subject()
    {
        const string article = """
            Asked by Tom Brell about the levy, Mara Quell defended it, saying that the pier was "worth every cent the town has spent on it."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "worth every cent").Speaker);
    }

    [Fact]
    public void A_dateline_opening_the_first_paragraph_is_not_the_subject()
    {
        const string article = """
            Ferry levy passes.

            DUNMORE, Ore. (Harbour Wire) — Mara Quell welcomed the vote on Tuesday, saying that the town had "finally chosen to fix the pier."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "finally chosen").Speaker);
    }

    [Fact]
    public void A_statement_named_in_the_opening_phrase_leaves_the_subject_after_its_comma()
    {
        const string article = """
            In a statement on Tuesday, Ivo Lune praised the crews, saying they had worked "through every storm of the winter."
            """;

        Assert.Equal("Ivo Lune", Quotation(article, "through every storm").Speaker);
    }

    [Fact]
    public void A_word_in_ed_after_the_alone_describes_the_subject()
    {
        const string article = """
            Ivo Lune, a retired ferry captain, ran for the board last year.

            The retired captain has backed the levy, saying that the pier is "the heart of this town and always has been."
            """;

        Assert.NotEqual("The", Quotation(article, "the heart of").Speaker);
    }

    [Fact]
    public void A_speech_verb_after_to_in_an_opening_phrase_gives_no_speaker()
    {
        const string article = """
            Asked by Tom Brell to respond to the ruling, Mara Quell said, "We will appeal it before the week is out."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "We will appeal").Speaker);
    }

    [Fact]
    public void An_opening_participle_with_an_infinitive_is_not_the_subject()
    {
        const string article = """
            Continuing to explain her view, Mara Quell rejected the board's plan, saying that if she "found a pier that was rotten, I would mend it."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "found a pier").Speaker);
    }

    [Fact]
    public void A_dateline_with_a_date_is_not_the_subject()
    {
        const string article = """
            Ferry levy passes.

            DUNMORE, Dec. 8 (Harbour Wire) — Mara Quell welcomed the vote, saying that the town had "finally chosen to fix the pier."
            """;

        Assert.Equal("Mara Quell", Quotation(article, "finally chosen").Speaker);
    }
}
