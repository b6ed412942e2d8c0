using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.

/// <summary>
/// A "speaker" the rules read out of a sentence that names no one (a pronoun or its contraction,
/// an adverb opening a clause, a noun a clause hangs on, an interview's tag) is no speaker: the
/// rules leave the quotation without one, so a suggestion can take its place.
/// </summary>
public class ImplausibleSpeakerTests
{
    private static readonly DraftOptions RulesAlone = new() { RankUnattributed = false };

    private static DraftQuotation Only(string article, string opening) =>
        Assert.Single(QuotationDrafter.Draft(article, RulesAlone).Quotations, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    [Fact]
    public void An_adverb_and_a_pronoun_before_the_verb_are_no_speaker()
    {
        const string article = """
            Ilse Marten has coached the Dunmore rowing club since 2011.

            ((Q)) Previously you had mentioned, "no club is perfect". Which club comes closest?
            """;

        Assert.Null(Only(article, "no club").Speaker);
    }

    [Fact]
    public void A_contraction_of_I_is_no_speaker()
    {
        const string article = """
            Ilse Marten runs a support group for former members of the Dunmore sect.

            Some critics go further. Like, I've read a lot of angry posts saying: "we don't need any of you here, go back to where you came from". And that's a no.
            """;

        Assert.Null(Only(article, "we don't need").Speaker);
    }

    [Fact]
    public void A_noun_a_clause_hangs_on_is_no_description()
    {
        const string article = """
            Ilse Marten posted the drawing to her blog on Friday.

            Well, I know it has upset a lot of readers, the way people have responded to it: now I have a few friends who are like, "I don't really mind what you draw. It is only a drawing", right?
            """;

        Assert.Null(Only(article, "I don't really mind").Speaker);
    }

    [Fact]
    public void An_interview_tag_is_not_the_organisation_they_refers_to()
    {
        const string article = """
            Ilse Marten left the Dunmore rowing federation in 2016.

            ((DN)) Had the federation ever warned you about your kit?

            ((Ilse Marten)) Well, I quote, they said "Even if you are not wearing the blazer, at least carry the badge", so I did.
            """;

        Assert.NotEqual("DN", Only(article, "Even if").Speaker);
    }

    [Fact]
    public void A_description_with_a_pronoun_inside_is_a_clause()
    {
        const string article = """
            Ilse Marten once backed Tom Varga for mayor of Dunmore.

            Recently she posted: "I'm getting off the Varga bus and boarding the Marten train!"
            """;

        Assert.NotEqual("Recently she", Only(article, "I'm getting off").Speaker);
    }

    [Fact]
    public void Real_descriptions_and_short_bodies_stay_speakers()
    {
        const string article = """
            The WHO warned on Monday that the outbreak in Dunmore was spreading.

            "Cases have doubled in a week," the WHO said.

            "We were told to stay indoors," one resident said.

            "The roads are closed," police said.
            """;
        var quotes = QuotationDrafter.Draft(article, RulesAlone).Quotations;

        Assert.Equal(["WHO", "resident", "police"], quotes.Select(q => q.Speaker));
    }
}
