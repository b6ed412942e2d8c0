using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class InvertedAndParticipleTests
{
    [Theory]
    [InlineData("\"The levy is unfair to small farms,\" said the county treasurer, Miriam Cole.", "Miriam Cole")]
    [InlineData("\"The levy is unfair,\" said the mayor of Dunmore, Jon Pike, on Tuesday.", "Jon Pike")]
    [InlineData("Treasurer Miriam Cole spoke first. \"The levy is unfair,\" Cole told reporters on Tuesday.", "Miriam Cole")]
    [InlineData("Treasurer Miriam Cole spoke first. \"The levy is unfair,\" she told the Easton Herald.", "Miriam Cole")]
    [InlineData("Treasurer Miriam Cole spoke first. \"The levy is unfair,\" according to Cole.", "Miriam Cole")]
    public void A_speaker_after_the_quotation_in_inverted_order_or_as_the_teller_is_found_and_the_listener_is_not(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void A_participle_after_a_quotation_inside_a_sentence_shares_that_sentences_subject()
    {
        const string article = """
            Fire chief Dana Wells thanked the crews, "You saved the street," adding that two homes were lost.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Dana Wells", draft.Speaker);
        Assert.Equal("adding", draft.Attribution);
    }

    [Fact]
    public void A_participle_after_a_quotation_that_opens_its_sentence_takes_the_sentence_before_and_says_to_check()
    {
        const string article = """
            Mayor Jon Pike met the farmers on Monday. "We heard every one of you," writing on Twitter after the meeting.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Jon Pike", draft.Speaker);
        Assert.True(draft.NeedsCheck);
        Assert.Equal("'writing' after it has no subject of its own; taken as Jon Pike, the subject of the sentence before: check", draft.Reason);
    }

    [Fact]
    public void A_participle_after_a_quotation_does_not_reach_over_another_quotation()
    {
        const string article = """
            "The road is shut," said Mayor Jon Pike. "We heard every one of you," writing on Twitter after the meeting.
            """;

        var drafts = QuotationDrafter.Extract(article);

        var second = Assert.Single(drafts, d => d.Text.StartsWith("We heard", StringComparison.Ordinal));
        Assert.NotEqual("'writing' after it has no subject of its own; taken as Jon Pike, the subject of the sentence before: check", second.Reason);
    }
}
