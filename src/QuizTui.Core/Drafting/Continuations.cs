using System.Text.RegularExpressions;

namespace QuizTui.Core.Drafting;

/// <summary>
/// Speakers for quotations with no attribution of their own: one that carries on an attributed
/// quotation earlier in its paragraph (or shares the one after it), one introduced by the
/// paragraph before ending in a colon, one that opens its paragraph and carries on the last
/// quotation of the paragraph before, and one that follows a paragraph reporting what someone said.
/// </summary>
internal sealed class Continuations(Prose p, AttributionCues cues, SpeakerResolver speakers, List<QuoteAnalysis> analyses)
{
    private readonly Prose _p = p;
    private readonly AttributionCues _cues = cues;
    private readonly SpeakerResolver _speakers = speakers;
    private readonly List<QuoteAnalysis> _analyses = analyses;

    /// <summary>Gives the quotation at <paramref name="index"/> the speaker of the quotation or paragraph it continues, or none.</summary>
    public void Inherit(int index)
    {
        var a = _analyses[index];
        var paragraph = a.Span.Paragraph;
        if (a.Kind == QuotationKind.Speech)
        {
            // Another quotation of the same paragraph with its own attribution: before, then after.
            for (var i = index - 1; i >= 0 && _analyses[i].Span.EndParagraph == paragraph; i--)
            {
                if (Take(a, _analyses[i], DraftConfidence.ContinuesInParagraph))
                {
                    return;
                }
            }
            for (var i = index + 1; i < _analyses.Count && _analyses[i].Span.Paragraph == a.Span.EndParagraph; i++)
            {
                if (_analyses[i].Direct is not null && Take(a, _analyses[i], DraftConfidence.SharesParagraph))
                {
                    return;
                }
            }
            if (a.OpensParagraph && paragraph > 0)
            {
                if (_cues.IntroducingParagraph(paragraph) is { } intro && _speakers.Resolve(intro.Subject) is { Resolved: true } introduced)
                {
                    a.Speaker = ThroughColon(introduced, DraftConfidence.IntroducedByColon, intro);
                    a.Verb = intro.VerbText;
                    a.Channel = ChannelGuess.Of(_p, intro);
                    return;
                }
                // A heading between ("On the performance…") is passed over, and so is the rest of a
                // quotation left open at the end of its paragraph and printed in the next with only a
                // closing mark: the remarks after it carry on that quotation.
                var before = paragraph - 1;
                while (before > 0 && (IsHeading(before) || ClosesQuotationLeftOpen(before, index)))
                {
                    if (IsHeading(before) && NameLine(before) is { } named)
                    {
                        a.Speaker = named; // "Kell captain Ivo Marsh" on a line of its own above the remarks
                        return;
                    }
                    before--;
                }
                for (var i = index - 1; i >= 0 && _analyses[i].Span.EndParagraph >= before; i--)
                {
                    var previous = _analyses[i];
                    if (previous.Span.EndParagraph == before && previous.Kind == QuotationKind.Speech
                        && Take(a, previous, DraftConfidence.ContinuesParagraphBefore))
                    {
                        PassAddressee(index);
                        return;
                    }
                }
                if (ParaphraseSpeaker(before) is { } paraphrase)
                {
                    a.Speaker = paraphrase.Speaker with
                    {
                        Level = paraphrase.Speaker.Weaker(DraftConfidence.FollowsParaphrase),
                        Rank = Math.Min(paraphrase.Speaker.Rank, DraftConfidence.FollowsParaphrase.Rank),
                        Reason = DraftConfidence.FollowsParaphrase.Reason(paraphrase.Speaker.Name!),
                    };
                    a.Verb = paraphrase.Verb;
                    a.Channel = paraphrase.Channel;
                    PassAddressee(index);
                    return;
                }
            }
            if (_speakers.Answerer(paragraph) is { } answerer)
            {
                a.Speaker = answerer;
                return;
            }
        }
        a.Speaker = Resolution.Unresolved();
    }

    /// <summary>
    /// "Which chances? Vell, do you know why I am smiling?": words that address a person by name
    /// are not that person's own. A quotation that took its speaker from the paragraph before (an
    /// exchange in court, on a panel, in an interview) and speaks to that speaker by surname goes
    /// instead to the last other person quoted before it, marked to check.
    /// </summary>
    private void PassAddressee(int index)
    {
        var a = _analyses[index];
        if (a.Speaker is not { Resolved: true, Kind: SpeakerKind.Person } addressed || !AddressesByName(a.Text, addressed.Name!))
        {
            return;
        }
        for (var i = index - 1; i >= 0 && i >= index - 8 && _analyses[i].Span.EndParagraph >= a.Span.Paragraph - 4; i--)
        {
            var other = _analyses[i];
            if (other.Kind == QuotationKind.Speech && other.Speaker is { Resolved: true, Kind: SpeakerKind.Person } speaker && speaker.Name != addressed.Name)
            {
                a.Speaker = speaker.Through(DraftConfidence.AddressesSpeaker, addressed.Name!, speaker.Name!);
                a.Verb = other.Verb;
                a.Channel = other.Channel;
                return;
            }
        }
    }

    /// <summary>
    /// The surname, with or without "Mr.", "Ms.", "Mrs." or "Dr.", set off as a vocative: opening
    /// a sentence of the quotation before a comma ("Vell, do you …"), or after a comma at a
    /// sentence's end ("…, Vell?").
    /// </summary>
    private static bool AddressesByName(string text, string name)
    {
        var surname = Regex.Escape(name[(name.LastIndexOf(' ') + 1)..]);
        return Regex.IsMatch(text,
            $@"(^|[.?!]\s+)((Mr|Ms|Mrs|Dr)\.?\s+)?{surname},|,\s+((Mr|Ms|Mrs|Dr)\.?\s+)?{surname}[.?!]");
    }

    /// <summary>A speaker found through a colon's clause, saying so; the resolver's own reason follows when it was less sure.</summary>
    public Resolution ThroughColon(Resolution introduced, ConfidenceLevel level, Attribution clause) =>
        introduced.AtMost(level) with
        {
            Reason = level.Reason(Shorten(_p.Words(clause.ContextFrom, clause.ContextTo, markQuotations: true)))
                + (introduced.Confidence < level.Value ? "; " + introduced.Reason : ""),
        };

    private static string Shorten(string words) => words.Length <= 60 ? words : "…" + words[^57..].TrimStart();

    private static bool Take(QuoteAnalysis a, QuoteAnalysis source, ConfidenceLevel level)
    {
        if (source.Speaker is not { Resolved: true } speaker || source.Kind != QuotationKind.Speech)
        {
            return false;
        }
        a.Speaker = speaker.Through(level, speaker.Name!);
        a.Verb = source.Verb;
        a.Channel = source.Channel;
        return true;
    }

    /// <summary>
    /// A heading inside the article ("On the performance…", "Ruiz family statements"): a paragraph
    /// of one sentence of at most eight words, no quotation, that does not end with a full stop, a
    /// question mark or an exclamation mark.
    /// </summary>
    /// <summary>
    /// A heading that is only a full name the article knows as a person, after words that are a
    /// role or capitalised (a side or body: "Kell captain Ivo Marsh", "Coach Ana Ruiz"): pages of
    /// remarks print the speaker so, above the words, with no verb.
    /// </summary>
    private Resolution? NameLine(int paragraph)
    {
        var words = Enumerable.Range(0, _p.Count).Where(j => _p[j].Paragraph == paragraph).ToList();
        if (words.Count < 2 || words.Any(j => !_p[j].IsWord))
        {
            return null;
        }
        var runs = EntityIndex.RunsIn(_p.Tokens, words[0], words[^1] + 1);
        if (runs.Count == 0 || runs[^1] is not { Count: >= 2 } run || run.Last != words[^1]
            || _p.Entities.FindPerson(run.Name) is not { } person || person.FullName != run.Name)
        {
            return null;
        }
        var line = _p.Words(words[0], words[^1]);
        return words.TakeWhile(j => j < run.First).All(j => _p[j].IsCapitalised || Lexicon.IsRoleNoun(_p[j].Bare))
            ? Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.NameLine, line)
            : null;
    }

    private bool IsHeading(int paragraph)
    {
        var k = 0;
        while (k < _p.Count && _p[k].Paragraph < paragraph)
        {
            k++;
        }
        var words = 0;
        var last = -1;
        for (var j = k; j < _p.Count && _p[j].Paragraph == paragraph; j++)
        {
            if (_p[j].IsQuote || _p[j].Sentence != _p[k].Sentence)
            {
                return false;
            }
            words += _p[j].IsWord ? 1 : 0;
            last = j;
        }
        return last >= 0 && words is > 0 and <= 8 && !(_p[last].IsPunct('.') || _p[last].IsPunct('!') || _p[last].IsPunct('?'));
    }

    /// <summary>
    /// A paragraph that only finishes a quotation left open at the end of the paragraph before: it
    /// opens no quotation and ends with a closing mark ("… made me proud”."), and the quotation
    /// before it runs to the end of its paragraph without closing.
    /// </summary>
    private bool ClosesQuotationLeftOpen(int paragraph, int index)
    {
        var text = _p.Article.Text;
        var (start, end) = _p.Article.Paragraphs[paragraph];
        var last = end - 1;
        while (last > start && text[last] is '.' or ',' or '!' or '?')
        {
            last--;
        }
        var closes = text[last] == '”' ? text.IndexOf('“', start, end - start) < 0
            : text[last] == '"' && text.IndexOf('"', start, last - start) < 0;
        if (!closes)
        {
            return false;
        }
        for (var i = index - 1; i >= 0 && _analyses[i].Span.EndParagraph >= paragraph - 1; i--)
        {
            var span = _analyses[i].Span;
            if (span.EndParagraph == paragraph - 1 && !span.Single && text[span.Close] is not ('”' or '"'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The last "X said …" (or "X did this, saying …") sentence of a paragraph without quotations.</summary>
    private (Resolution Speaker, string Verb, string Channel)? ParaphraseSpeaker(int paragraph)
    {
        (Resolution, string, string)? found = null;
        var k = 0;
        while (k < _p.Count && _p[k].Paragraph < paragraph)
        {
            k++;
        }
        while (k < _p.Count && _p[k].Paragraph == paragraph)
        {
            var s0 = k;
            var last = _p.SentenceLast(k);
            k = last + 1;
            if (_cues.ReportingSentence(s0, last + 1) is { Verb: >= 0 } cue)
            {
                var speaker = _speakers.Resolve(cue.Subject);
                if (speaker.Resolved)
                {
                    found = (speaker, cue.VerbText, ChannelGuess.Of(_p, cue));
                }
            }
        }
        return found;
    }
}
