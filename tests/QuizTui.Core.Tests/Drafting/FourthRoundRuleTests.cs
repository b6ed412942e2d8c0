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
}
