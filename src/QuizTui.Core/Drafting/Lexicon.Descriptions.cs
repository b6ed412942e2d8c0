using System.Collections.Frozen;

namespace QuizTui.Core.Drafting;

/// <summary>Words that describe a speaker before a name rather than name them.</summary>
internal static partial class Lexicon
{
    /// <summary>
    /// People a story meets rather than offices they hold ("Voter Ana Ruiz said", "Commuter Tam
    /// Okafor said"): read as a description only as a sentence's first word, where the capital is
    /// the sentence's; elsewhere such words stay out of the role nouns, as "voter data" or "hacker
    /// group" would then look like someone's title.
    /// </summary>
    internal static readonly FrozenSet<string> PeopleMetOpeningSentences = Set(
    [
        "hacker", "voter", "commuter", "homeowner", "retiree", "bystander", "onlooker", "attendee", "spectator",
        "motorist", "pedestrian", "shopkeeper", "parishioner", "churchgoer", "holidaymaker", "concertgoer",
    ]);
}
