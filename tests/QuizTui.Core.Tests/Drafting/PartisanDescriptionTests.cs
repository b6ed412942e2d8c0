using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class PartisanDescriptionTests
{
    private static DraftQuotation Quotation(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_place_and_a_party_after_a_is_a_description_not_a_name()
    {
        const string article = """
            "The levy will pass, but not by much," said a Vale County Republican, who asked not to be named.
            """;

        var quotation = Quotation(article, "The levy will pass");
        Assert.Equal("Vale County Republican", quotation.Speaker);
        Assert.Equal(SpeakerKind.Role, quotation.SpeakerKind);
    }

    [Fact]
    public void Another_place_and_party_is_a_description_too()
    {
        const string article = """
            "Dunmore has always voted for the ferry," another Westmark Democrat added.
            """;

        Assert.Equal("Westmark Democrat", Quotation(article, "Dunmore has always").Speaker);
    }
}
