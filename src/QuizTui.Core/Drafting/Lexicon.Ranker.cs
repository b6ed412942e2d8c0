using System.Collections.Frozen;

namespace QuizTui.Core.Drafting;

/// <summary>The word lists the speaker ranker's features read (<see cref="SpeakerCandidates"/>).</summary>
internal static partial class Lexicon
{
    /// <summary>
    /// Words that open an appositive after a name and a comma, introducing the person: "Ana Ruiz,
    /// the harbour master, …", "Tom Baker, who chairs …", "Ana Ruiz, a nurse, …".
    /// </summary>
    internal static readonly FrozenSet<string> AppositiveOpeners = Set(["a", "an", "the", "who", "whose", "its", "his", "her", "their"]);
}
