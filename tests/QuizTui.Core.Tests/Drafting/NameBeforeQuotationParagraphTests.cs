using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class NameBeforeQuotationParagraphTests
{
    [Fact]
    public void A_name_opening_a_sentence_is_a_person_when_the_next_paragraph_quotes_he_or_she()
    {
        const string article = """
            Hart reaches the Riverton final

            Lena Hart stormed into the final with a straight sets win over Mia Roos, and the home favourite was delighted.

            "It's wonderful to be here," she said. "I never dreamt of this day."

            Hart's opponent on Sunday is still to be decided.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Lena Hart", d.Speaker));
    }

    [Fact]
    public void A_pronoun_further_on_than_the_next_paragraphs_first_sentence_makes_no_person()
    {
        const string article = """
            Storm season opens early

            Storm Bella swept over the coast on Monday and the ferries stopped.

            Harbour staff worked through the night. The pier was closed.

            "It was the worst night of the year," she said.

            Storm Bella's damage is still being counted.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.NotEqual("Storm Bella", draft.Speaker);
    }
}
