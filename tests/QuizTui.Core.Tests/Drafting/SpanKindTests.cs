using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class SpanKindTests
{
    [Theory]
    [InlineData("The ferry operator Pell Marine said in its notice that crossings were \"suspended until the harbour wall has been inspected and declared safe\".", "suspended until")]
    [InlineData("Councillor Ines Varga, who chaired the meeting, called for calm. Residents were told the plan \"will not close a single bus stop in the northern villages\".", "will not close")]
    [InlineData("The trust described the surgeon as \"a tireless presence on the wards for three decades.\"", "a tireless presence")]
    [InlineData("A survey by the parish found rents to be \"the single greatest worry of families under forty\".", "the single greatest")]
    public void A_quoted_clause_longer_than_a_label_is_speech_even_without_an_attribution_found(string article, string startsWith)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }

    [Fact]
    public void Words_written_all_in_capitals_are_shouted_speech_not_a_title()
    {
        const string article = "The coach has not spoken since, posting only \"WE WILL BE BACK NEXT SEASON, STRONGER!\" on the club's page.";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }

    [Theory]
    [InlineData("The charter lists \"Theft, Fraud, or other grave Offences against the Guild\" as grounds for expulsion.", "Theft, Fraud")]
    [InlineData("She rode in the \"Great Northern Coastal Road Relay for Hospital Beds\" last spring.", "Great Northern")]
    public void A_long_quotation_written_mostly_in_capitals_is_a_name_or_a_quoted_rule_not_speech(string article, string startsWith)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

        Assert.Equal(QuotationKind.Label, draft.Kind);
    }

    [Theory]
    [InlineData("Visitors leave notes with questions like \"Why are the lamps kept burning all through the night here?\" at the desk.", "Why are the lamps")]
    [InlineData("And that whole notion of, like, \"wait until the storm passes and everything will sort itself out\" never worked for us.", "wait until the storm")]
    [InlineData("If a lamp went out, the keepers would say, \"The wind got in again through the old door.\"", "The wind got in")]
    [InlineData("When the doctor arrives, would you be like \"Send me somebody older, I do not trust you at all\"?", "Send me somebody")]
    public void An_example_or_an_imagined_reply_is_a_label_not_speech(string article, string startsWith)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

        Assert.Equal(QuotationKind.Label, draft.Kind);
    }

    [Theory]
    [InlineData("When we lost the final, the players were like, \"We have to start again from nothing next autumn.\"", "We have to start")]
    [InlineData("Every morning the old keeper would say, \"Check the lamp before you check the weather.\"", "Check the lamp")]
    public void An_actual_reply_or_a_habit_stays_speech(string article, string startsWith)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }

    [Theory]
    [InlineData("Cyclists carried a banner from the Easton Riders Club saying \"share the road\".", "share the road")]
    [InlineData("\"Save Our Pier\" placards lined the promenade on Sunday.", "Save Our Pier")]
    [InlineData("Her last post was a photo of the harbour with \"farewell\" written as the caption.", "farewell")]
    [InlineData("The council added the question, \"Do you use the ferry at least once a week?\", to the survey.", "Do you use the ferry")]
    public void Words_written_on_something_or_a_question_on_a_form_are_labels(string article, string startsWith)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

        Assert.Equal(QuotationKind.Label, draft.Kind);
    }

    [Theory]
    [InlineData("Fans left the ground early, shouting \"not good enough!\" at the directors' box.", "not good enough!")]
    [InlineData("The chair closed the meeting, declaring \"we are done here\" before anyone could object.", "we are done here")]
    public void Short_words_right_after_the_ing_form_of_a_speech_verb_are_speech(string article, string text)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text == text);

        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }

    [Theory]
    [InlineData("The outbreak was declared a \"crisis\" by the Easton Board of Health on Monday.", "crisis")]
    [InlineData("The new timetable was described as \"plainly reckless\" by Mayor Lia Park.", "plainly reckless")]
    public void Short_words_given_in_the_passive_to_a_named_speaker_are_speech(string article, string text)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text == text);

        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }

    [Theory]
    [InlineData("The \"temporary\" ramp was built by the Easton Rowing Club in 2004.", "temporary")]
    [InlineData("Reading \"the small print\" is a habit worth keeping.", "the small print")]
    public void A_scare_quote_without_a_speech_verb_stays_a_label(string article, string text)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Text == text);

        Assert.Equal(QuotationKind.Label, draft.Kind);
    }

    [Fact]
    public void A_designation_after_identified_as_is_a_label()
    {
        const string article = "Police identified the driver only as \"Mr. K\" while the inquiry went on.";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Label, draft.Kind);
    }
}
