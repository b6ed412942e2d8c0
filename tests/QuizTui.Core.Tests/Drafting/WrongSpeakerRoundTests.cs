using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class WrongSpeakerRoundTests
{
    private static string Article(string paragraph) => $$"""
        Harbour vote

        Lindenport — The town council voted on Monday to sell the old ferry pier to a private buyer.

        {{paragraph}}
        """;

    [Fact]
    public void A_description_ending_in_a_body_after_for_describes_the_name_before_it()
    {
        var drafts = RulesAlone(Article(
            "Tomas Vell, a spokesman for the Kell Harbour Authority, said the board was \"ready to talk to every buyer in town.\""));

        Assert.Equal("Tomas Vell", Quote(drafts, "ready to talk").Speaker);
    }

    [Fact]
    public void A_description_ending_in_a_body_after_of_describes_the_name_before_it()
    {
        var drafts = RulesAlone(Article(
            "Nora Pike, president of the Lindenport Rowing Club, said: \"We will row from the beach if we have to.\""));

        Assert.Equal("Nora Pike", Quote(drafts, "We will row").Speaker);
    }

    [Fact]
    public void A_place_after_a_description_that_ends_in_a_body_is_where_not_who()
    {
        var drafts = RulesAlone(Article(
            "Ana Ruiz, curator of prints at the Museum of Kell, Lindenport, said: \"The pier was painted more than any other place here.\""));

        Assert.Equal("Ana Ruiz", Quote(drafts, "The pier was painted").Speaker);
    }

    [Fact]
    public void A_body_named_after_a_description_of_it_is_not_the_speaker()
    {
        var drafts = RulesAlone(Article(
            "Ivo Marsh of the Norland housing charity, Fair Rent, said: \"Nobody asked the families who fish from it.\""));

        Assert.Equal("Ivo Marsh", Quote(drafts, "Nobody asked").Speaker);
    }

    [Fact]
    public void A_full_name_at_the_end_of_a_description_is_still_the_subject()
    {
        var drafts = RulesAlone(Article(
            "The harbour master, Tomas Vell, said: \"The pier has been unsafe for years.\""));

        Assert.Equal("Tomas Vell", Quote(drafts, "The pier has been unsafe").Speaker);
    }

    [Fact]
    public void A_given_name_after_a_relative_is_the_relative_the_article_names_in_full()
    {
        var drafts = RulesAlone(Article("""
            Ivo Marsh fished from the pier for forty years until his death in March.

            Marsh's daughter Edda said the sale would "wipe out the last thing he built." She added: "He would have chained himself to it."

            Edda Marsh, 52, now runs the bait shop by the harbour gate.
            """));

        Assert.Equal("Edda Marsh", Quote(drafts, "wipe out the last").Speaker);
        Assert.Equal("Edda Marsh", Quote(drafts, "He would have chained").Speaker);
    }

    [Fact]
    public void A_given_name_after_a_relative_set_off_by_commas_is_the_relative_named_in_full()
    {
        var drafts = RulesAlone(Article("""
            Tomas Vell, who ran the ferry kiosk, lost his licence in the sale.

            Vell's wife, Runa, was at the meeting. "Nobody told us a thing," Runa said. Runa Vell, 61, has sold tea on the pier since 1990.
            """));

        Assert.Equal("Runa Vell", Quote(drafts, "Nobody told us").Speaker);
    }

    [Fact]
    public void A_given_name_after_a_relative_is_kept_as_written_when_no_full_name_is_printed()
    {
        var drafts = RulesAlone(Article("""
            Tomas Vell, who ran the ferry kiosk, lost his licence in the sale.

            Vell's wife, Runa, was at the meeting. "Nobody told us a thing," Runa said.
            """));

        Assert.Equal("Runa", Quote(drafts, "Nobody told us").Speaker);
    }

    [Fact]
    public void Said_between_two_name_words_is_part_of_the_name()
    {
        var drafts = RulesAlone(Article("""
            "The sale went smoothly," said Omar Said Vell, a council spokesman. "The buyers have paid."

            "We hope to start work in May," the council spokesman said.
            """));

        Assert.Equal("Omar Said Vell", Quote(drafts, "The sale went smoothly").Speaker);
        Assert.Equal("Omar Said Vell", Quote(drafts, "We hope to start").Speaker);
    }

    [Fact]
    public void Said_after_a_name_and_before_a_lowercase_word_is_still_the_verb()
    {
        var drafts = RulesAlone(Article("Ana Ruiz Said nothing new. \"The sale went smoothly,\" Tomas Vell said."));

        Assert.Equal("Tomas Vell", Quote(drafts, "The sale went smoothly").Speaker);
    }
}
