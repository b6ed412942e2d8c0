using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class NamesAndChannelsTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    // ---- a surname that speaks, given in full only where nothing shows it is a person ----

    [Fact]
    public void A_surname_takes_the_one_full_name_printed_in_a_headline()
    {
        const string article = """
            Harbour union backs Rosa Tamsin for port board

            The dockers' union gave its support to Tamsin on Friday. Tamsin thanked the members on the radio, stating she was "ready to listen to every shift on the quay."
            """;

        var draft = Speech(article, "ready to listen");

        Assert.Equal("Rosa Tamsin", draft.Speaker);
        Assert.Contains("Rosa Tamsin", draft.Reason, StringComparison.Ordinal);
        Assert.True(draft.Confidence < DraftConfidence.SurnameInSentence.Value, "a name found this way is less sure than one introduced as a speaker");
    }

    [Fact]
    public void A_surname_takes_a_full_name_printed_as_an_object_in_the_text()
    {
        const string article = """
            The mill owners asked Oren Blackwood to chair the inquiry. Blackwood accepted and, speaking outside the mill, stated that the inquiry would be "open to anyone who worked a loom here."
            """;

        Assert.Equal("Oren Blackwood", Speech(article, "open to anyone").Speaker);
    }

    [Fact]
    public void A_surname_two_printed_names_share_stays_a_surname_to_check()
    {
        const string article = """
            The council heard from Ana Ruiz and from Tomas Ruiz on the new lane. Ruiz thanked the council, stating it was "a lane for children, not for lorries."
            """;

        var draft = Speech(article, "a lane for children");

        Assert.Equal("Ruiz", draft.Speaker);
        Assert.Equal(DraftConfidence.NameNotGivenInFull.Value, draft.Confidence);
    }

    [Fact]
    public void An_honorific_and_a_surname_never_given_in_full_speak_as_the_surname()
    {
        const string article = """
            The ferry board met in Dunmore on Monday.

            "We will not cut the winter crossings," Ms. Varga said after the vote.
            """;

        var draft = Speech(article, "We will not cut");

        Assert.Equal("Varga", draft.Speaker);
        Assert.Equal(DraftConfidence.NameNotGivenInFull.Value, draft.Confidence);
        Assert.Contains("Ms. Varga", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_that_also_names_a_campaign_is_the_person_printed_in_full()
    {
        const string article = """
            Mayor Ivo Lune opened his re-election bid on Monday. The Lune campaign hired four new staff.

            "We will win every ward," Lune said at the rally.
            """;

        Assert.Equal("Ivo Lune", Speech(article, "We will win").Speaker);
    }

    [Fact]
    public void A_surname_that_begins_a_business_name_is_the_person_printed_in_full()
    {
        const string article = """
            Petra Vasek founded Vasek Holdings in 1998 and still chairs its board.

            "The shipyard stays in Dunmore," Vasek said on Tuesday.
            """;

        Assert.Equal("Petra Vasek", Speech(article, "The shipyard stays").Speaker);
    }

    [Fact]
    public void A_title_and_a_surname_are_not_a_full_name()
    {
        const string article = """
            The bridge closed after Governor Halloway's order on Monday. Halloway defended it, stating the span was "not safe for a single car."
            """;

        Assert.NotEqual("Governor Halloway", Speech(article, "not safe").Speaker);
    }

    [Fact]
    public void A_person_first_known_by_honorific_and_surname_takes_the_full_name_printed_later_and_keeps_it_through_a_pronoun()
    {
        const string article = """
            Mr. Okafor opened the new ferry office on Monday. The harbour board had hired Daniel Okafor in March.

            He said the office would be "open every day the boats run."
            """;

        Assert.Equal("Daniel Okafor", Speech(article, "open every day").Speaker);
    }

    // ---- a public body named with "of" ----

    [Fact]
    public void A_courts_name_goes_on_through_of_the_and_the_place()
    {
        const string article = """
            The Supreme Court of the Westland Isles ruled against the ferry company on Tuesday. The Supreme Court of the Westland Isles said the closure was "beyond the powers the charter gives."
            """;

        Assert.Equal("Supreme Court of the Westland Isles", Speech(article, "beyond the powers").Speaker);
    }

    [Fact]
    public void A_departments_name_goes_on_through_of_and_its_field()
    {
        const string article = """
            The Department of Fisheries said in a statement that the quota was "set on the best count we have."
            """;

        Assert.Equal("Department of Fisheries", Speech(article, "set on the best").Speaker);
    }

    [Fact]
    public void A_commissions_name_goes_on_through_on_and_its_field()
    {
        const string article = """
            The Westland Commission on River Safety criticised the plan. The Westland Commission on River Safety said the weir was "worth keeping for fishers and boaters alike."
            """;

        Assert.Equal("Westland Commission on River Safety", Speech(article, "worth keeping").Speaker);
    }

    [Fact]
    public void An_acronym_in_brackets_stands_for_a_name_with_a_plural_possessive_and_of_the()
    {
        const string article = """
            Bishop Ana Ruiz led the Westland Bishops' Conference of the Islands (WBCI) for ten years.

            She was described by the WBCI as "a strong advocate for the hills in a province threatened by mining."
            """;

        Assert.Equal("Westland Bishops' Conference of the Islands", Speech(article, "a strong advocate").Speaker);
    }

    [Fact]
    public void Of_before_a_word_in_lower_case_does_not_join_a_body_name()
    {
        const string article = """
            The Harbour Council of elders met on Sunday. The Harbour Council said the pier was "ours to mend, and ours to pay for."
            """;

        Assert.Equal("Harbour Council", Speech(article, "ours to mend").Speaker);
    }

    // ---- a participle and where the words were given ----

    [Theory]
    [InlineData("noting on Twitter")]
    [InlineData("noting on Twitter that")]
    [InlineData("writing in a statement to reporters")]
    public void A_participle_followed_by_where_the_words_were_given_has_the_sentences_subject(string participle)
    {
        var article = $"""
            The Orlov Space Agency credited Mira Orlov with the first walk, {participle} "her venture into the vacuum of space began a new history".
            """;

        Assert.Equal("Orlov Space Agency", Speech(article, "her venture").Speaker);
    }

    // ---- a long description after the name, after the quotation ----

    [Fact]
    public void A_name_with_a_long_prepositional_tail_after_the_quotation_still_speaks()
    {
        const string article = """
            "Bringing the ferry back here is going to heal this town," Nora Tallis of the Westland island heritage and ferry preservation office told those gathered on the quay.
            """;

        Assert.Equal("Nora Tallis", Speech(article, "Bringing the ferry").Speaker);
    }
}
