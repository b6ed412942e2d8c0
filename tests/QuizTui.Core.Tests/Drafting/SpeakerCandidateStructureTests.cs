using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class SpeakerCandidateStructureTests
{
    private static double Feature(SpeakerCandidate candidate, string name) =>
        candidate.Features[SpeakerRanker.FeatureNames.ToList().IndexOf(name)];

    private static SpeakerCandidate Candidate(string article, string quotationStart, string name)
    {
        var (draft, candidates) = QuotationDrafter.DraftWithCandidates(article);
        var index = draft.Quotations.ToList().FindIndex(q => q.Text.StartsWith(quotationStart, StringComparison.Ordinal));
        Assert.True(index >= 0);
        return Assert.Single(candidates[index], c => c.Name == name);
    }

    private const string Appositive = """
        Mayor Ana Ruiz opened the harbour meeting on Tuesday. Tom Baker, the council's treasurer, spoke after her.

        "We cannot pay for a second crane this year."
        """;

    private const string RoleWord = """
        The board's spokeswoman Ana Ruiz met reporters on Friday. Councillor Tom Baker arrived later.

        "Nothing has been decided."
        """;

    [Fact]
    public void The_first_person_named_in_the_sentence_before_is_marked()
    {
        var baker = Candidate(RoleWord, "Nothing has been", "Tom Baker");
        var ruiz = Candidate(RoleWord, "Nothing has been", "Ana Ruiz");

        Assert.Equal(1, Feature(baker, "first-in-sentence"));
        Assert.Equal(0, Feature(ruiz, "first-in-sentence"));
    }

    [Fact]
    public void An_appositive_after_a_name_introduces_the_person()
    {
        var baker = Candidate(Appositive, "We cannot pay", "Tom Baker");
        var ruiz = Candidate(Appositive, "We cannot pay", "Ana Ruiz");

        Assert.Equal(1, Feature(baker, "last-introduced"));
        Assert.Equal(0, Feature(ruiz, "last-introduced"));
    }

    [Fact]
    public void A_role_word_before_a_name_introduces_the_person_even_when_another_is_named_later()
    {
        var ruiz = Candidate(RoleWord, "Nothing has been", "Ana Ruiz");
        var baker = Candidate(RoleWord, "Nothing has been", "Tom Baker");

        Assert.Equal(1, Feature(ruiz, "last-introduced"));
        Assert.Equal(0, Feature(baker, "last-introduced"));
    }
}
