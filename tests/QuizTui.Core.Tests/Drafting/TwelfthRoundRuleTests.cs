using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class TwelfthRoundRuleTests
{
    [Theory]
    [InlineData("Marisol Quintero Abad, the mayor of Puerto Lindo, opened the bridge. \"It joins two towns,\" Quintero said.", "Marisol Quintero Abad")]
    [InlineData("Tomás Ferrer Vidal, a local councillor, watched the boats. Ferrer said, \"The catch is smaller every year.\"", "Tomás Ferrer Vidal")]
    public void The_first_of_two_surnames_stands_for_the_person(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void A_middle_name_is_not_taken_for_a_surname_when_the_last_name_is_used_alone()
    {
        const string article = """
            Anna Maria Lindqvist, a teacher at Easton High, led the march. "We want smaller classes," Lindqvist said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Anna Maria Lindqvist", draft.Speaker);
    }

    [Theory]
    [InlineData("The review itself stated, \"Most wells in Dunmore are dry.\"", "review")]
    [InlineData("Mayor Jon Pike opened the fair. The mayor himself said, \"It is the best fair yet.\"", "Jon Pike")]
    public void A_reflexive_after_the_subject_only_stresses_it(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void A_warning_speaks_for_whoever_issued_it()
    {
        const string article = """
            The Easton Weather Office sent storm alerts to fishing crews on Monday.

            The red warning issued by the Easton Weather Office covers the whole coast. "Waves will top the harbour wall," read the warning.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Easton Weather Office", draft.Speaker);
    }

    [Fact]
    public void A_document_issued_by_a_body_named_after_it_is_that_bodys()
    {
        const string article = """
            Taps ran brown in Dunmore on Tuesday.

            The notice published by the Dunmore Water Board went to every home. "Boil all water before drinking it," the notice said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Dunmore Water Board", draft.Speaker);
    }

    [Fact]
    public void A_quotation_split_by_its_attribution_between_semicolons_is_one()
    {
        const string article = """
            The Harbour Trust released a statement on Friday. "No one was hurt;" read the statement; "we will rebuild the pier by spring."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("No one was hurt; … we will rebuild the pier by spring.", draft.Text);
    }

    [Fact]
    public void A_description_with_its_own_who_clause_between_name_and_verb_is_skipped()
    {
        const string article = """
            Ana Ruiz, an Easton local who lost her home in the flood, said "We need the levee before winter."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ana Ruiz", draft.Speaker);
    }

    [Theory]
    [InlineData("Remarked harbour scientist Ana Ruiz, \"The tide is rising faster than we feared.\"", "Ana Ruiz")]
    [InlineData("Added Dunmore councillor Jon Pike: \"We will vote on the levy in May.\"", "Jon Pike")]
    public void A_speech_verb_opening_the_sentence_has_its_subject_after_it(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void Words_of_unnamed_reports_are_a_label()
    {
        const string article = """
            The ferry ran aground near Port Alder. Reports said the captain was "badly shaken" but unhurt.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Label, draft.Kind);
    }

    [Fact]
    public void A_role_naming_another_office_is_not_the_person_with_a_different_title()
    {
        const string article = """
            Transport Minister Ana Ruiz opened the new line on Monday.

            The health minister said, "Clinics along the line will stay open."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("health minister", draft.Speaker);
    }

    [Theory]
    [InlineData("The transport minister said, \"Trains will run every ten minutes.\"")]
    [InlineData("The minister said, \"Trains will run every ten minutes.\"")]
    [InlineData("The former minister said, \"Trains will run every ten minutes.\"")]
    public void A_role_naming_the_same_office_or_none_is_still_the_person(string sentence)
    {
        var article = $"Transport Minister Ana Ruiz opened the new line on Monday.\n\n{sentence}";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ana Ruiz", draft.Speaker);
    }

    [Fact]
    public void Words_a_speaker_cites_are_theirs()
    {
        const string article = """
            Mayor Jon Pike cited the council's "long record of neglect" as his reason for resigning.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal("Jon Pike", draft.Speaker);
    }
}
