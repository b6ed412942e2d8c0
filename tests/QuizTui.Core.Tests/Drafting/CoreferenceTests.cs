using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class CoreferenceTests
{
    private static DraftQuotation Quote(IReadOnlyList<DraftQuotation> drafts, string startsWith) =>
        Assert.Single(drafts, d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_speaker_named_in_full_once_is_given_in_full_when_called_by_surname_pronoun_or_role()
    {
        const string article = """
            Riverton mayor Maria Lopez opened Monday's meeting with the bridge.

            "We have waited long enough for this bridge," Lopez said.

            Council member Tom Baker said his finance committee had seen the cost double since spring.

            "We cannot sign a blank cheque," Baker said.

            "I hear the concerns, but the bridge is safe and it is needed," she said.

            "We will vote on it in June," the mayor said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Maria Lopez", Quote(drafts, "We have waited").Speaker);
        Assert.Equal("Tom Baker", Quote(drafts, "We cannot sign").Speaker);
        var pronoun = Quote(drafts, "I hear the concerns");
        Assert.Equal("Maria Lopez", pronoun.Speaker);
        Assert.Equal("speaker inferred from 'she' → Maria Lopez, last named three paragraphs earlier", pronoun.Reason);
        var role = Quote(drafts, "We will vote");
        Assert.Equal("Maria Lopez", role.Speaker);
        Assert.Contains("'mayor' → Maria Lopez", role.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_goes_to_the_person_most_recently_introduced_as_a_speaker_not_to_whoever_was_quoted_last()
    {
        const string article = """
            "The plan is sound," said Ana Ortiz, the city's engineer.

            Ortiz's deputy, Samuel Reed, joined the briefing later. He said the work would start in May.

            "We expect some delays on Harbour Road," he said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Ana Ortiz", Quote(drafts, "The plan is sound").Speaker);
        var pronoun = Quote(drafts, "We expect some delays");
        Assert.Equal("Samuel Reed", pronoun.Speaker);
        Assert.False(pronoun.NeedsCheck);
        Assert.StartsWith("speaker inferred from 'he' → Samuel Reed", pronoun.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_skips_a_person_mentioned_only_in_passing()
    {
        const string article = """
            Fire chief Dana Wells said her crews had worked through the night.

            The crews thanked Gov. Paul Hart for sending extra trucks from the capital.

            "Without those trucks we would have lost the school," she said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Dana Wells", draft.Speaker);
        Assert.Equal("speaker inferred from 'she' → Dana Wells, introduced two paragraphs earlier", draft.Reason);
    }

    [Fact]
    public void A_pronoun_of_the_other_gender_passes_over_the_latest_speaker()
    {
        const string article = """
            Ms. Priya Raman, the school's principal, spoke first.

            "Our pupils deserve a safe crossing," Raman said.

            Parent Carl Voss said his children walk to school every day.

            "I will write to the council tonight," she said.
            """;

        Assert.Equal("Priya Raman", Quote(QuotationDrafter.Extract(article), "I will write").Speaker);
    }

    [Fact]
    public void Gender_is_read_from_honorifics_and_pronouns_in_the_text_and_unknown_stays_compatible()
    {
        const string article = """
            Mr. Hal Brandt runs the ferry. Jo Kell, a ferry worker, has crewed it for ten years.

            "The engine is older than I am," she said.
            """;

        // Jo Kell's gender is not shown; she is still compatible with "she", Brandt is not.
        var draft = Assert.Single(QuotationDrafter.Extract(article));
        Assert.Equal("Jo Kell", draft.Speaker);
    }

    [Fact]
    public void When_two_people_fit_a_pronoun_the_draft_says_to_check()
    {
        const string article = """
            Lena Fisk said the market would move. Omar Saleh said the traders had not been asked.

            "Nobody told us anything," she said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.True(draft.NeedsCheck, $"{draft.Speaker}: {draft.Reason}");
        Assert.Equal("low", draft.ConfidenceWord);
        Assert.EndsWith(": check", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_after_an_honorific_refers_back_to_the_full_name()
    {
        const string article = """
            Dr. Alan Pryce, the club's physician, examined the players on Friday.

            "Nobody will play while injured," Dr. Pryce said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));
        Assert.Equal("Alan Pryce", draft.Speaker);
        Assert.Equal("'Dr. Pryce' in the same sentence → Alan Pryce, named in full in the paragraph before", draft.Reason);
    }

    [Fact]
    public void An_unnamed_speaker_keeps_the_description_the_article_introduced_them_with()
    {
        const string article = """
            A senior city official, who asked not to be named because the talks are private, said the offer had been rejected.

            "We knew it would be ugly," the official said.

            "The fire service will not comment," said a spokesperson for the Riverton Fire Department.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(["senior city official", "spokesperson for the Riverton Fire Department"], drafts.Select(d => d.Speaker));
        Assert.All(drafts, d =>
        {
            Assert.Equal(SpeakerKind.Role, d.SpeakerKind);
            Assert.True(d.NeedsCheck);
            Assert.Equal($"the article names no one, only '{d.Speaker}': check", d.Reason);
        });
    }
}
