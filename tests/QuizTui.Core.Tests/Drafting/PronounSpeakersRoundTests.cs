using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class PronounSpeakersRoundTests
{
    [Fact]
    public void Actor_before_a_name_does_not_make_a_woman_male_for_a_pronoun_after_it()
    {
        const string article = """
            Ada Moss was thrilled when she was cast in the play. She had waited years for it.

            Another stage actor, Nina Kell, would name the duchess as a dream role when asked at festivals. She was given a chance to read for it years later, when a new company staged the play. When she was cast, "I could not say a word," she told the audience at her talk.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Nina Kell", Quote(drafts, "I could not say").Speaker);
    }
}
