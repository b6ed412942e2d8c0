using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class JunkSpeakerTests
{
    private static DraftQuotation Rules(string article, string startsWith) =>
        Drafted.Quote(Drafted.RulesAlone(article), startsWith);

    [Fact]
    public void A_counting_word_cut_off_before_the_message_it_counts_is_no_speaker()
    {
        const string article = """
            Tomas Vell kept a fan page for the Kell Rovers through the long winter. One post by him read, "The whistle will blow for us again next spring."
            """;

        Assert.NotEqual("One", Rules(article, "The whistle will blow").Speaker);
    }

    [Fact]
    public void An_adjective_cut_off_before_the_message_is_no_speaker()
    {
        const string article = """
            Ana Ruiz wrote often to the harbour board about the silted channel. An additional email by Ruiz to the board, saying "Dredge it before the boats run aground," was read out at the meeting.
            """;

        Assert.NotEqual("additional", Rules(article, "Dredge it before").Speaker);
    }

    [Fact]
    public void A_counting_word_before_a_verb_in_s_is_still_read()
    {
        const string article = """
            The new market at Port Alder opened on Saturday. "The bread is cheaper than in town," one shopper said. Another notes that the stalls are "far too crowded for a Saturday."
            """;

        Assert.Equal("Another", Rules(article, "far too crowded").Speaker);
    }

    [Fact]
    public void A_second_speaker_after_one_shopper_is_a_second_shopper()
    {
        const string article = """
            The new market at Port Alder opened on Saturday. "The bread is cheaper than in town," one shopper said. A second said the stalls were "far too crowded for a Saturday."
            """;

        Assert.Equal("second shopper", Rules(article, "far too crowded").Speaker);
    }

    [Fact]
    public void Another_with_nothing_cut_off_is_still_the_speaker()
    {
        const string article = """
            The new market at Port Alder opened on Saturday. "The bread is cheaper than in town," one shopper said. "I will come back next week," another said.
            """;

        Assert.Equal("another", Rules(article, "I will come back").Speaker, ignoreCase: true);
    }

    [Fact]
    public void A_name_and_the_verb_of_its_clause_are_no_description()
    {
        const string article = """
            Ana Ruiz and Tomas Vell are running for mayor of Westmark. Vell opened the week with a new line of attack against the harbour plan, telling Kell Radio on Monday that Ruiz's "sums" were "pure fantasy."
            """;

        Assert.DoesNotContain("opened", Rules(article, "pure fantasy").Speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_past_tense_that_ends_the_subject_is_no_description()
    {
        const string article = """
            Ana Ruiz was not surprised that the "Stay" campaign won, her aides said Friday.
            """;

        Assert.DoesNotContain("won", Rules(article, "Stay").Speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_after_a_role_is_where_the_role_is_not_the_speaker()
    {
        const string article = """
            The harbour authority's chief engineer in Westmark has criticised the dredging contractors, saying they are "careless" and slow to answer.
            """;

        var speaker = Rules(article, "careless").Speaker;

        Assert.NotEqual("Westmark", speaker);
        Assert.EndsWith("chief engineer", speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_with_a_participle_as_adjective_is_kept()
    {
        const string article = """
            "The pier will not last another winter," a retired engineer said at the meeting in Kell.
            """;

        Assert.Equal("retired engineer", Rules(article, "The pier will not").Speaker);
    }
}
