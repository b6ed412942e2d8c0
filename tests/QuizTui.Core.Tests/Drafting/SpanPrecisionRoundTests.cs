using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class SpanPrecisionRoundTests
{
    private static IReadOnlyList<DraftQuotation> Speech(string article) =>
        QuotationDrafter.Extract(article).Where(d => d.Kind == QuotationKind.Speech).ToList();

    private static QuotationKind KindOf(string article, string startsWith) =>
        Drafted.Quote(QuotationDrafter.Extract(article), startsWith).Kind;

    [Fact]
    public void A_statement_split_by_its_attribution_is_joined_when_the_second_part_opens_with_I()
    {
        const string article = """
            "On behalf of the rowing club and its members," wrote chairwoman Ana Ruiz, "I thank every volunteer who kept the boathouse open this winter."
            """;

        var quotation = Assert.Single(Speech(article));
        Assert.Equal("On behalf of the rowing club and its members … I thank every volunteer who kept the boathouse open this winter.", quotation.Text);
        Assert.Equal("Ana Ruiz", quotation.Speaker);
    }

    [Fact]
    public void A_second_part_with_I_after_a_clause_of_its_own_stays_apart()
    {
        const string article = """
            "The harbour wall will hold for another decade," Ivo Marsh said, adding, "I have walked it every morning since the storm."
            """;

        var speech = Speech(article);
        Assert.Equal(2, speech.Count);
        Assert.All(speech, d => Assert.Equal("Ivo Marsh", d.Speaker));
    }

    [Theory]
    [InlineData("At first we thought \"the younger birds will simply follow the older ones, and that is all.\" But they did not.", "the younger birds")]
    [InlineData("Nobody else has a tax like it, so it makes you think, \"Why is Lindenport the only town that charges one\".", "Why is Lindenport")]
    public void Words_after_thought_or_after_think_and_a_comma_are_a_thought_not_speech(string article, string quoted)
    {
        Assert.Equal(QuotationKind.Label, KindOf(article, quoted));
    }

    [Fact]
    public void Words_after_think_without_a_comma_report_a_stated_view()
    {
        const string article = """
            Mara Quell told the council on Monday that she thinks "the ferry should run all night in summer, whatever it costs."
            """;

        Assert.Equal("Mara Quell", Assert.Single(Speech(article)).Speaker);
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quotation_in_single_marks_is_a_heading_where_the_article_quotes_in_double_marks()
    {
        const string article = """
            Lindenport rowers look to the spring

            "We lost the boathouse roof in the storm," club secretary Ana Ruiz said on Monday.

            'A season to rebuild.'

            "The members have raised half the cost already," Ruiz said.
            """;

        Assert.Equal(QuotationKind.Label, KindOf(article, "A season to rebuild"));
        Assert.Equal(2, Speech(article).Count);
    }

    [Fact]
    public void A_paragraph_in_single_marks_stays_speech_where_the_article_quotes_in_single_marks()
    {
        const string article = """
            'We lost the boathouse roof in the storm,' club secretary Ana Ruiz said on Monday.

            'The members have raised half the cost already.'

            'We start again in April,' she said.
            """;

        Assert.Equal(3, Speech(article).Count);
    }

    [Fact]
    public void A_headline_quoting_someone_in_single_marks_stays_speech()
    {
        const string article = """
            Mayor Marsh: 'The pier will be back by summer'

            "We will rebuild it before the season, and the ferry will dock there again," Mayor Ivo Marsh said.

            "It is the town's front door," he said.
            """;

        Assert.Equal(QuotationKind.Speech, KindOf(article, "The pier will be back"));
    }

    [Fact]
    public void Quoted_words_offered_as_an_alternative_to_a_label_are_labels_too()
    {
        const string article = """
            Ask the board about the pier and all you will hear is "Wait", or "Ask the council", or "Maybe next year, once the new ferry runs".
            """;

        Assert.Empty(Speech(article));
    }

    [Fact]
    public void A_reply_imagined_in_a_question_some_words_after_would_is_not_speech()
    {
        const string article = """
            Ana Ruiz said the levy was fair. But where would you draw the line and say, "Now the town must pay for all of it"?
            """;

        Assert.Equal(QuotationKind.Label, KindOf(article, "Now the town must pay"));
    }

    [Fact]
    public void Short_words_after_the_spoken_be_like_are_speech()
    {
        const string article = """
            Ana Ruiz runs the ferry kiosk. Every time the fares go up, the regulars are like, "Not again." And one of them went like "Really?" at the counter.
            """;

        var speech = Speech(article);
        Assert.Contains(speech, d => d.Text == "Not again.");
        Assert.Contains(speech, d => d.Text == "Really?");
    }

    [Fact]
    public void Words_after_be_like_that_nobody_says_are_not_speech()
    {
        const string article = """
            Ana Ruiz runs the ferry kiosk. No one is like, "Cheap fares."
            """;

        Assert.Empty(Speech(article));
    }

    [Fact]
    public void Words_after_a_blaming_or_accusing_participle_belong_to_the_sentence_subject()
    {
        const string article = """
            Mayor Ivo Marsh turned on the harbour board on Monday, accusing it of "wasting every summer we had."

            Lena Osk wrote to the council, blaming the delays on "a board that never meets."
            """;

        var speech = Speech(article);
        Assert.Contains(speech, d => d.Text.StartsWith("wasting every summer", StringComparison.Ordinal) && d.Speaker == "Ivo Marsh");
        Assert.Contains(speech, d => d.Text.StartsWith("a board that never meets", StringComparison.Ordinal) && d.Speaker == "Lena Osk");
    }

    [Theory]
    [InlineData("As the verdict was read, Tomas Vell turned to his family, mouthing \"I am sorry.\"", "I am sorry.")]
    [InlineData("Outside the town hall, dozens of ferry workers stood chanting \"Fair pay now\" until noon.", "Fair pay now")]
    public void Short_words_after_mouthing_or_chanting_are_speech(string article, string quoted)
    {
        Assert.Contains(Speech(article), d => d.Text == quoted);
    }

    [Theory]
    [InlineData("An onlooker in the gallery shouted \"Shame on you\" as the result was read out.", "Shame on you")]
    [InlineData("When the vote passed, the crowd outside chanted \"Not for sale\" for an hour.", "Not for sale")]
    [InlineData("A man near the stage yelled, \"Go home!\"", "Go home!")]
    public void Short_words_after_shouted_chanted_or_yelled_are_speech(string article, string quoted)
    {
        Assert.Contains(Speech(article), d => d.Text == quoted);
    }

    [Fact]
    public void Short_words_after_a_verb_that_is_not_voicing_stay_a_label()
    {
        Assert.DoesNotContain(Speech("The harbour board approved \"secure storage\" for the old records."), d => d.Text == "secure storage");
    }
}
