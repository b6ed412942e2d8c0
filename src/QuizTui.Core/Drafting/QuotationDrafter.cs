namespace QuizTui.Core.Drafting;

/// <summary>
/// Drafts a quotation bank from a plain-text news article: every quoted span, whether it reads
/// as speech or as a quoted label, and who said it.
/// </summary>
/// <remarks>
/// <para>
/// The approach is general rather than tuned to particular articles. Quoted spans are found from
/// curly and straight double quotes, and from single quotes where they cannot be apostrophes; a
/// paragraph that leaves a quotation open continues into the next paragraph that opens with a
/// quotation mark. The reporter's prose (the text outside quotations) is split into words and
/// sentences. Speakers come from the attribution attached to a quotation: after it ("…," Keiser
/// said; "…," said Keiser; "…," according to Keiser), or before it (Keiser tweeted: "…"),
/// using a lexicon of speech verbs. The subject of the attribution is resolved against the
/// people and organisations the article names, found from runs of capitalised words with
/// evidence around them (a title before the name, an appositive after it, a speech verb next to
/// it, an organisation noun before it): a surname refers back to the full name, he or she to the
/// most recent person of agreeing gender (gender is taken from the text: gendered titles and the
/// pronouns that follow a mention), a role ("the CEO") to the person given that title, and a
/// description ("the company") to the organisation the article mentions most.
/// </para>
/// <para>
/// A quotation with no attribution of its own takes the speaker of an attributed quotation in
/// the same paragraph, or, when it opens its paragraph, that of the last quotation in the
/// paragraph before (the news convention for a speaker who goes on). A quotation split by a
/// full-sentence attribution ("…," she said. "…") gives two entries with the same speaker; a
/// sentence interrupted by its attribution ("The decision," he said, "was hard.") gives one
/// entry joined with " … ". A speaker that cannot be found is left null and marked unresolved,
/// never guessed.
/// </para>
/// <para>
/// A short quoted phrase inside the reporter's own sentence (fewer than seven words, not
/// attached to an attribution) is a <see cref="QuotationKind.Label"/>: a scare quote, a label or
/// a few borrowed words. A quotation printed twice (a deck repeating the body, a page repeating a
/// block) is listed once, at its first place.
/// </para>
/// </remarks>
public static class QuotationDrafter
{
    /// <summary>Extracts the quotations of an article, in the order they appear.</summary>
    /// <param name="articleText">The article as plain text.</param>
    public static IReadOnlyList<DraftQuotation> Extract(string articleText) => Draft(articleText).Quotations;

    /// <summary>The quotations of an article and everyone it names or quotes.</summary>
    /// <param name="articleText">The article as plain text.</param>
    public static ArticleDraft Draft(string articleText) => Draft(articleText, DraftOptions.Default);

    /// <summary>The quotations of an article and everyone it names or quotes, drafted as the options say.</summary>
    /// <param name="articleText">The article as plain text.</param>
    /// <param name="options">Whether the learned speaker ranker may replace the rules' speakers.</param>
    public static ArticleDraft Draft(string articleText, DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        ArgumentNullException.ThrowIfNull(options);
        var article = new ArticleText(articleText);
        var spans = QuoteScanner.Scan(article);
        return new DraftBuilder(article, spans).Build(options, withCandidates: false);
    }

    /// <summary>
    /// The draft by the rules alone, with each quotation's candidate speakers and their ranker
    /// features (empty for labels): what the speaker ranker is trained on.
    /// </summary>
    /// <param name="articleText">The article as plain text.</param>
    public static (ArticleDraft Draft, IReadOnlyList<IReadOnlyList<SpeakerCandidate>> Candidates) DraftWithCandidates(string articleText)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        var article = new ArticleText(articleText);
        var builder = new DraftBuilder(article, QuoteScanner.Scan(article));
        var draft = builder.Build(DraftOptions.Default with { RankSpeakers = false, RankUnattributed = false }, withCandidates: true);
        return (draft, builder.Candidates);
    }
}
