namespace QuizTui.Core.Drafting;

/// <summary>Titles of works, programmes and campaigns: quoted names that are nobody's speech.</summary>
internal sealed partial class LabelRules
{
    /// <summary>
    /// A title: the quoted words follow a noun for a work ("his book", "the documentary"), or are
    /// written in title case next to a noun for a document, campaign or plan.
    /// </summary>
    private bool IsTitleOfWork(QuoteAnalysis a)
    {
        var before = WordBefore(a.Marker);
        if (before is { } b && Lexicon.WorkNouns.Contains(p[b].Bare))
        {
            return true;
        }
        if (!IsTitleCase(a.Span.Text))
        {
            return false;
        }
        var after = a.Marker + 1 < p.Count && p.SameSentence(a.Marker, a.Marker + 1) && p[a.Marker + 1].IsWord ? a.Marker + 1 : -1;
        return before is { } w && IsNamedThing(p[w].Bare) || after >= 0 && IsNamedThing(p[after].Bare);
    }

    /// <summary>
    /// A quotation followed by its comma and "by" and a name is the title of a piece and its
    /// writer, as reading lists and newsletters print them: ""Ferry fares to rise in spring," by
    /// the Valley Courier's Ana Ruiz". Speech given in the passive ("called a "crisis" by Ana
    /// Ruiz") has no comma before "by". A headline stands first in its line, after a heading or a
    /// dash at most: one woven into the reporter's words ("said the "harsh words," by Ivo Marsh")
    /// is someone's words about a speaker.
    /// </summary>
    private bool IsTitleWithByline(QuoteAnalysis a)
    {
        var before = a.Marker - 1;
        if (before >= 0 && p.SameSentence(before, a.Marker) && p[before].IsWord && !p[before].IsCapitalised)
        {
            return false;
        }
        var by = a.Marker + 1;
        var comma = a.Span.Text.TrimEnd().EndsWith(',');
        if (!comma && by < p.Count && p.SameSentence(a.Marker, by) && p[by].IsPunct(','))
        {
            comma = true;
            by++;
        }
        if (!comma || !p.IsWordAt(by, "by") || !p.SameSentence(a.Marker, by))
        {
            return false;
        }
        var name = p.IsWordAt(by + 1, "the") ? by + 2 : by + 1;
        return name < p.Count && p.SameSentence(a.Marker, name) && p[name].IsCapitalised;
    }

    /// <summary>Longest programme or publication title <see cref="IsProgrammeTitle"/> reads as one.</summary>
    private const int ProgrammeTitleMaxWords = 7;

    /// <summary>
    /// A name in title case right after a broadcaster's or publication's possessive or after "on"
    /// is a programme's or paper's title, whatever the sentence says around it: "told Valley
    /// Radio's "Harbour Hour"", "said on "Lindenport Tonight,"". Speech in title case is rare; a
    /// title in those places is common.
    /// </summary>
    private bool IsProgrammeTitle(QuoteAnalysis a)
    {
        var before = a.Marker - 1;
        if (before < 0 || !p.SameSentence(before, a.Marker) || !p[before].IsWord || a.Span.WordCount > ProgrammeTitleMaxWords
            || !(p[before].IsPossessive && p[before].IsCapitalised || p[before].Text == "on"))
        {
            return false;
        }
        return IsTitleCase(a.Span.Text.TrimEnd().TrimEnd(',', '.'));
    }

    /// <summary>
    /// A name in title case used as a modifier between a determiner or possessive and a noun: the
    /// "Harbour First" campaign, her "Quiet Streets" pledge, the "Night Ferry" actress. Words used
    /// that way name something; whatever the sentence's speaker says, they are not that speech.
    /// Two words at least (one capitalised word there is as often a quoted word as a name), or one
    /// before a part of a document (the "History" section), and a
    /// noun after it, not a preposition or verb ("the "Harbour Museum" in Lindenport" may be
    /// someone's words).
    /// </summary>
    private bool IsNameBeforeNoun(QuoteAnalysis a)
    {
        var before = a.Marker - 1;
        var after = a.Marker + 1;
        var partAfter = after < p.Count && Lexicon.DocumentPartNouns.Contains(p[after].Text);
        if (a.Span.WordCount is < 1 or > LabelMaxWords || a.Span.WordCount == 1 && !partAfter || a.Span.EndParagraph > a.Span.Paragraph
            || before < 0 || !p.SameSentence(before, a.Marker) || !p[before].IsWord
            || !(Lexicon.Determiners.Contains(p[before].Text) && (!p[before].IsCapitalised || partAfter && p.SentenceStart(before) == before)
                 || p[before].IsPossessive)
            || after >= p.Count || !p.SameSentence(a.Marker, after) || !p[after].IsWord || p[after].IsCapitalised
            || Lexicon.Prepositions.Contains(p[after].Text) || Lexicon.NotInSubject.Contains(p[after].Text) || p[after].Text is "and" or "or")
        {
            return false;
        }
        var text = a.Span.Text.TrimEnd();
        return text.Length > 0 && text[^1] is not (',' or '.' or '!' or '?') && IsTitleCase(text);
    }

    /// <summary>
    /// A paragraph that is nothing but a quotation in single marks, in an article that quotes in
    /// double marks, is a heading over a section ("'A long night.'"), an editor's words, not the
    /// reporter quoting speech. The first paragraph (the headline) is left alone: a headline that
    /// quotes someone gives their words. An article quoting in single marks throughout (British
    /// style) keeps such paragraphs as speech.
    /// </summary>
    private bool IsSectionHeading(QuoteAnalysis a) =>
        a.Span.Single && a.Span.Paragraph > 0 && a.Span.EndParagraph == a.Span.Paragraph
        && a.Marker > 0 && p[a.Marker - 1].Paragraph != a.Span.Paragraph
        && (a.Marker + 1 >= p.Count || p[a.Marker + 1].Paragraph != a.Span.Paragraph)
        && QuotesInDoubleMarks;

    /// <summary>More quotations in double marks than in single ones, and at least two.</summary>
    private bool QuotesInDoubleMarks => _quotesInDoubleMarks ??= CountMarks() is var (doubles, singles) && doubles >= 2 && doubles > singles;

    private bool? _quotesInDoubleMarks;

    private (int Doubles, int Singles) CountMarks()
    {
        var (doubles, singles) = (0, 0);
        for (var t = 0; t < p.Count; t++)
        {
            if (p[t].IsQuote && p.SpanOf(t).Single)
            {
                singles++;
            }
            else if (p[t].IsQuote)
            {
                doubles++;
            }
        }
        return (doubles, singles);
    }

    private static bool IsNamedThing(string noun) =>
        Lexicon.WorkNouns.Contains(noun) || Lexicon.DocumentNouns.Contains(noun) || Lexicon.LabelIntroducers.Contains(noun)
        || noun.ToLowerInvariant() is "rally" or "march" or "protest" or "event" or "festival" or "movement" or "programme" or "program";

    /// <summary>The word before the quotation in its sentence, past a possessive year or adjective ("her 2019 book").</summary>
    private int? WordBefore(int marker)
    {
        var k = marker - 1;
        while (k >= 0 && p.SameSentence(k, marker) && p[k].IsPunct(','))
        {
            k--;
        }
        return k >= 0 && p.SameSentence(k, marker) && p[k].IsWord ? k : null;
    }

    /// <summary>
    /// Most words of four or more letters capitalised, the first word too: "Roads to Nowhere".
    /// Words written all in capitals are shouting, not a title.
    /// </summary>
    private static bool IsTitleCase(string text)
    {
        if (!text.Any(char.IsLower))
        {
            return false;
        }
        var words = BareWords(text);
        if (words.Count == 0 || !char.IsUpper(words[0][0]) || text.TrimEnd().EndsWith(','))
        {
            return false;
        }
        var (capitalised, all) = CapitalisedLongWords(words);
        return all > 0 && capitalised >= Math.Ceiling(all * 0.75);
    }
}
