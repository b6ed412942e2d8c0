using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class Tune9RoundTests
{
    [Fact]
    public void An_abbreviation_in_brackets_with_its_letters_reordered_stands_for_the_name_before_it()
    {
        const string article = """
            Lindenport rowers suspend coach

            The Lindenport Rowing Federation (RLF) released a statement on Tuesday about its coach. It read: "We condemn any form of violence and will not comment until the inquiry is over."
            """;

        var quote = Quote(RulesAlone(article), "We condemn any form");

        Assert.Equal("Lindenport Rowing Federation", quote.Speaker);
    }

    [Fact]
    public void A_capitalised_body_word_after_the_refers_back_to_the_one_body_named_with_it()
    {
        const string article = """
            Kell harbour closes

            The Lindenport Water Board met on Monday to discuss the harbour wall.

            "The harbour will close for a week while the wall is mended," the Board said.
            """;

        var quote = Quote(RulesAlone(article), "The harbour will close");

        Assert.Equal("Lindenport Water Board", quote.Speaker);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_body_named_with_and_is_the_one_body_its_last_words_name_too()
    {
        const string article = """
            Harbour fees stay

            The Lindenport Water and Harbour Board (LWHB) met on Monday.

            "The charges stand," the Board said in a statement.
            """;

        var quote = Quote(RulesAlone(article), "The charges stand");

        Assert.Equal("Lindenport Water and Harbour Board", quote.Speaker);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void Initials_in_brackets_spell_a_name_with_of_and_and_in_it()
    {
        const string article = """
            Inmate hurt at Kell prison

            The Lindenport Department of Prisons and Parole (LDPP) did not name the inmate on Saturday.

            The Department issued a statement that an inmate had been hurt: "There was an assault on an inmate on Friday and staff acted at once."
            """;

        var quote = Quote(RulesAlone(article), "There was an assault");

        Assert.Equal("Lindenport Department of Prisons and Parole", quote.Speaker);
    }

    [Fact]
    public void A_capitalised_body_word_shared_by_two_bodies_is_not_given_to_either()
    {
        const string article = """
            Kell harbour closes

            The Lindenport Water Board met the Kell Harbour Board on Monday.

            "The harbour will close for a week," the Board said.
            """;

        var quote = Quote(RulesAlone(article), "The harbour will close");

        Assert.NotEqual("Lindenport Water Board", quote.Speaker);
        Assert.NotEqual("Kell Harbour Board", quote.Speaker);
    }

    [Fact]
    public void A_hyphenated_given_name_after_the_surname_is_part_of_the_name()
    {
        const string article = """
            Lindenport police defend officer

            Police Superintendent Ana Lin Mei-ling said at a press conference: "The officer's life was threatened and he acted to save it."
            """;

        var quote = Quote(RulesAlone(article), "The officer's life");

        Assert.Equal("Ana Lin Mei-ling", quote.Speaker);
    }

    [Fact]
    public void A_hyphenated_given_name_after_a_surname_alone_is_part_of_the_name()
    {
        const string article = """
            Lindenport mayor resigns

            Mayor Kim Won-ho said on Monday: "I leave the office to someone who can give it more time."
            """;

        var quote = Quote(RulesAlone(article), "I leave the office");

        Assert.Equal("Kim Won-ho", quote.Speaker);
    }

    [Fact]
    public void A_word_with_a_describing_ending_after_a_hyphen_is_not_a_given_name()
    {
        const string article = """
            Kell bakery wins prize

            Baker Tomas Vell Kell-born and bred, said: "The prize belongs to the whole street."
            """;

        var quote = Quote(RulesAlone(article), "The prize belongs");

        Assert.EndsWith("Tomas Vell", quote.Speaker);
    }
}
