using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class InterviewTranscriptTests
{
    private static DraftQuotation Quote(IReadOnlyList<DraftQuotation> drafts, string startsWith) =>
        Assert.Single(drafts, d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    private static IReadOnlyList<DraftQuotation> RulesAlone(string article) =>
        QuotationDrafter.Draft(article, DraftOptions.Default with { RankUnattributed = false }).Quotations;

    [Fact]
    public void You_in_the_interviewers_question_is_the_person_who_answers_it()
    {
        const string article = """
            Lindenport harbour candidate speaks to the Gazette

            Ana Ruiz, who runs a ferry firm in Lindenport, is standing for the harbour board.

            ((KM)) In your leaflet, you wrote "Every quay deserves a ferry" — what does that mean?

            ((Ana Ruiz)) It means that nobody should walk an hour to catch a boat.
            """;

        var quote = Quote(RulesAlone(article), "Every quay deserves");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("interviewer-asks", quote.Level);
        Assert.False(quote.NeedsCheck);
    }

    [Fact]
    public void You_in_a_question_set_out_with_colons_is_the_person_who_answers_it()
    {
        const string article = """
            Lindenport harbour candidate speaks to the Gazette

            Ana Ruiz, who runs a ferry firm in Lindenport, is standing for the harbour board.

            Q: You said "the river will not wait for us" last spring. Was that a warning?

            Ana Ruiz: It was. The water rose two metres that month.
            """;

        var quote = Quote(RulesAlone(article), "the river will not wait");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("interviewer-asks", quote.Level);
    }

    [Fact]
    public void You_in_an_answer_is_not_taken_for_the_person_answering()
    {
        const string article = """
            Lindenport harbour candidate speaks to the Gazette

            Ana Ruiz, who runs a ferry firm in Lindenport, is standing for the harbour board.

            ((KM)) What do voters tell you?

            ((Ana Ruiz)) They ask me whether you said "the quays will close" at the last meeting.
            """;

        var quote = Quote(RulesAlone(article), "the quays will close");

        Assert.NotEqual("interviewer-asks", quote.Level);
    }

    [Fact]
    public void You_in_a_question_answered_by_someone_the_article_never_names_is_left_to_the_other_rules()
    {
        const string article = """
            Kell mill on the new dam

            Q: You said "the river will not wait for us" last spring. Was that a warning?

            Miller: It was. The water rose two metres that month.
            """;

        var quote = Quote(RulesAlone(article), "the river will not wait");

        Assert.NotEqual("interviewer-asks", quote.Level);
    }
}
