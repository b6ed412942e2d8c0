using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class Tune14RoundTests
{
    [Theory]
    [InlineData("Cr")]
    [InlineData("Cllr")]
    public void A_councillor_s_abbreviated_title_before_a_surname_is_no_part_of_the_name(string title)
    {
        var article = $"""
            Harbour wall repairs wait for spring

            Kell Shire mayor Nora Pike said the harbour wall would not be mended before the winter storms.

            “We are still waiting on the engineers and their report,” {title} Pike said.
            """;

        Assert.Equal("Nora Pike", Quote(RulesAlone(article), "We are still waiting").Speaker);
    }

    [Theory]
    [InlineData("the skipper said")]
    [InlineData("the weary skipper said")]
    public void The_skipper_is_the_captain_the_article_named(string attribution)
    {
        var article = $"""
            Kell hold on for a draw

            Kell captain Ivo Marsh praised his bowlers after the draw with Norland at Lindenport.

            "They kept running in when the pitch gave them nothing at all," {attribution}.
            """;

        Assert.Equal("Ivo Marsh", Quote(RulesAlone(article), "They kept running in").Speaker);
    }

    [Fact]
    public void A_skipper_is_not_the_coach_the_article_named()
    {
        const string article = """
            Norland edge Kell

            Kell coach Ana Ruiz watched her side lose by two wickets to Norland at Lindenport.

            "We got lucky with that run-out and we know it," the skipper said.
            """;

        Assert.NotEqual("Ana Ruiz", Quote(RulesAlone(article), "We got lucky").Speaker);
    }

    [Fact]
    public void Words_passed_on_after_quoting_and_a_name_are_that_person_s()
    {
        const string article = """
            Ferry checks stepped up

            The Kell harbour board said its inspectors had boarded six ferries on Friday morning.

            Its spokesman Ivo Marsh said, quoting Chief Warden Ana Ruiz (retd), "Every one of those boats left the quay with too many cars aboard."
            """;

        Assert.Equal("Ana Ruiz", Quote(RulesAlone(article), "Every one of those boats").Speaker);
    }

    [Fact]
    public void Quoting_a_document_leaves_the_words_to_the_subject()
    {
        const string article = """
            Ferry checks stepped up

            The Kell harbour board said its inspectors had boarded six ferries on Friday morning.

            Its spokesman Ivo Marsh said, quoting a safety report, "Every one of those boats left the quay with too many cars aboard."
            """;

        Assert.Equal("Ivo Marsh", Quote(RulesAlone(article), "Every one of those boats").Speaker);
    }

    [Fact]
    public void A_line_holding_only_a_role_and_a_known_name_gives_the_remarks_below_it()
    {
        const string article = """
            What they said after the Kell derby

            Kell coach Ana Ruiz

            "We let them back in with two soft penalties near the end of the game."

            Kell captain Ivo Marsh

            "The forwards gave everything and the backs never stopped chasing kicks."

            Marsh later thanked the travelling supporters from Lindenport.
            """;

        var drafts = RulesAlone(article);
        Assert.Equal("Ana Ruiz", Quote(drafts, "We let them back in").Speaker);
        Assert.Equal("Ivo Marsh", Quote(drafts, "The forwards gave everything").Speaker);
    }

    [Fact]
    public void A_line_naming_someone_after_other_words_names_no_speaker()
    {
        const string article = """
            Harbour farewell

            Nora Pike, the harbour master, retired on Friday after thirty years at Kell.

            Tribute to Ana Ruiz

            "She taught every pilot on this coast how to read the fog banks."
            """;

        Assert.NotEqual("Ana Ruiz", Quote(RulesAlone(article), "She taught every pilot").Speaker);
    }
}
