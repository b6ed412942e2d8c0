using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class Tune11RoundTests
{
    [Fact]
    public void Words_someone_termed_something_are_their_words()
    {
        const string article = """
            Mayor answers critics

            Lindenport Mayor Ana Ruiz said on Monday she would fight what she termed an "unfair" campaign of "rumours and half-truths" against her office.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal(QuotationKind.Speech, Quote(drafts, "unfair").Kind);
        Assert.Equal("Ana Ruiz", Quote(drafts, "unfair").Speaker);
        Assert.Equal("Ana Ruiz", Quote(drafts, "rumours and half-truths").Speaker);
    }

    [Fact]
    public void A_term_in_the_passive_stays_a_label()
    {
        const string article = """
            Ferry fares

            The fares, termed "harbour dues" in the old rules, rose again on Monday.
            """;

        Assert.Equal(QuotationKind.Label, Quote(RulesAlone(article), "harbour dues").Kind);
    }

    [Fact]
    public void Words_someone_thought_of_a_person_as_are_their_words()
    {
        const string article = """
            Captain freed

            Norland citizen Tomas Vell, whose brother drowned in the wreck, thought of the captain as "a reckless man" and said so again on Monday.
            """;

        var quote = Quote(RulesAlone(article), "a reckless man");

        Assert.Equal(QuotationKind.Speech, quote.Kind);
        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void Words_someone_threatened_another_with_are_their_words()
    {
        const string article = """
            Ferry delays

            Harbour board chair Ana Ruiz threatened the ferry company with "serious penalties" for the delays.
            """;

        var quote = Quote(RulesAlone(article), "serious penalties");

        Assert.Equal(QuotationKind.Speech, quote.Kind);
        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void Words_after_named_that_give_a_reason_are_not_a_name()
    {
        const string article = """
            New comet

            The comet was found last week by Tomas Vell. Professor Vell told the Lindenport Courier that it was named "as a joke".
            """;

        var quote = Quote(RulesAlone(article), "as a joke");

        Assert.Equal(QuotationKind.Speech, quote.Kind);
        Assert.Equal("Tomas Vell", quote.Speaker);
    }

    [Fact]
    public void A_name_after_named_stays_a_label()
    {
        const string article = """
            Harbour dog

            The ferry crew keep a dog named "Rex" on board, Tomas Vell said.
            """;

        Assert.Equal(QuotationKind.Label, Quote(RulesAlone(article), "Rex").Kind);
    }

    [Fact]
    public void A_second_quotation_after_the_attribution_and_a_semicolon_is_the_same_speakers()
    {
        const string article = """
            Minister hits back

            Harbour minister Ana Ruiz rejected the claims. "The people spreading these stories should show their evidence or stop," said Ruiz; "I don't think rumours will take this town anywhere."
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Ana Ruiz", Quote(drafts, "The people spreading").Speaker);
        Assert.Equal(QuotationKind.Speech, Quote(drafts, "I don't think rumours").Kind);
        Assert.Equal("Ana Ruiz", Quote(drafts, "I don't think rumours").Speaker);
    }

    [Fact]
    public void A_bills_own_wording_after_concerning_is_a_label()
    {
        const string article = """
            Council passes ferry bill

            The council took up a bill from the harbour committee concerning "the safety of passengers on ferries crossing the harbour at night, to require a life jacket for every passenger on every deck," and passed it on Monday.
            """;

        Assert.Equal(QuotationKind.Label, Quote(RulesAlone(article), "the safety of passengers").Kind);
    }

    [Fact]
    public void A_newspaper_in_the_speakers_appositive_is_not_the_speaker()
    {
        const string article = """
            Cartoonist sued

            The growers sued the cartoonist on Monday. Tomas Vell, Lindenport Courier newspaper's best-known cartoonist, told a radio station that the lawsuit is "a waste of everyone's time."
            """;

        Assert.Equal("Tomas Vell", Quote(RulesAlone(article), "a waste of everyone").Speaker);
    }

    [Fact]
    public void A_town_after_a_university_is_not_the_speaker()
    {
        const string article = """
            Oldest rock

            On Monday, geologists at the Norland University, Lindenport, announced the find of a rock, named K-9 and according to the university's geology professor Ana Ruiz, it is "the oldest rock ever found on the island".
            """;

        Assert.Equal("Ana Ruiz", Quote(RulesAlone(article), "the oldest rock").Speaker);
    }

    [Fact]
    public void A_scare_quote_after_according_to_with_no_speech_verb_stays_a_label()
    {
        const string article = """
            Files reopened

            While most of the files stayed open, according to a ministry official, two were moved to the "Restricted" level.
            """;

        Assert.Equal(QuotationKind.Label, Quote(RulesAlone(article), "Restricted").Kind);
    }

    [Theory]
    [InlineData("However, Norland citizen Tomas Vell, father of one of the passengers, believes the captain was not at fault.")]
    [InlineData("However, UK citizen Tomas Vell, father of another victim of the wreck, believes al-Vantol was not guilty.")]
    public void He_after_a_citizen_introduced_as_the_subject_goes_to_that_citizen(string sentence)
    {
        var article = $"""
            Captain buried

            According to Ivo Marsh, First Minister of Norland, the inquiry into the wreck is ongoing. Marsh also called for calm. The harbour police, he said, had always thought others were to blame.

            {sentence} He described the ruling as "a sad day", telling the Courier he was "sure the captain did nothing wrong".
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Tomas Vell", Quote(drafts, "a sad day").Speaker);
        Assert.Equal("Tomas Vell", Quote(drafts, "sure the captain").Speaker);
    }
}
