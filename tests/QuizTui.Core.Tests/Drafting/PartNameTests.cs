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
        Assert.DoesNotContain("CHECK", draft.Reason, StringComparison.Ordinal);
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
}
