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

    /// <summary>Subject pronouns: inside a description they show a clause was read as one ("Recently she").</summary>
    internal static readonly FrozenSet<string> SubjectPronouns = Set(["he", "she", "they", "we", "i", "you"]);

    /// <summary>Adverbs and conjunctions that open a clause, never a speaker's name or description.</summary>
    internal static readonly FrozenSet<string> SpeakerFragmentOpeners = Set(
    [
        "previously", "recently", "instead", "however", "meanwhile", "yet", "particularly", "given", "and", "but",
        "so", "also", "then", "still", "indeed", "moreover", "furthermore", "nevertheless", "sometimes", "now",
        // "Speaking at the launch, Ana said": a participle opening the sentence, not the speaker.
        "speaking", "talking", "addressing", "responding", "commenting", "reacting", "replying", "answering",
    ]);

    /// <summary>
    /// Words that count or order someone but never name them ("One", "a second", "another",
    /// "additional"): a speaker made of these alone is the front of a description whose noun was
    /// lost ("One post by him read", "A second said").
    /// </summary>
    internal static readonly FrozenSet<string> CountingWords = Set(
    [
        "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
        "second", "third", "fourth", "fifth", "another", "additional", "other", "further", "latest", "last", "next",
    ]);

    /// <summary>Nouns a clause hangs on ("the way people have responded"): never the person a description names.</summary>
    internal static readonly FrozenSet<string> ClauseHeadNouns = Set(["way", "time", "reason", "moment", "fact", "extent"]);

    /// <summary>
    /// Words that end the field of an office named with "of" ("Minister of Home Affairs", "Commissioner
    /// of Police", "Secretary of State"): a name printed right after them starts after them.
    /// </summary>
    internal static readonly FrozenSet<string> OfficeFieldEnds = Set(
    [
        "affairs", "police", "security", "development", "relations", "resources", "services", "planning",
        "education", "finance", "health", "justice", "defence", "defense", "trade", "transport", "agriculture",
        "fisheries", "forestry", "tourism", "energy", "industry", "environment", "labour", "labor", "commerce",
        "housing", "information", "communications", "works", "lands", "mines", "sports", "culture", "youth",
        "interior", "state", "staff", "prisons", "immigration", "infrastructure", "technology", "economy",
        "treasury",
    ]);

    /// <summary>
    /// Adjectives that describe an unnamed source only with the phrase after them ("a source close
    /// to the mayor", "a person familiar with the talks"): a description cut before that phrase
    /// says nothing.
    /// </summary>
    internal static readonly FrozenSet<string> AdjectivesNeedingPhrase = Set(
    [
        "close", "closest", "familiar", "near", "loyal", "linked", "connected", "opposed",
    ]);

    /// <summary>
    /// Function words that end no name or description ("Westmark and", "groups who", "the
    /// council of"): a speaker ending in one was cut off in the middle of the sentence.
    /// </summary>
    internal static readonly FrozenSet<string> WordsEndingNoSpeaker = Set(
    [
        "and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "the", "a", "an", "of", "to", "for", "with",
        "from", "in", "on", "at", "by", "as", "than",
    ]);

    /// <summary>
    /// Short English words after a hyphen that make a description of a capitalised word
    /// ("Kell-born", "Lindenport-run", "Co-op"), where a given name printed with a hyphen
    /// ("Mei-ling") has a syllable instead.
    /// </summary>
    internal static readonly FrozenSet<string> DescribingHyphenEndings = Set(
    [
        "based", "born", "bred", "led", "run", "owned", "made", "built", "backed", "style", "era", "type", "class",
        "area", "wide", "free", "like", "bound", "up", "in", "on", "off", "out", "op", "ops", "age", "day",
        "year", "old", "elect", "chair", "head", "lead", "side", "end", "line", "size", "scale", "level", "rate",
    ]);
}
