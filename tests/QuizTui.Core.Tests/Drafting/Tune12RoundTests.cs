using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class Tune12RoundTests
{
    [Fact]
    public void A_job_opening_the_sentence_is_no_part_of_the_name_after_it()
    {
        const string article = """
            Tidal barrier

            Environmentalist Ana Ruiz welcomed the barrier on Monday. "The marsh birds will come back within five years," Ruiz said.
            """;

        Assert.Equal("Ana Ruiz", Quote(RulesAlone(article), "The marsh birds").Speaker);
    }

    [Fact]
    public void A_capitalised_pilot_before_a_name_is_a_role()
    {
        const string article = """
            Ferry inquiry

            Norlandic Pilot Tomas Vell and his deputy Ivo Marsh brought the ferry into Kell at dusk. A minute later Vell asked Marsh, who held the wheel, to "bear left now".
            """;

        Assert.Equal("Tomas Vell", Quote(RulesAlone(article), "bear left").Speaker);
    }

    [Fact]
    public void A_day_after_a_body_says_when_not_who()
    {
        const string article = """
            Ferry ruling

            A motion adopted by the Kell Assembly Thursday urged the harbour board "to let the stranded crew come ashore."
            """;

        Assert.Equal("Kell Assembly", Quote(RulesAlone(article), "to let the stranded").Speaker);
    }

    [Fact]
    public void A_surname_printed_without_its_joined_particle_is_the_same_person()
    {
        const string article = """
            Curfew in Lindenport

            Mayor Ivo al-Marsh arrived in Lindenport on Sunday and ordered the docks closed at night. "Nobody will lose a job over this," Marsh said at the town hall.

            Shopkeepers call the curfew the Marsh plan.
            """;

        Assert.Equal("Ivo al-Marsh", Quote(RulesAlone(article), "Nobody will lose").Speaker);
    }
}
