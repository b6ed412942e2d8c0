using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class TitleAndAbbreviationTests
{
    private static readonly string[] TitleWords = ["St", "St.", "Dr", "Dr.", "Gov", "Gov.", "Lt", "Lt.", "Col", "Col.", "Sen", "Sen.", "Mr", "Mr."];

    [Theory]
    [InlineData("\"The ruling is wrong,\" said Lt. Col. Mark Adams, a spokesman for the Guard.", "Mark Adams")]
    [InlineData("Gov. Jane Whitmore said the state would appeal. \"We will not let this stand,\" Whitmore said.", "Jane Whitmore")]
    [InlineData("St. Luke's Hospital spokesperson Dana Reyes said: \"The wing will close for a month.\"", "Dana Reyes")]
    [InlineData("\"We are proud of them,\" said Dr. Alan Pryce, head coach of the Riverton Hawks.", "Alan Pryce")]
    [InlineData("Sen. Ruth Calder, vice-president of the Harbour Trust, said: \"Nothing has been decided.\"", "Ruth Calder")]
    [InlineData("\"We kept the doors open,\" said the Rev. Grace St. Clair, who leads the parish.", "Grace St. Clair")]
    [InlineData("\"The count is final,\" Sgt. Ray Ocampo of the Riverton police said.", "Ray Ocampo")]
    [InlineData("\"It starts Monday,\" Prof. J. R. Halden told students.", "J. R. Halden")]
    [InlineData("\"We are ready,\" Mrs. Edna Voss said on Tuesday.", "Edna Voss")]
    [InlineData("\"The river is rising,\" said Hydrologist Ben Ito of the water board.", "Ben Ito")]
    [InlineData("\"Wait for the results,\" Statistician Ada Moss said.", "Ada Moss")]
    public void A_title_or_abbreviation_in_the_cue_is_neither_the_speaker_nor_where_the_name_is_cut(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech);

        Assert.Equal(speaker, draft.Speaker);
        Assert.DoesNotContain(draft.Speaker, TitleWords);
        Assert.Equal(SpeakerKind.Person, draft.SpeakerKind);
    }

    [Fact]
    public void Sentences_are_not_split_at_a_title_but_are_at_a_company_suffix_that_ends_one()
    {
        // "Gov." must not end the first sentence, or "Jane Whitmore" would start a new one and
        // the attribution would lose its subject; "Inc." does end the second.
        const string article = """
            "We start on Monday," Gov. Jane Whitmore said of the repairs, which Acme Inc. will carry out.

            The contract went to Brightwater Inc. The company said: "Our crews are ready."
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Jane Whitmore", Assert.Single(drafts, d => d.Text.StartsWith("We start", StringComparison.Ordinal)).Speaker);
        var company = Assert.Single(drafts, d => d.Text.StartsWith("Our crews", StringComparison.Ordinal));
        Assert.Equal("Brightwater", company.Speaker);
        Assert.Equal(SpeakerKind.Organisation, company.SpeakerKind);
    }

    [Fact]
    public void The_role_and_organisation_in_a_title_are_kept_for_the_people_list()
    {
        const string article = """
            "We are proud of them," said Dr. Alan Pryce, head coach of the Riverton Hawks.

            Hawks spokeswoman Lea Moreau said the team would fly home on Sunday.
            """;

        var people = QuotationDrafter.Draft(article).People;

        var pryce = Assert.Single(people, p => p.Name == "Alan Pryce");
        Assert.Equal("head coach", pryce.Role);
        Assert.Equal("Riverton Hawks", pryce.Organisation);
        Assert.True(pryce.Quoted);
        var moreau = Assert.Single(people, p => p.Name == "Lea Moreau");
        Assert.Equal("spokeswoman", moreau.Role);
        Assert.False(moreau.Quoted);
    }

    [Fact]
    public void An_en_dash_joining_two_capitalised_words_stays_inside_the_name()
    {
        const string article = "Northern Export–Import Bank president Lina Oduya said the fees \"cost traders millions every year.\"";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Lina Oduya", draft.Speaker);
    }

    [Fact]
    public void An_organisation_named_with_an_en_dash_is_named_whole()
    {
        const string article = """
            The Northern Export–Import Bank met in Lagos on Monday. In a statement, the Northern Export–Import Bank said "Rates will not change."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Northern Export–Import Bank", draft.Speaker);
    }
}
