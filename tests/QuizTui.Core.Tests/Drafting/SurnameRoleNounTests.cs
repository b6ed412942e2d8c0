using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and bodies.
public class SurnameRoleNounTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_surname_that_is_a_role_noun_after_an_honorific_is_the_person()
    {
        const string article = """
            Senator Nadia Driver of Westmark opened the hearing on the harbour levy.

            "The levy will not pass this year," Ms. Driver said.
            """;

        Assert.Equal("Nadia Driver", Speech(article, "The levy will").Speaker);
    }

    [Fact]
    public void A_surname_that_is_a_role_noun_after_mister_is_the_person()
    {
        const string article = """
            The ferry company's founder, Tobias Host, sold his shares in May.

            "I had run it long enough," said Mr. Host, who is 71.
            """;

        Assert.Equal("Tobias Host", Speech(article, "I had run").Speaker);
    }

    [Fact]
    public void A_role_noun_with_no_honorific_stays_a_role()
    {
        const string article = """
            Tobias Host sold his shares in the ferry company in May.

            "The show ran all night," the host said.
            """;

        Assert.NotEqual("Tobias Host", Speech(article, "The show ran").Speaker);
    }
}

public class SurnameAfterDescriptionTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_role_noun_surname_after_a_lowercase_description_ends_the_name()
    {
        const string article = """
            "He cannot win the harbour seat," said former Westmark governor Oskar Dean, a supporter of the levy.
            """;

        Assert.Equal("Oskar Dean", Speech(article, "He cannot win").Speaker);
    }

    [Fact]
    public void A_speech_verb_surname_after_a_lowercase_description_ends_the_name()
    {
        const string article = """
            Kestrel Foods chief executive Milo Read said, "We have looked at the tax risk with care."
            """;

        Assert.Equal("Milo Read", Speech(article, "We have looked").Speaker);
    }

    [Fact]
    public void A_title_after_a_lowercase_description_is_not_a_surname()
    {
        const string article = """
            "The budget is sound," said ferry company executive Vice President.
            """;

        Assert.NotEqual("Vice President", Speech(article, "The budget").Speaker);
    }
}

public class QuestionOpeningNameTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void An_auxiliary_opening_a_question_does_not_start_a_name()
    {
        const string article = """
            Voters in Dunmore lined up to see Ivo Lune at the ferry shed.

            Does Lune, like his rivals, back the harbour levy? Few in the shed could say.

            "I will decide when the budget is printed," Lune said.
            """;

        Assert.Equal("Ivo Lune", Speech(article, "I will decide").Speaker);
    }
}

public class SurnameAfterInitialTests
{
    [Fact]
    public void A_title_after_a_middle_initial_is_the_surname()
    {
        const string article = """
            "The ferry will run all winter," said Councillor Ivo T. King of Dunmore, who chairs the harbour board.
            """;

        var speech = Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech);
        Assert.Equal("Ivo T. King", speech.Speaker);
    }
}

public class TwoWordSurnameTests
{
    private static DraftQuotation Speech(string article, string startsWith) =>
        Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech && d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_two_word_surname_is_the_one_person_named_in_full_with_it()
    {
        const string article = """
            Councillor Nadia Ortega Vell, who chairs the harbour board, opened the meeting on Monday.

            "We will not raise the levy this year," Ortega Vell said.
            """;

        Assert.Equal("Nadia Ortega Vell", Speech(article, "We will not").Speaker);
    }

    [Fact]
    public void A_two_word_surname_shared_by_two_people_stays_as_written()
    {
        const string article = """
            Councillor Nadia Ortega Vell opened the meeting. Her brother, Councillor Tomas Ortega Vell, chaired it.

            "We will not raise the levy this year," Ortega Vell said.
            """;

        Assert.Equal("Ortega Vell", Speech(article, "We will not").Speaker);
    }
}

public class TwoWordSurnameWithAgeTests
{
    [Fact]
    public void A_two_word_surname_with_an_age_is_the_person_named_in_full()
    {
        const string article = """
            At ferry meetings in Dunmore, Nadia Ortega Vell, a pilot from the islands, remembers the old harbour.

            It was only years later that Ortega Vell learned the pier would close.

            "I kind of got into a panic," Ortega Vell, 33, said of the letter.
            """;

        var speech = Assert.Single(QuotationDrafter.Extract(article), d => d.Kind == QuotationKind.Speech);
        Assert.Equal("Nadia Ortega Vell", speech.Speaker);
    }
}
