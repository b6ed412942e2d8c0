using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.

/// <summary>
/// Where the rules find no attribution, the speaker ranker's first candidate is offered as a
/// suggestion (<see cref="DraftOptions.RankUnattributed"/>): always marked, never replacing a
/// speaker the rules found, never an outlet, and kept out of play in a drafted pack.
/// </summary>
public class SuggestedSpeakerTests
{
    private const string Unattributed = """
        Councillor Ana Ruiz spent Monday at the flooded primary school on Mill Lane.

        "The water came in overnight and nobody was ready for it."
        """;

    [Fact]
    public void An_unattributed_quotation_gets_the_person_named_near_it_as_a_marked_suggestion()
    {
        var quote = Assert.Single(QuotationDrafter.Extract(Unattributed));

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.True(quote.SpeakerGuessed);
        Assert.Equal("suggested", quote.Level);
        Assert.Equal(DraftConfidence.Suggested.Value, quote.Confidence);
        Assert.True(quote.NeedsCheck);
        Assert.Equal("no attribution found; suggested as the only one named near it: Ana Ruiz: check", quote.Reason);
    }

    [Fact]
    public void With_suggestions_off_the_same_quotation_has_no_speaker()
    {
        var quote = Assert.Single(QuotationDrafter.Draft(Unattributed, new DraftOptions { RankUnattributed = false }).Quotations);

        Assert.Null(quote.Speaker);
        Assert.False(quote.SpeakerResolved);
        Assert.False(quote.SpeakerGuessed);
    }

    [Fact]
    public void A_speaker_the_rules_found_is_never_replaced_by_a_suggestion()
    {
        const string article = """
            Mayor Maria Lopez opened Monday's meeting with the bridge. Tom Baker, who chairs the finance committee, said the cost had doubled since spring.

            "We have waited long enough for this bridge," Lopez said.
            """;
        var weights = new double[SpeakerRanker.FeatureCount];
        weights[SpeakerRanker.FeatureNames.ToList().IndexOf("same-sentence")] = -10;

        var quote = Assert.Single(QuotationDrafter.Draft(article, new DraftOptions { Weights = weights, Margin = 0 }).Quotations);

        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.False(quote.SpeakerGuessed);
    }

    [Fact]
    public void An_outlet_named_near_the_quotation_is_never_suggested()
    {
        const string article = """
            Readers of the Riverton Courier were asked on Monday about the ferry fares.

            "Nobody warned us about this."
            """;

        var quote = Assert.Single(QuotationDrafter.Extract(article));
        // The whole ranker, which does not leave outlets out, would take it.
        var ranked = Assert.Single(QuotationDrafter.Draft(article, new DraftOptions { RankSpeakers = true, RankUnattributed = false, Margin = 0 }).Quotations);

        Assert.Null(quote.Speaker);
        Assert.False(quote.SpeakerGuessed);
        Assert.Equal("Riverton Courier", ranked.Speaker);
    }

    [Fact]
    public void A_short_acronym_named_near_the_quotation_is_not_suggested_but_a_person_is()
    {
        const string article = """
            Councillor Ana Ruiz spoke to the ACC in March about the rowing club.

            "We train at six every morning, whatever the weather."
            """;

        var quote = Assert.Single(QuotationDrafter.Extract(article));
        var candidates = QuotationDrafter.DraftWithCandidates(article).Candidates[^1];

        Assert.Contains("ACC", candidates.Select(c => c.Name));
        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("no attribution found; suggested as the only one named near it: Ana Ruiz: check", quote.Reason);
    }

    [Fact]
    public void A_title_word_before_a_long_title_is_never_a_candidate()
    {
        const string article = """
            Civilian Deputy Undersecretary of the Harbour Board for Works Lena Varga: "We signed the dock contract too quickly."

            An additional note by Varga strikes another tone, as she writes to Assistant Secretary of the Harbour Board for Works Piet Osk about the cranes, saying, "Keep the cranes busy, and the rest will follow."
            """;

        var candidates = QuotationDrafter.DraftWithCandidates(article).Candidates[^1];
        var quote = QuotationDrafter.Extract(article)[^1];

        // "Undersecretary" is a role noun, so the words before the name are her title, not someone.
        Assert.DoesNotContain("Undersecretary", candidates.Select(c => c.Name));
        Assert.NotEqual("Undersecretary", quote.Speaker);
    }

    [Fact]
    public void A_drafted_pack_leaves_a_suggested_speaker_commented_out_and_so_out_of_the_quiz()
    {
        const string text = """
            Outlet: Riverton Courier
            Date: 2024-03-01
            Headline: School flooded

            Councillor Ana Ruiz spent Monday at the flooded primary school on Mill Lane.

            "The water came in overnight and nobody was ready for it."

            Head teacher Tom Baker said classes would move to the library. "We will be open on Wednesday," Baker said.
            """;

        var draft = PackDrafter.Draft("school-flood", [new ArticleSource("courier.txt", text)], new DateOnly(2024, 6, 10));
        var article = Assert.Single(draft.Files, f => f.Path == "articles/riverton-courier-2024-03-01.yaml").Text;
        var people = Assert.Single(draft.Files, f => f.Path == "event.yaml").Text;

        Assert.Contains("  # CHECK: Tom Baker, low confidence (0.50): no attribution found; suggested from those named near it, likeliest first: Tom Baker, Ana Ruiz (paragraph 3); give it a speaker from event.yaml and uncomment it", article, StringComparison.Ordinal);
        Assert.Contains("  #   text: The water came in overnight and nobody was ready for it.\n  #   speaker: unknown", article, StringComparison.Ordinal);
        Assert.Equal(1, draft.Summary.Unresolved);
        // Only the attributed quotation is in play, so only it reaches the who-said-what quiz.
        Assert.Contains("\n  - id: riverton-courier-2024-03-01-q2\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("\n  - id: riverton-courier-2024-03-01-q1", article, StringComparison.Ordinal);
        // She is named, so she is listed, but not as quoted on the strength of a suggestion.
        Assert.Contains("- id: ana-ruiz  # named in riverton-courier-2024-03-01, not quoted\n", people, StringComparison.Ordinal);
        Assert.Contains("- id: tom-baker  # quoted in riverton-courier-2024-03-01", people, StringComparison.Ordinal);
    }
}
