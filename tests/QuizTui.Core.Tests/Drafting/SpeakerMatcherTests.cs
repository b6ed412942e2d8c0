using QuizTui.Core.Drafting;
using QuizTui.Core.Model;
using Person = QuizTui.Core.Model.Person;

namespace QuizTui.Core.Tests.Drafting;

// The event and the article are invented for these tests.
public class SpeakerMatcherTests
{
    private static readonly NewsEvent Event = new("quarry-fire", "Quarry fire", new DatePeriod(new DateOnly(2025, 6, 14), null), "O", [],
        [
            new Person("tomas-varga", "Tomas Varga", "Fire chief", null),
            new Person("cycling-club", "Alderbrook Cycling Club (club statement)", null, null),
            new Person("cardow", "Cardow Aggregates (company statement)", null, null),
        ],
        [], [], [], "");

    [Theory]
    [InlineData("Tomas Varga", "tomas-varga")]
    [InlineData("Varga", "tomas-varga")]
    [InlineData("Alderbrook Cycling Club", "cycling-club")]
    [InlineData("Cardow Aggregates", "cardow")]
    public void An_organisation_is_found_by_its_name_without_the_note_in_brackets(string found, string id) =>
        Assert.Equal(id, SpeakerMatcher.Match(Event, found)?.Id);

    [Fact]
    public void A_speaker_who_is_not_in_the_event_is_marked_in_the_draft()
    {
        const string article = "\u201CWe are sorry for the night our neighbours had,\u201D said Ruth Ellery, the managing director.\n\n"
            + "\u201CWe had crews there in eleven minutes,\u201D said Tomas Varga.\n";
        string yaml = DraftQuotationWriter.ToYaml(QuotationDrafter.Extract(article), "radio",
            speakerId: name => SpeakerMatcher.Match(Event, name)?.Id ?? DraftQuotationWriter.SpeakerId(name),
            isKnownSpeaker: name => SpeakerMatcher.Match(Event, name) is not null);

        Assert.Contains("speaker: ruth-ellery  # NOT IN event.yaml: add Ruth Ellery to people, or correct the speaker;", yaml, StringComparison.Ordinal);
        Assert.Contains("speaker: tomas-varga  # Tomas Varga (person)", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_does_not_refer_back_to_the_broadcaster_someone_spoke_to()
    {
        const string article = "Fire Chief Tomas Varga told Valley Radio the fire had been contained overnight.\n\n"
            + "\u201CWe will keep a crew there until Tuesday to be sure,\u201D he said.\n";
        var draft = Assert.Single(QuotationDrafter.Extract(article));
        Assert.Equal("Tomas Varga", draft.Speaker);
    }
}
