using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class LabelTests
{
    [Theory]
    [InlineData("The \"temporary\" closure of the pool has now lasted three years.", "temporary")]
    [InlineData("Residents are tired of the so-called \"bridge to nowhere\" on Mill Road.", "bridge to nowhere")]
    [InlineData("Police launched the operation, dubbed \"Operation Clean Harbour and Safe Streets for All,\" on Monday.", "Operation Clean Harbour")]
    [InlineData("The stretch known as \"the Pit\" has seen three crashes this year.", "the Pit")]
    [InlineData("Her 2019 book \"Roads to Nowhere: How Our Towns Lost Their Buses\" sold well.", "Roads to Nowhere")]
    [InlineData("The documentary \"What the River Knew About the Town Before the Flood\" opens Friday.", "What the River Knew")]
    [InlineData("Marchers carried signs reading \"Keep the Library Open for Our Children\" through town.", "Keep the Library Open")]
    [InlineData("The library's \"new\" hours turned out to be last year's.", "new")]
    [InlineData("Police seized cash and MDMA (\"molly\") in the raid.", "molly")]
    [InlineData("Jo Kell of \"Safe Streets Now\", a victims' group, spoke to reporters.", "Safe Streets Now")]
    [InlineData("The Riverton Players will stage \"The Long Winter of Harbour Street and Its People\" in May.", "The Long Winter")]
    public void Scare_quotes_titles_coined_labels_and_emphasis_are_labels_not_speech(string article, string startsWith)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

        Assert.Equal(QuotationKind.Label, draft.Kind);
        Assert.False(draft.NeedsCheck);
    }

    [Fact]
    public void Speech_beside_labels_in_the_same_article_is_still_speech()
    {
        const string article = """
            The so-called "quiet hours" bylaw took effect on Friday.

            "Nobody wants to live next to a building site at midnight," said councillor Wen Zhao, who wrote it.

            Zhao said the rule was "common sense that every neighbour will recognise as fair."
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(
            [QuotationKind.Label, QuotationKind.Speech, QuotationKind.Speech],
            drafts.Select(d => d.Kind));
        Assert.All(drafts.Skip(1), d => Assert.Equal("Wen Zhao", d.Speaker));
    }

    [Fact]
    public void Labels_are_left_out_of_the_yaml_draft()
    {
        const string article = "The so-called \"quiet hours\" bylaw passed. \"It is about respect,\" said Wen Zhao.\n";

        var yaml = DraftQuotationWriter.ToYaml(QuotationDrafter.Extract(article), "bylaw");

        Assert.DoesNotContain("quiet hours", yaml, StringComparison.Ordinal);
        Assert.Contains("It is about respect", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ada Lune wrote the 2009 novel Ember, which the Valley Times called \"the boldest book of the decade.\"")]
    [InlineData("The Easton Herald described the vote as \"a quiet revolt in the suburbs\".")]
    [InlineData("Reuters called the deal \"the largest in the region this year\".")]
    public void Another_outlets_wording_is_a_label_not_speech(string article)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Label, draft.Kind);
    }

    [Fact]
    public void A_speaker_who_talks_to_an_outlet_still_speaks()
    {
        var draft = Assert.Single(QuotationDrafter.Extract("\"We are closing the plant,\" the mill's owner Kit Grant told the Easton Herald."));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal("Kit Grant", draft.Speaker);
    }
}
