namespace QuizTui.Core.Drafting;

/// <summary>
/// An attribution cue: the subject (who speaks) and the verb or phrase it rests on, as token
/// indices, and the stretch of prose that says how it was said (for the channel).
/// </summary>
/// <param name="Verb">The verb's token, or -1 for a cue without one (a dash and a name).</param>
/// <param name="DocumentNoun">"statement" in "according to a statement from the council".</param>
internal sealed record Attribution(List<int> Subject, int Verb, string VerbText, int ContextFrom, int ContextTo, string? DocumentNoun = null)
{
    /// <summary>The subject comes from the sentence before ("Pike met the farmers. "…," writing on Twitter").</summary>
    public bool SentenceBefore { get; init; }

    /// <summary>A line of an exchange ("Director of Harbour Services Ana Ruiz: "…""), its speaker taken as the run's last two words.</summary>
    public bool TitleLine { get; init; }

    /// <summary>A quotation printed as a paragraph of its own with a name after a dash ("…" - Ana Ruiz).</summary>
    public bool PullQuote { get; init; }
}

/// <summary>
/// A speaker found for a quotation, with the reason in words and the confidence level it rests on:
/// the weakest link when the speaker was reached through another quotation or cue, so the
/// confidence is always that level's value. <paramref name="Rank"/> is the lowest
/// <see cref="ConfidenceLevel.Rank"/> along the way, what the rules choose between readings by.
/// </summary>
internal sealed record Resolution(string? Name, SpeakerKind Kind, ConfidenceLevel Level, string Reason, double Rank)
{
    public double Confidence => Level.Value;

    public static Resolution Of(string name, SpeakerKind kind, ConfidenceLevel level, params object[] words) =>
        new(name, kind, level, level.Reason(words), level.Rank);

    public static Resolution Unresolved() =>
        new(null, SpeakerKind.Unknown, DraftConfidence.Unresolved, DraftConfidence.Unresolved.Because, DraftConfidence.Unresolved.Rank);

    public bool Resolved => Name is not null;

    /// <summary>The weaker of this speaker's level and <paramref name="level"/>; a tie goes to <paramref name="level"/>, the later link.</summary>
    public ConfidenceLevel Weaker(ConfidenceLevel level) => Confidence < level.Value ? Level : level;

    /// <summary>This speaker, found in a way no surer than <paramref name="level"/>.</summary>
    public Resolution AtMost(ConfidenceLevel level) => this with
    {
        Level = Weaker(level),
        Rank = Math.Min(Rank, level.Rank),
        Reason = Reason == DraftConfidence.NamedInSentence.Because || Reason == DraftConfidence.OrganisationInSentence.Because
            ? level.Because
            : level.Because + "; " + Reason,
    };

    /// <summary>
    /// This speaker, reached through another quotation: the lower of the two confidences, and the
    /// earlier reason kept when it was the weaker link.
    /// </summary>
    public Resolution Through(ConfidenceLevel level, params object[] words)
    {
        var reason = level.Reason(words);
        if (Confidence < level.Value)
        {
            reason += $" (there: {Reason})";
        }
        return this with { Level = Weaker(level), Rank = Math.Min(Rank, level.Rank), Reason = reason };
    }
}

/// <summary>What the drafter works out about one quoted span.</summary>
internal sealed class QuoteAnalysis(QuoteSpan span, int marker)
{
    public QuoteSpan Span { get; } = span;

    /// <summary>The token standing for the quotation in the prose.</summary>
    public int Marker { get; } = marker;

    public string Text { get; set; } = span.Text;

    /// <summary>The quotation's own attribution, in its sentence or the next.</summary>
    public Attribution? Direct { get; set; }

    /// <summary>True when nothing of the reporter's sentence comes before the quotation.</summary>
    public bool OpensSentence { get; set; }

    /// <summary>True when the quotation is the first thing in its paragraph.</summary>
    public bool OpensParagraph { get; set; }

    public QuotationKind Kind { get; set; }

    public Resolution? Speaker { get; set; }

    public string? Verb { get; set; }

    public string Channel { get; set; } = "other";

    /// <summary>Joined into the quotation before it ("The decision," he said, "was hard.").</summary>
    public bool Merged { get; set; }
}
