using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// A person named between commas, or described by words the role list does not know, and a reply
// in the sentence after a quotation introduced by a colon. Every article here is invented.
public class AppositiveNameTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    private static DraftedPerson Person(string article, string name) =>
        Assert.Single(QuotationDrafter.Draft(article).People, p => p.Name == name);

    [Theory]
    [InlineData("Nora Vell, a deckhand, said: \"Nobody wants to strike.\"", "deckhand")]
    [InlineData("Nora Vell, a deckhand, said, \"Nobody wants to strike.\"", "deckhand")]
    [InlineData("Nora Vell, an off-duty deckhand, said: \"Nobody wants to strike.\"", "off-duty deckhand")]
    public void A_description_the_role_list_does_not_know_still_leaves_the_name_the_speaker(string sentence, string role)
    {
        var article = $"""
            Ferry crews walk out

            {sentence}
            """;

        var draft = Speech(article, "Nobody wants");
        Assert.Equal("Nora Vell", draft.Speaker);
        Assert.False(DraftConfidence.NeedsCheck(draft.Confidence));
        Assert.Equal(role, Person(article, "Nora Vell").Role, ignoreCase: true);
    }

    [Fact]
    public void A_name_set_off_after_a_role_of_a_field_is_the_person_a_later_pronoun_means()
    {
        const string article = """
            Ferry crews walk out

            The harbour was quiet on Tuesday. Kell Council's head of transport, Ivo Marsh, said the council would meet the crews. "We want this settled before the summer," he said.
            """;

        Assert.Equal("Ivo Marsh", Speech(article, "We want this").Speaker);
        var person = Person(article, "Ivo Marsh");
        Assert.Equal("head of transport", person.Role, ignoreCase: true);
        Assert.Equal("Kell Council", person.Organisation);
    }

    [Fact]
    public void A_body_named_between_commas_after_its_noun_is_not_taken_for_the_speaker()
    {
        const string article = """
            Port news

            Ana Ruiz, the editor of the port's weekly newspaper, Kell Tidings, said the paper was "never only about ships."
            """;

        Assert.Equal("Ana Ruiz", Speech(article, "never only").Speaker);
        Assert.DoesNotContain(QuotationDrafter.Draft(article).People, p => p.Name == "Kell Tidings" && p.Kind == SpeakerKind.Person);
    }

    [Fact]
    public void A_body_described_between_commas_is_no_person()
    {
        const string article = """
            Ferry crews walk out

            Lindenport Ferries, a small company, said: "The boats will sail on Friday."
            """;

        Assert.DoesNotContain(QuotationDrafter.Draft(article).People, p => p.Name == "Lindenport Ferries" && p.Kind == SpeakerKind.Person);
    }

    [Theory]
    [InlineData("Tomas Marsh agreed.")]
    [InlineData("Others agreed.")]
    public void A_reply_in_the_next_sentence_does_not_take_a_quotation_its_colon_already_attributes(string reply)
    {
        var article = $"""
            Ferry crews walk out

            Nora Vell said: "Nobody wants to strike." {reply}
            """;

        var draft = Speech(article, "Nobody wants");
        Assert.Equal("Nora Vell", draft.Speaker);
        Assert.False(DraftConfidence.NeedsCheck(draft.Confidence));
    }

    [Fact]
    public void A_quotation_without_a_colon_is_still_given_to_the_next_sentence_that_names_its_speaker()
    {
        const string article = """
            Ferry crews walk out

            The crews met on Monday. "Nobody wants to strike." Tomas Marsh said so after the meeting.
            """;

        Assert.Equal("Tomas Marsh", Speech(article, "Nobody wants").Speaker);
    }
}
