using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class PronounRoundTests
{
    [Fact]
    public void A_surname_opening_a_sentence_is_the_full_name_printed_in_the_headline_for_a_pronoun_after_it()
    {
        const string article = """
            Dunmore boatyard sold to Tomas Renwick

            The Dunmore boatyard has a new owner after forty years.

            Renwick signed for the yard in May after a long search. He plans to build ferries there.

            "It is a fine old yard," he said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Tomas Renwick", Quote(drafts, "It is a fine").Speaker);
    }

    [Fact]
    public void A_surname_opening_a_sentence_with_no_pronoun_in_its_paragraph_is_not_made_a_person()
    {
        const string article = """
            Ferries return to Kell Harbour

            Harbour staff expect a busy summer.

            Harbour bought two boats in May after a long search.

            "It is a fine old yard," one worker said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.NotEqual("Kell Harbour", Quote(drafts, "It is a fine").Speaker);
    }

    [Fact]
    public void A_name_followed_by_an_age_in_commas_is_a_person_a_pronoun_after_it_can_reach()
    {
        const string article = """
            Mayor Colm Ardagh opened the polling station in Dunmore at seven.

            Ada Mbeki, 34, of Kell Street, waited in line for an hour with her two children.

            "I came for the schools," she said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        var pronoun = Quote(drafts, "I came for");
        Assert.Equal("Ada Mbeki", pronoun.Speaker);
        Assert.StartsWith("speaker inferred from 'she' → Ada Mbeki", pronoun.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_after_a_reported_clause_goes_on_with_the_speaker_not_the_person_spoken_about()
    {
        const string article = """
            Tomas Renwick, a ferry captain, spoke at the island meeting on Monday.

            Renwick said Councillor Ivo Lune had never listened to the islanders.

            "We were not asked," he said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Tomas Renwick", Quote(drafts, "We were not asked").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_reported_clause_goes_to_the_person_spoken_about_when_the_speaker_does_not_fit()
    {
        const string article = """
            Tomas Renwick, a ferry captain and father of three, spoke at the island meeting on Monday.

            Renwick said Councillor Ada Mbeki had never listened to the islanders.

            "We were not asked," she said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Ada Mbeki", Quote(drafts, "We were not asked").Speaker);
    }
}
