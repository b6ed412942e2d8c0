using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

/// <summary>
/// The drafter's word lists are general English: each group is tried in sentences written for
/// the purpose (fictional people), not taken from any article.
/// </summary>
public class LexiconTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("says")]
    [InlineData("added")]
    [InlineData("explained")]
    [InlineData("insisted")]
    [InlineData("warned")]
    [InlineData("argued")]
    [InlineData("replied")]
    [InlineData("admitted")]
    [InlineData("conceded")]
    [InlineData("tweeted")]
    [InlineData("wrote")]
    [InlineData("told reporters")]
    [InlineData("recalled")]
    [InlineData("quipped")]
    [InlineData("testified")]
    [InlineData("emphasised")]
    [InlineData("emphasized")]
    public void Speech_verbs_attribute_a_quotation_after_it(string verb)
    {
        var article = $"\"The doors open at nine,\" Nadia Stern {verb}.";

        Assert.Equal("Nadia Stern", Assert.Single(QuotationDrafter.Extract(article)).Speaker);
    }

    [Theory]
    [InlineData("the coach")]
    [InlineData("a nurse")]
    [InlineData("the prosecutor")]
    [InlineData("a firefighter")]
    [InlineData("the superintendent")]
    [InlineData("one resident")]
    [InlineData("a council spokesperson")]
    [InlineData("the head coach")]
    [InlineData("a senior economist")]
    [InlineData("the bishop")]
    public void Role_nouns_from_every_field_make_an_unnamed_speaker(string role)
    {
        var article = $"\"The doors open at nine,\" {role} said.";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(SpeakerKind.Role, draft.SpeakerKind);
        Assert.EndsWith(role.Split(' ')[^1], draft.Speaker, StringComparison.Ordinal);
        Assert.True(draft.NeedsCheck);
    }

    [Theory]
    [InlineData("Gov.")]
    [InlineData("Sen.")]
    [InlineData("Rep.")]
    [InlineData("Dr.")]
    [InlineData("Prof.")]
    [InlineData("Rev.")]
    [InlineData("Sgt.")]
    [InlineData("Capt.")]
    [InlineData("Lt. Col.")]
    [InlineData("Insp.")]
    [InlineData("Mrs.")]
    [InlineData("Mayor")]
    [InlineData("Judge")]
    [InlineData("Councillor")]
    public void Honorifics_before_a_name_are_not_part_of_it(string honorific)
    {
        var article = $"\"The doors open at nine,\" said {honorific} Nadia Stern. \"Come early.\"";

        var drafts = QuotationDrafter.Extract(article);

        Assert.All(drafts, d => Assert.Equal("Nadia Stern", d.Speaker));
        Assert.Equal(2, drafts.Count);
    }

    [Fact]
    public void Regular_verb_forms_are_spelled_right()
    {
        Assert.True(Lexicon.IsSpeechVerb("tweeted"));
        Assert.True(Lexicon.IsSpeechVerb("notes"));
        Assert.True(Lexicon.IsSpeechVerb("stresses"));
        Assert.True(Lexicon.IsSpeechVerb("continued"));
        Assert.False(Lexicon.IsSpeechVerb("noteed"));
        Assert.False(Lexicon.IsSpeechVerb("stresss"));
    }

    [Theory]
    [InlineData("Sportswriter", true)]
    [InlineData("Speechwriter", true)]
    [InlineData("Writer", false)]
    [InlineData("Meltzer", false)]
    [InlineData("Sportsman", false)]
    public void A_compound_role_noun_ends_in_a_listed_role_of_five_letters_or_more(string word, bool expected) =>
        Assert.Equal(expected, Lexicon.IsCompoundRoleNoun(word));
}
