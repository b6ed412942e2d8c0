using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// A lawmaker's party written after the name: a member's noun ("a Republican") or a party-and-state
// tag ("D-Kell") set off by commas describes the name before it and is never the speaker. Every
// article here is invented.
public class PartyAffiliationTests
{
    private static DraftQuotation Speech(string sentence, string startsWith)
    {
        var article = $"""
            Island ferry bill clears committee

            The transport committee voted 12-8 on Thursday to send the ferry bill to the full chamber.

            {sentence}
            """;
        return Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tomas Vell, a Republican, said the cost was \"far too high\" for one route.")]
    [InlineData("Tomas Vell, the panel's senior Democrat, said the cost was \"far too high\" for one route.")]
    [InlineData("Tomas Vell, the ranking Conservative on the committee, said the cost was \"far too high\" for one route.")]
    public void A_party_member_described_after_the_name_leaves_the_name_the_speaker(string sentence)
    {
        Assert.Equal("Tomas Vell", Speech(sentence, "far too high").Speaker);
    }

    [Theory]
    [InlineData("Rep. Nora Pike, R-Norland, said she feared \"a long winter\" for the islands.")]
    [InlineData("Rep. Nora Pike, D-Calif., said she feared \"a long winter\" for the islands.")]
    [InlineData("Rep. Nora Pike, I-N.Y., said she feared \"a long winter\" for the islands.")]
    [InlineData("Sen. Nora Pike, R-Norland, the panel's senior Republican, said she feared \"a long winter\" for the islands.")]
    public void A_party_and_state_tag_after_the_name_is_never_the_speaker(string sentence)
    {
        Assert.Equal("Nora Pike", Speech(sentence, "a long winter").Speaker);
    }

    [Fact]
    public void A_party_member_after_an_opening_phrase_is_the_subject_and_its_words_stay_speech()
    {
        var draft = Speech(
            "Speaking to reporters on Friday, the Kell Republican faulted the plan and said islanders wondered whether the state was \"still on their side.\"",
            "still on their side");

        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }
}
