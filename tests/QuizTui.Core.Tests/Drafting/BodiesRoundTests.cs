using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class BodiesRoundTests
{
    [Fact]
    public void A_government_spokesman_speaks_for_the_government_printed_with_its_place()
    {
        const string article = """
            Harbour tolls doubled

            The Kell Islands Autonomous Region government on Monday doubled the tolls paid by cargo ships.

            A government spokesman said the old tolls "no longer pay for the dredging of the channel."
            """;

        var quote = Quote(RulesAlone(article), "no longer pay");

        Assert.Equal("Kell Islands Autonomous Region government", quote.Speaker);
        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
    }

    [Fact]
    public void The_spokesman_after_a_government_spokesman_is_that_government()
    {
        const string article = """
            Harbour tolls doubled

            The Kell Islands Autonomous Region government on Monday doubled the tolls paid by cargo ships.

            In a notice posted at the quay, a government spokesman said the channel needed dredging.

            "Ships have grown larger every year and the channel has not," the spokesman said.
            """;

        var quote = Quote(RulesAlone(article), "Ships have grown");

        Assert.Equal("Kell Islands Autonomous Region government", quote.Speaker);
        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
    }

    [Fact]
    public void The_spokeswoman_after_a_spokeswoman_for_a_named_board_is_that_board()
    {
        const string article = """
            Ferry timetable changed

            A spokeswoman for the Kell Harbour Board said the winter timetable would start early.

            "Storms closed the crossing four times last winter," the spokeswoman said.
            """;

        var quote = Quote(RulesAlone(article), "Storms closed");

        Assert.Equal("Kell Harbour Board", quote.Speaker);
    }

    [Fact]
    public void The_spokesman_named_by_the_article_stays_that_person()
    {
        const string article = """
            Ferry timetable changed

            Ivo Marsh, a spokesman for the Kell Harbour Board, said the winter timetable would start early.

            "Storms closed the crossing four times last winter," the spokesman said.
            """;

        var quote = Quote(RulesAlone(article), "Storms closed");

        Assert.Equal("Ivo Marsh", quote.Speaker);
    }
    [Fact]
    public void The_resolution_is_the_body_that_passed_it()
    {
        const string article = """
            Assembly backs ferry workers

            A resolution passed by the Kell Assembly on Tuesday called on Norland Ferries to reopen talks with its crews.

            The resolution also said that the company "has ignored every offer of mediation since March."
            """;

        var quote = Quote(RulesAlone(article), "has ignored every");

        Assert.Equal("Kell Assembly", quote.Speaker);
    }
}
