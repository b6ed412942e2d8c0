using QuizTui.App.Tests.Support;
using QuizTui.Core.Model;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>Wherever a speaker is introduced, their name, role and organisation are each said once.</summary>
public class SpeakerLabelTests
{
    private static readonly Person Company = new("acme-company", "Acme (company statement)", "Corporate Twitter account", "Acme");

    /// <summary>The sample event, with Acme's own account quoted in the first article.</summary>
    private static StudyContext ContextWithCompanyAccount(out NewsEvent newsEvent)
    {
        var sample = Sample.Event();
        var tweet = new Quotation("q-company", "We will not go ahead", Company.Id, "tweet", null, "paper-a", SourceLocation.None);
        var first = sample.Articles[0] with { Quotations = [.. sample.Articles[0].Quotations, tweet] };
        newsEvent = sample with { People = [.. sample.People, Company], Articles = [first, .. sample.Articles.Skip(1)] };
        return Sample.Context(new ContentLibrary([newsEvent]));
    }

    [Fact]
    public void The_article_names_a_company_account_and_a_person_once_each()
    {
        var context = ContextWithCompanyAccount(out var e);
        var lines = new ArticleModel(context, e, e.Articles[0]).Body().ToString().Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("— Acme (company statement), Corporate Twitter account, in a tweet", lines);
        Assert.Contains("— Bo Li, Engineer, Acme, in a tweet", lines);
    }

    [Fact]
    public void The_people_of_an_event_name_a_company_account_once()
    {
        var context = ContextWithCompanyAccount(out var e);
        var lines = new AboutEventModel(context, e).Body().ToString().Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("Acme (company statement), Corporate Twitter account", lines);
        Assert.Contains("Ana Pérez, Chief executive, Acme", lines);
    }
}
