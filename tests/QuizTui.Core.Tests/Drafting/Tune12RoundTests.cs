using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class Tune12RoundTests
{
    [Fact]
    public void A_job_opening_the_sentence_is_no_part_of_the_name_after_it()
    {
        const string article = """
            Harbour plan

            Environmentalist Ana Ruiz said that the plan could pay for itself in a decade. "It will save a lot of money on fuel," Ruiz said.
            """;

        Assert.Equal("Ana Ruiz", Quote(RulesAlone(article), "It will save").Speaker);
    }

    [Fact]
    public void A_capitalised_pilot_before_a_name_is_a_role()
    {
        const string article = """
            Ferry inquiry

            The first three times Norlandic Pilot Tomas Vell and Kellish co-pilot Ivo Marsh followed the checklist. A misunderstanding followed. Vell asked Marsh, who was steering, to "pull down".
            """;

        Assert.Equal("Tomas Vell", Quote(RulesAlone(article), "pull down").Speaker);
    }

    [Fact]
    public void A_day_after_a_body_says_when_not_who()
    {
        const string article = """
            Ferry ruling

            A resolution passed by the Kell Assembly Thursday asked member towns "to find a common solution for the stranded crew."
            """;

        Assert.Equal("Kell Assembly", Quote(RulesAlone(article), "to find a common solution").Speaker);
    }

    [Fact]
    public void A_surname_printed_without_its_joined_particle_is_the_same_person()
    {
        const string article = """
            Ultimatum in Lindenport

            Prime Minister Nouri al-Kassem has been in Lindenport since Monday to oversee the operation. Today, he gave the gangs 72 hours to surrender. "Otherwise, they will face the most severe penalties," Kassem said in a televised statement.

            Observers see the operation as a test of the Kassem government.
            """;

        Assert.Equal("Nouri al-Kassem", Quote(RulesAlone(article), "Otherwise").Speaker);
    }
}
