using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

/// <summary>A name described by words no list knows ("Port baker Tomas Vell said") is still the subject of its speech verb.</summary>
public class UnknownDescriptionTests
{
    [Fact]
    public void A_pronoun_goes_to_the_speaker_whose_job_no_list_knows()
    {
        const string article = """
            Harbour wall story

            "We cannot wait for another winter like that one," said Mayor Ana Ruiz.

            Port baker Tomas Vell said the work would take most of the summer. "Boats will have to use the north quay," he said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.Equal("Ana Ruiz", drafts[0].Speaker);
        Assert.Equal("Tomas Vell", drafts[1].Speaker);
    }

    [Fact]
    public void A_description_after_a_comma_counts_too()
    {
        const string article = """
            "The pier is safe," said Mayor Ana Ruiz.

            The wall cracked in January, harbour trader Tomas Vell said on Monday. "He is wrong about the pier," he said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Tomas Vell", drafts[^1].Speaker);
    }

    [Fact]
    public void A_name_after_by_is_not_the_subject_of_the_verb_after_it()
    {
        const string article = """
            Mayor Ana Ruiz said the wall would be rebuilt by September.

            A letter from port baker Tomas Vell said the wall was unsafe. "It will hold," she said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ana Ruiz", draft.Speaker);
    }
}
