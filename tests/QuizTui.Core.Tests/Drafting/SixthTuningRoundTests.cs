using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Rules chosen on tune6's errors (docs/quotation-drafting.md, "tune6 round"). Every article here is
// invented for these tests: fictional towns, people and events.
public class SixthTuningRoundTests
{
    [Theory]
    [InlineData("Datuk")]
    [InlineData("Dato'")]
    [InlineData("Alhaji")]
    [InlineData("Shri")]
    public void An_honorific_of_another_country_is_not_part_of_the_name(string honorific)
    {
        var article = $"""
            Harbour commander {honorific} Razak Amin Tahir said boats had been stopped off Pulau Kelam.

            “Two of them turned back,” Razak Tahir said. “The rest were escorted to port.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Razak Amin Tahir", d.Speaker));
    }

    [Fact]
    public void A_surname_of_two_words_joined_by_a_hyphen_is_the_full_name()
    {
        const string article = """
            A statement signed by Mr Kwame Asante Boateng, the minister, praised the broadcasters.

            Mr Asante-Boateng said, “You have shown the country at its best.”

            “We hope to see more of it,” he added.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Kwame Asante Boateng", d.Speaker));
    }

    [Fact]
    public void A_hyphened_surname_printed_first_joins_the_full_name_printed_later()
    {
        const string article = """
            “The roads will be finished by June,” Mrs Mensah-Owusu told reporters.

            Mrs Abena Mensah Owusu, the district chief, spoke at the opening of the Kato bridge.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Abena Mensah Owusu", draft.Speaker);
    }

    [Fact]
    public void The_first_word_of_a_three_word_name_used_alone_is_the_person()
    {
        const string article = """
            Vaila coach Tuilagi Sione Fatu says his team can do better after a 12-12 draw with Tonga.

            Coach Tuilagi praised the new players. “They did their best,” he said.

            “We need to work on our lineout,” Tuilagi said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Tuilagi Sione Fatu", d.Speaker));
    }

    [Fact]
    public void A_first_word_is_not_the_person_when_the_surname_is_used_alone_too()
    {
        const string article = """
            Coach Mary Ellen Dodd says her team can do better.

            “We need to work on our lineout,” Dodd said. “Mary will be back next week,” she added.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.All(drafts, d => Assert.Equal("Mary Ellen Dodd", d.Speaker));
        Assert.DoesNotContain(QuotationDrafter.Extract(article), d => d.Speaker == "Mary");
    }

    [Fact]
    public void A_controller_named_with_the_job_is_the_subject_a_pronoun_goes_back_to()
    {
        const string article = """
            Tributes have been paid to trumpeter Hal Lyle, 86, who died yesterday.

            Mr Lyle was admitted to hospital this week.

            Radio 4 controller Mark Dane last night described Lyle as "a modest man".

            He said: "Hal Lyle was a towering figure."
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Mark Dane", d.Speaker));
    }

    [Fact]
    public void His_family_speaks_as_the_family_of_the_person_his_stands_for()
    {
        const string article = """
            Actor Tom Vale, 70, has died at his home in Kelso.

            “He died peacefully with his children beside him,” said his family in a statement.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Tom Vale's family", draft.Speaker);
    }

    [Fact]
    public void A_family_named_before_the_word_speaks_by_that_name()
    {
        const string article = """
            Former rugby player Ewan Orrin has died aged 52.

            A statement from the Orrin family said: “It is with great sadness we announce his death.”
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Orrin family", draft.Speaker);
    }

    [Fact]
    public void They_after_a_family_spoke_is_the_family()
    {
        const string article = """
            Presenter Ruth Calder, 60, has died, the Kelso Broadcasting Company said.

            In a statement, her family said she had died after a long illness. They said: “Ruth died at home. We ask for privacy.”
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ruth Calder's family", draft.Speaker);
    }

    [Fact]
    public void A_knight_called_by_his_first_name_is_the_person_named_in_full()
    {
        const string article = """
            Presenter Alan Pike has died at 80.

            Sir Alan, who presented the morning show for 30 years, died at home.

            “He leaves a gap no one can fill,” said his family.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Alan Pike's family", draft.Speaker);
    }

    [Fact]
    public void A_star_named_with_the_work_is_a_person_his_family_is_named_for()
    {
        const string article = """
            Tributes have been paid after ‘Harbour Lights’ star Owen Carrick has died, aged 61.

            “It is with heavy hearts we share the news,” said his family in a statement.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Owen Carrick's family", draft.Speaker);
    }

    [Fact]
    public void Quotation_paragraphs_under_headings_after_spoke_to_the_media_are_the_speakers()
    {
        const string article = """
            Post-match reaction | Dana Kirk on the late win

            Head coach Dana Kirk spoke to the media after Harbour City's 2-1 win against Riverton.

            On the performance…

            “I'm really happy for the group.”

            “The character of this team was evident.”

            On the late goals…

            “It was nice to score two late goals.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(3, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Dana Kirk", d.Speaker));
    }

    [Fact]
    public void A_full_sentence_between_is_no_heading()
    {
        const string article = """
            Mayor Ines Patel spoke to reporters on Monday.

            “The bridge will open in May,” she said.

            The council voted later.

            “We oppose the plan.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.Equal("Ines Patel", drafts[0].Speaker);
        Assert.NotEqual("Ines Patel", drafts[1].Speaker);
    }

    [Fact]
    public void A_quotation_left_open_after_a_colon_runs_to_the_end_of_its_paragraph()
    {
        const string article = """
            Tana Roe (Vaila coach after the win against Kest): “I've waited a long time for this. We have to improve our scrum.

            Mika Tau (captain of Vaila): “Kest put a lot of energy in. We were slow to respond.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.Equal("I've waited a long time for this. We have to improve our scrum.", drafts[0].Text);
        Assert.Equal("Tana Roe", drafts[0].Speaker);
        Assert.Equal("Kest put a lot of energy in. We were slow to respond.", drafts[1].Text);
        Assert.Equal("Mika Tau", drafts[1].Speaker);
    }

    [Fact]
    public void A_quotation_carried_over_paragraphs_and_never_closed_ends_with_the_article()
    {
        const string article = """
            “We need to work on our scrums,” coach Ari Vale said. “We need to practise.

            “Tonga brought the strength for this game.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.Equal("We need to practise. Tonga brought the strength for this game.", drafts[1].Text);
        Assert.Equal("Ari Vale", drafts[1].Speaker);
    }

    [Fact]
    public void A_mark_left_open_inside_a_sentence_stays_a_stray_mark()
    {
        const string article = "The garage was destroyed, and “there were two vans in the back, the chief said.";

        Assert.Empty(QuotationDrafter.Extract(article));
    }

    [Theory]
    [InlineData("frontman")]
    [InlineData("guitarist")]
    [InlineData("drummer")]
    public void A_band_member_named_with_the_job_is_a_person_he_goes_back_to(string job)
    {
        var article = $"""
            Owen Carrick, keyboards player for The Tide, has died aged 67.

            The band’s {job}, Rhys Dalton, led the tributes. “To say Owen will be missed is an understatement,” he said. “My thoughts are with his family.”
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("Rhys Dalton", d.Speaker));
    }

    [Fact]
    public void A_role_of_a_body_before_a_comma_is_the_title_of_the_name_after_it()
    {
        const string article = """
            The Minister of Fisheries, Ama Boadu, has admonished boat owners over their catch records.

            She said the records were “far from complete”.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ama Boadu", draft.Speaker);
    }

    [Fact]
    public void According_to_him_is_the_person_he_would_be()
    {
        const string article = """
            Harbour master Kofi Mensah has warned boat owners about the new moorings.

            According to him, "the moorings will not hold in a storm."
            """;

        var rulesAlone = DraftOptions.Default with { RankSpeakers = false, RankUnattributed = false };
        var draft = Assert.Single(QuotationDrafter.Draft(article, rulesAlone).Quotations);

        Assert.Equal("Kofi Mensah", draft.Speaker);
        Assert.Equal(SpeakerKind.Person, draft.SpeakerKind);
    }

    [Fact]
    public void A_name_before_comma_who_speaks_for_the_woven_words()
    {
        const string article = """
            Praise for Dale came from old colleagues, among them the poet Ivo Marsh, who called Dale a "rare and patient teacher".
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Ivo Marsh", draft.Speaker);
    }

    [Fact]
    public void A_quotation_in_lower_case_after_the_attributions_full_stop_goes_on_with_the_one_before()
    {
        const string article = """
            “The bridge was empty when the beam gave way, which was luck,” said chief Lena Roth. “but next time it may be full of cars.”
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("The bridge was empty when the beam gave way, which was luck … but next time it may be full of cars.", draft.Text);
        Assert.Equal("Lena Roth", draft.Speaker);
    }
}
