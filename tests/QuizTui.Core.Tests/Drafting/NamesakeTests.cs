using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class NamesakeTests
{
    [Fact]
    public void A_husband_named_after_her_is_a_man_so_a_later_she_goes_back_to_the_woman()
    {
        const string article = """
            Dunmore harbour vote splits the town

            Ana Ruiz, the harbour treasurer, said the vote had surprised her. Along with her husband, Tomas Vell, a bank manager, she has given money to the campaign.

            "I feel bad to say it," she said.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Ana Ruiz", Quote(drafts, "I feel bad").Speaker);
    }

    [Fact]
    public void A_son_sharing_her_surname_is_a_man_so_a_later_she_goes_back_to_his_mother()
    {
        const string article = """
            Kell bakery changes hands

            Ana Ruiz, the bakery owner, retired in May, and her son, Pavel Ruiz, the head baker, took over from her.

            "It was time to step back," she said.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Ana Ruiz", Quote(drafts, "It was time").Speaker);
    }

    [Fact]
    public void A_husband_named_by_his_first_name_alone_is_a_man_so_she_goes_to_his_wife()
    {
        const string article = """
            Kell families sleep in the school hall

            Nora Pike, 71, waited out the storm in the school hall alongside her husband, Emil. "The wind took half our roof before dark," she said.

            Emil Pike said the couple would stay with a nephew. "We are lucky to have family close by," he said.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Nora Pike", Quote(drafts, "The wind took").Speaker);
        Assert.Equal("Emil Pike", Quote(drafts, "We are lucky").Speaker);
    }

    [Fact]
    public void Mr_and_Ms_before_a_shared_surname_go_to_the_namesake_of_that_gender()
    {
        const string article = """
            Kell ferry dispute goes to court

            Ana Ruiz, the mayor of Kell, opened the hearing on Monday. Her brother, Tomas Ruiz, the ferry captain, sat at the back of the room.

            "We will not let the crossing close," Mr. Ruiz said.

            "The council has done its sums," Ms. Ruiz said.

            "I have sailed this crossing for thirty years," Mr. Ruiz added.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Tomas Ruiz", Quote(drafts, "We will not").Speaker);
        var mayor = Quote(drafts, "The council has");
        Assert.Equal("Ana Ruiz", mayor.Speaker);
        Assert.True(mayor.NeedsCheck);
        Assert.Equal("Tomas Ruiz", Quote(drafts, "I have sailed").Speaker);
    }

    [Fact]
    public void A_pronoun_after_Mr_and_a_shared_surname_goes_to_the_namesake_the_honorific_fits()
    {
        const string article = """
            Kell ferry dispute goes to court

            Ana Ruiz, the mayor of Kell, opened the hearing on Monday. Her brother, Tomas Ruiz, the ferry captain, sat at the back of the room.

            "The council has done its sums," Ms. Ruiz said.

            Mr. Ruiz shook his head. "I have sailed this crossing for thirty years," he said.
            """;

        var drafts = RulesAlone(article);

        Assert.Equal("Ana Ruiz", Quote(drafts, "The council has").Speaker);
        Assert.Equal("Tomas Ruiz", Quote(drafts, "I have sailed").Speaker);
    }

    [Fact]
    public void Mr_before_a_surname_of_two_men_and_a_woman_rules_out_the_woman_and_stays_to_check()
    {
        const string article = """
            Kell ferry dispute goes to court

            Ana Ruiz, the mayor of Kell, opened the hearing on Monday. Her brother, Tomas Ruiz, the ferry captain, and his son, Pavel Ruiz, the ferry engineer, sat at the back of the room.

            "We will not let the crossing close," Mr. Ruiz said.
            """;

        var drafts = RulesAlone(article);

        var quote = Quote(drafts, "We will not");
        Assert.NotEqual("Ana Ruiz", quote.Speaker);
        Assert.EndsWith("Ruiz", quote.Speaker, StringComparison.Ordinal);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_surname_of_the_one_person_known_is_marked_to_check_when_another_name_ending_in_it_is_printed()
    {
        const string article = """
            Harbour plan wins a vote in Kell

            The council thanked Ada Lune for her letter on the harbour plan. Mayor Tomas Lune opposed the plan in May.

            "The quay cannot wait another winter," Lune said on Monday.
            """;

        var quote = Quote(RulesAlone(article), "The quay cannot");

        Assert.Equal("Tomas Lune", quote.Speaker);
        Assert.True(quote.NeedsCheck);
    }

    [Fact]
    public void A_surname_of_the_one_person_known_is_not_marked_when_no_other_name_ends_in_it()
    {
        const string article = """
            Harbour plan wins a vote in Kell

            The council thanked the residents for their letters on the harbour plan. Mayor Tomas Lune opposed the plan in May.

            "The quay cannot wait another winter," Lune said on Monday.
            """;

        var quote = Quote(RulesAlone(article), "The quay cannot");

        Assert.Equal("Tomas Lune", quote.Speaker);
        Assert.False(quote.NeedsCheck);
    }

    [Fact]
    public void A_pronoun_for_a_person_whose_surname_another_printed_name_shares_is_marked_to_check()
    {
        const string article = """
            Harbour plan wins a vote in Kell

            The council thanked Ada Lune for her letter on the harbour plan. Mayor Tomas Lune opposed the plan in May.

            "The quay cannot wait another winter," he said on Monday.
            """;

        var quote = Quote(RulesAlone(article), "The quay cannot");

        Assert.Equal("Tomas Lune", quote.Speaker);
        Assert.True(quote.NeedsCheck);
        Assert.Contains("also names Ada Lune", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Relatives_words_give_a_gender_and_a_word_of_either_gender_gives_none()
    {
        IReadOnlySet<string> male = Lexicon.MaleRelatives;
        IReadOnlySet<string> female = Lexicon.FemaleRelatives;
        Assert.Contains("husband", male);
        Assert.Contains("daughter", female);
        Assert.DoesNotContain("spouse", male);
        Assert.DoesNotContain("spouse", female);
    }
}
