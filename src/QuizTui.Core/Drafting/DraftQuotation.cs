namespace QuizTui.Core.Drafting;

/// <summary>Whether a quoted span reads as someone's words or as a quoted label.</summary>
public enum QuotationKind
{
    /// <summary>A quotation that stands as a speaker's own words.</summary>
    Speech,

    /// <summary>
    /// A short quoted phrase woven into the reporter's sentence: a scare quote, a label, a
    /// nickname or a few borrowed words. Not offered as a quiz quotation.
    /// </summary>
    Label,
}

/// <summary>What sort of speaker the drafter found.</summary>
public enum SpeakerKind
{
    /// <summary>No speaker found; <see cref="DraftQuotation.Speaker"/> is null.</summary>
    Unknown,

    /// <summary>A named person (full name when the article gives one).</summary>
    Person,

    /// <summary>A named organisation, such as a company speaking in a statement or a post.</summary>
    Organisation,

    /// <summary>A role or description the article gives instead of a name ("spokeswoman", "user").</summary>
    Role,
}

/// <summary>
/// One quotation found in an article, with a suggested speaker, for an instructor to review.
/// </summary>
public sealed record DraftQuotation
{
    /// <summary>
    /// The words inside the quotation marks, as printed, without the comma that leads into an
    /// attribution after it ("…," she said), which belongs to the reporter's sentence. A quotation that runs over several
    /// paragraphs is joined with single spaces; a sentence interrupted by its attribution
    /// ("The decision," he said, "was hard.") is joined with " … " in place of the attribution
    /// and the comma it introduced ("The decision … was hard.").
    /// </summary>
    public required string Text { get; init; }

    /// <summary>
    /// Full name of the person, the organisation, or the role the article gives when it names
    /// nobody; null when no speaker could be found.
    /// </summary>
    public string? Speaker { get; init; }

    /// <summary>False when the drafter found no speaker; such entries need the instructor.</summary>
    public bool SpeakerResolved { get; init; }

    /// <summary>What sort of speaker <see cref="Speaker"/> is.</summary>
    public SpeakerKind SpeakerKind { get; init; }

    /// <summary>1-based line of the opening quotation mark.</summary>
    public int Line { get; init; }

    /// <summary>1-based column (UTF-16 code units) of the opening quotation mark.</summary>
    public int Column { get; init; }

    /// <summary>0-based character offset of the opening quotation mark.</summary>
    public int Offset { get; init; }

    /// <summary>1-based number of the paragraph the quotation starts in.</summary>
    public int Paragraph { get; init; }

    /// <summary>
    /// The confidence level (<see cref="DraftConfidence.All"/>) the speaker rests on: the weakest
    /// link when the speaker was reached through another quotation. Null for a quotation not made
    /// by the drafter. <see cref="Confidence"/> and <see cref="Level"/> are read from it, so the
    /// two always agree.
    /// </summary>
    public ConfidenceLevel? ConfidenceLevel { get; init; }

    /// <summary>How sure the drafter is of the speaker, from 0 to 1: the value of <see cref="ConfidenceLevel"/>; 0 without one.</summary>
    public double Confidence => ConfidenceLevel?.Value ?? 0;

    /// <summary>The name of <see cref="ConfidenceLevel"/>; null without one.</summary>
    public string? Level => ConfidenceLevel?.Name;

    /// <summary>
    /// True when no attribution was found and <see cref="Speaker"/> is only the speaker ranker's
    /// suggestion (<see cref="DraftConfidence.Suggested"/>, or <see cref="DraftConfidence.RankedWithoutRule"/>
    /// with the whole ranker on): a draft pack leaves such a quotation out of play until the
    /// instructor confirms it.
    /// </summary>
    public bool SpeakerGuessed => Level == DraftConfidence.Suggested.Name || Level == DraftConfidence.RankedWithoutRule.Name;

    /// <summary>What the rules choose between two readings of one quotation by (<see cref="ConfidenceLevel.Rank"/>).</summary>
    internal double Rank { get; init; }

    /// <summary>"high", "medium" or "low": <see cref="Confidence"/> in a word.</summary>
    public string ConfidenceWord => DraftConfidence.Word(Confidence);

    /// <summary>True when the speaker should be checked before use (low confidence).</summary>
    public bool NeedsCheck => Kind == QuotationKind.Speech && DraftConfidence.NeedsCheck(Confidence);

    /// <summary>
    /// The attribution verb or phrase the speaker rests on ("said", "tweeted", "according to");
    /// for a quotation that continues an earlier one, the verb of that earlier attribution.
    /// Null when none was found.
    /// </summary>
    public string? Attribution { get; init; }

    /// <summary>Speech or a quoted label.</summary>
    public QuotationKind Kind { get; init; }

    /// <summary>
    /// The channel guessed from the attribution, as used in article files: <c>tweet</c>,
    /// <c>email</c>, <c>statement</c>, <c>interview</c>, <c>post</c>, <c>letter</c>,
    /// <c>press-release</c>, <c>speech</c> or <c>other</c> (a bare "said" gives <c>other</c>).
    /// </summary>
    public string Channel { get; init; } = "other";

    /// <summary>
    /// Why the drafter gives this speaker, in words an instructor reads: "speaker named in the
    /// same sentence", "speaker inferred from 'she' → Maria Lopez, introduced two paragraphs
    /// earlier", "no speaker found: check".
    /// </summary>
    public string? Reason { get; init; }
}
