using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// "the 24-year-old said": an age standing for the person just named. Every article here is invented.
public class AgeRefersBackTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void An_age_with_the_refers_back_to_the_person_just_named()
    {
        const string article = """
            Kell Rovers reach the final

            Striker Jonas Hale, who scored twice, said the side had believed even at 2-1 down. "We never stopped running," the 24-year-old said.
            """;

        var draft = Speech(article, "We never stopped");
        Assert.Equal("Jonas Hale", draft.Speaker);
        Assert.Contains("24-year-old", draft.Reason, StringComparison.Ordinal);
        Assert.False(DraftConfidence.NeedsCheck(draft.Confidence));
    }

    [Fact]
    public void An_age_refers_back_across_a_sentence()
    {
        const string article = """
            Harbour rescue

            Fisherman Tomas Vell pulled two children from the water on Sunday. He had been mending nets on the quay.

            "I did not think, I just jumped," the 61-year-old told reporters.
            """;

        Assert.Equal("Tomas Vell", Speech(article, "I did not think").Speaker);
    }

    [Fact]
    public void An_age_far_from_any_named_person_is_not_given_to_one()
    {
        const string article = """
            Harbour rescue

            Fisherman Tomas Vell pulled two children from the water on Sunday. The harbour was busy. Boats came and went. The tide was low. Gulls circled the quay.

            "I did not think, I just jumped," the 17-year-old said.
            """;

        Assert.NotEqual("Tomas Vell", Speech(article, "I did not think").Speaker);
    }
}
