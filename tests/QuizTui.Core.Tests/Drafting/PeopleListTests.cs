using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people, companies and unions.
/// <summary>The people list of a drafted pack: each person's role and organisation as the article gives them.</summary>
public class PeopleListTests
{
    private static DraftedPerson Person(string article, string name) =>
        Assert.Single(QuotationDrafter.Draft(article).People, p => p.Name == name);

    [Theory]
    [InlineData("Machine operator Lena Troy said: \"We heard it on the radio.\"", "Lena Troy", "Machine operator")]
    [InlineData("Forklift driver Omar Velt, who has two children, said: \"I will have to move.\"", "Omar Velt", "Forklift driver")]
    public void A_role_phrase_opening_a_sentence_is_the_role_and_its_first_word_no_organisation(string article, string name, string role)
    {
        var person = Person(article, name);

        Assert.Equal(role, person.Role);
        Assert.Null(person.Organisation);
    }

    [Theory]
    [InlineData("\"We came early,\" said Ian Vell, 54, a dock worker.", "Ian Vell", "dock worker")]
    [InlineData("\"It was cold on the quay,\" said Tomas Pike, a fisherman.", "Tomas Pike", "fisherman")]
    public void A_description_after_the_name_is_the_role_even_after_an_age(string article, string name, string role)
    {
        Assert.Equal(role, Person(article, name).Role, ignoreCase: true);
    }

    [Fact]
    public void An_organisation_named_again_inside_a_sentence_still_gives_the_organisation_of_a_title_opening_one()
    {
        const string article = """
            Quillfeather spokeswoman Ana Ruiz said: "The pens will be back in June."

            Shops that sell Quillfeather pens have run out.
            """;

        var person = Person(article, "Ana Ruiz");

        Assert.Equal("spokeswoman", person.Role);
        Assert.Equal("Quillfeather", person.Organisation);
    }

    [Fact]
    public void A_council_leader_leads_the_one_council_the_article_names()
    {
        const string article = """
            Council leader Mira Holt said the closure was "a hammer blow". Kelby Borough Council will meet the owners next week.
            """;

        var person = Person(article, "Mira Holt");

        Assert.Equal("leader", person.Role);
        Assert.Equal("Kelby Borough Council", person.Organisation);
    }

    [Fact]
    public void A_council_leader_keeps_the_whole_role_when_the_article_names_no_council_or_several()
    {
        const string none = "Council leader Mira Holt said the closure was \"a hammer blow\".";
        const string two = """
            Council leader Mira Holt said the closure was "a hammer blow". Kelby Borough Council and Wend Valley Council will meet the owners.
            """;

        Assert.Equal(("Council leader", null), (Person(none, "Mira Holt").Role, Person(none, "Mira Holt").Organisation));
        Assert.Equal(("Council leader", null), (Person(two, "Mira Holt").Role, Person(two, "Mira Holt").Organisation));
    }

    [Fact]
    public void A_union_named_before_the_word_union_keeps_its_name_and_the_role_loses_for_the_union()
    {
        const string article = "\"Nobody asked us,\" said Bex Arnott, regional organiser for the United Card Makers union.";

        var person = Person(article, "Bex Arnott");

        Assert.Equal("regional organiser", person.Role);
        Assert.Equal("United Card Makers union", person.Organisation);
    }

    [Fact]
    public void A_body_named_after_of_keeps_the_place_that_begins_its_name()
    {
        const string article = "Mira Holt, leader of Kelby Borough Council, said: \"We will look for a buyer.\"";

        var person = Person(article, "Mira Holt");

        Assert.Equal("leader", person.Role);
        Assert.Equal("Kelby Borough Council", person.Organisation);
    }

    [Fact]
    public void A_company_whose_name_ends_in_paper_speaks_as_an_organisation_and_is_no_person()
    {
        const string article = """
            Kelby Paper said on Monday it would close its Dunmore mill in June.

            Kelby Paper said in a statement: "The mill has lost money for five years."
            """;

        var draft = QuotationDrafter.Draft(article);

        Assert.DoesNotContain(draft.People, p => p.Name == "Kelby Paper" && p.Kind == SpeakerKind.Person);
        var statement = Assert.Single(draft.Quotations, q => q.Kind == QuotationKind.Speech);
        Assert.Equal(("Kelby Paper", SpeakerKind.Organisation), (statement.Speaker, statement.SpeakerKind));
    }

    [Fact]
    public void The_people_of_event_yaml_have_their_roles_and_organisations_whole_across_articles()
    {
        const string first = """
            Date: 2025-09-01

            Kelby Paper said on Monday it would close its Dunmore mill in June.

            Machine operator Lena Troy said: "We heard it on the radio."

            Council leader Mira Holt said the closure was "a hammer blow". Kelby Borough Council will meet the owners next week.
            """;
        const string second = """
            Date: 2025-09-04

            "Nobody asked us," said Bex Arnott, regional organiser for the United Card Makers union.

            Mira Holt, leader of Kelby Borough Council, said: "We will look for a buyer."
            """;

        var draft = PackDrafter.Draft("mill-closure", [new ArticleSource("a.txt", first), new ArticleSource("b.txt", second)], new DateOnly(2025, 9, 10));
        var eventYaml = Assert.Single(draft.Files, f => f.Path == "event.yaml").Text;

        Assert.Contains("    name: Lena Troy\n    role: Machine operator  # as a gives it\n  - id:", eventYaml, StringComparison.Ordinal);
        Assert.Contains("    name: Mira Holt\n    role: Leader  # as a, b gives it\n    organisation: Kelby Borough Council  # as a, b gives it\n", eventYaml, StringComparison.Ordinal);
        Assert.Contains("    name: Bex Arnott\n    role: Regional organiser  # as b gives it\n    organisation: United Card Makers union  # as b gives it\n", eventYaml, StringComparison.Ordinal);
        Assert.DoesNotContain("organisation: Machine", eventYaml, StringComparison.Ordinal);
        Assert.DoesNotContain("organisation: Council ", eventYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_before_the_organisation_stays_out_of_its_name()
    {
        const string article = """
            The course is run by pen company Quillfeather.

            "Start with the basics," said Noor Haddad, a training specialist at Tarnow-based Quillfeather.
            """;

        var person = Person(article, "Noor Haddad");

        Assert.Equal(("training specialist", "Quillfeather"), (person.Role, person.Organisation));
    }

    [Fact]
    public void A_lower_case_word_of_a_title_is_no_mention_of_a_one_word_organisation_spelled_alike()
    {
        const string article = """
            Former US presidential candidate Ina Voss announced yesterday she was backing Ada Lind. The move came after fellow former presidential candidate Tom Reyes announced his own support for Lind.

            "We will win," Reyes said.
            """;

        var person = Person(article, "Tom Reyes");

        Assert.Equal(("fellow former presidential candidate", null), (person.Role, person.Organisation));
    }
}
