using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class FourthRoundRuleTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    // ---- nationality adjectives ----

    [Theory]
    [InlineData("Polish")]
    [InlineData("Japanese")]
    [InlineData("Norwegian")]
    [InlineData("Korean")]
    [InlineData("French")]
    [InlineData("Israeli")]
    public void A_nationality_adjective_is_read_as_one(string word)
    {
        Assert.True(Lexicon.IsNationalityAdjective(word));
    }

    [Theory]
    [InlineData("polish")]
    [InlineData("Hootsuite")]
    [InlineData("Finch")]
    [InlineData("Ian")]
    public void Other_words_are_not_nationality_adjectives(string word)
    {
        Assert.False(Lexicon.IsNationalityAdjective(word));
    }

    [Fact]
    public void A_nationality_before_a_role_is_no_organisation_for_a_later_organisation_noun()
    {
        const string article = """
            The senior Danish bishop Karl Holm met the families on Monday.

            "The apology came far too late," the charity said.
            """;

        Assert.DoesNotContain("Danish", QuotationDrafter.Draft(article).Organisations);
        Assert.NotEqual("Danish", Speech(article, "The apology").Speaker);
    }

    [Fact]
    public void Officials_described_by_a_nationality_stay_a_description()
    {
        const string article = "Swedish officials said \"the border will stay open through the winter\".";

        Assert.Equal("Swedish officials", Speech(article, "the border").Speaker);
    }

    // ---- a quoted name inside the subject ----

    [Fact]
    public void A_quoted_group_name_after_of_is_part_of_the_speakers_description()
    {
        const string article =
            "Calling it \"a hollow gesture\", Mira Tann of \"Speak Up\", a support charity, told reporters \"the apology came far too late\".";

        Assert.Equal("Mira Tann", Speech(article, "the apology").Speaker);
    }

    [Fact]
    public void A_description_ending_in_a_lowercase_word_after_of_is_read_without_error()
    {
        const string article = "The head of marketing, a former reporter, said \"We grew faster than anyone planned.\"";

        Assert.True(Speech(article, "We grew").SpeakerResolved);
    }

    // ---- a royal title alone, in lower case ----

    [Theory]
    [InlineData("The palace issued this statement from the king: \"She keeps her place in the royal house.\"")]
    [InlineData("\"She keeps her place in the royal house,\" the king said.")]
    public void The_king_in_lower_case_is_the_one_person_the_article_calls_King(string second)
    {
        var article = $"""
            The party dropped its candidate after her brother, King Osric Tallemar, objected.

            {second}
            """;

        var draft = Speech(article, "She keeps");

        Assert.Equal("Osric Tallemar", draft.Speaker);
        Assert.Equal(DraftConfidence.RoleRefersBack.Value, draft.Confidence);
    }

    [Fact]
    public void The_king_stays_a_description_when_the_article_names_no_king()
    {
        const string article = "\"She keeps her place in the royal house,\" the king said.";

        Assert.Equal("king", Speech(article, "She keeps").Speaker);
        Assert.True(Speech(article, "She keeps").NeedsCheck);
    }

    // ---- a document's author between the reporter's verb and the quotation ----

    [Theory]
    [InlineData("The navy has announced an order by Admiral Rhea Vantol directing crews nearby to \"join the search at first light.\"")]
    [InlineData("The navy has announced an order by Navy Commandant Admiral Rhea Vantol directing Navy crews nearby to \"join the search at first light.\"")]
    [InlineData("The ministry said a directive from Rhea Vantol ordering all crews to \"join the search at first light.\"")]
    public void Words_of_an_order_by_someone_are_its_authors(string article)
    {
        Assert.Equal("Rhea Vantol", Speech(article, "join the search").Speaker);
    }

    [Fact]
    public void A_document_whose_sentence_goes_on_to_another_verb_does_not_claim_the_quotation()
    {
        const string article = "Navy chief Ola Brandt said a letter from Rhea Vantol was read out, and called the plan \"a fine start for the crews\".";

        Assert.NotEqual("Rhea Vantol", Speech(article, "a fine start").Speaker);
    }

    // ---- one person, several spellings ----

    [Fact]
    public void A_surname_printed_without_its_accents_finds_the_accented_full_name()
    {
        const string article = """
            Councillor Tomasz Wojcieśzak opened the hall on Monday.

            "The doors stay open," WojciesZak said.
            """;

        Assert.Equal("Tomasz Wojcieśzak", Speech(article, "The doors").Speaker);
    }

    [Fact]
    public void A_name_without_accents_in_the_headline_takes_the_accented_spelling_of_the_text()
    {
        const string article = """
            Mayor Agnieszka Wronska opens the bridge

            Mayor Agnieszka Wrońska cut the ribbon on Friday. "We waited ten years," Wrońska said.
            """;

        Assert.Equal("Agnieszka Wrońska", Speech(article, "We waited").Speaker);
    }

    [Fact]
    public void A_name_given_once_with_a_middle_name_is_one_person_with_the_shorter_form()
    {
        const string article = """
            Former president Amos Tendai Kuria died on Friday, aged 90.

            Amos Kuria once told a rally: "Only the voters will remove me."
            """;

        Assert.Equal("Amos Tendai Kuria", Speech(article, "Only the voters").Speaker);
    }

    // ---- titles completed by a place, compound titles, church titles ----

    [Theory]
    [InlineData("Senator from Westmark Jo Sands said \"The vote is lost.\"")]
    [InlineData("Former Ambassador to the United Federation Jo Sands said \"The vote is lost.\"")]
    [InlineData("First Minister of Westmark Jo Sands said \"The vote is lost.\"")]
    [InlineData("Alliance Secretary-General Jo Sands said \"The vote is lost.\"")]
    [InlineData("The motion was opposed by archbishop Monsignor Jo Sands. \"The vote is lost,\" Sands said.")]
    public void A_title_with_its_place_or_a_compound_title_is_left_out_of_the_name(string article)
    {
        Assert.Equal("Jo Sands", Speech(article, "The vote").Speaker);
    }

    [Fact]
    public void A_hyphenated_word_ending_in_a_title_is_a_role()
    {
        Assert.True(Lexicon.IsRoleNoun("Secretary-General"));
        Assert.True(Lexicon.IsRoleNoun("ex-president"));
        Assert.False(Lexicon.IsRoleNoun("Smith-Jones"));
    }

    // ---- subjects: a verb joined by "and", a possessive before a name, an opening participle ----

    [Theory]
    [InlineData("Ada Mbeki thanked Ivo Lune for his patience and said she was \"glad the long wait is over\".")]
    [InlineData("In a message posted online, Ada Mbeki praised Ivo Lune for his work on the bridge and said, \"We owe him a great deal.\"")]
    public void A_speech_verb_joined_by_and_to_an_earlier_verb_shares_its_subject(string article)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech);

        Assert.Equal("Ada Mbeki", draft.Speaker);
    }

    [Fact]
    public void After_a_quotation_a_possessive_description_ending_in_a_name_gives_the_name()
    {
        const string article = """
            Ivo Lune died on Sunday, aged 40.

            "Heartbroken," writes Lune's longtime stage partner Ada Mbeki on her blog.
            """;

        Assert.Equal("Ada Mbeki", Speech(article, "Heartbroken").Speaker);
    }

    [Fact]
    public void An_opening_participle_clause_is_not_the_subject_of_a_participle_before_a_quotation()
    {
        const string article = "Having won three titles as a junior, Ada Mbeki left the national team, saying \"it was never my home\" for her.";

        Assert.Equal("Ada Mbeki", Speech(article, "it was never").Speaker);
    }

    // ---- a name opening a sentence, with no title or speech verb ----

    [Theory]
    [InlineData("Lena Ortiz joined the bakery in 2001. \"It felt like family,\" she said.")]
    [InlineData("Tomas Verhoek founded the bakery in 1990.\n\nLena Ortiz joined the bakery in 2001. \"It felt like family,\" she said.")]
    public void A_name_opening_a_sentence_is_a_person_when_a_pronoun_then_speaks(string article)
    {
        Assert.Equal("Lena Ortiz", Speech(article, "It felt").Speaker);
    }

    [Fact]
    public void A_name_opening_a_sentence_is_a_person_when_its_surname_is_used_alone_and_a_pronoun_follows()
    {
        const string article = """
            Amos Tendai Kuria was born in 1930 in a river town. Kuria's first job was teaching. He later led the party.

            "Only the voters will remove me," Amos Kuria told a rally.
            """;

        Assert.Equal("Amos Tendai Kuria", Speech(article, "Only the voters").Speaker);
    }

    [Fact]
    public void A_storm_named_at_the_start_of_a_sentence_is_not_taken_for_a_person()
    {
        const string article = """
            Storm Ingrid struck the islands on Sunday. Ingrid weakened later. The prime minister met the crews.

            "It felt like the end," she said.
            """;

        Assert.False(Speech(article, "It felt").SpeakerResolved);
    }
}
