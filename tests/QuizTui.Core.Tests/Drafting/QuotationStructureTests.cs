using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class QuotationStructureTests
{
    [Fact]
    public void A_quotation_split_by_its_attribution_with_a_dash_is_one_quotation()
    {
        const string article = "“The money is there,” treasurer Lin Park said — “it always was.”\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("The money is there … it always was.", draft.Text);
        Assert.Equal("Lin Park", draft.Speaker);
    }

    [Fact]
    public void The_comma_that_leads_into_the_attribution_is_not_part_of_the_quotation()
    {
        const string article = "“We will reopen the pool in June,” said Nadia Stern, who runs the leisure centre.\n";

        Assert.Equal("We will reopen the pool in June", Assert.Single(QuotationDrafter.Extract(article)).Text);
    }

    [Theory]
    [InlineData("\"We will appeal.\" Lawyer Kim Soto said so outside the courthouse on Friday.")]
    [InlineData("\"We will appeal.\" So said Kim Soto, the family's lawyer, outside the courthouse.")]
    [InlineData("\"We will appeal.\" Kim Soto, the family's lawyer, said it twice on the courthouse steps.")]
    public void An_attribution_in_the_next_sentence_names_the_speaker(string article)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Kim Soto", draft.Speaker);
        Assert.StartsWith("speaker named in the next sentence", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_next_sentence_that_reports_something_new_does_not_attribute_the_quotation()
    {
        const string article = "\"We will appeal.\"\n\nKim Soto said the family had not decided where to file.\n";

        var draft = Assert.Single(QuotationDrafter.Draft(article, new DraftOptions { RankUnattributed = false }).Quotations);

        Assert.False(draft.SpeakerResolved);
        Assert.Equal("no speaker found: check", draft.Reason);
        // By default the person named next is only a suggestion, marked.
        Assert.True(Assert.Single(QuotationDrafter.Extract(article)).SpeakerGuessed);
    }

    [Theory]
    [InlineData("According to harbour master Ines Duarte, \"the ferry will sail on time all summer.\"")]
    [InlineData("Harbour master Ines Duarte put it plainly: \"The ferry will sail on time all summer.\"")]
    [InlineData("Harbour master Ines Duarte told reporters on the pier: \"The ferry will sail on time all summer.\"")]
    public void An_attribution_before_the_quotation_names_the_speaker(string article)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ines Duarte", draft.Speaker);
        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }

    [Fact]
    public void Two_speakers_quoted_in_one_paragraph_each_get_their_own_words()
    {
        const string article = """
            "We won't accept this offer," said union leader Pat Kerr. But company spokesman Ray Dunn said: "The offer is fair and it stands." "We have nothing more to add," Dunn added.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(["Pat Kerr", "Ray Dunn", "Ray Dunn"], drafts.Select(d => d.Speaker));
    }

    [Fact]
    public void An_unattributed_quotation_between_two_speakers_continues_the_one_before_it()
    {
        const string article = """
            "The vote was rigged," said Councillor Eva Lund. "I will ask for a recount." Councillor Otto Brun said: "The count was clean."
            """;

        var drafts = QuotationDrafter.Extract(article);

        var middle = Assert.Single(drafts, d => d.Text.StartsWith("I will ask", StringComparison.Ordinal));
        Assert.Equal("Eva Lund", middle.Speaker);
        Assert.Equal("continues the quotation by Eva Lund earlier in the paragraph", middle.Reason);
        Assert.Equal("Otto Brun", Assert.Single(drafts, d => d.Text.StartsWith("The count", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Two_speakers_named_together_are_given_together_and_marked_to_check()
    {
        var draft = Assert.Single(QuotationDrafter.Extract("\"We are not going anywhere,\" Nina Cole and Raj Mehta said in a joint statement.\n"));

        Assert.Equal("Nina Cole and Raj Mehta", draft.Speaker);
        Assert.True(draft.NeedsCheck);
    }

    [Fact]
    public void A_name_in_the_appositive_of_a_description_is_the_speaker()
    {
        var draft = Assert.Single(QuotationDrafter.Extract("\"We lost everything,\" his wife, Maria, said.\n"));

        Assert.Equal("Maria", draft.Speaker);
        Assert.Equal("'Maria' in the same sentence, but the article never gives a full name: check", draft.Reason);
    }

    [Fact]
    public void A_quotation_interrupted_by_its_attribution_with_the_comma_outside_the_marks_is_one_quotation()
    {
        const string article = "\"The pier has stood for a hundred years\", reads a statement from the Easton Pier Trust, \"and it will stand for a hundred more.\"";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("The pier has stood for a hundred years … and it will stand for a hundred more.", draft.Text);
        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }

    [Fact]
    public void A_quotation_inside_a_quotation_with_the_same_straight_marks_stays_part_of_the_outer_one()
    {
        const string article = "Ida Brenn wrote on her blog. \"The \"new\" timetable cuts the last bus. Nobody asked the riders.\" Brenn later wrote, \"We will keep asking.\"";

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(
            ["The \"new\" timetable cuts the last bus. Nobody asked the riders.", "We will keep asking."],
            drafts.Select(d => d.Text));
        Assert.All(drafts, d => Assert.Equal("Ida Brenn", d.Speaker));
    }
}
