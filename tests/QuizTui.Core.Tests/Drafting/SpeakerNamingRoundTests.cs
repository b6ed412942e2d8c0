using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class SpeakerNamingRoundTests
{
    private static string Article(string paragraph) => $$"""
        Ferry row

        Lindenport — Mayor Paul Brandt opened the new pier on Monday. "It is a great day," Brandt said.

        {{paragraph}}
        """;

    [Fact]
    public void A_lowercase_title_with_its_field_after_the_verb_gives_the_name_after_it()
    {
        var drafts = RulesAlone(Article("\"The pier is a disgrace to the town,\" said master of ceremonies Ivo Marsh."));

        Assert.Equal("Ivo Marsh", Quote(drafts, "The pier is a disgrace").Speaker);
    }

    [Fact]
    public void An_owner_and_a_title_with_its_field_after_the_verb_give_the_name_not_the_owner()
    {
        var drafts = RulesAlone(Article("\"The pier is a disgrace to the town,\" said Norland's deputy minister for ports Ivo Marsh."));

        Assert.Equal("Ivo Marsh", Quote(drafts, "The pier is a disgrace").Speaker);
    }

    [Fact]
    public void A_capitalised_title_of_a_body_after_the_verb_gives_the_name_that_closes_it()
    {
        var drafts = RulesAlone(Article("\"The pier is a disgrace to the town,\" explains Secretary General of the Kell Union Ana Ruiz."));

        Assert.Equal("Ana Ruiz", Quote(drafts, "The pier is a disgrace").Speaker);
    }

    [Fact]
    public void A_title_of_a_body_before_a_surname_the_article_uses_alone_gives_the_surname()
    {
        var drafts = RulesAlone(Article(
            "\"The pier is a disgrace to the town,\" explains Secretary General of the Kell Union Ruiz. \"It must close,\" said Ruiz."));

        Assert.Equal("Ruiz", Quote(drafts, "The pier is a disgrace").Speaker);
    }

    [Fact]
    public void A_preposition_after_the_verb_opens_no_title()
    {
        var drafts = RulesAlone(Article("Ivo Marsh spoke last. \"The pier is a disgrace to the town,\" he said of Ana Ruiz."));

        Assert.Equal("Ivo Marsh", Quote(drafts, "The pier is a disgrace").Speaker);
    }

    [Fact]
    public void A_place_straight_after_of_is_no_name_closing_a_title()
    {
        var drafts = RulesAlone(Article(
            "\"The pier is a disgrace to the town,\" said University of Kellmark, Lindenport's chancellor, Ivo Marsh. Kellmark is far away."));

        Assert.Equal("Ivo Marsh", Quote(drafts, "The pier is a disgrace").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_named_listener_does_not_give_the_subject_its_gender()
    {
        var drafts = RulesAlone(Article(
            "Ana Ruiz told Tomas Vell that he was wrong. \"The pier is a disgrace to the town,\" she said."));

        Assert.Equal("Ana Ruiz", Quote(drafts, "The pier is a disgrace").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_named_person_asked_something_does_not_give_the_subject_its_gender()
    {
        var drafts = RulesAlone(Article(
            "Ana Ruiz asked Tomas Vell whether he would stay. \"The pier is a disgrace to the town,\" she said."));

        Assert.Equal("Ana Ruiz", Quote(drafts, "The pier is a disgrace").Speaker);
    }

    [Fact]
    public void A_surname_of_a_body_after_the_verb_is_the_speaker_not_the_body()
    {
        var drafts = RulesAlone(Article(
            "Nora Pike teaches in Kell. \"The pier is a disgrace to the town,\" said Pike of the KELL Dockers."));

        Assert.Equal("Nora Pike", Quote(drafts, "The pier is a disgrace").Speaker);
    }
}
