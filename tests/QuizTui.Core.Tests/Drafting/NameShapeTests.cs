using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Names shaped as international news prints them: particles, ages, surnames of two words, family
// names written first. Every article here is invented for these tests.
public class NameShapeTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("Ivo van der Marsh")]
    [InlineData("Kees van den Berg")]
    [InlineData("Lena de la Vell")]
    [InlineData("Ludo von der Kell")]
    public void A_name_keeps_two_particles_before_its_surname(string name)
    {
        var article = $"""
            Harbour talks

            "Nothing is agreed yet," {name} told reporters on Monday.
            """;

        var draft = Speech(article, "Nothing is agreed");
        Assert.Equal(name, draft.Speaker);
        Assert.False(DraftConfidence.NeedsCheck(draft.Confidence));
    }

    [Fact]
    public void A_surname_with_two_particles_printed_alone_keeps_them()
    {
        const string article = """
            Harbour talks

            "We are close," said Ivo van der Marsh, the port director.

            "Nothing is signed," said van der Marsh.
            """;

        Assert.Equal("Ivo van der Marsh", Speech(article, "Nothing is signed").Speaker);
    }

    [Fact]
    public void A_given_name_spelt_like_a_month_keeps_a_surname_with_a_particle()
    {
        const string article = """
            Dyke repairs

            "The dyke will hold," said Jan de Vell, the engineer.
            """;

        Assert.Equal("Jan de Vell", Speech(article, "The dyke will").Speaker);
    }

    [Fact]
    public void An_age_between_a_name_and_its_description_leaves_the_name_the_speaker()
    {
        const string article = """
            Harbour vote

            Ivo Vell, 47, a dock worker, said the vote came "far too late for us."
            """;

        var draft = Speech(article, "far too late");
        Assert.Equal("Ivo Vell", draft.Speaker);
        Assert.False(DraftConfidence.NeedsCheck(draft.Confidence));
    }

    [Fact]
    public void An_age_before_a_place_and_a_colon_leaves_the_name_the_speaker()
    {
        const string article = """
            Harbour vote

            Tomas Pike, 61, of Kell, said: "It was cold on the quay."
            """;

        Assert.Equal("Tomas Pike", Speech(article, "It was cold").Speaker);
    }

    [Fact]
    public void A_number_after_a_name_that_is_no_age_is_not_dropped()
    {
        // "Pier 140" is a place, not a person of 140 years: the description after it is the subject.
        const string article = """
            Harbour vote

            At Pier 140, a dock worker, said "we were not asked."
            """;

        Assert.NotEqual("Pier", Speech(article, "we were not asked").Speaker);
    }

    [Fact]
    public void A_surname_of_two_words_printed_alone_is_the_person_named_in_full()
    {
        const string article = """
            Port election

            Ana Lin Tomas Vell, the party leader, said on Monday that the count had gone well.

            "I think you all know the results," Tomas Vell said later.
            """;

        Assert.Equal("Ana Lin Tomas Vell", Speech(article, "I think you all").Speaker);
    }

    [Fact]
    public void A_surname_of_two_words_finds_the_full_name_printed_as_an_owner()
    {
        const string article = """
            Port election

            Ana Lin Tomas Vell's allies on Monday predicted a clear win in the harbour vote.

            Appearing before supporters, Tomas Vell, 70, said, "I think you all know the results."
            """;

        Assert.Equal("Ana Lin Tomas Vell", Speech(article, "I think you all").Speaker);
    }

    [Fact]
    public void A_description_of_one_word_before_a_name_is_not_taken_for_a_given_name()
    {
        // "Fisherman" could be a given name as far as spelling goes; one word before a two-word name
        // is not enough to call "Ivo Marsh" a surname of two words.
        const string article = """
            Quay repairs

            Harbourmaster Ivo Marsh was on the quay on Monday.

            "The quay is safe," Ivo Marsh said.
            """;

        Assert.Equal("Ivo Marsh", Speech(article, "The quay is safe").Speaker);
    }

    [Fact]
    public void A_family_name_written_first_and_used_alone_is_the_person_named_in_full()
    {
        const string article = """
            Harbour protest

            Jang Min-seo, a spokeswoman for the fishermen, asked the police to stand back.

            "We have been peaceful from the start," Jang said.
            """;

        var draft = Speech(article, "We have been peaceful");
        Assert.Equal("Jang Min-seo", draft.Speaker);
    }

    [Fact]
    public void A_word_that_ends_another_name_is_a_surname_written_last_not_a_family_name_first()
    {
        // "Vell" ends "Ana Vell" as a surname does, so "Vell Tower" (a building) is not her name.
        const string article = """
            Tower sale

            Ana Vell bought Vell Tower in the spring.

            "It was a bargain," Vell said.
            """;

        Assert.Equal("Ana Vell", Speech(article, "It was a bargain").Speaker);
    }

    [Fact]
    public void A_role_holder_of_the_other_gender_than_the_opening_pronoun_is_marked()
    {
        const string article = """
            Presenter dies

            Friends of TV presenter Tomas Vell have paid tribute to him after his death at 60.

            Among the first was his former co-host, Ana Ruiz, whom Tomas met in the 1970s.

            In a statement on her website, the TV presenter said he was "one of a kind".
            """;

        var draft = Speech(article, "one of a kind");
        Assert.True(DraftConfidence.NeedsCheck(draft.Confidence));
    }
}
