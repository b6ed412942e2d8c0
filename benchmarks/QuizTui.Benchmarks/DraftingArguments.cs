using System.CommandLine;

/// <summary>
/// The options the drafting benchmarks (<c>quotes</c>, <c>speakers-train</c>) share, so each is
/// spelt and read one way. Each call makes a new option: one option object belongs to one command.
/// </summary>
internal static class DraftingArguments
{
    public static Option<string?> Seeds() => new("--seeds")
    {
        Description = "Folder of the five seed article texts (else QUIZTUI_SEEDS, else ../shared/seeds next to the repository).",
        HelpName = "DIR",
    };

    public static Option<string?> Texts() => new("--texts")
    {
        Description = "Folder of the development-set texts not kept in the repository (else QUIZTUI_DRAFTING_TEXTS).",
        HelpName = "DIR",
    };

    public static Option<string[]> Sets(string description) => new("--set")
    {
        Description = description,
        HelpName = "SET",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<bool> Show(string description) => new("--show") { Description = description };

    public static Option<string?> PolNear(string description) => new("--polnear")
    {
        Description = description + " DIR is PolNeAR's data folder; left out, QUIZTUI_POLNEAR.",
        HelpName = "DIR",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>
    /// Whether <paramref name="option"/> was given, and its folder: the value, else QUIZTUI_POLNEAR
    /// (null when neither is set, which the caller reports).
    /// </summary>
    public static (bool Given, string? Folder) PolNearFolder(ParseResult parse, Option<string?> option) =>
        parse.GetResult(option) is null
            ? (false, null)
            : (true, parse.GetValue(option) ?? Environment.GetEnvironmentVariable("QUIZTUI_POLNEAR"));
}
