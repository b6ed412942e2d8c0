namespace QuizTui.Core.Drafting;

/// <summary>Where a PolNeAR gold speaker's name comes from, for judging how far to trust it.</summary>
public enum PolNearSpeakerOrigin
{
    /// <summary>A person's or organisation's name printed in the annotated source itself ("Spokeswoman Ana Ruiz").</summary>
    Named,

    /// <summary>
    /// The source is a pronoun or a description ("he", "the spokesman"); the name is that of the
    /// representative mention of the CoreNLP coreference chain through the source. Noisier.
    /// </summary>
    Coreference,

    /// <summary>No name found: the speaker is the source's own words ("officials", "he", "Lune’s campaign").</summary>
    Unnamed,
}

/// <summary>One gold quotation derived from PolNeAR, with where it is printed and where its speaker's name comes from.</summary>
/// <param name="Gold">The quotation as the scorer reads it.</param>
/// <param name="Span">From its opening quotation mark to just past its closing mark (over all its pieces).</param>
/// <param name="Origin">Where the speaker's name comes from; null for a label.</param>
public sealed record PolNearGoldQuotation(GoldQuotation Gold, TextRange Span, PolNearSpeakerOrigin? Origin);

/// <summary>
/// One PolNeAR article turned into gold: the quotations to score, and the quoted stretches that
/// must count neither way (see <see cref="PolNearGold"/>).
/// </summary>
/// <param name="Quotations">Speech and label quotations, in text order.</param>
/// <param name="Ignored">Quoted stretches left out of the scoring: from the opening mark to just past the closing one.</param>
public sealed record PolNearGoldArticle(IReadOnlyList<PolNearGoldQuotation> Quotations, IReadOnlyList<TextRange> Ignored)
{
    /// <summary>The quotations as <see cref="QuotationSpanScoring.Score"/> takes them.</summary>
    public IReadOnlyList<GoldQuotation> Gold => [.. Quotations.Select(q => q.Gold)];

    /// <summary>
    /// The drafts without those whose opening quotation mark lies in an ignored stretch, so a
    /// quoted thought or a quotation with no speech cue is neither missed nor spurious.
    /// </summary>
    public IReadOnlyList<DraftQuotation> WithoutIgnored(IReadOnlyList<DraftQuotation> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return [.. drafts.Where(d => !Ignored.Any(r => d.Offset >= r.Start && d.Offset < r.End))];
    }
}

/// <summary>
/// Turns one article of PolNeAR (Political News Attribution Relations corpus: Newell, Margolin and
/// Ruths, LREC 2018) into quotation gold: its text, its brat annotation file and, when there is one,
/// its Stanford CoreNLP analysis, all as strings (nothing here reads files).
/// </summary>
/// <remarks>
/// <para>Quotations are the stretches inside double quotation marks: curly “ ”, paired straight
/// ", or two straight apostrophes '' as the New York Times texts print them. Single marks are left alone, since PolNeAR prints apostrophes as ’ (Lune’s). A
/// quotation left open at the end of a paragraph goes on when the next paragraph opens with a
/// mark; pieces of one quotation in several paragraphs are joined with a space.</para>
/// <para>Each quotation is given to the attribution whose content covers at least half of its
/// characters (the innermost such attribution, the one with the shortest content, when contents
/// nest), and then:</para>
/// <list type="bullet">
/// <item>speech, when that attribution has a source and a speech cue (<see cref="IsSpeechCue"/>);
/// two quotations of one attribution with no sentence end between them (<c>"…," he said,
/// "…"</c>) are one, joined with " … ", as in our own gold;</item>
/// <item>ignored, counting neither way, when the attribution has no source or a cue that is not
/// speech (thoughts, "reserved his passion for"), or when a content or a <c>Discuss</c> span
/// covers part of the quotation but less than half: the scorer sees neither the gold nor a draft
/// opening there (<see cref="PolNearGoldArticle.WithoutIgnored"/>);</item>
/// <item>a label when no content touches it: nobody is said to have said it (scare quotes,
/// titles). A draft offering one as speech is spurious.</item>
/// </list>
/// <para>The speaker, following our gold convention (the speaker as the article names them in
/// full): the longest person's name in the source (CoreNLP tag PERSON, titles and leading words
/// that are no proper noun left out) not followed by a possessive or a common noun, so "Spokeswoman Ana Ruiz" gives Ana Ruiz and "Lune campaign manager
/// Kit Grant" Kit Grant; failing that an organisation's name making up the source
/// ("the State Department", or "a State Department spokesman"). A name is completed to the fullest
/// name printed in the article ending with it ("Ruiz" → "Ana Ruiz") when exactly one
/// such fuller name (not part of a longer one) is printed. A source with no proper noun (a pronoun
/// or a description) is resolved through the CoreNLP coreference chain with a mention overlapping
/// it: the chain's representative mention, when it holds a person's name (completed as above). Otherwise the speaker is the source's
/// words without a leading article ("Lune’s campaign", "spokesman", "he"). Without a CoreNLP
/// analysis, capitalised words stand in for the PERSON tag and nothing goes through coreference.</para>
/// </remarks>
public static partial class PolNearGold
{
    // Speech and writing cues, by word. Kept apart from the drafter's Lexicon so the gold does not
    // share the drafter's blind spots.
    private static readonly HashSet<string> SpeechCueWords = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "saying",
        "tell", "tells", "told", "telling",
        "add", "adds", "added", "adding",
        "write", "writes", "wrote", "writing", "written",
        "tweet", "tweets", "tweeted", "tweeting",
        "ask", "asks", "asked", "asking",
        "state", "states", "stated", "stating",
        "explain", "explains", "explained", "explaining",
        "argue", "argues", "argued", "arguing",
        "insist", "insists", "insisted", "insisting",
        "note", "notes", "noted", "noting",
        "declare", "declares", "declared", "declaring",
        "announce", "announces", "announced", "announcing",
        "reply", "replies", "replied", "replying",
        "respond", "responds", "responded", "responding",
        "continue", "continues", "continued", "continuing",
        "warn", "warns", "warned", "warning",
        "recall", "recalls", "recalled", "recalling",
        "claim", "claims", "claimed", "claiming",
        "acknowledge", "acknowledges", "acknowledged", "acknowledging",
        "quip", "quips", "quipped",
        "joke", "jokes", "joked",
        "exclaim", "exclaims", "exclaimed",
        "shout", "shouts", "shouted",
        "remark", "remarks", "remarked",
        "comment", "comments", "commented",
        "post", "posts", "posted",
        "read", "reads",
        "answer", "answers", "answered",
        "assert", "asserts", "asserted",
        "admit", "admits", "admitted",
        "complain", "complains", "complained",
        "promise", "promises", "promised",
        "vow", "vows", "vowed",
        "pledge", "pledges", "pledged",
        "urge", "urges", "urged",
        "chant", "chants", "chanted",
        // Characterising verbs: our own gold takes `Ode called the budget "a betrayal"` for Ode's words.
        "call", "calls", "called", "calling",
        "describe", "describes", "described", "describing",
        "accuse", "accuses", "accused", "accusing",
    };

    // Capitalised words that are no part of a name: titles, pronouns, determiners. Without a
    // CoreNLP analysis they are not tagged PERSON; with one, a source of this word alone is no name.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our",
        "this", "that", "these", "those", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
        "rev", "senator", "representative", "governor", "president", "secretary", "spokesman", "spokeswoman",
        "former", "vice", "mayor", "judge", "justice", "speaker", "leader", "chairman", "chairwoman",
        "director", "ambassador", "minister", "prime", "chief", "attorney", "general", "democratic",
        "republican", "gop", "press", "candidate", "nominee", "officials", "aides", "assemblyman",
        "assemblywoman", "congressman", "congresswoman", "rival", "comedian", "billionaire", "businessman",
        "democrat",
        // Words that open sentences, and dates, which are capitalised without being names.
        "but", "and", "or", "so", "in", "on", "at", "for", "with", "as", "if", "when", "while", "after",
        "before", "also", "then", "now", "yet", "however", "still", "meanwhile", "there", "here", "what",
        "despite", "dean", "professor", "prof",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    };

    private static readonly HashSet<string> SpokesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "statement",
    };

    /// <summary>
    /// The one annotation file to use for an article annotated more than once: the first by
    /// ordinal order of name, so every run reads the same one.
    /// </summary>
    public static string ChooseAnnotation(IEnumerable<string> fileNames)
    {
        ArgumentNullException.ThrowIfNull(fileNames);
        return fileNames.Order(StringComparer.Ordinal).First();
    }

    /// <summary>
    /// Whether a cue reports speech or writing: one of its words is a form of a speech verb (say,
    /// tell, add, write, tweet, ask, state, explain, argue, insist, note, declare, announce, reply,
    /// respond, continue, warn, recall, claim, acknowledge, quip, joke, exclaim, shout, remark,
    /// comment, post, read, answer, assert, admit, complain, promise, vow, pledge, urge, chant, and
    /// the characterising call, describe and accuse), it holds "according to", or it is a bare
    /// colon (<c>Lune: "…"</c>). Thoughts, findings and reports ("believes", "concluded",
    /// "reported") are not speech.
    /// </summary>
    public static bool IsSpeechCue(string cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var folded = QuotationText.Normalise(cue).ToLowerInvariant();
        if (folded.Trim() == ":" || folded.Contains("according to", StringComparison.Ordinal))
        {
            return true;
        }
        return Words(folded).Any(SpeechCueWords.Contains);
    }

    /// <summary>Converts one article; <paramref name="coreNlpXml"/> may be null when the analysis is missing.</summary>
    /// <exception cref="FormatException">The CoreNLP XML cannot be read.</exception>
    public static PolNearGoldArticle Convert(string text, string ann, string? coreNlpXml)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ann);
        var (attributions, discussed) = PolNearAnnotation.Parse(text, ann);
        var analysis = coreNlpXml is null ? null : CoreNlpAnalysis.Parse(coreNlpXml);
        var tokens = analysis?.Tokens ?? FallbackTokens(text);
        var people = PeopleNames(text, tokens);

        var quotations = new List<PolNearGoldQuotation>();
        var ignored = new List<TextRange>();
        PolNearAttribution? previousSpeech = null;
        foreach (var segment in QuotedSegments(text))
        {
            var inner = segment.Pieces.Sum(p => p.Length);
            var attribution = attributions
                .Select(a => (Attribution: a, Shared: segment.Pieces.Sum(p => a.Content.Sum(c => c.Shared(p)))))
                .Where(c => inner > 0 && c.Shared * 2 >= inner)
                .OrderBy(c => c.Attribution.Content.Sum(r => r.Length))
                .Select(c => c.Attribution)
                .FirstOrDefault();
            var isSpeech = attribution is { Source.Count: > 0 } && IsSpeechCue(PolNearAnnotation.TextOf(text, attribution.Cue));
            if (!isSpeech)
            {
                previousSpeech = null;
                var touched = attribution is not null
                    || attributions.Any(a => a.Content.Any(c => segment.Pieces.Any(p => c.Shared(p) > 0)))
                    || discussed.Any(d => segment.Pieces.Any(p => d.Shared(p) > 0));
                if (touched)
                {
                    ignored.Add(segment.Span);
                }
                else
                {
                    quotations.Add(new PolNearGoldQuotation(new GoldQuotation(segment.Text(text), null, QuotationKind.Label), segment.Span, null));
                }
                continue;
            }

            var last = quotations.Count > 0 ? quotations[^1] : null;
            if (ReferenceEquals(previousSpeech, attribution) && last is not null && !EndsSentenceBetween(text, last.Span.End, segment.Span.Start))
            {
                // "…," he said, "…": one quotation interrupted by its attribution.
                quotations[^1] = last with
                {
                    Gold = last.Gold with { Text = last.Gold.Text + " … " + segment.Text(text) },
                    Span = new TextRange(last.Span.Start, segment.Span.End),
                };
                continue;
            }
            previousSpeech = attribution;
            var (speaker, origin) = Speaker(text, attribution!.Source, tokens, analysis, people);
            quotations.Add(new PolNearGoldQuotation(new GoldQuotation(segment.Text(text), speaker, QuotationKind.Speech), segment.Span, origin));
        }
        return new PolNearGoldArticle(quotations, ignored);
    }

    private sealed record Segment(IReadOnlyList<TextRange> Pieces, TextRange Span)
    {
        public string Text(string text) => string.Join(' ', Pieces.Select(p => text[p.Start..p.End].Trim()).Where(p => p.Length > 0));
    }

    /// <summary>
    /// The stretches inside double quotation marks, in text order. A paragraph ending with a
    /// quotation still open continues it when the next paragraph opens with a mark; otherwise the
    /// quotation ends with its paragraph.
    /// </summary>
    private static List<Segment> QuotedSegments(string text)
    {
        var segments = new List<Segment>();
        var paragraphs = Paragraphs(text);
        var pieces = new List<TextRange>();
        var open = -1;
        var pieceStart = -1;
        void Finish(int pieceEnd, int spanEnd)
        {
            pieces.Add(new TextRange(pieceStart, pieceEnd));
            segments.Add(new Segment([.. pieces], new TextRange(open, spanEnd)));
            pieces.Clear();
            open = -1;
        }
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            var first = start;
            if (open >= 0)
            {
                // A quotation open at the end of the last paragraph: it goes on only if this one opens with a mark.
                if (MarkLength(text, start) is > 0 and var length && text[start] != '”')
                {
                    pieceStart = start + length;
                    first = start + length;
                }
                else
                {
                    segments.Add(new Segment([.. pieces], new TextRange(open, pieces[^1].End)));
                    pieces.Clear();
                    open = -1;
                }
            }
            for (var i = first; i < end; i++)
            {
                var length = MarkLength(text, i);
                if (length == 0)
                {
                    continue;
                }
                var c = text[i];
                if (open < 0 && c != '”')
                {
                    open = i;
                    pieceStart = i + length;
                }
                else if (open >= 0 && c != '“')
                {
                    Finish(i, i + length);
                }
                else if (open >= 0)
                {
                    // An opening mark while one is open: the first was never closed.
                    Finish(i, i);
                    open = i;
                    pieceStart = i + length;
                }
                i += length - 1;
            }
            if (open >= 0)
            {
                pieces.Add(new TextRange(pieceStart, end));
            }
        }
        if (open >= 0)
        {
            segments.Add(new Segment([.. pieces], new TextRange(open, pieces[^1].End)));
        }
        return segments;
    }

    /// <summary>
    /// The length of a double quotation mark at <paramref name="i"/>: 1 for “, ” and ", 2 for two
    /// straight apostrophes (the New York Times texts print '' for "), 0 for anything else.
    /// </summary>
    private static int MarkLength(string text, int i) =>
        text[i] is '“' or '”' or '"' ? 1
        : text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'' ? 2
        : 0;

    /// <summary>Paragraphs: the non-blank lines, as (start, end) with surrounding spaces left out.</summary>
    private static List<(int Start, int End)> Paragraphs(string text)
    {
        var paragraphs = new List<(int, int)>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var start = lineStart;
                var end = i;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }
                if (end > start)
                {
                    paragraphs.Add((start, end));
                }
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    /// <summary>Whether the reporter's words between two quotations end a sentence or a paragraph.</summary>
    private static bool EndsSentenceBetween(string text, int from, int to)
    {
        if (to < from)
        {
            return true;
        }
        var between = text[from..to];
        return between.Contains('\n', StringComparison.Ordinal) || between.IndexOfAny(['.', '!', '?']) >= 0;
    }
}
