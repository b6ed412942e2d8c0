using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class UnusualQuotationMarkTests
{
    [Theory]
    [InlineData("”We will rebuild the bridge by spring,” said Marta Kovac, the mayor of Lindenhall.")]
    [InlineData("“We will rebuild the bridge by spring,’’ said Marta Kovac, the mayor of Lindenhall.")]
    [InlineData("“We will rebuild the bridge by spring,’‘ said Marta Kovac, the mayor of Lindenhall.")]
    [InlineData("“We will rebuild the bridge by spring,'' said Marta Kovac, the mayor of Lindenhall.")]
    public void A_quotation_opened_by_a_right_mark_or_closed_by_two_single_marks_is_found(string article)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("We will rebuild the bridge by spring", draft.Text);
        Assert.Equal("Marta Kovac", draft.Speaker);
    }

    [Fact]
    public void Quotations_closed_by_two_single_marks_each_end_there()
    {
        const string article = """
            Councillor Tomas Berg voted against the plan.

            “The harbour must stay open,’’ he said. “Fishing is all we have.’’
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(["The harbour must stay open", "Fishing is all we have."], drafts.Select(d => d.Text));
        Assert.All(drafts, d => Assert.Equal("Tomas Berg", d.Speaker));
    }

    [Fact]
    public void A_right_mark_after_a_space_and_before_a_space_opens_nothing()
    {
        const string article = "“We are finished here, ” said Tomas Berg. Later he left.";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("We are finished here", draft.Text);
    }

    [Fact]
    public void A_possessive_apostrophe_before_a_closing_mark_is_not_two_single_marks()
    {
        const string article = "“We owe it to the fishermen’ families,” said Tomas Berg.";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("We owe it to the fishermen’ families", draft.Text);
    }
}
