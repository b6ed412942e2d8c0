using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class StatementsAndPassivesTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    // ---- a document brought up in the same sentence, then "which said" ----

    [Theory]
    [InlineData("The Harbour Trust released a statement which said,")]
    [InlineData("The Harbour Trust criticised the sale. It released a statement that said,")]
    [InlineData("The Harbour Trust criticised the sale. They issued a letter which read:")]
    public void A_document_followed_by_which_said_is_its_issuers(string opening)
    {
        var article = $"""
            {opening} "The pier belongs to the town and must stay open to everyone who fishes from it."
            """;

        var draft = Speech(article, "The pier belongs");

        Assert.Equal("Harbour Trust", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
    }

    // ---- a characterising verb in the passive ----

    [Fact]
    public void Described_by_an_agent_as_gives_the_words_to_the_agent_not_the_subject()
    {
        const string article = """
            Tomas Brell was described by the Westland Bishops Conference as "a strong advocate for the hills and the people who farm them."
            """;

        var draft = Speech(article, "a strong advocate");

        Assert.Equal("Westland Bishops Conference", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
    }

    [Fact]
    public void Called_with_the_agent_after_the_quotation_gives_the_words_to_the_agent()
    {
        const string article = """
            Tomas Brell was called "the best ferryman this coast has had in fifty years" by Mayor Ines Volk.
            """;

        Assert.Equal("Ines Volk", Speech(article, "the best ferryman").Speaker);
    }

    // ---- a colon after the reporter's own sentence ----

    [Fact]
    public void Quoted_words_after_the_verb_leave_the_subject_of_a_sentence_ending_in_a_colon()
    {
        const string article = """
            The Westland Department of Defence justified the strike as "defensive" in nature: "The military has taken decisive action to protect its people abroad."
            """;

        var draft = Speech(article, "The military has");

        Assert.Equal("Westland Department of Defence", draft.Speaker);
        Assert.Contains("as \"…\" in nature", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_opening_phrase_with_its_own_verb_does_not_hide_the_subject_before_a_colon()
    {
        const string article = """
            In a statement released after the raid, the Westland Department of Defence justified the strike: "The military has taken decisive action to protect its people abroad."
            """;

        Assert.Equal("Westland Department of Defence", Speech(article, "The military has").Speaker);
    }

    // ---- a few quoted words as the object of the reporter's clause ----

    [Fact]
    public void A_short_quotation_after_its_leaves_the_subject_for_the_verb_after_and()
    {
        const string article = """
            The Westland Department of Fisheries gave its "deepest sympathies" and said quota cases were given "close attention at every level of the department".
            """;

        Assert.Equal("Westland Department of Fisheries", Speech(article, "close attention").Speaker);
    }

    // ---- a pronoun whose only candidate was given the other gender by one pronoun ----

    [Fact]
    public void He_after_a_sentence_whose_her_was_read_as_the_subjects_is_offered_to_check()
    {
        const string article = """
            Rosa Lind was one of the stars of the league. She had signed for the Harbour Hawks in March.

            Sportswriter Dave Meltzer wrote a column after hearing the news of her retirement. He said "Rosa Lind just retired, and the league will miss her."
            """;

        var draft = Speech(article, "Rosa Lind just");

        Assert.Equal("Dave Meltzer", draft.Speaker);
        Assert.Equal(DraftConfidence.PronounUnsure.Value, draft.Confidence);
    }

    [Fact]
    public void A_pronoun_after_two_people_named_together_gives_neither_a_gender_and_is_left_to_check()
    {
        const string article = """
            Council leader Priya Nair and Mayor Colin Baptiste answered questions for two hours. She said the council had written to three companies.

            "There are serious people looking at this," she said.
            """;

        var draft = Speech(article, "There are serious");

        Assert.True(draft.Confidence < DraftConfidence.PronounAgrees.Value, $"'{draft.Speaker}' at {draft.Confidence} should be marked to check");
    }
}
