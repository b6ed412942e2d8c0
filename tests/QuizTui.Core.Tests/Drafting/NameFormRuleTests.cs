using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class NameFormRuleTests
{
    [Theory]
    [InlineData("Voter Ines Okonjo told the Easton Herald, \"We cannot wait another four years.\"", "Ines Okonjo")]
    [InlineData("Commuter Tam Varga said, \"The trains have not run on time since May.\"", "Tam Varga")]
    [InlineData("Taoiseach Colm Ardagh told the chamber, \"There is no report on the matter.\"", "Colm Ardagh")]
    public void A_description_opening_the_sentence_is_not_part_of_the_name(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void Voter_inside_a_sentence_is_not_a_title()
    {
        const string article = """
            Ada Renwick, who runs the campaign, checked the voter rolls in Easton. "Every name is there," Renwick said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ada Renwick", draft.Speaker);
    }
}
