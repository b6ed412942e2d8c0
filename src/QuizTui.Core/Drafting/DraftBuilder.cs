namespace QuizTui.Core.Drafting;

/// <summary>
/// Works through one article: each quotation's own attribution and kind, then speakers for the
/// quotations without one (continuations), then the draft list and the people found.
/// </summary>
internal sealed class DraftBuilder
{
    private readonly Prose _p;
    private readonly AttributionCues _cues;
    private readonly SpeakerResolver _speakers;
    private readonly LabelRules _labels;
    private readonly List<QuoteAnalysis> _analyses = [];
    private readonly Dictionary<int, int> _analysisByMarker = [];

    public DraftBuilder(ArticleText article, List<QuoteSpan> spans)
    {
        _p = new Prose(article, spans);
        _cues = new AttributionCues(_p);
        _speakers = new SpeakerResolver(_p, _cues);
        _labels = new LabelRules(_p);
        for (var t = 0; t < _p.Count; t++)
        {
            if (_p[t].IsQuote)
            {
                _analysisByMarker[t] = _analyses.Count;
                _analyses.Add(new QuoteAnalysis(_p.SpanOf(t), t));
            }
        }
    }

    public ArticleDraft Build()
    {
        foreach (var analysis in _analyses)
        {
            Analyse(analysis);
        }
        for (var i = 0; i < _analyses.Count; i++)
        {
            if (!_analyses[i].Merged && _analyses[i].Speaker is null)
            {
                Inherit(i);
            }
        }
        var quotations = Collect();
        return new ArticleDraft(quotations, PeopleFound.From(_p, quotations), [.. _p.Entities.Organisations.Select(o => o.Name)]);
    }

    private void Analyse(QuoteAnalysis a)
    {
        if (a.Merged)
        {
            return;
        }
        var post = _cues.After(a);
        var pre = _cues.Before(a, out var attached, out var afterColon);
        a.OpensSentence = _p.SentenceStart(a.Marker) == a.Marker;
        a.OpensParagraph = a.Marker == 0 || _p[a.Marker - 1].Paragraph != _p[a.Marker].Paragraph;
        var sentenceInitial = a.OpensSentence || afterColon || attached && pre is not null;
        // Words woven into the reporter's sentence by a characterising verb or a participle.
        var woven = pre is null && post is null && !sentenceInitial ? _cues.Woven(a) : null;
        // "…," according to NBC: the outlet that reported a quotation whose speaker the sentence already names.
        if (post is { VerbText: "according to" } && !sentenceInitial && (pre ?? _cues.Woven(a)) is { } own)
        {
            post = null;
            woven = pre is null ? own : null;
        }
        // A short quoted phrase that ends the reporter's sentence ('described the smoke as
        // "apocalyptic."') is not attributed by whoever speaks in the next sentence.
        if (post is not null && !sentenceInitial && a.Span.WordCount <= LabelRules.LabelMaxWords && a.Span.LastChar is '.' or '!' or '?')
        {
            post = null;
        }
        a.Kind = _labels.Kind(a, post, pre ?? woven, sentenceInitial);
        var direct = post ?? pre ?? woven;
        // "We will appeal." Soto said so outside the court: a cue after a quotation that closed
        // its own sentence with a full stop is the next sentence's ("Why now?" Soto asked is one sentence).
        var nextSentence = post is not null && a.Span.LastChar == '.' && !_p.SameSentence(a.Marker, post.ContextFrom);
        if (direct is null && afterColon && _cues.BeforeColon(a) is { } colon)
        {
            // "Ruiz of the museum disagreed: "…"": whoever the clause before the colon is about speaks.
            var introduced = _speakers.Resolve(colon.Subject);
            if (introduced.Resolved)
            {
                a.Kind = QuotationKind.Speech;
                a.Direct = colon;
                a.Verb = colon.VerbText;
                a.Channel = ChannelGuess.Of(_p, colon);
                a.Speaker = ThroughColon(introduced, DraftConfidence.ColonInSentence, colon);
                return;
            }
        }
        if (direct is null && a.Kind == QuotationKind.Speech)
        {
            direct = _cues.NextSentence(a);
            nextSentence = direct is not null;
        }
        if (direct is null)
        {
            return;
        }
        a.Direct = direct;
        a.Verb = direct.VerbText;
        var speaker = _speakers.Resolve(direct.Subject);
        a.Speaker = direct.SentenceBefore && speaker.Resolved
                ? speaker.AtMost(DraftConfidence.ParticipleSentenceBefore) with
                {
                    Reason = DraftConfidence.ParticipleSentenceBefore.Reason(direct.VerbText, speaker.Name!),
                }
            : nextSentence && speaker.Resolved ? speaker.AtMost(DraftConfidence.NextSentence)
            : direct == woven && speaker.Resolved && !Lexicon.Participles.Contains(direct.VerbText) ? speaker.AtMost(DraftConfidence.WovenInSentence)
            : speaker;
        a.Channel = ChannelGuess.Of(_p, direct);
        if (LabelRules.IsOutlet(speaker))
        {
            a.Kind = QuotationKind.Label;
        }
        if (post is not null)
        {
            TryMergeInterrupted(a, post);
        }
    }

    /// <summary>"The decision," he said, "was hard." becomes one quotation: "The decision … was hard."</summary>
    private void TryMergeInterrupted(QuoteAnalysis a, Attribution post)
    {
        if (a.Span.LastChar is not (',' or '—' or '–') || post.Verb < 0)
        {
            return;
        }
        for (var k = post.Verb + 1; k < _p.Count && _p.SameSentence(k, post.Verb); k++)
        {
            if (!_p[k].IsQuote)
            {
                continue;
            }
            if (!(_p[k - 1].IsPunct(',') || _p[k - 1].IsPunct('—') || _p[k - 1].IsPunct('–')))
            {
                return;
            }
            var next = _analyses[_analysisByMarker[k]];
            if (next.Text.Length == 0 || !char.IsLower(next.Text[0]))
            {
                return;
            }
            next.Merged = true;
            a.Text = a.Text.TrimEnd(',', ' ') + " … " + next.Text;
            return;
        }
    }

    // ---- quotations without their own attribution ----

    private void Inherit(int index)
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
                for (var i = index - 1; i >= 0 && _analyses[i].Span.EndParagraph >= paragraph - 1; i--)
                {
                    var previous = _analyses[i];
                    if (previous.Span.EndParagraph == paragraph - 1 && previous.Kind == QuotationKind.Speech
                        && Take(a, previous, DraftConfidence.ContinuesParagraphBefore))
                    {
                        return;
                    }
                }
                if (ParaphraseSpeaker(paragraph - 1) is { } paraphrase)
                {
                    a.Speaker = paraphrase.Speaker with
                    {
                        Confidence = Math.Min(paraphrase.Speaker.Confidence, DraftConfidence.FollowsParaphrase.Value),
                        Reason = DraftConfidence.FollowsParaphrase.Reason(paraphrase.Speaker.Name!),
                    };
                    a.Verb = paraphrase.Verb;
                    a.Channel = paraphrase.Channel;
                    return;
                }
            }
        }
        a.Speaker = Resolution.Unresolved();
    }

    /// <summary>A speaker found through a colon's clause, saying so; the resolver's own reason follows when it was less sure.</summary>
    private Resolution ThroughColon(Resolution introduced, ConfidenceLevel level, Attribution clause) =>
        introduced.AtMost(level) with
        {
            Reason = level.Reason(Shorten(_p.Words(clause.ContextFrom, clause.ContextTo)))
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

    /// <summary>The last "X said …" sentence of a paragraph without quotations.</summary>
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
            if (_cues.InSentence(s0, last + 1, quoteFollows: false) is { Verb: >= 0 } cue)
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

    // ---- output ----

    private List<DraftQuotation> Collect()
    {
        var drafts = new List<DraftQuotation>(_analyses.Count);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in _analyses)
        {
            if (a.Merged || a.Text.Length == 0 || !a.Text.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            var speaker = a.Speaker ?? Resolution.Unresolved();
            var (line, column) = _p.Article.LineColumn(a.Span.Open);
            var draft = new DraftQuotation
            {
                Text = WithoutSentenceComma(a.Text),
                Speaker = speaker.Name,
                SpeakerResolved = speaker.Resolved,
                SpeakerKind = speaker.Kind,
                Line = line,
                Column = column,
                Offset = a.Span.Open,
                Paragraph = a.Span.Paragraph + 1,
                Confidence = Math.Round(Math.Clamp(speaker.Confidence, 0, 1), 2),
                Attribution = a.Verb,
                Kind = a.Kind,
                Channel = a.Channel,
                Reason = speaker.Reason,
            };
            var key = QuotationText.Key(a.Text);
            if (byKey.TryGetValue(key, out var existing))
            {
                drafts[existing] = MergeDuplicate(drafts[existing], draft);
                continue;
            }
            byKey[key] = drafts.Count;
            drafts.Add(draft);
        }
        return drafts;
    }

    /// <summary>
    /// The comma that closes a quotation before its attribution ("…," she said) belongs to the
    /// reporter's sentence, not to the speaker's words: it is left out.
    /// </summary>
    private static string WithoutSentenceComma(string text) => text.TrimEnd().TrimEnd(',').TrimEnd();

    /// <summary>A quotation printed twice keeps its first place and the better reading of the two.</summary>
    private static DraftQuotation MergeDuplicate(DraftQuotation first, DraftQuotation again)
    {
        var kind = first.Kind == QuotationKind.Speech || again.Kind == QuotationKind.Speech ? QuotationKind.Speech : QuotationKind.Label;
        var better = again.SpeakerResolved && (!first.SpeakerResolved || again.Confidence > first.Confidence) ? again : first;
        return first with
        {
            Kind = kind,
            Speaker = better.Speaker,
            SpeakerResolved = better.SpeakerResolved,
            SpeakerKind = better.SpeakerKind,
            Confidence = better.Confidence,
            Attribution = better.Attribution,
            Channel = better.Channel,
            Reason = better.Reason,
        };
    }
}
