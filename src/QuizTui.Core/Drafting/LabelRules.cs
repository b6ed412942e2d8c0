namespace QuizTui.Core.Drafting;

/// <summary>
/// Tells speech from quoted words that are nobody's speech: scare quotes, labels and coined names
/// ("the so-called "quiet hours""), titles of works ("the film "Long Way Home""), and one word
/// set off for emphasis. Those are <see cref="QuotationKind.Label"/>s and are not offered as
/// quotations to quiz on.
/// </summary>
internal sealed partial class LabelRules(Prose p)
{
    /// <summary>
    /// A quoted phrase this short inside the reporter's sentence is a label unless attached to an
    /// attribution; a longer one is somebody's words even when no attribution is found for it,
    /// unless it is written like a name or title. A quotation that starts its sentence is speech
    /// from three words, or from two when it is a sentence of its own ("Come early."); a single
    /// word is emphasis.
    /// </summary>
    public const int LabelMaxWords = 6;

    /// <param name="post">The attribution right after the quotation, if any.</param>
    /// <param name="pre">The attribution before it in its sentence, if any.</param>
    /// <param name="sentenceInitial">True when the quotation starts its sentence, follows a colon or its attribution's comma.</param>
    public QuotationKind Kind(QuoteAnalysis a, Attribution? post, Attribution? pre, bool sentenceInitial)
    {
        if (IntroducedAsLabel(a.Marker) && !IsReasonForName(a) || IsWrittenOn(a.Marker) || IsNameOrGloss(a) || post is null && IsTitleOfWork(a)
            || IsTitleWithByline(a) || IsProgrammeTitle(a) || IsNameBeforeNoun(a)
            || IsExampleOrHypothetical(a.Marker) || IsThought(a.Marker) || IsSectionHeading(a) || IsLegislationWording(a.Marker))
        {
            return QuotationKind.Label;
        }
        var words = a.Span.WordCount;
        var speech = a.Span.EndParagraph > a.Span.Paragraph
            || post is not null
            || sentenceInitial && (words >= 3 || pre is not null || words == 2 && a.Span.LastChar is '.' or '!' or '?')
            || pre is not null
            || words > LabelMaxWords && !IsMostlyCapitalised(a.Span.Text)
            || AfterSpeechParticiple(a.Marker)
            || AfterVoicingVerb(a.Marker)
            || AfterQuotativeLike(a.Marker)
            || GivenInThePassive(a.Marker);
        return speech ? QuotationKind.Speech : QuotationKind.Label;
    }

    /// <summary>
    /// Quoted words right after the "-ing" form of a speech verb are what was said: "protested by
    /// shouting "…"", "closed the meeting, declaring "…"". The participle has no subject of its
    /// own, so no attribution may be found, but the words are still somebody's.
    /// </summary>
    private bool AfterSpeechParticiple(int marker)
    {
        var k = PreviousWord(marker, marker);
        return k >= 0 && p[k].Text.Length > 5 && p[k].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && (Lexicon.IsSpeechVerb(string.Concat(p[k].Text.AsSpan(0, p[k].Text.Length - 3), "ed"))
                || Lexicon.VoicingParticiples.Contains(p[k].Text));
    }

    /// <summary>"An onlooker shouted "…"": words shouted, chanted or cried out were said aloud.</summary>
    private bool AfterVoicingVerb(int marker)
    {
        var k = PreviousWord(marker, marker);
        return k >= 0 && Lexicon.VoicingVerbs.Contains(p[k].Text);
    }

    /// <summary>
    /// "They were like, "…"", "she went like "…"": the spoken "be like" gives what someone
    /// said, however short ("people are like, "But why?""). An imagined one ("would you be like
    /// "…"") is a label already (<see cref="IsExampleOrHypothetical"/>), and so is one nobody says.
    /// </summary>
    private bool AfterQuotativeLike(int marker)
    {
        var k = PreviousWord(marker, marker);
        if (k < 0 || !p.IsWordAt(k, "like"))
        {
            return false;
        }
        var before = PreviousWord(k, marker);
        return before >= 0 && IsQuotativeVerb(p[before].Text) && !IsNobody(before - 1);
    }

    /// <summary>"nobody", "no one": "no one is like "…"" says nobody said it.</summary>
    private bool IsNobody(int k) =>
        k >= 0 && (p.IsWordAt(k, "nobody") || p.IsWordAt(k, "one") && k > 0 && p.IsWordAt(k - 1, "no"));

    /// <summary>
    /// Words someone is said, in the passive, to have used: "was declared a "crisis" by the
    /// Easton Board of Health", "was described as "reckless" by Mayor Lia Park". A speech or
    /// characterising verb before the quotation and "by" and a name after it in the same clause.
    /// </summary>
    private bool GivenInThePassive(int marker)
    {
        var by = marker + 1;
        while (by < p.Count && by <= marker + 3 && p.SameSentence(marker, by) && !p.IsWordAt(by, "by") && !p[by].IsQuote
               && !p[by].IsPunct('.') && !p[by].IsPunct(';'))
        {
            by++;
        }
        if (!p.IsWordAt(by, "by") || !p.SameSentence(marker, by))
        {
            return false;
        }
        var name = p.IsWordAt(by + 1, "the") ? by + 2 : by + 1;
        if (name >= p.Count || !p.SameSentence(marker, name) || !p[name].IsCapitalised)
        {
            return false;
        }
        for (var w = marker - 1; w >= 0 && w >= marker - 6 && p.SameSentence(w, marker) && !p[w].IsQuote; w--)
        {
            if (p[w].IsWord && p[w].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && (Lexicon.IsSpeechVerb(p[w].Text) || Lexicon.CharacterisingVerbs.Contains(p[w].Text)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Quoted words given as an example or an imagined reply, not as anything said: "questions
    /// like "…"", "the whole idea of, like, "…"", "they would say, "…"", "would you be like "…"".
    /// "They were like "…"" (someone's actual reply, in speech) is not one of these.
    /// </summary>
    private bool IsExampleOrHypothetical(int marker)
    {
        var k = PreviousWord(marker, marker);
        if (k < 0)
        {
            return false;
        }
        if (p.IsWordAt(k, "like"))
        {
            var before = PreviousWord(k, marker);
            return before < 0 || !IsQuotativeVerb(p[before].Text) || IsImagined(before, marker, 2);
        }
        // Six words back reaches the modal of a question with an object between: "where would you draw the line and say".
        return Lexicon.IsSpeechVerb(p[k].Text) && IsImagined(k, marker, 6);
    }

    /// <summary>
    /// Words right after "thought" ("we thought "…"") or after "think" and a comma ("it makes you
    /// think, "…"") are a thought, not speech. "Candidates who think "…"" without the comma
    /// reports a view someone stated, and stays speech.
    /// </summary>
    private bool IsThought(int marker)
    {
        var k = PreviousWord(marker, marker);
        return k >= 0 && (p.IsWordAt(k, "thought") || p.IsWordAt(k, Lexicon.ThinkVerbs) && k + 1 < marker && p[k + 1].IsPunct(','));
    }

    /// <summary>
    /// "a bill from the House concerning "…"": words right after "concerning" or "regarding" with a
    /// bill, act or law a few words before are that text's own wording, not anyone's speech.
    /// </summary>
    private bool IsLegislationWording(int marker)
    {
        var k = PreviousWord(marker, marker);
        if (k < 0 || !p.IsWordAt(k, "concerning") && !p.IsWordAt(k, "regarding"))
        {
            return false;
        }
        for (var w = k - 1; w >= 0 && w >= k - 8 && p.SameSentence(w, marker) && !p[w].IsQuote; w--)
        {
            if (p.IsWordAt(w, Lexicon.LegislationNouns))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A modal ("would", "could", "might") among the few words before <paramref name="k"/>, in a
    /// question ("would you say") or a sentence with "if" before it ("if …, they would say"):
    /// words imagined, not reported. "She would often say "…"" (a habit) stays speech.
    /// </summary>
    private bool IsImagined(int k, int marker, int reach)
    {
        for (var w = k - 1; w >= 0 && w >= k - reach && p.SameSentence(w, marker); w--)
        {
            if (p[w].IsWord && p[w].Text.ToLowerInvariant() is "would" or "could" or "might")
            {
                return p.IsWordAt(w + 1, Lexicon.Pronouns) || HasIfBefore(w, marker);
            }
        }
        return false;
    }

    private bool HasIfBefore(int k, int marker)
    {
        for (var w = k - 1; w >= 0 && p.SameSentence(w, marker); w--)
        {
            if (p.IsWordAt(w, "if"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// At least half the words of four or more letters capitalised (and not all in capitals): a
    /// name, title or quoted clause of a law ("Treason, Bribery, or other high Crimes"), not speech.
    /// </summary>
    private static bool IsMostlyCapitalised(string text) =>
        text.Any(char.IsLower) && CapitalisedLongWords(BareWords(text)) is (var capitalised, > 0 and var all) && capitalised * 2 >= all;

    /// <summary>A quotation's words without the quote marks and punctuation around them.</summary>
    private static List<string> BareWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(WordEdges)).Where(w => w.Length > 0).ToList();

    private static readonly char[] WordEdges = ['"', '\'', '“', '”', '‘', '’', ',', ':', '!', '?', '.', '[', ']', '(', ')'];

    /// <summary>Of the words of four or more letters, how many start with a capital, and how many there are.</summary>
    private static (int Capitalised, int All) CapitalisedLongWords(List<string> words)
    {
        var longWords = words.Where(w => w.Length >= 4).ToList();
        return (longWords.Count(w => char.IsUpper(w[0])), longWords.Count);
    }

    /// <summary>"be" or "go" before "like" when it reports what was said: "they were like", "she went like".</summary>
    private static bool IsQuotativeVerb(string word) => IsFormOfBe(word) || word.ToLowerInvariant() is "went" or "goes";

    private static bool IsFormOfBe(string word) =>
        word.ToLowerInvariant() is "was" or "were" or "is" or "are" or "am" or "be" or "been" or "being" or "i'm" or "he's" or "she's" or "they're";

    /// <summary>The word before <paramref name="k"/> in the quotation's sentence, past commas; -1 when there is none.</summary>
    private int PreviousWord(int k, int marker)
    {
        var w = k - 1;
        while (w >= 0 && p.SameSentence(w, marker) && p[w].IsPunct(','))
        {
            w--;
        }
        return w >= 0 && p.SameSentence(w, marker) && p[w].IsWord ? w : -1;
    }

    /// <summary>
    /// Words written on something: "a banner from the campaign saying "…"", ""No Entry" signs
    /// along the fence", "with "farewell" written as the caption".
    /// </summary>
    private bool IsWrittenOn(int marker)
    {
        if (IsNamedSloganAfter(marker))
        {
            return true;
        }
        var after = marker + 1;
        if (after < p.Count && p.SameSentence(marker, after) && p[after].IsWord
            && (Lexicon.WrittenOnNouns.Contains(p[after].Text) || p[after].Text.ToLowerInvariant() is "written" or "printed" or "painted" or "scrawled" or "engraved"))
        {
            return true;
        }
        var k = PreviousWord(marker, marker);
        if (k < 0 || !(Lexicon.IsSpeechVerb(p[k].Text) || p[k].Text is "with" or "bearing" or "showing"))
        {
            return false;
        }
        for (var w = k - 1; w >= 0 && w >= k - 6 && p.SameSentence(w, marker) && !p[w].IsQuote; w--)
        {
            if (p[w].IsWord && Lexicon.WrittenOnNouns.Contains(p[w].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Reports said the captain was "badly shaken"": words of unnamed reports belong to no
    /// speaker the article names, so they are a label, as another outlet's wording is.
    /// </summary>
    public static bool IsUnnamedReports(Resolution speaker) =>
        speaker is { Resolved: true, Name: { } name }
        && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 2 } words
        && words[^1].Equals("reports", StringComparison.OrdinalIgnoreCase)
        // "Consumer Reports" is a publication's name; "media reports", "News reports" are not.
        && (words.Length == 1 || !char.IsUpper(words[0][0]) || Lexicon.ReportsDescribers.Contains(words[0]));

    /// <summary>
    /// Words a news outlet is said to have written or called something ("the novel, which the
    /// Valley Times called "…"") are that outlet's wording: a label, like a headline, not speech.
    /// </summary>
    public static bool IsOutlet(Resolution speaker) =>
        speaker is { Resolved: true, Kind: SpeakerKind.Organisation or SpeakerKind.Person, Name: { } name } && IsOutletName(name);

    /// <summary>A name that reads as a news outlet's: "Reuters", "the Riverton Courier".</summary>
    public static bool IsOutletName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && words[^1].Trim('.', ',') is var last
        && (Lexicon.OneWordOutlets.Contains(last) || words.Length > 1 && Lexicon.OutletNameEndings.Contains(last));

    /// <summary>
    /// A gloss in brackets ("MDMA ("ecstasy")") or a name after a person's name and "of", "from"
    /// or "at" ("Jo Kell of "Safe Streets"", the group she speaks for): quoted words that name, not speech.
    /// </summary>
    private bool IsNameOrGloss(QuoteAnalysis a)
    {
        var k = a.Marker - 1;
        if (k < 0 || !p.SameSentence(k, a.Marker))
        {
            return false;
        }
        if (p[k].IsPunct('('))
        {
            return a.Span.WordCount <= 3;
        }
        return p[k].IsWord && p[k].Text is "of" or "from" or "at" && k > 0 && p[k - 1].IsCapitalised && p.SameSentence(k - 1, k)
            && a.Span.WordCount <= 5 && char.IsUpper(a.Span.Text.TrimStart('\'', '‘')[0]);
    }

    /// <summary>"so-called "…"", "dubbed "…"", "known as "…"", "the slogan "…"", "a sign reading "…"".</summary>
    private bool IntroducedAsLabel(int marker)
    {
        var k = marker - 1;
        while (k >= 0 && p.SameSentence(k, marker) && (p[k].IsWord && Lexicon.Determiners.Contains(p[k].Text) || p[k].IsPunct(',')))
        {
            k--;
        }
        if (k < 0 || !p.SameSentence(k, marker) || !p[k].IsWord)
        {
            return false;
        }
        if (Lexicon.LabelIntroducers.Contains(p[k].Text))
        {
            return !IsTermedBySomeone(k);
        }
        // "identified him only as "…"": a designation, not anyone's words.
        if (p[k].Text is "as")
        {
            for (var w = k - 1; w >= 0 && w >= k - 3 && p.SameSentence(w, marker) && p[w].IsWord; w--)
            {
                if (p[w].Text.StartsWith("identif", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        // "known as", "referred to as", "billed as"; but "which Ross has referred to as" is Ross characterising
        return p[k].Text is "as" && k > 0 && p[k - 1].IsWord
            && p[k - 1].Text.ToLowerInvariant() is "known" or "to" or "billed" or "branded" or "styled" or "marketed"
            && !(p.IsWordAt(k - 1, "to") && IsActiveReferredTo(k - 2));
    }

    /// <summary>
    /// "what she termed an "…"": "termed" after its own subject (a pronoun or a name) is that
    /// person characterising, as "called" is; "the fares, termed "…"" stays a name in use.
    /// </summary>
    private bool IsTermedBySomeone(int termed) =>
        p.IsWordAt(termed, "termed") && termed > 0 && p.SameSentence(termed - 1, termed)
        && (p.IsWordAt(termed - 1, Lexicon.Pronouns) || p[termed - 1].IsWord && p[termed - 1].IsCapitalised && !p[termed - 1].IsPossessive);

    /// <summary>
    /// "it was named "as a joke"", "named "after the old ferry"": quoted words opening with a
    /// preposition say why something was named, not the name, which would be capitalised.
    /// </summary>
    private bool IsReasonForName(QuoteAnalysis a) =>
        a.Marker > 0 && p.IsWordAt(a.Marker - 1, "named") && p.SameSentence(a.Marker - 1, a.Marker)
        && a.Span.Text.Split(' ', 2)[0].Trim(WordEdges) is var first && first.Length > 0 && char.IsLower(first[0])
        && Lexicon.Prepositions.Contains(first);

    /// <summary>"Ross has referred to", "Ross referred to" (someone characterising), not "is referred to" (a name in use).</summary>
    private bool IsActiveReferredTo(int referred)
    {
        if (referred < 1 || !p[referred].IsWord || !p[referred].Text.StartsWith("refer", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var k = referred - 1;
        while (k > 0 && p[k].IsWord && Lexicon.Adverbs.Contains(p[k].Text) && p[k].Text is not ("has" or "had" or "have"))
        {
            k--;
        }
        return p[k].IsWord && p[k].Text.ToLowerInvariant() is not ("is" or "are" or "was" or "were" or "be" or "been" or "being" or "commonly" or "often" or "sometimes" or "also");
    }
}
