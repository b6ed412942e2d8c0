using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: an invented country, its city, bodies and people.
/// <summary>Packs whose articles name a country acting and one of its agencies, and wire datelines without a year.</summary>
public partial class PackDrafterTests
{
    private const string EnvoyRecalled = """
        Envoy called home over river dam

        Norland recalled its ambassador to Vessaria on Tuesday after talks on the dam failed.

        "We cannot accept a project that puts our rivers at risk," it said in a statement.
        """;

    private const string AgencyWarns = """
        Agency warns of lower river flow

        The Norland Environment Agency warned that the dam could cut the river's flow by a third.

        "The measurements we have taken leave no doubt," the agency said.
        """;

    private static PackDraft DraftTexts(params (string File, string Text)[] texts) =>
        PackDrafter.Draft("norland-dam", [.. texts.Select(t => new ArticleSource(t.File, t.Text))], Today);

    [Fact]
    public void A_country_acting_and_an_agency_whose_name_begins_with_the_country_stay_two_bodies()
    {
        var draft = DraftTexts(("envoy.txt", EnvoyRecalled), ("agency.txt", AgencyWarns));
        var newsEvent = Assert.Single(Load(draft).Library.Events);

        Assert.NotNull(newsEvent.FindPerson("norland"));
        Assert.NotNull(newsEvent.FindPerson("norland-environment-agency"));
        Assert.Equal(["norland"], newsEvent.FindArticle("envoy")!.Quotations.Select(q => q.SpeakerId));
        Assert.Equal(["norland-environment-agency"], newsEvent.FindArticle("agency")!.Quotations.Select(q => q.SpeakerId));
    }

    private const string WireStory = """
        Court jails former rail manager

        KELL, June 3 (Norland Wire) - A Kell court jailed a former rail manager on Thursday for taking bribes.

        "You took money that was meant for safe trains," Judge Helga Sund told him.
        """;

    private const string DatedStory = """
        Kell Courier
        2 June 2024

        Rail manager's trial nears its end

        Lawyers for Karl Ostby asked the court on Monday to clear him.
        """;

    [Fact]
    public void A_wire_dateline_gives_the_outlet_in_brackets_and_the_day_in_the_year_the_other_articles_state()
    {
        var draft = DraftTexts(("wire.txt", WireStory), ("courier.txt", DatedStory));
        var wire = FileText(draft, "articles/norland-wire-2024-06-03.yaml");

        Assert.Contains("outlet: Norland Wire  # CHECK: outlet guessed from line 3 of the text", wire, StringComparison.Ordinal);
        Assert.Contains("published: 2024-06-03  # CHECK: date from line 3 of the text: the dateline gives 3 June but no year; 2024 is the year the other articles state", wire, StringComparison.Ordinal);
        Assert.False(Load(draft).HasErrors);
    }

    [Fact]
    public void A_wire_dateline_without_a_year_in_a_pack_that_states_none_takes_the_latest_such_day_to_fill_in()
    {
        // Drafted on 10 June 2024: 3 June is this year's; a dateline of 20 June would be last year's.
        var draft = DraftTexts(("wire.txt", WireStory), ("later.txt", WireStory.Replace("June 3", "June 20", StringComparison.Ordinal)));

        Assert.Contains("published: 2024-06-03  # FILL IN: date from line 3 of the text: the dateline gives 3 June but no year; 2024 is a guess from the day of drafting",
            FileText(draft, "articles/norland-wire-2024-06-03.yaml"), StringComparison.Ordinal);
        Assert.Contains("published: 2023-06-20  # FILL IN:", FileText(draft, "articles/norland-wire-2023-06-20.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_the_article_names_in_lowercase_words_is_an_organisation_of_the_event_not_an_unnamed_person()
    {
        const string article = """
            Fares to rise again in June

            Norrail will raise fares again in June, the transport ministry said on Friday.

            "Without higher fares the lines cannot be kept open," it said.
            """;

        var draft = DraftTexts(("fares.txt", article));

        Assert.Contains("  - id: transport-ministry  # quoted in fares\n    name: Transport ministry  # an organisation speaking as one\n",
            FileText(draft, "event.yaml"), StringComparison.Ordinal);
    }
}
