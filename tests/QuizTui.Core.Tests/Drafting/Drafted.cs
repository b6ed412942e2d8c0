using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

/// <summary>The drafts the rule tests look at, drafted and picked the same way in every test class.</summary>
internal static class Drafted
{
    /// <summary>The one draft whose text starts with <paramref name="startsWith"/>.</summary>
    public static DraftQuotation Quote(IReadOnlyList<DraftQuotation> drafts, string startsWith) =>
        Assert.Single(drafts, d => d.Text.StartsWith(startsWith, StringComparison.Ordinal));

    /// <summary>The drafts of the rules alone: no speaker suggested for a quotation nothing attributes.</summary>
    public static IReadOnlyList<DraftQuotation> RulesAlone(string article) =>
        QuotationDrafter.Draft(article, DraftOptions.Default with { RankUnattributed = false }).Quotations;
}
