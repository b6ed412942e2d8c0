using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>The article screen says whose words its title is: our summary title, or the outlet's headline as printed.</summary>
public sealed class ArticleHeadlineTests
{
    [Fact]
    public void Our_summary_title_is_marked_as_ours_and_the_printed_headline_is_quoted_as_the_outlet_s()
    {
        var sample = Sample.Event();
        var article = sample.Articles[0] with { Headline = "Acme ends the deal after a staff letter", HeadlineIsOurs = true, PrintedHeadline = "Acme Drops Agency Deal" };
        var newsEvent = sample with { Articles = [article, .. sample.Articles.Skip(1)] };

        string body = new ArticleModel(Sample.Context(), newsEvent, article).Body().ToString();

        Assert.Contains("Acme ends the deal after a staff letter\n" + Strings.HeadlineIsOurs + "\nHeadline as printed by The Daily Paper: “Acme Drops Agency Deal”", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_not_marked_as_ours_is_shown_as_printed()
    {
        var sample = Sample.Event();

        string body = new ArticleModel(Sample.Context(), sample, sample.Articles[0]).Body().ToString();

        Assert.Contains("Acme drops the contract\n" + Strings.HeadlineAsPrinted, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Strings.HeadlineIsOurs, body, StringComparison.Ordinal);
    }
}
