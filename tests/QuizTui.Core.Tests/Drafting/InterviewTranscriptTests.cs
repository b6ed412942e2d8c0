using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class InterviewTranscriptTests
{
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

    [Fact]
    public void A_quotation_nothing_attributes_inside_an_answer_is_the_answerers_marked_to_check()
    {
        const string article = """
            Lindenport harbour candidate speaks to the Gazette

            Ana Ruiz, who runs a ferry firm in Lindenport, is standing for the harbour board.

            ((KM)) How do you greet voters?

            ((Ana Ruiz)) I knock on every door on the quay.

            "Good morning, I run the ferries and I want to run the harbour." That is how every visit starts.
            """;

        var quote = Quote(RulesAlone(article), "Good morning, I run");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("transcript-answer", quote.Level);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_quotation_inside_the_interviewers_question_is_not_given_to_the_answerer_as_an_answer()
    {
        const string article = """
            Lindenport harbour candidate speaks to the Gazette

            Ana Ruiz, who runs a ferry firm in Lindenport, is standing for the harbour board.

            ((KM)) Residents have put up posters reading "Save the old quay". Will you?

            ((Ana Ruiz)) I will keep it open.
            """;

        var quote = Quote(RulesAlone(article), "Save the old quay");

        Assert.NotEqual("transcript-answer", quote.Level);
    }

    [Fact]
    public void A_name_before_a_colon_with_no_interviewer_before_it_is_no_answer()
    {
        const string article = """
            Lindenport ferries to sail again

            Ana Ruiz, who runs a ferry firm in Lindenport, met the harbour board on Monday.

            Ana Ruiz: a profile of the candidate appears on page four.

            "The boats are ready," a notice on the quay read.
            """;

        var quote = Quote(RulesAlone(article), "The boats are ready");

        Assert.NotEqual("transcript-answer", quote.Level);
    }
}
