using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests.
public class ArticleFactsTests
{
    [Fact]
    public void Labelled_lines_give_the_facts_as_stated()
    {
        const string text = """
            Headline: Council backs the bike lane by one vote
            Outlet: Alderbrook Herald
            Published: May 1, 2024
            By Jo Ellison

            The council voted on Tuesday.
            """;

        var facts = ArticleFacts.Read(text);

        Assert.Equal(new ArticleFact("Council backs the bike lane by one vote", 1, true), facts.Headline);
        Assert.Equal(new ArticleFact("Alderbrook Herald", 2, true), facts.Outlet);
        Assert.Equal(new ArticleFact("2024-05-01", 3, true), facts.Published);
        Assert.Equal(new DateOnly(2024, 5, 1), facts.Date);
        Assert.Equal(new ArticleFact("Jo Ellison", 4, true), facts.Author);
    }

    [Fact]
    public void A_page_title_gives_a_guessed_headline_and_outlet()
    {
        const string text = """
            Bike lane approved after late-night debate - Valley Public Radio

            Alderbrook's council approved a bike lane on Tuesday.
            """;

        var facts = ArticleFacts.Read(text);

        Assert.Equal(new ArticleFact("Bike lane approved after late-night debate", 1, false), facts.Headline);
        Assert.Equal(new ArticleFact("Valley Public Radio", 1, false), facts.Outlet);
        Assert.Null(facts.Published);
    }

    [Fact]
    public void A_masthead_a_dateline_and_a_headline_are_guessed_from_the_layout()
    {
        const string text = """
            Alderbrook Journal

            Thursday, 2 May 2024

            Merchants ask council to delay bike lane work

            The merchants' association asked for a delay on Thursday.
            """;

        var facts = ArticleFacts.Read(text);

        Assert.Equal(new ArticleFact("Alderbrook Journal", 1, false), facts.Outlet);
        Assert.Equal(new ArticleFact("2024-05-02", 3, false), facts.Published);
        Assert.Equal(new ArticleFact("Merchants ask council to delay bike lane work", 5, false), facts.Headline);
    }

    [Fact]
    public void A_byline_that_goes_on_with_the_outlet_and_date_gives_all_three()
    {
        const string text = """
            Mill closure: what we know
            By Ruth Okonjo | Millbrook Gazette | March 3, 2026

            The mill will close in June.
            """;

        var facts = ArticleFacts.Read(text);

        Assert.Equal(new ArticleFact("Ruth Okonjo", 2, true), facts.Author);
        Assert.Equal(new ArticleFact("Millbrook Gazette", 2, false), facts.Outlet);
        Assert.Equal(new ArticleFact("2026-03-03", 2, false), facts.Published);
        Assert.Equal(new ArticleFact("Mill closure: what we know", 1, false), facts.Headline);

        // Without a date, the byline above the headline is still no headline.
        var undated = ArticleFacts.Read("By Ruth Okonjo | Millbrook Gazette\nMill workers weigh the move to Kettering\n\nThe mill will close.");
        Assert.Equal("Mill workers weigh the move to Kettering", undated.Headline?.Value);
        Assert.Equal("Millbrook Gazette", undated.Outlet?.Value);
    }

    [Theory]
    [InlineData("Lindenport Courier, 14 March 2026")]
    [InlineData("Lindenport Courier, Saturday, 14 March 2026")]
    [InlineData("Lindenport Courier — 14 March 2026")]
    [InlineData("14 March 2026 | Lindenport Courier")]
    [InlineData("Published by the Lindenport Courier on 14 March 2026")]
    [InlineData("LINDENPORT COURIER, 14 MARCH 2026")]
    [InlineData("Lindenport Radio, 14 March 2026", "Lindenport Radio")]
    [InlineData("14 March 2026 — Kell Daily Star", "Kell Daily Star")]
    public void A_dateline_that_names_the_outlet_gives_the_outlet_and_the_date(string dateline, string outlet = "Lindenport Courier")
    {
        var text = dateline + "\n\nFerry crews ask for a new timetable\n\nThe ferry will sail again next month.\n";

        var facts = ArticleFacts.Read(text);

        Assert.Equal(new ArticleFact(outlet, 1, false), facts.Outlet);
        Assert.Equal(new ArticleFact("2026-03-14", 1, false), facts.Published);
        Assert.Equal("Ferry crews ask for a new timetable", facts.Headline?.Value);
    }

    [Fact]
    public void A_byline_that_names_the_outlet_after_a_comma_gives_the_writer_and_the_outlet()
    {
        var facts = ArticleFacts.Read("By Ana Ruiz, Lindenport Courier\n\nFerry crews ask for a new timetable\n\nThe ferry will sail again next month.\n");

        Assert.Equal(new ArticleFact("Ana Ruiz", 1, true), facts.Author);
        Assert.Equal(new ArticleFact("Lindenport Courier", 1, false), facts.Outlet);
        Assert.Equal("Ferry crews ask for a new timetable", facts.Headline?.Value);
    }

    [Theory]
    [InlineData("Ana Ruiz, 14 March 2026")]
    [InlineData("Lindenport, 14 March 2026")]
    [InlineData("LINDENPORT — 14 March 2026")]
    [InlineData("By Ana Post, 14 March 2026")]
    [InlineData("Published by Ana Ruiz on 14 March 2026")]
    [InlineData("By Ana Ruiz, Lindenport")]
    [InlineData("By Ana Ruiz, Political Editor")]
    [InlineData("By Ana Ruiz, Staff Reporter")]
    public void A_writers_name_or_a_bare_place_beside_the_date_or_the_writer_is_no_outlet(string line)
    {
        var text = line + "\n\nFerry crews ask for a new timetable\n\nThe ferry will sail again next month.\n";

        Assert.Null(ArticleFacts.Read(text).Outlet);
    }

    [Theory]
    [InlineData("By Ana Ruiz, Political Editor")]
    [InlineData("By Ana Ruiz, Lindenport")]
    public void A_byline_with_the_writers_title_or_town_gives_the_writer_and_is_no_headline(string byline)
    {
        var facts = ArticleFacts.Read(byline + "\n\nFerry crews ask for a new timetable\n\nThe ferry will sail again next month.\n");

        Assert.Equal(new ArticleFact("Ana Ruiz", 1, true), facts.Author);
        Assert.Equal("Ferry crews ask for a new timetable", facts.Headline?.Value);
    }

    [Fact]
    public void A_headline_repeated_lower_down_the_page_wins_over_a_first_short_line()
    {
        const string text = """
            Riverton news and weather today
            Riverton, Ontario, Canada
            Ferry service to resume in June

            Ferry service to resume in June

            The ferry will sail again next month.
            """;

        Assert.Equal("Ferry service to resume in June", ArticleFacts.Read(text).Headline?.Value);
    }

    [Fact]
    public void Text_that_states_nothing_gives_no_facts()
    {
        var facts = ArticleFacts.Read("The council voted on Tuesday. \"It was close,\" said Ana Ruiz.\n");

        Assert.Equal(new ArticleFacts(null, null, null, null), facts);
    }

    [Theory]
    [InlineData("2024-05-01", "2024-05-01")]
    [InlineData("Posted 2024/05/01 at 10:00", "2024-05-01")]
    [InlineData("May 1, 2024", "2024-05-01")]
    [InlineData("Sept. 25, 2020", "2020-09-25")]
    [InlineData("Friday, September 25th, 2020", "2020-09-25")]
    [InlineData("25 September 2020", "2020-09-25")]
    [InlineData("13/04/2026", "2026-04-13")]
    [InlineData("Updated 04/13/2026 9:12 a.m.", "2026-04-13")]
    [InlineData("03.04.2026", "2026-04-03")]
    [InlineData("05-05-2026", "2026-05-05")]
    [InlineData("31/02/2026", null)]
    [InlineData("13/13/2026", null)]
    [InlineData("February 30, 2024", null)]
    [InlineData("Mayor 12 2020", null)]
    [InlineData("no date here", null)]
    public void Dates_are_read_in_the_usual_news_forms(string line, string? expected)
    {
        Assert.Equal(expected, ArticleFacts.FindDate(line));
    }

    [Fact]
    public void A_date_in_numbers_that_reads_two_ways_is_taken_month_first_and_says_so()
    {
        var facts = ArticleFacts.Read("Published: 03/04/2026\n\nThe ferry will sail again next month.\n");

        Assert.Equal(
            new ArticleFact("2026-03-04", 1, false, "'03/04/2026' read month first, 4 March 2026; it could be 3 April 2026"),
            facts.Published);
    }

    [Fact]
    public void A_date_in_numbers_that_reads_one_way_is_taken_as_stated()
    {
        var facts = ArticleFacts.Read("Published: 21/04/2026\n\nThe ferry will sail again next month.\n");

        Assert.Equal(new ArticleFact("2026-04-21", 1, true), facts.Published);
    }

    [Theory]
    [InlineData("THE ALDERBROOK HERALD", "The Alderbrook Herald")]
    [InlineData("CBC NEWS", "CBC News")]
    [InlineData("VALLEY POST-GAZETTE", "Valley Post-Gazette")]
    [InlineData("HERALD OF ALDERBROOK", "Herald of Alderbrook")]
    [InlineData("THE VOICE OF THE VALLEY", "The Voice of the Valley")]
    [InlineData("Alderbrook Journal", "Alderbrook Journal")]
    public void A_masthead_in_capitals_is_given_in_the_capitals_of_a_name(string masthead, string outlet)
    {
        var text = masthead + "\n\nMerchants ask council to delay bike lane work\n\nThe merchants' association asked for a delay.\n";

        Assert.Equal(new ArticleFact(outlet, 1, false), ArticleFacts.Read(text).Outlet);
    }

    [Fact]
    public void A_headline_in_capitals_is_taken_when_no_other_line_looks_like_one()
    {
        const string text = """
            MAYOR RESIGNS AFTER BUDGET VOTE

            The mayor of Alderbrook resigned on Friday.
            """;

        Assert.Equal(new ArticleFact("MAYOR RESIGNS AFTER BUDGET VOTE", 1, false), ArticleFacts.Read(text).Headline);
    }
}
