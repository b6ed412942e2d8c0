using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class WovenWordsRoundTests
{
    private static IReadOnlyList<DraftQuotation> Speech(string article) =>
        QuotationDrafter.Extract(article).Where(d => d.Kind == QuotationKind.Speech).ToList();

    [Fact]
    public void A_short_phrase_after_calling_is_the_sentence_subjects_speech()
    {
        const string article = """
            Mayor Ana Ruiz went after the harbour board on Monday, calling its plan "a slow disaster."
            """;

        var quotation = Assert.Single(Speech(article));
        Assert.Equal("a slow disaster.", quotation.Text);
        Assert.Equal("Ana Ruiz", quotation.Speaker);
    }

    [Fact]
    public void Describing_and_branding_weave_words_in_the_same_way()
    {
        const string article = """
            Ivo Marsh toured the flooded quay, describing the damage as "heartbreaking."

            Tomas Vell answered the council, branding the vote "a stitch-up."
            """;

        var speech = Speech(article);
        Assert.Contains(speech, d => d.Text.StartsWith("heartbreaking", StringComparison.Ordinal) && d.Speaker == "Ivo Marsh");
        Assert.Contains(speech, d => d.Text.StartsWith("a stitch-up", StringComparison.Ordinal) && d.Speaker == "Tomas Vell");
    }

    [Fact]
    public void A_characterising_participle_after_and_leaves_the_quotation_to_the_first_participle()
    {
        const string article = """
            Mara Quell defended the ferry levy, saying the town had waited long enough and calling the delay "a costly habit."
            """;

        Assert.Contains(Speech(article), d => d.Text.StartsWith("a costly habit", StringComparison.Ordinal) && d.Speaker == "Mara Quell");
    }

    [Fact]
    public void A_place_written_as_town_and_region_does_not_end_an_opening_clause()
    {
        const string article = """
            Speaking at a fish market in Brookvale, Nova Terra, Ivo Marsh praised the crews, calling them "the backbone of the coast."
            """;

        Assert.Contains(Speech(article), d => d.Text.StartsWith("the backbone", StringComparison.Ordinal) && d.Speaker == "Ivo Marsh");
    }

    [Fact]
    public void Words_after_a_participle_with_no_characterising_sense_stay_a_label()
    {
        const string article = """
            The crews kept working through the night, repairing the "temporary" wall by dawn.
            """;

        Assert.Empty(Speech(article));
    }

    [Fact]
    public void A_sentence_opening_with_calling_gives_its_quoted_words_to_the_name_after_the_comma()
    {
        const string article = """
            Calling it "one more empty promise", Lena Osk of the Brookvale tenants' group told the council the rents had doubled.
            """;

        Assert.Contains(Speech(article), d => d.Text.StartsWith("one more empty promise", StringComparison.Ordinal) && d.Speaker == "Lena Osk");
    }

    [Fact]
    public void A_quotation_after_the_opening_clause_keeps_the_attribution_of_the_main_clause()
    {
        const string article = """
            Calling the meeting to order, Chair Ivo Marsh told the room, "We have a long night ahead of us."
            """;

        Assert.Contains(Speech(article), d => d.Text.StartsWith("We have a long night", StringComparison.Ordinal) && d.Speaker == "Ivo Marsh");
    }

    [Fact]
    public void A_dateline_ended_by_a_spaced_hyphen_is_not_the_subject_of_woven_words()
    {
        const string article = """
            LINDENPORT, Nova Terra (KLPT) - Harbour Police Chief Ana Ruiz said officers found a "home-made flare" near the ferry ramp.

            Ruiz said the ramp would reopen on Friday.
            """;

        Assert.Contains(Speech(article), d => d.Text.StartsWith("home-made flare", StringComparison.Ordinal) && d.Speaker == "Ana Ruiz");
    }
}
