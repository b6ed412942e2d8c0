namespace QuizTui.Core.Drafting;

/// <summary>
/// The sets of gold-annotated articles under benchmarks/drafting, in the order the quotes benchmark
/// prints them. The benchmark, the speaker training and the development-set tests all read these
/// lists, so adding a set is one line here (and its folder, README and manifest entry).
/// </summary>
public static class DevelopmentSets
{
    /// <summary>The held-out sets: built apart from the rules and never read by whoever changes them.</summary>
    public static IReadOnlyList<DevelopmentSet> HeldOut { get; } =
    [
        new("heldout", "", Required: true),
        new("heldout2", " (second held-out set)", Required: false),
        new("heldout3", " (third held-out set)", Required: false),
        new("heldout4", " (fourth held-out set)", Required: false),
        new("heldout5", " (fifth held-out set)", Required: false),
    ];

    /// <summary>The tuning sets: rules may be changed while looking at these.</summary>
    public static IReadOnlyList<DevelopmentSet> Tuning { get; } =
    [
        new("tune", "", Required: true),
        new("tune2", " (second tuning set)", Required: true),
        new("tune3", " (third tuning set)", Required: true),
        new("tune4", " (fourth tuning set)", Required: false),
        new("tune5", " (fifth tuning set)", Required: false),
        new("tune6", " (sixth tuning set)", Required: false),
        new("tune7", " (seventh tuning set)", Required: false),
        new("tune9", " (ninth tuning set)", Required: false),
        new("tune10", " (tenth tuning set)", Required: false),
        new("tune11", " (eleventh tuning set)", Required: false),
        new("tune12", " (twelfth tuning set)", Required: false),
        new("tune13", " (thirteenth tuning set)", Required: false),
        new("tune14", " (fourteenth tuning set)", Required: false),
    ];

    /// <summary>Whether <paramref name="name"/> is a tuning set (held-out sets and the seeds are not).</summary>
    public static bool IsTuning(string name) => Tuning.Any(set => set.Name == name);
}
