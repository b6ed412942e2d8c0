using QuizTui.Core.Export;
using QuizTui.Core.Loading;
using QuizTui.Core.Tests.Authoring;

namespace QuizTui.Core.Tests.Loading;

/// <summary>
/// An article's title is either the headline as printed or our own summary title; the outlet's
/// headline can be carried word for word beside our title, like a quotation of the outlet.
/// </summary>
public sealed class PrintedHeadlineTests
{
    private static LoadResult WithArticle(string yaml)
    {
        var files = BasePack.Files();
        files.Add(new ContentFile($"{BasePack.Root}/articles/extra.yaml", yaml));
        return ContentLoader.Load(files);
    }

    private const string OursWithPrinted = """
        id: extra-report
        outlet: The Evening Sample
        published: 2020-09-25
        headline: Staff protest ends a contract
        headline_is_ours: true
        printed_headline: Company Drops Contract As Staff Protest
        seed: 001_sample.txt
        summary: A second look at the contract, a day later.
        key_points:
          - The contract ended a day after the protest.
        """;

    [Fact]
    public void Our_summary_title_and_the_printed_headline_are_both_kept_and_exported()
    {
        var result = WithArticle(OursWithPrinted);

        Assert.Empty(result.Diagnostics);
        var article = result.Library.Events.Single().FindArticle("extra-report")!;
        Assert.True(article.HeadlineIsOurs);
        Assert.Equal("Staff protest ends a contract", article.Headline);
        Assert.Equal("Company Drops Contract As Staff Protest", article.PrintedHeadline);
        var json = ContentJsonExporter.Export(result.Library).Events.Single().Articles.Single(a => a.Id == "extra-report");
        Assert.Equal("Company Drops Contract As Staff Protest", json.PrintedHeadline);
    }

    [Fact]
    public void A_headline_not_marked_as_ours_that_differs_from_the_printed_one_is_warned_about_where_it_is()
    {
        var result = WithArticle(OursWithPrinted.Replace("headline_is_ours: true\n", "", StringComparison.Ordinal));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("QT131", 4, 11), (warning.Code, warning.Line, warning.Column));
        Assert.False(warning.IsError);
    }

    [Fact]
    public void An_article_without_a_printed_headline_has_none()
    {
        var result = WithArticle(OursWithPrinted.Replace("printed_headline: Company Drops Contract As Staff Protest\n", "", StringComparison.Ordinal));

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Library.Events.Single().FindArticle("extra-report")!.PrintedHeadline);
    }
}
