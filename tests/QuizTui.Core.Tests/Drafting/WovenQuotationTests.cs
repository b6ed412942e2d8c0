using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class WovenQuotationTests
{
    [Theory]
    [InlineData("Coach Dana Reyes said the defence was \"sloppy\" in the first half.", "sloppy", "Dana Reyes")]
    [InlineData("Health Minister Ana Ruiz said \"We tried,\" and left the room.", "We tried", "Ana Ruiz")]
    [InlineData("Councillor Ben Ode called the budget \"a betrayal of every renter.\"", "a betrayal", "Ben Ode")]
    [InlineData("Amy Holt, responding to the veto on Twitter, attacked the decision as \"cowardly and cruel.\"", "cowardly", "Amy Holt")]
    [InlineData("Dean Omar Haddad praised the students' \"quiet courage\" at the ceremony.", "quiet courage", "Omar Haddad")]
    public void Words_a_speaker_says_or_characterises_with_inside_the_reporters_sentence_are_theirs(string article, string startsWith, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.StartsWith(startsWith, draft.Text, StringComparison.Ordinal);
        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void A_characterising_verb_gives_medium_confidence_and_says_why()
    {
        var draft = Assert.Single(QuotationDrafter.Extract("Councillor Ben Ode called the budget \"a betrayal of every renter.\""));

        Assert.Equal(DraftConfidence.WovenInSentence.Value, draft.Confidence);
        Assert.Equal(DraftConfidence.WovenInSentence.Because, draft.Reason);
    }

    [Fact]
    public void A_pronoun_that_characterises_goes_to_the_person_named_before()
    {
        const string article = """
            Port director Margaret Olsen said "The harbour has never been busier."

            She described the new crane as "a machine that changes what this town can do."
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(["Margaret Olsen", "Margaret Olsen"], drafts.Select(d => d.Speaker));
        Assert.All(drafts, d => Assert.Equal(QuotationKind.Speech, d.Kind));
    }

    [Fact]
    public void A_participle_takes_the_subject_that_opens_the_sentence()
    {
        const string article = "In its filing Northwind Energy also made this point, writing \"We have told every regulator.\"";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Northwind Energy", draft.Speaker);
    }

    [Fact]
    public void An_outlet_that_reported_the_words_is_not_their_speaker()
    {
        const string article = "Senator Amy Holt called the bill a \"gift to polluters,\" according to the Easton Ledger.";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Amy Holt", draft.Speaker);
    }

    [Fact]
    public void Initials_with_small_words_in_lowercase_name_the_organisation()
    {
        Assert.True(EntityIndex.IsAcronymOf("WfE", "Water for Easton"));
        Assert.True(EntityIndex.IsAcronymOf("ICE", "Immigration and Customs Enforcement"));
        Assert.False(EntityIndex.IsAcronymOf("Wfe", "Water for Easton"));
        Assert.False(EntityIndex.IsAcronymOf("WE", "Water for Easton Now"));
    }

    [Theory]
    [InlineData("The board approved the plan, a decision which Councillor Ed Marsh has called \"a step backwards for families\".", "Ed Marsh")]
    [InlineData("The board approved the plan, which Ed Marsh described as \"a step backwards\".", "Ed Marsh")]
    [InlineData("Dock workers backed the strike, which union leader Ida Ross has referred to as \"the last stand of the harbour\".", "Ida Ross")]
    [InlineData("Ada Lune wrote to the council about the tower, which Mayor Ed Marsh later described as \"an eyesore we inherited\".", "Ed Marsh")]
    [InlineData("Kestrel Airlines cut the route, a move that Kestrel Airlines had once said was \"unthinkable\".", "Kestrel Airlines")]
    public void A_relative_clause_carrying_the_quotation_gives_its_own_subject_as_speaker(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void Went_on_to_add_attributes_the_quotation_to_the_subject_of_went()
    {
        const string article = """
            Rail director Simone Adler toured the line on Friday. "It will reopen in April," Adler said. She went on to add "The trains will be faster."
            """;

        var draft = Quote(QuotationDrafter.Extract(article), "The trains");

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal("Simone Adler", draft.Speaker);
    }

    [Fact]
    public void A_participle_phrase_after_the_quotation_is_not_taken_for_its_speaker()
    {
        const string article = """
            Rail director Simone Adler toured the line on Friday. She went on to say "The trains will be faster," referring to the new engines, and the report suggests the line is safe.
            """;

        var draft = Quote(QuotationDrafter.Extract(article), "The trains");

        Assert.Equal("Simone Adler", draft.Speaker);
    }
}
