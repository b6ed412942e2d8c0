using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class PeopleInParagraphTests
{
    private static string Article(string paragraph) => $$"""
        Ferry row

        Lindenport — Mayor Paul Brandt opened the new pier on Monday. "It is a great day," Brandt said.

        {{paragraph}}
        """;

    [Fact]
    public void A_name_after_an_opening_phrase_and_before_an_appositive_is_the_pronouns_person()
    {
        var drafts = RulesAlone(Article(
            "Recently, Ivo Marsh, a baker who runs the market stall, was asked by a caller why the boats were late. \"The engines are old,\" he said."));

        Assert.Equal("Ivo Marsh", Quote(drafts, "The engines are old").Speaker);
    }

    [Fact]
    public void A_name_after_an_opening_phrase_and_an_age_with_an_adverb_before_its_verb_is_the_pronouns_person()
    {
        var drafts = RulesAlone(Article(
            "At the spring fair in Kell, 62-year-old Ana Ruiz also railed against the ferries. \"They are far too loud,\" she said."));

        Assert.Equal("Ana Ruiz", Quote(drafts, "They are far too loud").Speaker);
    }

    [Fact]
    public void A_name_after_a_participle_phrase_with_an_aside_in_dashes_is_the_pronouns_person()
    {
        var drafts = RulesAlone(Article(
            "Reached by phone on Tuesday, Tomas Vell — who runs the old pier — told the Ledger he would not appeal. He said he hoped \"somebody else takes up the cause\" against the board."));

        Assert.Equal("Tomas Vell", Quote(drafts, "somebody else takes up").Speaker);
    }

    [Fact]
    public void A_pronoun_saying_something_after_a_sentence_opened_by_for_and_a_name_is_that_person()
    {
        var drafts = RulesAlone(Article(
            "For Tomas Vell, a ferry captain from Kell, Brandt was also a hero. He said, \"The mayor saved the pier.\""));

        Assert.Equal("Tomas Vell", Quote(drafts, "The mayor saved the pier").Speaker);
    }

    [Fact]
    public void A_name_after_as_for_is_the_subject_a_pronoun_goes_on_with()
    {
        var drafts = RulesAlone(Article(
            "Tomas Vell runs the old ferry. Brandt visited it on Tuesday. As for Vell, he said he was not worried. \"It will pass,\" he said."));

        Assert.Equal("Tomas Vell", Quote(drafts, "It will pass").Speaker);
    }

    [Fact]
    public void A_possessive_name_after_as_for_is_not_the_pronouns_person()
    {
        var drafts = RulesAlone(Article(
            "Captain Tomas Vell runs the old ferry. Councillor Ana Ruiz chairs the harbour board. As for Vell's plan, she said, \"It will not work.\""));

        Assert.Equal("Ana Ruiz", Quote(drafts, "It will not work").Speaker);
    }

    [Fact]
    public void Went_on_to_say_after_a_quotation_is_its_cue()
    {
        var drafts = RulesAlone(Article(
            "Bowler Ivo Marsh said he would target the captain. \"It is just history repeating itself\", said Tomas Vell. \"They have a set of lines they always use\", he went on to say."));

        Assert.Equal("Tomas Vell", Quote(drafts, "They have a set of lines").Speaker);
    }

    [Fact]
    public void A_name_after_said_and_stacked_roles_holding_a_place_is_the_subject_a_pronoun_goes_on_with()
    {
        var drafts = RulesAlone(Article(
            "Bowler Ivo Marsh said he would target the captain. The home side's reaction was muted. \"It is just history repeating itself\", said former North Norland coach and former test player Tomas Vell. \"They have a set of lines they always use\", he went on to say."));

        Assert.Equal("Tomas Vell", Quote(drafts, "They have a set of lines").Speaker);
    }
}
