using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class OtherSpeakerRoundTests
{
    [Fact]
    public void An_indefinite_role_taken_as_its_one_holder_is_marked_to_check()
    {
        const string article = """
            Lindenport ferries to sail again

            Harbour spokeswoman Ana Ruiz said the ferries would sail again on Monday.

            "The crossing is safe and the boats have been checked," a harbour spokeswoman said later.
            """;

        var quote = Quote(RulesAlone(article), "The crossing is safe");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("role-unsure", quote.Level);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_role_whose_holder_was_named_two_paragraphs_back_is_marked_to_check()
    {
        const string article = """
            Kell library reopens

            Harbour spokeswoman Ana Ruiz opened the new library on Saturday.

            Tomas Vell, who ran the old reading room for thirty years, watched from the front row with his grandchildren.

            Among the first to borrow a book was his neighbour, Lena Marsh, who read to the children.

            "It is a good day for the town," the spokeswoman said.
            """;

        var quote = Quote(RulesAlone(article), "It is a good day");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("role-unsure", quote.Level);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_definite_role_whose_holder_was_just_named_stays_sure()
    {
        const string article = """
            Lindenport ferries to sail again

            Harbour spokeswoman Ana Ruiz said the ferries would sail again on Monday.

            "The crossing is safe and the boats have been checked," the spokeswoman said.
            """;

        var quote = Quote(RulesAlone(article), "The crossing is safe");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("role", quote.Level);
        Assert.False(quote.NeedsCheck);
    }

    [Fact]
    public void A_judge_of_a_named_court_is_the_judge_not_the_court()
    {
        const string article = """
            Kell ferry case turned down

            The Kell Harbour Court turned down the ferry company's claim on Monday.

            The Harbour Court judge said the company had come "far too late" to the hearing.
            """;

        var quote = Quote(RulesAlone(article), "far too late");

        Assert.Equal("Harbour Court judge", quote.Speaker);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_judge_of_a_named_court_goes_to_the_one_judge_named_marked_when_her_title_does_not_name_the_court()
    {
        const string article = """
            Kell ferry case turned down

            Judge Ana Ruiz sat alone at the Kell Harbour Court on Monday and turned down the ferry company's claim.

            The Harbour Court judge said the company had come "far too late" to the hearing.
            """;

        var quote = Quote(RulesAlone(article), "far too late");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("role-unsure", quote.Level);
    }

    [Fact]
    public void A_spokesman_of_a_named_court_still_speaks_for_the_court()
    {
        const string article = """
            Kell ferry case turned down

            The Kell Harbour Court turned down the ferry company's claim on Monday.

            The Harbour Court spokesman said the company had come "far too late" to the hearing.
            """;

        var quote = Quote(RulesAlone(article), "far too late");

        Assert.NotEqual("Harbour Court spokesman", quote.Speaker);
        Assert.Contains("Harbour Court", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_name_the_same_pronoun_reported_on_goes_back_to_the_speaker()
    {
        const string article = """
            Kell harbour master steps down

            Tomas Vell stepped down as harbour master on Friday after twelve years. He said Ivo Marsh is "a fair man to work for"; however, "the harbour needs a fresh start," he added.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Tomas Vell", Quote(drafts, "the harbour needs").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_name_reported_by_a_pronoun_of_the_other_gender_still_goes_to_the_name()
    {
        const string article = """
            Kell harbour master steps down

            Ana Ruiz stepped down as harbour master on Friday. Her deputy, Ivo Marsh, will stand in.

            She said Ivo Marsh would "do the job well". "I have known him for years," he said.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Ivo Marsh", Quote(drafts, "I have known him").Speaker);
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_not_the_speaker()
    {
        const string article = """
            Kell bakery opens

            Port baker Tomas Vell opened his new bakery on Friday.

            Speaking at the opening, Tomas mentioned, "We bake from four in the morning."
            """;

        var quote = Quote(RulesAlone(article), "We bake");

        Assert.NotEqual("Speaking", quote.Speaker);
    }

    [Fact]
    public void A_place_before_an_organisation_noun_is_the_body_of_that_place_the_article_names()
    {
        const string article = """
            Kell and Lindenport argue over ferry rights

            The Kell Fisheries Ministry wrote to Lindenport on Monday about the ferry timetable.

            In a statement on Friday, the Kell ministry said it was "deeply troubled" by the new timetable.
            """;

        var quote = Quote(RulesAlone(article), "deeply troubled");

        Assert.Equal("Kell Fisheries Ministry", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_right_after_a_sentence_opened_by_someone_unnamed_is_marked_to_check()
    {
        const string article = """
            Kell care home inquiry ends

            Prosecutor Ana Ruiz said the home had been "badly run for years".

            One of the nurses agreed to give evidence in public. She said she wanted others to "speak up sooner".
            """;

        var quote = Quote(RulesAlone(article), "speak up sooner");

        Assert.Equal("pronoun-passes-unnamed", quote.Level);
        Assert.True(quote.NeedsCheck);
        Assert.Contains("One of the nurses", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_after_a_sentence_opened_by_a_name_stays_sure()
    {
        const string article = """
            Kell care home inquiry ends

            Prosecutor Ana Ruiz said the home had been "badly run for years".

            Ruiz spoke to reporters after the hearing. She said she wanted others to "speak up sooner".
            """;

        var quote = Quote(RulesAlone(article), "speak up sooner");

        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("pronoun", quote.Level);
    }

    [Fact]
    public void A_pronoun_in_a_sentence_opened_by_for_and_a_name_is_that_person()
    {
        const string article = """
            Kell bakery sold

            "We leave the bakery in good hands," said Tomas Vell, who ran it for thirty years.

            For Ivo Marsh, the new owner, "the ovens are the heart of the place and they stay," he said.
            """;

        var quote = Quote(RulesAlone(article), "the ovens are");

        Assert.Equal("Ivo Marsh", quote.Speaker);
    }
}
