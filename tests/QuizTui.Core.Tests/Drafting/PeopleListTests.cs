using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people, companies and unions.
/// <summary>The people list of a drafted pack: each person's role and organisation as the article gives them.</summary>
public class PeopleListTests
{
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
}
