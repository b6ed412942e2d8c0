using System.Globalization;

namespace QuizTui.Core.Drafting;

/// <summary>
/// One named confidence level: how sure the drafter is of a speaker found a given way, and the
/// reason it gives the instructor, with places ({0}, {1}, …) for the words of the article.
/// </summary>
/// <param name="Name">A short stable name, as docs/quotation-drafting.md lists it.</param>
/// <param name="Value">From 0 to 1.</param>
/// <param name="Because">The reason in plain words, a format string.</param>
public sealed record ConfidenceLevel(string Name, double Value, string Because)
{
    /// <summary>
    /// How strongly the rules hold to a speaker found this way when two readings of one quotation
    /// compete (a quotation printed twice, versions in a pack) and what the speaker ranker reads.
    /// It is the value the level had before its <see cref="Value"/> was calibrated from counted
    /// right speakers, so calibrating the marks changes no speaker.
    /// </summary>
    public double Rank { get; init; } = Value;

    /// <summary>The reason with the article's words filled in.</summary>
    public string Reason(params object[] words) => string.Format(CultureInfo.InvariantCulture, Because, words);
}

/// <summary>
/// The drafter's confidence levels, one per way of finding a speaker, with the reason each
/// carries. A speaker found through another quotation (a continuation) takes the lower of that
/// quotation's confidence and its own level.
/// </summary>
public static class DraftConfidence
{
    /// <summary>At or above: "high". The speaker is named where the quotation is.</summary>
    public const double High = 0.85;

    /// <summary>At or above (and below <see cref="High"/>): "medium". Below: "low", to check.</summary>
    public const double Medium = 0.7;

    public static readonly ConfidenceLevel NamedInSentence =
        new("named-in-sentence", 0.95, "speaker named in the same sentence");

    public static readonly ConfidenceLevel OrganisationInSentence =
        new("organisation-in-sentence", 0.9, "organisation named in the same sentence");

    // Levels below the check line whose value came from counting right speakers on PolNeAR train
    // and the tuning sets (docs/quotation-drafting.md, "How the levels were calibrated").

    /// <summary>A name the article does not know as anyone's, with a noun after it: "one Port Alder shopkeeper".</summary>
    public static readonly ConfidenceLevel NameBeforeNoun =
        new("name-before-noun", 0.5, "'{0}' in the same sentence describes the speaker as '{1}'; taken as the speaker's name: check") { Rank = 0.95 };

    public static readonly ConfidenceLevel SurnameInSentence =
        new("surname-in-sentence", 0.9, "'{0}' in the same sentence → {1}, named in full {2}");

    /// <summary>Two or more people of the article share the surname: the latest named before the quotation is taken.</summary>
    public static readonly ConfidenceLevel SurnameShared =
        new("surname-shared", 0.65, "'{0}' in the same sentence → {1}, named in full {2}, one of {3} people the article calls '{0}': check") { Rank = 0.9 };

    /// <summary>The surname only describes the subject, "Lune's office", "one Lune supporter": the person may not be the one speaking.</summary>
    public static readonly ConfidenceLevel SurnameDescribes =
        new("surname-describes", 0.5, "'{0}' in the same sentence → {1}, named in full {2}; the words are '{3}', which may mean someone else: check") { Rank = 0.9 };

    public static readonly ConfidenceLevel AcronymInSentence =
        new("acronym-in-sentence", 0.8, "'{0}' in the same sentence, taken as an organisation");

    public static readonly ConfidenceLevel SurnameOfNamePrinted =
        new("surname-of-name-printed", 0.75, "'{0}' in the same sentence → {1}, the one full name ending in it that the article prints {2}");

    /// <summary>A surname the article gives nowhere in full, one letter off the surname of one person it names: likely a misprint.</summary>
    public static readonly ConfidenceLevel SurnameSpeltLike =
        new("surname-spelt-like", 0.6, "'{0}' in the same sentence → {1}, the one person named in full with a surname spelt nearly so: check");

    /// <summary>
    /// "Sheikh Omar" after "Sheikh Omar bin Said": the name printed in full after the same title that
    /// begins with the word, the first printed when there are several; a given name is shared more
    /// often than a surname, so it is marked.
    /// </summary>
    public static readonly ConfidenceLevel GivenNameAfterTitle =
        new("given-name-after-title", 0.6, "'{0}' in the same sentence → {1}, printed in full after the same title; names so printed beginning with '{2}': {3}: check");

    /// <summary>"Mr Tan" → "Tan Wei Ming": a family name written first, marked since a name of three words may begin with a given name too.</summary>
    public static readonly ConfidenceLevel FamilyNameFirst =
        new("family-name-first", 0.6, "'{0}' in the same sentence → {1}, the one name of three words printed beginning with it, the family name first: check");

    public static readonly ConfidenceLevel NameNotGivenInFull =
        new("name-not-in-full", 0.6, "'{0}' in the same sentence, but the article never gives a full name: check");

    public static readonly ConfidenceLevel JointSpeakers =
        new("joint-speakers", 0.55, "'{0}' speak together in the same sentence; a quiz needs one speaker: check");

    public static readonly ConfidenceLevel PronounAgrees =
        new("pronoun", 0.8, "speaker inferred from '{0}' → {1}, {2}");

    /// <summary>The person the pronoun is taken for was last named as a subject two or more paragraphs back.</summary>
    public static readonly ConfidenceLevel PronounFar =
        new("pronoun-far", 0.6, "speaker inferred from '{0}' → {1}, {2}; that far back, '{0}' may mean someone else: check") { Rank = 0.8 };

    /// <summary>The person the pronoun is taken for was last named as a subject three or more sentences back, in its paragraph or the one before.</summary>
    public static readonly ConfidenceLevel PronounSentencesBack =
        new("pronoun-sentences-back", 0.6, "speaker inferred from '{0}' → {1}, {2}, {3} sentences back; that far back, '{0}' may mean someone else: check") { Rank = 0.8 };

    public static readonly ConfidenceLevel PronounUnsure =
        new("pronoun-unsure", 0.6, "speaker inferred from '{0}' → {1}, {2}; the article does not show that '{0}' fits: check");

    /// <summary>The person the pronoun is taken for shares a surname with another the article names or prints: either may be meant.</summary>
    public static readonly ConfidenceLevel PronounNamesake =
        new("pronoun-namesake", 0.6, "speaker inferred from '{0}' → {1}, {2}; the article also names {3}: check");

    /// <summary>"you" in an interviewer's question: the person whose label opens the answer.</summary>
    public static readonly ConfidenceLevel InterviewerAsks =
        new("interviewer-asks", 0.85, "'you' in the interviewer's question → {0}, who answers it");

    /// <summary>A quotation nothing attributes, inside an interview answer: the answerer's, unless it is an imagined reply.</summary>
    public static readonly ConfidenceLevel TranscriptAnswer =
        new("transcript-answer", 0.6, "inside the answer of {0}, with nothing else naming a speaker: check") { Rank = 0.8 };

    /// <summary>The sentence just before the pronoun opens with someone unnamed ("One of the nurses …", "A neighbour …"), whom the pronoun may mean.</summary>
    public static readonly ConfidenceLevel PronounPassesUnnamed =
        new("pronoun-passes-unnamed", 0.6, "speaker inferred from '{0}' → {1}, {2}; '{3}' in the sentence before may be meant: check") { Rank = 0.8 };

    public static readonly ConfidenceLevel PronounPassesOver =
        new("pronoun-passes-over", 0.6, "speaker inferred from '{0}' → {1}, {2}, whom the article shows to fit; {3}, named since, might fit too: check");

    public static readonly ConfidenceLevel OrganisationPronoun =
        new("organisation-pronoun", 0.6, "speaker inferred from '{0}' → {1}, the organisation named {2}: check") { Rank = 0.7 };

    public static readonly ConfidenceLevel AgeRefersBack =
        new("age-refers-back", 0.75, "speaker inferred from '{0}' → {1}, {2}");

    public static readonly ConfidenceLevel RoleRefersBack =
        new("role", 0.75, "speaker inferred from '{0}' → {1}, whom the article calls {2}");

    /// <summary>
    /// The role is indefinite ("a spokesperson", "one MP"), which may bring in someone new, or
    /// its holder was last named two or more paragraphs back.
    /// </summary>
    public static readonly ConfidenceLevel RoleUnsure =
        new("role-unsure", 0.6, "speaker inferred from '{0}' → {1}, whom the article calls {2}; '{0}' may mean someone else: check") { Rank = 0.75 };

    public static readonly ConfidenceLevel SpeaksForOrganisation =
        new("speaks-for-organisation", 0.85, "an unnamed '{0}' speaks for {1}, named in the same sentence");

    public static readonly ConfidenceLevel AddressesSpeaker =
        new("addresses-speaker", 0.55, "the words speak to {0} by name; taken as {1}, quoted before them in the exchange: check");

    public static readonly ConfidenceLevel WovenInSentence =
        new("woven-in-sentence", 0.8, "quoted words woven into a sentence where the speaker characterises something");

    public static readonly ConfidenceLevel RoleWithoutName =
        new("role-without-name", 0.5, "the article names no one, only '{0}': check");

    public static readonly ConfidenceLevel OrganisationNoun =
        new("organisation-noun", 0.65, "speaker inferred from '{0}' → {1}, named {2}: check") { Rank = 0.75 };

    public static readonly ConfidenceLevel OrganisationNounGuess =
        new("organisation-noun-guess", 0.6, "'{0}' taken as {1}, the organisation the article mentions most: check");

    public static readonly ConfidenceLevel DocumentOwner =
        new("document", 0.65, "'{0}' → {1}, said to have issued it {2}: check") { Rank = 0.8 };

    public static readonly ConfidenceLevel DocumentOwnerGuess =
        new("document-guess", 0.55, "'{0}' taken as issued by {1}, the organisation the article mentions most: check");

    public static readonly ConfidenceLevel IntroducedByColon =
        new("introduced-by-colon", 0.9, "introduced by the paragraph before, ending '{0}:'");

    public static readonly ConfidenceLevel ColonInSentence =
        new("colon-in-sentence", 0.85, "introduced by the words before it, ending '{0}:'");

    /// <summary>A line of an exchange: the name is taken as the last two words of a run the body's name may have joined, so it is marked.</summary>
    public static readonly ConfidenceLevel TitleLine =
        new("title-line", 0.6, "the last two words of '{0}:', a line of an exchange: check");

    /// <summary>A quotation set as a paragraph of its own with a name after a dash: a pull quote, whose name may also be a credit or a source's title, so it is marked.</summary>
    /// <summary>A line of its own above remarks, holding only a role and a full name the article knows ("Kell captain Ivo Marsh").</summary>
    public static readonly ConfidenceLevel NameLine =
        new("name-line", 0.85, "below the line '{0}', which names the speaker");

    public static readonly ConfidenceLevel PullQuote =
        new("pull-quote", 0.65, "'{0}' after a dash below a quotation printed as a paragraph of its own: check");

    public static readonly ConfidenceLevel ParticipleSentenceBefore =
        new("participle-sentence-before", 0.65, "'{0}' after it has no subject of its own; taken as {1}, the subject of the sentence before: check");

    public static readonly ConfidenceLevel NextSentence =
        new("next-sentence", 0.65, "speaker named in the next sentence: check") { Rank = 0.75 };

    public static readonly ConfidenceLevel ContinuesInParagraph =
        new("continues-in-paragraph", 0.9, "continues the quotation by {0} earlier in the paragraph");

    public static readonly ConfidenceLevel SharesParagraph =
        new("shares-paragraph", 0.85, "the quotation after it in the paragraph is by {0}");

    public static readonly ConfidenceLevel ContinuesParagraphBefore =
        new("continues-paragraph-before", 0.85, "continues {0}'s quotation from the paragraph before");

    public static readonly ConfidenceLevel FollowsParaphrase =
        new("follows-paraphrase", 0.6, "follows a paragraph reporting what {0} said, with no attribution of its own: check");

    public static readonly ConfidenceLevel SameQuotationElsewhere =
        new("same-quotation-elsewhere", 0.8, "no speaker in this article; {0} prints the same quotation as {1}'s");

    public static readonly ConfidenceLevel NamedElsewhere =
        new("named-elsewhere", 0.8, "this article says only '{0}'; {1} prints the same quotation as {2}'s");

    public static readonly ConfidenceLevel VersionsDisagree =
        new("versions-disagree", 0.6, "this article's attribution gives {0}, {1} gives {2} for the same quotation: check");

    public static readonly ConfidenceLevel RankedAboveRules =
        new("ranked-above-rules", 0.6, "ranked above the rules' pick, {0}: {1}: check");

    public static readonly ConfidenceLevel RankedWithoutRule =
        new("ranked-without-rule", 0.5, "no attribution found; ranked first of those named near it: {0}: check");

    /// <summary>No attribution found: the ranker's first choice among those named near the quotation, offered only as a suggestion.</summary>
    public static readonly ConfidenceLevel Suggested =
        new("suggested", 0.5, "no attribution found; {0}: check");

    public static readonly ConfidenceLevel RankerDisagrees =
        new("ranker-disagrees", 0.6, "the ranker prefers {0}: check");

    public static readonly ConfidenceLevel Unresolved =
        new("unresolved", 0.2, "no speaker found: check");

    /// <summary>Every level, for the docs' table and its test.</summary>
    public static IReadOnlyList<ConfidenceLevel> All { get; } =
    [
        NamedInSentence, OrganisationInSentence, NameBeforeNoun, SurnameInSentence, SurnameShared, SurnameDescribes, AcronymInSentence, SurnameOfNamePrinted, SurnameSpeltLike, GivenNameAfterTitle, FamilyNameFirst, NameNotGivenInFull,
        JointSpeakers, PronounAgrees, PronounFar, PronounSentencesBack, PronounUnsure, PronounNamesake, PronounPassesUnnamed, PronounPassesOver, InterviewerAsks, TranscriptAnswer, OrganisationPronoun, RoleRefersBack, RoleUnsure, AgeRefersBack, SpeaksForOrganisation, WovenInSentence, RoleWithoutName, OrganisationNoun,
        OrganisationNounGuess, DocumentOwner, DocumentOwnerGuess, IntroducedByColon, ColonInSentence, TitleLine, NameLine, PullQuote, ParticipleSentenceBefore, NextSentence,
        ContinuesInParagraph, SharesParagraph, ContinuesParagraphBefore, FollowsParaphrase, AddressesSpeaker,
        SameQuotationElsewhere, NamedElsewhere, VersionsDisagree, RankedAboveRules, RankedWithoutRule, Suggested, RankerDisagrees, Unresolved,
    ];

    /// <summary>"high", "medium" or "low".</summary>
    public static string Word(double confidence) =>
        confidence >= High ? "high" : confidence >= Medium ? "medium" : "low";

    /// <summary>True when the speaker should be checked before the quotation is used.</summary>
    public static bool NeedsCheck(double confidence) => confidence < Medium;
}
