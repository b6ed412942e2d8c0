using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class PronounSpeakersRoundTests
{
    [Fact]
    public void Actor_before_a_name_does_not_make_a_woman_male_for_a_pronoun_after_it()
    {
        const string article = """
            Ada Moss was thrilled when she was cast in the play. She had waited years for it.

            Another stage actor, Nina Kell, would name the duchess as a dream role when asked at festivals. She was given a chance to read for it years later, when a new company staged the play. When she was cast, "I could not say a word," she told the audience at her talk.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Nina Kell", Quote(drafts, "I could not say").Speaker);
    }

    [Fact]
    public void A_title_with_of_opening_the_sentence_leaves_its_name_the_subject_a_pronoun_goes_back_to()
    {
        const string article = """
            In a statement, Inspector Ivo Lune, who led the inquiry, said the fire had "shaken the whole village." He also said the family had borne a heavy loss.

            Chief of District Police Tomas Renwick said the case had shocked the island but that such crimes were rare there. "I hope these verdicts show that justice will be done," he added.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Tomas Renwick", Quote(drafts, "I hope these verdicts").Speaker);
    }

    [Fact]
    public void A_name_before_a_past_tense_is_the_subject_a_pronoun_goes_back_to()
    {
        const string article = """
            Party secretary Ivo Lune has backed the mayor since the spring.

            The race is closer in the north of the county. There, the district party Chairman Tomas Renwick declined to name the three delegates but said one backed the mayor. The district had thirty people apply, which he said were split evenly.

            "The mayor has his share of support here," he said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Tomas Renwick", Quote(drafts, "The mayor has his").Speaker);
    }

    private const string FarSubjectOpening = """
        Chairwoman Ana Ruiz opened the harbour wall at Kellmouth on Friday. She cut the ribbon at noon.

        Councillor Nina Kell, a former engineer, spoke next. She praised the builders.

        The wall cost four million pounds and took two years to build.


        """;

    [Fact]
    public void A_person_who_fits_named_in_the_sentence_before_goes_before_a_subject_two_paragraphs_back()
    {
        const string article = FarSubjectOpening + """
            The harbour office later released a message from Chairwoman Ana Ruiz, reporting that the last stone had been laid. "The wall is finished at last," she wrote.
            """;

        var drafts = QuotationDrafter.Extract(article);

        var quote = Quote(drafts, "The wall is finished");
        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal(DraftConfidence.PronounUnsure.Name, quote.Level);
    }

    [Fact]
    public void A_sentence_opened_by_the_same_pronoun_keeps_the_subject_the_pronoun_stood_for()
    {
        const string article = FarSubjectOpening + """
            She later criticised the plan drawn up by Chairwoman Ana Ruiz. "The wall is finished, but the road is not," she said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Nina Kell", Quote(drafts, "The wall is finished").Speaker);
    }
}
