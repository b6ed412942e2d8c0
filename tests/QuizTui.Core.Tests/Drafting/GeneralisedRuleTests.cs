using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class GeneralisedRuleTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    // ---- attribution before a colon, whatever the verb ----

    [Theory]
    [InlineData("Mara Quell of the Easton Museum disagreed with the survey: \"The dates are wrong.\"", "Mara Quell")]
    [InlineData("After the vote, Tobias Renn spoke of the long campaign: \"We never stopped knocking on doors.\"", "Tobias Renn")]
    [InlineData("Addressing the crowd, Ilse Varga ended with a wish: \"Let us meet here every year.\"", "Ilse Varga")]
    public void The_subject_of_the_clause_before_a_colon_speaks_the_quotation_after_it(string article, string speaker)
    {
        var draft = Speech(article, "");

        Assert.Equal(speaker, draft.Speaker);
        Assert.Equal(DraftConfidence.ColonInSentence.Value, draft.Confidence);
        Assert.StartsWith("introduced by the words before it, ending '", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_from_someone_introduced_by_a_colon_is_theirs_not_the_issuers()
    {
        const string article = """
            Gov. Hana Orlov of Westmark rejected the plan on Monday.

            Her office issued a statement from Orlov: "The plan cannot pass in this form."
            """;

        Assert.Equal("Hana Orlov", Speech(article, "The plan").Speaker);
    }

    [Fact]
    public void A_document_dated_between_its_noun_and_its_author_still_names_the_author()
    {
        const string article = "\"The bridge stays shut,\" according to a post on Friday by Mayor Odile Brandt.";

        Assert.Equal("Odile Brandt", Speech(article, "The bridge").Speaker);
    }

    // ---- weak verbs that report speech only right before the quotation ----

    [Fact]
    public void Continued_right_before_a_quotation_attributes_it()
    {
        const string article = """
            Coach Dana Weir was asked about the loss. "We were slow," Weir said.

            Weir continued, "Next week will be different."
            """;

        Assert.Equal("Dana Weir", Speech(article, "Next week").Speaker);
    }

    // ---- names: particles, titles with places, royal and church titles ----

    [Fact]
    public void A_surname_joined_to_a_lowercase_particle_by_a_hyphen_is_part_of_the_name()
    {
        const string article = "\"Trade will grow,\" said President Karim Adel el-Mansour of Qadira.";

        Assert.Equal("Karim Adel el-Mansour", Speech(article, "Trade").Speaker);
    }

    [Theory]
    [InlineData("Ambassador to Norland Petra Vasek said: \"The talks went well.\"", "Petra Vasek")]
    [InlineData("First Minister of Westmark Colm Ardagh said: \"We will hold a vote.\"", "Colm Ardagh")]
    public void The_place_that_completes_a_title_is_not_part_of_the_name_after_it(string article, string speaker)
    {
        Assert.Equal(speaker, Speech(article, "").Speaker);
    }

    [Theory]
    [InlineData("\"The abbey will reopen,\" said Cardinal Luca Brandi.", "Luca Brandi")]
    [InlineData("\"I thank every volunteer,\" Princess Amara Lindqvist said.", "Amara Lindqvist")]
    public void A_royal_or_church_title_is_not_part_of_the_name(string article, string speaker)
    {
        Assert.Equal(speaker, Speech(article, "").Speaker);
    }

    // ---- organisations by their fullest name ----

    [Fact]
    public void A_title_possessive_inside_an_organisation_name_keeps_the_whole_name()
    {
        const string article = "The Marlow County Sheriff's Office tweeted that the road \"will stay closed overnight.\"";

        var draft = Speech(article, "will stay");

        Assert.Equal("Marlow County Sheriff's Office", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
    }

    [Fact]
    public void A_shorter_name_of_an_organisation_gives_its_fullest_name()
    {
        const string article = """
            The Westmark High Court struck down the law on Tuesday.

            The High Court said the law was "plainly arbitrary" and could not stand.
            """;

        Assert.Equal("Westmark High Court", Speech(article, "plainly").Speaker);
    }

    [Fact]
    public void A_governing_body_of_a_place_speaks_under_that_name()
    {
        const string article = "The government of Norland issued a statement opposing the ruling: \"Our courts must decide this.\"";

        var draft = Speech(article, "Our courts");

        Assert.Equal("government of Norland", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
    }

    // ---- words written on things are labels ----

    [Theory]
    [InlineData("Marchers carried a banner saying \"homes not hotels\" down the high street.")]
    [InlineData("Outside the hall, placards reading \"save our library\" lined the steps.")]
    public void Words_written_on_a_banner_or_placard_are_a_label(string article)
    {
        Assert.All(QuotationDrafter.Extract(article), d => Assert.Equal(QuotationKind.Label, d.Kind));
    }
}
