using System.CommandLine;
using QuizTui.Core.Drafting;

/// <summary>The options of <c>quotes</c>; what they do is in QuoteDraftBenchmark.cs.</summary>
public static partial class QuoteDraftBenchmark
{
    private static readonly Option<string[]> OnlySets = DraftingArguments.Sets(
        $"Score only this set (repeatable): {string.Join(", ", DevelopmentSets.HeldOut.Concat(DevelopmentSets.Tuning).Select(set => set.Name))}, seeds. Change rules while scoring tuning sets and seeds alone.");

    private static readonly Option<string?> SeedsFolder = DraftingArguments.Seeds();

    private static readonly Option<string?> TextsFolder = DraftingArguments.Texts();

    private static readonly Option<int> Iterations = new("--iterations")
    {
        Description = "How many times every article is drafted for the speed line.",
        HelpName = "N",
        DefaultValueFactory = _ => 200,
    };

    private static readonly Option<bool> Show = DraftingArguments.Show(
        "Per-article rows and every missed, spurious and misattributed quotation (tuning sets and seeds only).");

    private static readonly Option<bool> Levels = new("--levels")
    {
        Description = "A line per confidence level with its count and right speakers (tuning sets and seeds only).",
    };

    private static readonly Option<bool> Ranker = new("--ranker")
    {
        Description = "Draft with the learned speaker ranker on.",
    };

    private static readonly Option<bool> RulesAlone = new("--rules")
    {
        Description = "Draft with the rules alone: no suggested speaker where they find none.",
    };

    private static readonly Option<string?> PolNearFolder = DraftingArguments.PolNear("Score the PolNeAR corpus instead of the development set.");

    private static readonly Option<string> Compartment = new("--compartment")
    {
        Description = "With --polnear: the compartment to score (dev and test are held out).",
        DefaultValueFactory = _ => "train",
    };

    /// <summary>The <c>quotes</c> command.</summary>
    public static Command Create()
    {
        Compartment.AcceptOnlyFromAmong(Compartments);
        var command = new Command("quotes", "The quotation drafter against hand-written gold: span precision, recall and F1, strict speaker accuracy, marks for checking and speed.")
        {
            OnlySets, SeedsFolder, TextsFolder, Iterations, Show, Levels, Ranker, RulesAlone, PolNearFolder, Compartment,
        };
        command.SetAction(Run);
        return command;
    }
}
