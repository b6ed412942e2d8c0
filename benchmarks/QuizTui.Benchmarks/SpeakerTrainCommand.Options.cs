using System.CommandLine;
using QuizTui.Core.Drafting;

/// <summary>The options of <c>speakers-train</c>; what they do is in SpeakerTrainCommand.cs.</summary>
public static partial class SpeakerTrainCommand
{
    private static readonly Option<string[]> TrainSets = DraftingArguments.Sets(
        "A tuning set to train on (repeatable): tune, tune2..tune5, seeds. Without --set or --polnear: tune, tune2, tune3 and seeds. Held-out sets are refused.");

    private static readonly Option<string[]> EvalSets = new("--eval")
    {
        Description = "A tuning set never trained on, scored with the weights trained on every --set and PolNeAR (repeatable).",
        HelpName = "SET",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string?> SeedsFolder = DraftingArguments.Seeds();

    private static readonly Option<string?> TextsFolder = DraftingArguments.Texts();

    private static readonly Option<string?> PolNearFolder = DraftingArguments.PolNear("Train on PolNeAR's train compartment too, as the set polnear-train.");

    private static readonly Option<string> Gold = new("--gold")
    {
        Description = "Which PolNeAR quotations teach: named (the source names the speaker), source (also those whose source names nobody) or all.",
        DefaultValueFactory = _ => "named",
    };

    private static readonly Option<double?> Margin = new("--margin")
    {
        Description = "The margin written into the weights, instead of the one the cross-validated figures favour.",
        HelpName = "X",
    };

    private static readonly Option<double> L2 = new("--l2")
    {
        Description = "L2 penalty of the training.",
        HelpName = "X",
        DefaultValueFactory = _ => SpeakerRankerTrainer.DefaultL2,
    };

    private static readonly Option<int> Steps = new("--steps")
    {
        Description = "Gradient steps of the training.",
        HelpName = "N",
        DefaultValueFactory = _ => SpeakerRankerTrainer.DefaultSteps,
    };

    private static readonly Option<int> Folds = new("--folds")
    {
        Description = "The k of the k-fold by article figure (1 for none).",
        HelpName = "K",
        DefaultValueFactory = _ => 5,
    };

    private static readonly Option<string[]> Drop = new("--drop")
    {
        Description = "Train without this feature (its weight stays zero), to see what it adds (repeatable).",
        HelpName = "FEATURE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string?> Output = new("--out")
    {
        Description = "Write the weights, as the C# source of SpeakerRankerWeights.cs, to this file instead of printing them.",
        HelpName = "FILE",
    };

    private static readonly Option<bool> Show = DraftingArguments.Show(
        "List each quotation whose gold speaker is not among its candidates, and each the ranker changes at margin 0.5.");

    /// <summary>The <c>speakers-train</c> command.</summary>
    public static Command Create()
    {
        Gold.AcceptOnlyFromAmong("named", "source", "all");
        Drop.AcceptOnlyFromAmong([.. SpeakerRanker.FeatureNames]);
        var command = new Command("speakers-train", "Learn the speaker ranker's weights from the tuning sets (and PolNeAR train) and say, cross-validated, whether it helps.")
        {
            TrainSets, EvalSets, SeedsFolder, TextsFolder, PolNearFolder, Gold, Margin, L2, Steps, Folds, Drop, Output, Show,
        };
        command.SetAction(Run);
        return command;
    }
}
