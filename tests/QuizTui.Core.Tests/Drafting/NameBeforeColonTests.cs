using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class NameBeforeColonTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Names_before_colons_in_a_transcript_speak()
    {
        const string article = """
            Both candidates for Easton mayor were asked about the toll bridge.

            Ada Mbeki: "The toll pays for the repairs, and it stays until they are done."

            Tomas Verde: "The toll is a tax on the east side, and I will end it."
            """;

        Assert.Equal("Ada Mbeki", Speech(article, "The toll pays").Speaker);
        Assert.Equal("Tomas Verde", Speech(article, "The toll is a tax").Speaker);
    }

    [Fact]
    public void Lines_of_an_exchange_headed_by_a_role_the_body_and_a_name_are_the_names()
    {
        const string article = """
            The council published the messages its officers sent about the ferry.

            Director of Harbour Services Ana Ruiz: "The ferry cannot sail with that crew."

            Deputy Secretary of the Port Authority Tomas Verde: "Then find another crew by Friday."
            """;

        Assert.Equal("Ana Ruiz", Speech(article, "The ferry cannot").Speaker);
        Assert.Equal("Tomas Verde", Speech(article, "Then find").Speaker);
    }

    [Fact]
    public void A_sentence_with_a_verb_before_the_colon_is_no_line_of_an_exchange()
    {
        const string article = """
            The harbour board met on Monday.

            The board wrote to the Director of Harbour Services Ana Ruiz: "The ferry cannot sail with that crew."
            """;

        Assert.NotEqual("Ana Ruiz", QuotationDrafter.Extract(article).Single(d => d.Text.StartsWith("The ferry cannot", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_name_with_its_party_in_brackets_before_a_colon_speaks()
    {
        const string article = """
            The hearing on the dam ran past midnight.

            Rep. Corin Vale (D-Easton): "Who signed off on the spillway design?"
            """;

        Assert.Equal("Corin Vale", Speech(article, "Who signed off").Speaker);
    }

    [Fact]
    public void A_speech_verb_then_a_name_before_a_colon_gives_the_name()
    {
        const string article = """
            "The levy will pass," said Ilse Varga, who chairs the harbour board.

            Added Varga: "We have counted the votes twice."
            """;

        Assert.Equal("Ilse Varga", Speech(article, "We have counted").Speaker);
    }

    [Fact]
    public void A_name_after_a_dash_before_a_colon_speaks()
    {
        const string article = """
            Turnout fell in every ward - Nora Tallis: "Nobody believed the count would be close."
            """;

        Assert.Equal("Nora Tallis", Speech(article, "Nobody believed").Speaker);
    }

    [Fact]
    public void A_listener_named_before_the_colon_does_not_speak()
    {
        const string article = """
            Ilse Varga praised the ferry crews in 2009, telling Harbour Radio: "They never missed a crossing."
            """;

        Assert.Equal("Ilse Varga", Speech(article, "They never missed").Speaker);
    }

    // ---- a quotation set in its own paragraph below a paragraph that ends with a colon ----

    [Fact]
    public void A_quotation_below_a_paragraph_ending_in_a_colon_is_spoken_by_its_subject()
    {
        const string article = """
            The ferry service ends next month.

            Ilse Varga, who ran the ferry for twenty years, spoke to the council about the crews:

            "They never missed a crossing in all the years I worked there."
            """;

        Assert.Equal("Ilse Varga", Speech(article, "They never missed").Speaker);
    }

    [Fact]
    public void An_inverted_verb_and_name_alone_above_a_quotation_give_the_speaker()
    {
        const string article = """
            "The levy will pass," said Ilse Varga, who chairs the harbour board.

            Added Varga:

            "We have counted the votes twice, and the east side is with us."
            """;

        Assert.Equal("Ilse Varga", Speech(article, "We have counted").Speaker);
    }
}
