using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class SurnameParticleTests
{
    [Fact]
    public void A_surname_printed_with_its_particle_and_no_first_name_keeps_the_particle()
    {
        const string article = """
            Harbour City beat Riverton 2-0 on Saturday.

            Coach van Dijkstra praised his players:

            “We had control of the match,” said van Dijkstra. “We scored good goals.”

            “Next we travel to Riverton again.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(3, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("van Dijkstra", d.Speaker));
    }

    [Theory]
    [InlineData("“The ferry will run all winter,” de Morais told reporters in Port Alder.", "de Morais")]
    [InlineData("“The ferry will run all winter,” said Lena de Morais in Port Alder.", "Lena de Morais")]
    public void A_particle_stays_with_the_surname_it_opens(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void A_particle_word_before_a_day_is_no_name()
    {
        const string article = "Police found the stolen van Tuesday. “It was empty,” said Sergeant Ola Brandt.";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ola Brandt", draft.Speaker);
    }
}
