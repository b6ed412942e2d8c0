using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class UnregisteredNameTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_given_name_spelt_like_a_rank_after_a_role_noun_is_part_of_the_name()
    {
        const string article = """
            Ferry fares

            "The fares are too high for the people who use the boats every day," investor Gen Tanaka said at the meeting.
            """;

        Assert.Equal("Gen Tanaka", Speech(article, "The fares are").Speaker);
    }

    [Fact]
    public void A_rank_with_no_role_noun_before_it_stays_a_title()
    {
        const string article = """
            Bridge works

            "The bridge will hold through the winter," said Gen Ivo Marsh.
            """;

        Assert.Equal("Ivo Marsh", Speech(article, "The bridge will").Speaker);
    }

    [Fact]
    public void A_rank_after_a_rank_word_stays_a_title()
    {
        const string article = """
            Bridge works

            "The bridge will hold through the winter," army chief Gen Ivo Marsh said.
            """;

        Assert.Equal("Ivo Marsh", Speech(article, "The bridge will").Speaker);
    }

    [Fact]
    public void A_surname_speaks_for_the_name_printed_with_a_generational_suffix()
    {
        const string article = """
            Ferry vote

            The seat was won in 2010 by Tomas R. Verde Jr. after a long count.

            Representative Verde said on Monday that "the fares will not rise this year."
            """;

        Assert.Equal("Tomas R. Verde Jr.", Speech(article, "the fares will").Speaker);
    }

    [Fact]
    public void A_pronoun_returns_to_a_speaker_described_after_the_speech_verb()
    {
        const string article = """
            Harbour wall

            "We cannot wait for another winter like that one," said Mayor Ana Ruiz.

            "Boats will have to use the north quay," said port baker Tomas Vell.

            "It will take all summer," he said.
            """;

        Assert.Equal("Tomas Vell", Speech(article, "Boats will").Speaker);
        Assert.Equal("Tomas Vell", Speech(article, "It will take").Speaker);
    }

    [Fact]
    public void A_described_speaker_after_the_verb_whose_surname_is_used_alone_is_a_person()
    {
        const string article = """
            Harbour wall

            "The pier is safe," said Mayor Ana Ruiz.

            "Boats will have to use the north quay," said harbour trader Tomas Vell.

            Trucks reached the bakery of Vell on Monday.

            "It will take all summer," he said.
            """;

        Assert.Equal("Tomas Vell", Speech(article, "It will take").Speaker);
    }

    [Fact]
    public void A_place_after_a_preposition_following_the_speech_verb_is_no_person()
    {
        const string article = """
            Storm damage

            "The harbour is open again," said Mayor Ana Ruiz.

            "Help is coming," said relief crews across Lindenport Bay.

            "We will rebuild the pier," she said.
            """;

        Assert.Equal("Ana Ruiz", Speech(article, "We will rebuild").Speaker);
    }

    // ---- a name opening a sentence with a present tense of what its bearer does ----

    [Theory]
    [InlineData("Tomas Vell owns the Kell mill. The mill made Vell a rich man.\n\n\"The river keeps us going,\" he said.", "Tomas Vell")]
    [InlineData("Tomas Vell runs the Kell mill with his sons. Locals call it the Vell mill.\n\n\"The river keeps us going,\" he said.", "Tomas Vell")]
    [InlineData("Ana Ruiz lives above the Kell mill. The town knows Ruiz well.\n\n\"The river keeps us going,\" she said.", "Ana Ruiz")]
    public void A_name_that_owns_runs_or_lives_is_a_person_when_its_surname_is_used_alone(string article, string speaker)
    {
        Assert.Equal(speaker, Speech(article, "The river keeps").Speaker);
    }

    [Theory]
    [InlineData("Lindenport Ferries runs the crossing to Kell. \"The river keeps us going,\" he said.")]
    [InlineData("Lindenport Ferries runs the crossing to Kell. He said the boats are full.\n\n\"The river keeps us going,\" he said.")]
    [InlineData("Tomas Vell owns the Kell mill. He bought it in 1990.\n\n\"The river keeps us going,\" he said.")]
    public void A_name_that_runs_or_owns_something_is_no_person_when_only_a_pronoun_follows(string article)
    {
        Assert.False(Speech(article, "The river keeps").SpeakerResolved);
    }

    [Theory]
    [InlineData("Kell Harbour was closed for the winter. The storms at Harbour came early. He said the boats had gone south.\n\n\"The quay is empty,\" he said.")]
    [InlineData("Mill Street was closed on Monday. Crews at Street level worked all night. He said the road would open soon.\n\n\"The quay is empty,\" he said.")]
    public void A_name_ending_in_a_places_word_is_no_person_whatever_pronoun_follows(string article)
    {
        var quote = Speech(article, "The quay is empty");

        Assert.DoesNotContain("Harbour", quote.Speaker ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Street", quote.Speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_name_spelt_like_a_month_before_a_surname_is_part_of_the_name()
    {
        const string article = """
            Ferry fares rise in Lindenport

            On Monday, Jan Vale of the harbour board said the new fares were "far too high for the islanders".

            Vale later called the increase "a mistake the port will regret."
            """;

        Assert.Equal("Jan Vale", Speech(article, "far too high").Speaker);
        Assert.Equal("Jan Vale", Speech(article, "a mistake").Speaker);
    }

    [Fact]
    public void A_month_with_its_full_stop_or_a_day_stays_a_date()
    {
        const string article = """
            Ferry fares rise in Lindenport

            Ana Ruiz of the harbour board said on Jan. 5 that the new fares were "far too high for the islanders".

            "The board has not heard the last of this," Ruiz said on Jan 6.
            """;

        Assert.Equal("Ana Ruiz", Speech(article, "far too high").Speaker);
        Assert.Equal("Ana Ruiz", Speech(article, "The board has not").Speaker);
    }
}
