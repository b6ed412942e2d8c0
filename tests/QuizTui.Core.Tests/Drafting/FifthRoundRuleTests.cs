using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class FifthRoundRuleTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    // ---- an opening phrase with no comma before the subject ----

    [Fact]
    public void A_pronoun_after_an_opening_phrase_with_no_comma_is_the_subject()
    {
        const string article = """
            Mayor Tomas Brell toured the flooded quarter on Monday.

            On the evening radio he said, "Every street will be dry by the weekend, and every family will be housed."
            """;

        Assert.Equal("Tomas Brell", Speech(article, "Every street").Speaker);
    }

    [Fact]
    public void The_after_a_day_word_in_an_opening_phrase_starts_the_subject()
    {
        const string article = """
            In a statement Thursday the Dunmore Ferry Company said "the ferry will run twice a day from the first of June".
            """;

        Assert.Equal("Dunmore Ferry Company", Speech(article, "the ferry will").Speaker);
    }

    // ---- a name before "who" ----

    [Fact]
    public void A_name_before_who_and_the_speech_verb_speaks_after_a_passive_clause()
    {
        const string article = """
            The motion was written by Priya Castell who said at the hearing, "Nobody on this coast should wait a year for a ferry."
            """;

        Assert.Equal("Priya Castell", Speech(article, "Nobody on").Speaker);
    }

    // ---- speech verbs ----

    [Fact]
    public void Indicated_reports_speech()
    {
        const string article = """
            Harbour master Ines Volk indicated, "The channel stays closed until the dredger has finished."
            """;

        Assert.Equal("Ines Volk", Speech(article, "The channel").Speaker);
    }

    // ---- a team the article does not name ----

    [Fact]
    public void An_unnamed_team_is_not_the_organisation_mentioned_most()
    {
        const string article = """
            ((KN)) How many sites did you visit?

            ((Ola Brandt)) Forty, over two summers.

            ((KN)) Were the sites deep?

            ((Ola Brandt)) Most were shallow. The water was colder in the second summer.

            The team wrote that the reef "recovered faster than any model had predicted".
            """;

        Assert.Equal("team", Speech(article, "recovered faster").Speaker);
    }

    // ---- a participle clause before its speaker ----

    [Fact]
    public void Words_quoted_in_an_opening_participle_clause_are_the_main_clause_subjects()
    {
        const string article = """
            Calling the closure "a stunt for the cameras", Councillor Jo Kell told reporters the pier would reopen.
            """;

        Assert.Equal("Jo Kell", Speech(article, "a stunt").Speaker);
    }

    [Fact]
    public void Elaborated_reports_speech_after_an_opening_participle_clause()
    {
        const string article = """
            Admitting "the queues are far too long", Minister Rosa Peral elaborated, "Every office will open on Saturdays from next month."
            """;

        Assert.Equal("Rosa Peral", Speech(article, "the queues").Speaker);
        Assert.Equal("Rosa Peral", Speech(article, "Every office").Speaker);
    }

    // ---- an acronym in brackets after the subject ----

    [Fact]
    public void An_acronym_in_brackets_and_a_relative_clause_leave_the_subject_before_them()
    {
        const string article = """
            The Harbour Trust (HT), which runs the pier, said "the repairs will take the whole winter".
            """;

        Assert.Equal("Harbour Trust", Speech(article, "the repairs").Speaker);
    }

    [Fact]
    public void A_verb_joined_by_and_after_a_bracketed_acronym_shares_the_subject_before_the_brackets()
    {
        const string article = """
            One of the tenants' groups, the Riverside Tenants Union (RTU), opposed the sale and said it had been promised "a seat at every meeting about the estate."
            """;

        Assert.Equal("Riverside Tenants Union", Speech(article, "a seat").Speaker);
    }
}
