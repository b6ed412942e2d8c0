using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class QuotationDrafterTests
{
    private static DraftQuotation Single(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_short_phrase_that_ends_the_reporters_sentence_is_a_label_not_the_next_speakers_words()
    {
        const string article = """
            Residents near the quarry described the smoke as "apocalyptic." Fire chief Dana Ross said crews would stay overnight.

            "We will not leave until it is out," Ross said.
            """;
        Assert.Equal(QuotationKind.Label, Single(article, "apocalyptic").Kind);
        var speech = Single(article, "We will not leave");
        Assert.Equal(QuotationKind.Speech, speech.Kind);
        Assert.Equal("Dana Ross", speech.Speaker);
    }

    [Fact]
    public void Attribution_after_the_quotation_names_the_speaker_and_the_title_is_not_part_of_the_name()
    {
        const string article =
            "The Millbrook council voted 7-2 on Tuesday to close the Elm Street pool.\n\n" +
            "“We looked at every option and none of them kept the pool open safely,” Mayor Linda Okafor said.\n";

        var draft = Single(article, "We looked");

        Assert.Equal("We looked at every option and none of them kept the pool open safely", draft.Text);
        Assert.Equal("Linda Okafor", draft.Speaker);
        Assert.True(draft.SpeakerResolved);
        Assert.Equal(SpeakerKind.Person, draft.SpeakerKind);
        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal("said", draft.Attribution);
        Assert.Equal((3, 1, 2), (draft.Line, draft.Column, draft.Paragraph));
        Assert.InRange(draft.Confidence, 0.9, 1.0);
    }

    [Fact]
    public void Attribution_before_the_quotation_with_a_colon()
    {
        const string article =
            "Councillor Raj Patel voted against the closure. He told reporters after the meeting: " +
            "\"Families in the east end have nowhere else to swim this summer.\"\n";

        var draft = Single(article, "Families");

        Assert.Equal("Raj Patel", draft.Speaker);
        Assert.Equal("told", draft.Attribution);
        Assert.Equal("interview", draft.Channel);
        Assert.Equal(QuotationKind.Speech, draft.Kind);
    }

    [Fact]
    public void Said_inversion_takes_the_name_after_the_verb()
    {
        const string article =
            "“The board did not take this decision lightly,” said Dana Whitfield, the board’s chair, in a statement.\n";

        var draft = Single(article, "The board");

        Assert.Equal("Dana Whitfield", draft.Speaker);
        Assert.Equal("said", draft.Attribution);
        Assert.Equal("statement", draft.Channel);
    }

    [Fact]
    public void According_to_attributes_a_partial_quotation_and_a_statement_from_an_organisation()
    {
        const string article =
            "The clinic will move to a temporary site that is “close enough for every patient to walk to,” according to " +
            "nurse manager Priya Nandakumar.\n\n" +
            "The Riverside Health Authority has already signed the lease.\n\n" +
            "The new site will open “well before the winter flu season begins in earnest,” according to a statement from " +
            "the Riverside Health Authority.\n";

        var drafts = QuotationDrafter.Extract(article);

        var partial = Assert.Single(drafts, d => d.Text.StartsWith("close enough", StringComparison.Ordinal));
        Assert.Equal("Priya Nandakumar", partial.Speaker);
        Assert.Equal("according to", partial.Attribution);
        Assert.Equal(QuotationKind.Speech, partial.Kind);

        var statement = Assert.Single(drafts, d => d.Text.StartsWith("well before", StringComparison.Ordinal));
        Assert.Equal("Riverside Health Authority", statement.Speaker);
        Assert.Equal(SpeakerKind.Organisation, statement.SpeakerKind);
        Assert.Equal("statement", statement.Channel);
    }

    [Fact]
    public void A_surname_refers_back_to_the_full_name_given_with_a_title()
    {
        const string article =
            "Riverside school district superintendent Helen Marsh announced the closure of Eastgate Elementary on Monday.\n\n" +
            "Enrolment at the school has fallen by half in ten years.\n\n" +
            "“Keeping a building open for 90 children is not fair to the other schools,” Marsh said.\n";

        var draft = Single(article, "Keeping");

        Assert.Equal("Helen Marsh", draft.Speaker);
        Assert.Equal(SpeakerKind.Person, draft.SpeakerKind);
    }

    [Fact]
    public void A_pronoun_refers_back_across_paragraphs_to_the_most_recent_person_of_agreeing_gender()
    {
        const string article =
            "Principal Grace Lindqvist said she would meet parents on Thursday.\n\n" +
            "Parent council chair Tom Becker said his group would ask for a delay.\n\n" +
            "“We owe these families a clear answer before the spring,” she said.\n\n" +
            "“I expect the room to be full,” he said.\n";

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Grace Lindqvist", Assert.Single(drafts, d => d.Text.StartsWith("We owe", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Tom Becker", Assert.Single(drafts, d => d.Text.StartsWith("I expect", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_quotation_split_by_a_full_sentence_attribution_gives_two_quotations_by_one_speaker()
    {
        const string article =
            "“The bridge will close for six weeks,” city engineer Marco Silva said. “We will run a shuttle bus the whole time.”\n";

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Marco Silva", d.Speaker));
        Assert.Equal("We will run a shuttle bus the whole time.", drafts[1].Text);
    }

    [Fact]
    public void A_sentence_interrupted_by_its_attribution_is_one_quotation()
    {
        const string article =
            "Coach Anita Brandt spoke after the final whistle.\n\n" +
            "“The decision,” she said, “was the hardest of my career.”\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("The decision … was the hardest of my career.", draft.Text);
        Assert.Equal("Anita Brandt", draft.Speaker);
    }

    [Fact]
    public void A_quotation_paragraph_without_attribution_continues_the_previous_speaker()
    {
        const string article =
            "“We have served this town for 40 years,” bakery owner Samuel Adeyemi said.\n\n" +
            "“The rent has tripled, and we simply cannot stay.”\n\n" +
            "The bakery will close at the end of the month.\n";

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.Equal("Samuel Adeyemi", drafts[1].Speaker);
        Assert.True(drafts[1].SpeakerResolved);
        Assert.True(drafts[1].Confidence < drafts[0].Confidence);
    }

    [Fact]
    public void A_quotation_left_open_at_the_end_of_a_paragraph_continues_into_the_next()
    {
        const string article =
            "Retired teacher Maria Costa addressed the council on Tuesday.\n\n" +
            "“I taught in that building for thirty years. Every child in this town learned to read there.\n\n" +
            "“Closing it would tear the heart out of the neighbourhood,” she said.\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(
            "I taught in that building for thirty years. Every child in this town learned to read there. " +
            "Closing it would tear the heart out of the neighbourhood",
            draft.Text);
        Assert.Equal("Maria Costa", draft.Speaker);
        Assert.Equal(2, draft.Paragraph);
    }

    [Fact]
    public void Organisations_speak_by_name_and_as_the_company()
    {
        const string article =
            "Grocery chain Brightwater Foods Inc. will stop selling plastic bags next month.\n\n" +
            "“Our customers asked for this change and we listened,” Brightwater tweeted on Monday.\n\n" +
            "“Reusable bags will be sold at cost in every store,” the company said in an email.\n";

        var drafts = QuotationDrafter.Extract(article);

        var tweet = Assert.Single(drafts, d => d.Text.StartsWith("Our customers", StringComparison.Ordinal));
        Assert.Equal("Brightwater Foods", tweet.Speaker);
        Assert.Equal(SpeakerKind.Organisation, tweet.SpeakerKind);
        Assert.Equal("tweet", tweet.Channel);

        var email = Assert.Single(drafts, d => d.Text.StartsWith("Reusable", StringComparison.Ordinal));
        Assert.Equal("Brightwater Foods", email.Speaker);
        Assert.Equal("email", email.Channel);
    }

    [Fact]
    public void A_role_without_a_name_is_the_speaker_and_a_role_with_a_name_resolves_to_the_person()
    {
        const string article =
            "“The patient is in stable condition,” a hospital spokesperson said.\n\n" +
            "Fire chief Leona Grant said the blaze started in the kitchen.\n\n" +
            "“The crews did everything right,” the chief said.\n";

        var drafts = QuotationDrafter.Extract(article);

        var role = Assert.Single(drafts, d => d.Text.StartsWith("The patient", StringComparison.Ordinal));
        Assert.Equal("hospital spokesperson", role.Speaker);
        Assert.Equal(SpeakerKind.Role, role.SpeakerKind);

        Assert.Equal("Leona Grant", Assert.Single(drafts, d => d.Text.StartsWith("The crews", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void By_the_rules_alone_an_unattributed_quotation_is_marked_unresolved_not_guessed()
    {
        const string article =
            "“Nobody told us the road would close.”\n\n" +
            "Residents of Pine Hollow learned of the closure from a sign.\n\n" +
            "“It was a surprise to everyone,” he said.\n";

        var drafts = QuotationDrafter.Draft(article, new DraftOptions { RankUnattributed = false }).Quotations;

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d =>
        {
            Assert.Null(d.Speaker);
            Assert.False(d.SpeakerResolved);
            Assert.Equal(SpeakerKind.Unknown, d.SpeakerKind);
            Assert.True(d.Confidence < 0.5);
        });
    }

    [Fact]
    public void Short_quoted_phrases_that_no_one_is_said_to_speak_are_labels()
    {
        const string article =
            "The so-called “quiet hours” bylaw took effect on Friday.\n\n" +
            "Residents call the crossing at Fifth and Main \"the gauntlet\" because of its traffic.\n";

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal(QuotationKind.Label, d.Kind));
    }

    [Fact]
    public void A_few_words_woven_into_a_sentence_that_names_their_speaker_are_speech()
    {
        const string article =
            "Deputy mayor Karen Ortiz said the bylaw would bring \"some peace\" to the downtown.\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal("Karen Ortiz", draft.Speaker);
    }

    [Fact]
    public void A_longer_partial_quotation_with_a_speech_verb_is_speech()
    {
        const string article =
            "Park director Hugo Lam said the new trail would \"give every neighbourhood a safe way to reach the river.\"\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal("Hugo Lam", draft.Speaker);
    }

    [Fact]
    public void Single_quoted_headline_quotation_with_a_role_resolves_and_apostrophes_are_not_quotes()
    {
        const string article =
            "'We will rebuild the library,' mayor says\n\n" +
            "The town's library burned down last week. Mayor Linda Okafor's office confirmed the plan.\n\n" +
            "Okafor said the town’s insurance would cover most of the cost.\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("We will rebuild the library", draft.Text);
        Assert.Equal("Linda Okafor", draft.Speaker);
        Assert.Equal((1, 1), (draft.Line, draft.Column));
    }

    [Fact]
    public void A_quotation_printed_twice_is_listed_once()
    {
        const string article =
            "“This is a good day for the valley,” said Ruth Okonjo.\n\n" +
            "The dam will be removed next year.\n\n" +
            "“This is a good day for the valley,” Okonjo said again at a second event.\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ruth Okonjo", draft.Speaker);
        Assert.Equal(1, draft.Paragraph);
    }

    [Theory]
    [InlineData("“We are ready,” the union tweeted.", "tweet")]
    [InlineData("“We are ready,” union president Dev Shah said in an email.", "email")]
    [InlineData("“We are ready,” union president Dev Shah said in a statement.", "statement")]
    [InlineData("“We are ready,” union president Dev Shah wrote in a letter to members.", "letter")]
    [InlineData("“We are ready,” union president Dev Shah posted on Facebook.", "post")]
    [InlineData("“We are ready,” union president Dev Shah said.", "other")]
    public void The_channel_is_guessed_from_the_attribution(string article, string channel)
    {
        Assert.Equal(channel, Assert.Single(QuotationDrafter.Extract(article)).Channel);
    }

    [Fact]
    public void Quotations_are_returned_in_text_order_with_paragraph_numbers()
    {
        const string article =
            "Opening paragraph with no quotation.\n\n" +
            "“First,” said Ana Ruiz. Later she added: “Second, and last.”\n\n" +
            "“Third,” Ruiz said.\n";

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(["First", "Second, and last.", "Third"], drafts.Select(d => d.Text));
        Assert.Equal([2, 2, 3], drafts.Select(d => d.Paragraph));
        Assert.All(drafts, d => Assert.Equal("Ana Ruiz", d.Speaker));
    }

    [Fact]
    public void Straight_quotes_run_over_paragraphs_too_and_it_refers_to_an_organisation()
    {
        const string article =
            "The Harbourside Rowing Club will move its boathouse, the club said on Sunday.\n\n" +
            "\"The old shed floods every spring. We have no choice.\n\n" +
            "\"The new site is dry and closer to the bus,\" it said in a news release.\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("The old shed floods every spring. We have no choice. The new site is dry and closer to the bus", draft.Text);
        Assert.Equal("Harbourside Rowing Club", draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
        Assert.Equal("press-release", draft.Channel);
    }

    [Fact]
    public void A_relative_clause_between_name_and_verb_is_skipped()
    {
        const string article =
            "“Nobody expected the vote to be this close,” Councillor Beatriz Lemos, who chairs the finance committee, said.\n";

        Assert.Equal("Beatriz Lemos", Assert.Single(QuotationDrafter.Extract(article)).Speaker);
    }
}
