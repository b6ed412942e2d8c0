using System.Collections.Frozen;

namespace QuizTui.Core.Drafting;

/// <summary>Words that show a person's gender: the text's own evidence, never a first name.</summary>
internal static partial class Lexicon
{
    /// <summary>Words that show a person's gender when they describe that person.</summary>
    internal static readonly FrozenSet<string> FemaleWords = Set(
    [
        "spokeswoman", "chairwoman", "councilwoman", "congresswoman", "businesswoman", "alderwoman", "mrs", "ms",
        "miss", "dame", "lady", "actress", "mother", "mom", "mum", "daughter", "sister", "wife", "widow", "grandmother",
        "aunt", "niece", "girl", "woman", "queen", "princess", "duchess", "madam", "she", "her", "hers", "herself",
    ]);

    internal static readonly FrozenSet<string> MaleWords = Set(
    [
        "spokesman", "chairman", "councilman", "congressman", "businessman", "alderman", "mr", "sir", "lord",
        "father", "dad", "son", "brother", "husband", "widower", "grandfather", "uncle", "nephew", "boy",
        "man", "king", "prince", "duke", "he", "him", "his", "himself",
    ]);

    /// <summary>
    /// Relatives written just before a name ("her husband, Tomas Ruiz", "his daughter Ana"): the
    /// word describes that person, so it gives their gender even where a pronoun after the name
    /// belongs to someone else ("Along with her husband, Tomas Ruiz, she gave …").
    /// </summary>
    internal static readonly FrozenSet<string> FemaleRelatives = Set(
    [
        "wife", "widow", "mother", "mom", "mum", "daughter", "sister", "grandmother", "granddaughter", "aunt", "niece",
        "stepmother", "stepdaughter", "stepsister", "girlfriend", "fiancee", "fiancée",
    ]);

    internal static readonly FrozenSet<string> MaleRelatives = Set(
    [
        "husband", "widower", "father", "dad", "son", "brother", "grandfather", "grandson", "uncle", "nephew",
        "stepfather", "stepson", "stepbrother", "boyfriend", "fiance", "fiancé",
    ]);

    /// <summary>
    /// Relatives who usually carry the family's surname: one given name after "Marsh's father" is
    /// read as "… Marsh". Partners before marriage, in-laws and step-relatives are left out.
    /// </summary>
    internal static readonly FrozenSet<string> RelativesSharingFamilyName = Set(
    [
        "father", "dad", "mother", "mom", "mum", "son", "daughter", "brother", "sister", "wife", "husband", "widow", "widower",
        "grandfather", "grandmother", "grandson", "granddaughter",
    ]);

    /// <summary>The gender a word describing a person shows (<see cref="FemaleWords"/>, <see cref="MaleWords"/>); unknown for any other word.</summary>
    internal static Gender GenderOfWord(string word) =>
        FemaleWords.Contains(word) ? Gender.Female : MaleWords.Contains(word) ? Gender.Male : Gender.Unknown;

    /// <summary>The gender of a relative's word (<see cref="FemaleRelatives"/>, <see cref="MaleRelatives"/>); unknown for any other word.</summary>
    internal static Gender GenderOfRelative(string word) =>
        FemaleRelatives.Contains(word) ? Gender.Female : MaleRelatives.Contains(word) ? Gender.Male : Gender.Unknown;
}
