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

    [Fact]
    public void A_body_named_by_its_place_and_a_lowercase_noun_keeps_the_noun()
    {
        const string article = """
            Dunmore police say a van was stolen from Kell Street on Sunday.

            Officers found the van near the river. "The driver ran off before we arrived at the scene," police said in a release.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Dunmore police", draft.Speaker);
    }

    [Fact]
    public void A_body_noun_opening_a_sentence_is_the_body_named_before()
    {
        const string article = """
            Anyone who saw the crash is asked to call Dunmore police.

            Police say the van was "travelling far too fast for a wet road at night."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Dunmore police", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
    }

    [Fact]
    public void A_person_before_a_body_noun_is_still_the_person()
    {
        const string article = """
            Sergeant Ana Ruiz of the Dunmore police said, "We will patrol the bridge every night this week."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ana Ruiz", draft.Speaker);
    }

    [Fact]
    public void A_name_printed_with_and_without_a_middle_initial_is_one_person()
    {
        const string article = """
            Union backs Tomas Ruiz for the harbour board

            Tomas K. Ruiz won the backing of the dockworkers on Friday.

            Mr. Ruiz thanked the members, saying: "The harbour belongs to the people who work on it."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Tomas K. Ruiz", draft.Speaker);
    }

    [Fact]
    public void A_determiner_opening_a_sentence_makes_no_second_name()
    {
        const string article = """
            Union backs Tomas Ruiz for the harbour board

            Another Ruiz rally filled the square on Friday.

            Mr. Ruiz thanked the members, saying: "The harbour belongs to the people who work on it."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Tomas Ruiz", draft.Speaker);
    }

    [Fact]
    public void A_misprinted_surname_is_the_one_person_spelt_nearly_so_marked_to_check()
    {
        const string article = """
            Harbour engineer Lena Okafor said the wall would hold. "It was built for bigger storms than this," Okafor said.

            "The gates will stay shut until Monday," Okafer said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.Equal("Lena Okafor", drafts[1].Speaker);
        Assert.Equal("surname-spelt-like", drafts[1].Level);
        Assert.True(DraftConfidence.NeedsCheck(drafts[1].Confidence));
    }

    [Fact]
    public void A_surname_near_two_peoples_stays_as_written()
    {
        const string article = """
            Lena Okafor and Tam Okafar run the ferry together, Dunmore officials said.

            "The gates will stay shut until Monday," Okafer said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Okafer", draft.Speaker);
    }

    [Theory]
    [InlineData("Marlow", "Merlow", true)]
    [InlineData("Okafor", "Okafoor", true)]
    [InlineData("Okafor", "Okafr", true)]
    [InlineData("Okafor", "Okafor", false)]
    [InlineData("Marlow", "Harlow", false)]
    [InlineData("Marlow", "Merlaw", false)]
    public void One_letter_apart(string a, string b, bool expected)
    {
        Assert.Equal(expected, SpeakerResolver.OneLetterApart(a, b));
    }
}
