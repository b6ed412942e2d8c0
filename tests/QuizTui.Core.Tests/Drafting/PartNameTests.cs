using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class PartNameTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_surname_speaks_for_the_full_name_printed_only_inside_a_quotation()
    {
        const string article = """
            Ferry race

            "Ana Ruiz owes the island an answer on the fares," the harbour board said in a statement.

            "The board knows the fares will fall next year," Ruiz said on Tuesday.
            """;

        var draft = Speech(article, "The board knows");
        Assert.Equal("Ana Ruiz", draft.Speaker);
        Assert.False(DraftConfidence.NeedsCheck(draft.Confidence));
    }

    [Fact]
    public void A_surname_speaks_for_the_name_in_a_quoted_programme_title()
    {
        const string article = """
            Bridge talk

            Speaking on "The Ivo Marsh Hour" on Thursday, the mayor said the bridge would reopen.

            "You will have to ask the engineers," Marsh said.
            """;

        Assert.Equal("Ivo Marsh", Speech(article, "You will have to").Speaker);
    }

    [Fact]
    public void Two_full_names_quoted_with_one_surname_leave_the_surname_as_written()
    {
        const string article = """
            Mill vote

            "Tomas Vell and Lena Vell both signed the letter," the union said.

            "The mill will stay open," Vell said.
            """;

        Assert.Equal("Vell", Speech(article, "The mill will").Speaker);
    }

    [Fact]
    public void A_quoted_name_that_reads_as_a_newspaper_is_not_taken()
    {
        const string article = """
            Harbour fees

            "Ask Ana Courier what she promised," the rival campaign said.

            "I promised lower fees," Courier said in Lindenport.
            """;

        Assert.Equal("Courier", Speech(article, "I promised lower").Speaker);
    }

    [Fact]
    public void A_name_printed_in_the_prose_comes_before_one_quoted()
    {
        const string article = """
            Ferry board

            Tomas Ruiz chairs the Lindenport ferry board.

            "Ana Ruiz knows nothing of boats," one captain said.

            "The timetable is fixed," Ruiz said.
            """;

        Assert.Equal("Tomas Ruiz", Speech(article, "The timetable is").Speaker);
    }

    [Fact]
    public void A_given_name_after_a_sheikhs_title_is_the_name_printed_in_full_after_it()
    {
        const string article = """
            Lindenport port

            The new port authority was opened by Sheikh Tomas bin Ivo Al Vell, who chairs the harbour council.

            "The port will serve the whole coast," Sheikh Tomas said.
            """;

        var draft = Speech(article, "The port will");
        Assert.Equal("Tomas bin Ivo Al Vell", draft.Speaker);
        Assert.Equal("given-name-after-title", draft.Level);
    }

    [Fact]
    public void Of_two_sheikhs_with_one_given_name_the_one_printed_first_is_taken_to_check()
    {
        const string article = """
            Lindenport port

            Sheikh Tomas bin Ivo Al Vell opened the port after talks with Sheikh Tomas bin Marc Al Ruiz.

            "The port will serve the whole coast," Sheikh Tomas said.
            """;

        var draft = Speech(article, "The port will");
        Assert.Equal("Tomas bin Ivo Al Vell", draft.Speaker);
        Assert.True(DraftConfidence.NeedsCheck(draft.Confidence));
    }

    [Fact]
    public void A_princess_named_by_her_given_name_is_the_princess_printed_in_full()
    {
        const string article = """
            Ferry name

            The new ferry was named after Princess Ana Lindqvist at a ceremony in Lindenport.

            "It is a beautiful boat," Princess Ana said.
            """;

        Assert.Equal("Ana Lindqvist", Speech(article, "It is a beautiful").Speaker);
    }

    [Fact]
    public void A_word_after_another_title_is_not_matched_to_a_name_beginning_with_it()
    {
        const string article = """
            Ferry name

            The new ferry was named after Princess Ana Lindqvist at a ceremony in Lindenport.

            "It is a beautiful boat," Sheikh Ana said.
            """;

        Assert.NotEqual("Ana Lindqvist", Speech(article, "It is a beautiful").Speaker);
    }

    [Fact]
    public void A_family_name_written_first_is_the_one_name_of_three_words_it_begins()
    {
        const string article = """
            Fares to be reviewed: Vell Tan Ruo

            Mr Vell, who is transport minister, spoke to reporters in Lindenport on Monday.

            "The fares have not changed since 2012," said Mr Vell in a written reply.
            """;

        var draft = Speech(article, "The fares have");
        Assert.Equal("Vell Tan Ruo", draft.Speaker);
        Assert.Equal("family-name-first", draft.Level);
    }

    [Fact]
    public void A_surname_written_last_elsewhere_is_not_taken_for_a_family_name_first()
    {
        const string article = """
            Ferry fares

            Ana Marsh Ruiz and Ivo Marsh both sit on the Lindenport ferry board.

            "The fares have not changed since 2012," said Mr Marsh.
            """;

        Assert.NotEqual("Marsh Ruiz", Speech(article, "The fares have").Speaker);
        Assert.NotEqual("Ana Marsh Ruiz", Speech(article, "The fares have").Speaker);
    }

    [Fact]
    public void A_name_of_three_words_whose_last_word_is_used_alone_is_no_family_name_first()
    {
        const string article = """
            Ferry fares

            Vell Tomas Ruiz chairs the Lindenport ferry board. Ruiz took the chair in May.

            "The fares have not changed since 2012," said Mr Vell.
            """;

        Assert.Equal("Vell", Speech(article, "The fares have").Speaker);
    }
}
