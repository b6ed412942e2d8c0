using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class OrganisationStatementTests
{
    [Fact]
    public void The_company_said_in_a_statement_goes_to_the_company_the_article_names()
    {
        const string article = """
            Brightwater Foods will close its Elm Street bakery in March, cutting 40 jobs.

            "This was a difficult decision for a business that has baked in Riverton for 60 years," the company said in a statement.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Brightwater Foods", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
        Assert.Equal("statement", draft.Channel);
        // "The company" is right for about half of such quotations in outside news: marked to check.
        Assert.Equal("organisation-noun", draft.Level);
        Assert.True(draft.NeedsCheck);
    }

    [Fact]
    public void Police_the_article_does_not_name_are_not_the_company_it_mentions_most()
    {
        const string article = """
            Northwind Energy cut power to 4,000 homes on Friday. Northwind Energy crews worked overnight.

            According to police, the driver "lost control on the ice" before hitting the pole.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.NotEqual("Northwind Energy", draft.Speaker);
        Assert.True(draft.NeedsCheck);
    }

    [Fact]
    public void According_to_a_letter_from_the_council_goes_to_the_council()
    {
        const string article = """
            The Riverton Town Council wrote to every household on Harbour Road last week.

            The road will close "for no more than six weeks while the water main is replaced," according to a letter from the council.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Riverton Town Council", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
        Assert.Equal("letter", draft.Channel);
    }

    [Fact]
    public void Every_paragraph_of_a_statement_introduced_with_a_colon_is_the_organisations()
    {
        const string article = """
            The Riverton Rowing Club will leave its boathouse. The club said in a statement on Sunday:

            "The boathouse has flooded three times in five years.

            "We have asked the city for a new site and will train on the lake until then."

            "Members will hear more at the annual meeting in April."

            Rowers have used the boathouse since 1952.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d =>
        {
            Assert.Equal("Riverton Rowing Club", d.Speaker);
            Assert.Equal(SpeakerKind.Organisation, d.SpeakerKind);
            Assert.Equal("statement", d.Channel);
            // The weakest link is "the club" (organisation-noun), which is marked to check.
            Assert.Equal("organisation-noun", d.Level);
            Assert.True(d.NeedsCheck, d.Reason);
        });
        Assert.StartsWith("The boathouse has flooded three times in five years. We have asked", drafts[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("introduced by the paragraph before, ending 'The club said in a statement on Sunday:'", drafts[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("continues Riverton Rowing Club's quotation from the paragraph before", drafts[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_statement_said_goes_to_whoever_the_article_says_released_it()
    {
        const string article = """
            The Harbour Cycling Club released a statement on Sunday after the race was cancelled.

            "Rider safety comes before everything else," the statement said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Harbour Cycling Club", draft.Speaker);
        Assert.Equal("statement", draft.Channel);
        Assert.Contains("'statement' → Harbour Cycling Club", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_speaking_with_no_person_named_is_the_speaker_and_a_named_person_is_preferred()
    {
        const string article = """
            "We regret the delay and will refund every ticket," Valley Transit said on Twitter.

            "The refunds start Monday," said Valley Transit spokesperson Omar Haddad.
            """;

        var drafts = QuotationDrafter.Extract(article);

        var organisation = Assert.Single(drafts, d => d.Text.StartsWith("We regret", StringComparison.Ordinal));
        Assert.Equal("Valley Transit", organisation.Speaker);
        Assert.Equal(SpeakerKind.Organisation, organisation.SpeakerKind);
        Assert.Equal("tweet", organisation.Channel);
        Assert.Equal("Omar Haddad", Assert.Single(drafts, d => d.Text.StartsWith("The refunds", StringComparison.Ordinal)).Speaker);
    }

    [Theory]
    [InlineData("The Pelham Trust (PT) runs the museum. The PT's website said: \"The museum will reopen in spring.\"", "Pelham Trust")]
    [InlineData("The Western Harbour Organisation (WHO) met in May. The WHO's website said: \"Entries close on Friday.\"", "Western Harbour Organisation")]
    [InlineData("The Kestrel Foundation runs the museum. The Kestrel Foundation's website said: \"The museum will reopen in spring.\"", "Kestrel Foundation")]
    public void An_organisations_own_document_gives_the_organisation_by_its_fullest_name_even_through_an_acronym(string article, string organisation)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(organisation, draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
    }

    [Fact]
    public void A_short_form_defined_in_brackets_stands_for_the_full_name_even_when_other_names_end_in_it()
    {
        const string article = """
            The chess league Northern Lights Club Aurora (Aurora) said on Friday that its champion had retired.

            She twice won the Cup of Aurora and the Aurora Open. Aurora's statement read "We thank her for ten wonderful years."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Northern Lights Club Aurora", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
    }

    [Fact]
    public void The_united_states_inside_an_organisations_name_keeps_the_name_whole()
    {
        const string article = """
            The United States Maritime Court ruled on Monday that the ferry fees were lawful. The Maritime Court called the appeal "without merit."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("United States Maritime Court", draft.Speaker);
    }
}
