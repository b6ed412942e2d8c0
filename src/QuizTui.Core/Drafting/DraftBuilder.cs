namespace QuizTui.Core.Drafting;

/// <summary>
/// Works through one article: each quotation's own attribution and kind (this file, with
/// <see cref="AttributionCues"/>, <see cref="SpeakerResolver"/> and <see cref="LabelRules"/>), a
/// quotation split by its attribution joined into one, then speakers for the quotations without
/// one (<see cref="Continuations"/>), then the draft list (<see cref="DraftList"/>) and the people found.
/// </summary>
internal sealed class DraftBuilder
{
    private readonly Prose _p;
    private readonly AttributionCues _cues;
    private readonly SpeakerResolver _speakers;
    private readonly LabelRules _labels;
    private readonly Continuations _continuations;
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
        _continuations = new Continuations(_p, _cues, _speakers, _analyses);
    }

    /// <summary>The candidates of each draft quotation (in <see cref="ArticleDraft.Quotations"/> order), after <see cref="Build"/> with candidates asked for.</summary>
    public IReadOnlyList<IReadOnlyList<SpeakerCandidate>> Candidates { get; private set; } = [];

    public ArticleDraft Build(DraftOptions options, bool withCandidates)
    {
        foreach (var analysis in _analyses)
        {
            Analyse(analysis);
        }
        for (var i = 0; i < _analyses.Count; i++)
        {
            if (!_analyses[i].Merged && _analyses[i].Speaker is null)
            {
                _continuations.Inherit(i);
            }
        }
        List<SpeakerCandidate>?[] candidates = [];
        var ranking = options.RankSpeakers || options.RankUnattributed;
        if (withCandidates || ranking)
        {
            // Suggestions alone need only the candidates of quotations the rules found no one for;
            // a caller asking for candidates, or the ranker weighing the rules' speakers, needs all.
            var unattributedOnly = !withCandidates && !options.RankSpeakers;
            candidates = CollectCandidates(unattributedOnly);
        }
        if (ranking)
        {
            SpeakerRanker.Apply(_analyses, candidates, options);
        }
        var quotations = DraftList.Collect(_p, _analyses, out var sources);
        if (withCandidates)
        {
            Candidates = [.. sources.Select(i => (IReadOnlyList<SpeakerCandidate>?)candidates[i] ?? [])];
        }
        return new ArticleDraft(quotations, PeopleFound.From(_p, quotations), [.. _p.Entities.Organisations.Select(o => o.Name)]);
    }

    /// <summary>
    /// The candidates of each speech quotation (only those with no speaker yet when
    /// <paramref name="unattributedOnly"/>), from the rules' speakers as they stand now.
    /// </summary>
    private List<SpeakerCandidate>?[] CollectCandidates(bool unattributedOnly)
    {
        var rules = _analyses.Select(a => a.Speaker).ToArray();
        var collector = new SpeakerCandidates(_p, _speakers, _analyses, rules);
        var candidates = new List<SpeakerCandidate>?[_analyses.Count];
        for (var i = 0; i < _analyses.Count; i++)
        {
            if (NeedsCandidates(_analyses[i], unattributedOnly))
            {
                candidates[i] = collector.For(i);
            }
        }
        return candidates;
    }

    /// <summary>Whether a quotation's candidates are collected.</summary>
    private static bool NeedsCandidates(QuoteAnalysis a, bool unattributedOnly)
    {
        // A part joined into the quotation before it is drafted with that one and has no speaker of its own.
        var standsAlone = !a.Merged;
        // Only speech has a speaker; labels and scare quotes have none to rank.
        var isSpeech = a.Kind == QuotationKind.Speech;
        // Suggestions alone (unattributedOnly) are made only where the rules found no one.
        var rulesFoundNoOne = a.Speaker is not { Resolved: true };
        return standsAlone && isSpeech && (!unattributedOnly || rulesFoundNoOne);
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
        // "Ruiz said: "…" Vell agreed.": the clause before the colon names the speaker; the next
        // sentence's verb is someone else's reply.
        if (post is not null && afterColon && a.Span.LastChar == '.' && !_p.SameSentence(a.Marker, post.ContextFrom)
            && (pre ?? _cues.BeforeColon(a)) is { } introducing && _speakers.Resolve(introducing.Subject).Resolved)
        {
            post = null;
        }
        a.Kind = _labels.Kind(a, post, pre ?? woven, sentenceInitial);
        if (a.Kind == QuotationKind.Speech && post is null && IsAlternativeToLabel(a))
        {
            a.Kind = QuotationKind.Label;
        }
        var direct = post ?? pre ?? woven;
        // "We will appeal." Soto said so outside the court: a cue after a quotation that closed
        // its own sentence with a full stop is the next sentence's ("Why now?" Soto asked is one sentence).
        var nextSentence = post is not null && a.Span.LastChar == '.' && !_p.SameSentence(a.Marker, post.ContextFrom);
        if (direct is null && afterColon && _cues.BeforeColon(a) is { } colon)
        {
            // "Ruiz of the museum disagreed: "…"": whoever the clause before the colon is about speaks.
            var introduced = _speakers.Resolve(colon.Subject);
            if (LabelRules.IsOutlet(introduced) || LabelRules.IsUnnamedReports(introduced))
            {
                // "Reports: 'streamlined' …", "The Ledger cited questions, including: "…"": an outlet's
                // wording or a document it quotes, a label as anywhere else in a sentence.
                a.Kind = QuotationKind.Label;
                return;
            }
            if (introduced.Resolved)
            {
                a.Kind = QuotationKind.Speech;
                a.Direct = colon;
                a.Verb = colon.VerbText;
                a.Channel = ChannelGuess.Of(_p, colon);
                a.Speaker = _continuations.ThroughColon(introduced, colon.TitleLine ? DraftConfidence.TitleLine : DraftConfidence.ColonInSentence, colon);
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
        a.Speaker = direct.PullQuote && speaker.Resolved
                ? speaker.AtMost(DraftConfidence.PullQuote) with { Reason = DraftConfidence.PullQuote.Reason(speaker.Name!) }
            : direct.SentenceBefore && speaker.Resolved
                ? speaker.AtMost(DraftConfidence.ParticipleSentenceBefore) with
                {
                    Reason = DraftConfidence.ParticipleSentenceBefore.Reason(direct.VerbText, speaker.Name!),
                }
            : nextSentence && speaker.Resolved ? speaker.AtMost(DraftConfidence.NextSentence)
            : direct == woven && speaker.Resolved && !Lexicon.Participles.Contains(direct.VerbText) ? speaker.AtMost(DraftConfidence.WovenInSentence)
            : speaker;
        a.Channel = ChannelGuess.Of(_p, direct);
        if (LabelRules.IsOutlet(speaker) || LabelRules.IsUnnamedReports(speaker))
        {
            a.Kind = QuotationKind.Label;
        }
        if (post is not null)
        {
            TryMergeInterrupted(a, post);
        }
    }

    /// <summary>
    /// Quoted words offered as an alternative to a label just before them ("the answer would be
    /// "Wait", or "Ask the board", or "Maybe next year, once the ferry runs"") are of its kind:
    /// examples listed together, however long each one is.
    /// </summary>
    private bool IsAlternativeToLabel(QuoteAnalysis a)
    {
        var k = a.Marker - 1;
        if (k < 1 || !_p.IsWordAt(k, "or") || !_p.SameSentence(k, a.Marker))
        {
            return false;
        }
        var before = _p[k - 1].IsPunct(',') ? k - 2 : k - 1;
        return before >= 0 && _p[before].IsQuote && _p.SameSentence(before, a.Marker)
            && _analyses[_analysisByMarker[before]].Kind == QuotationKind.Label;
    }

    /// <summary>
    /// "The decision," he said, "was hard." becomes one quotation: "The decision … was hard.";
    /// so does "The decision", he said, "was hard." with the comma outside the marks.
    /// </summary>
    private void TryMergeInterrupted(QuoteAnalysis a, Attribution post)
    {
        var commaOutside = a.Marker + 1 < _p.Count && _p.SameSentence(a.Marker, a.Marker + 1) && _p[a.Marker + 1].IsPunct(',');
        if (a.Span.LastChar is not (',' or '—' or '–' or ';') && !commaOutside || post.Verb < 0)
        {
            return;
        }
        for (var k = post.Verb + 1; k < _p.Count && _p.SameSentence(k, post.Verb); k++)
        {
            if (!_p[k].IsQuote)
            {
                continue;
            }
            if (!(_p[k - 1].IsPunct(',') || _p[k - 1].IsPunct('—') || _p[k - 1].IsPunct('–') || _p[k - 1].IsPunct(';')))
            {
                return;
            }
            var next = _analyses[_analysisByMarker[k]];
            // "I" is written with a capital wherever it stands: ""On behalf of the club," wrote Ana Ruiz, "I thank …"",
            // when nothing but the attribution stands between the two parts; after "said Ruiz;" a new sentence opens.
            if (next.Text.Length == 0
                || !char.IsLower(next.Text[0]) && !(OpensWithI(next.Text) && !_p[k - 1].IsPunct(';') && OnlyAttributionBetween(a.Marker, k)))
            {
                return;
            }
            Join(a, next);
            return;
        }
        // "The bridge was empty at the time …," said Roth. "but it could have been full": a quotation in
        // lower case right after the attribution's full stop goes on with the one it interrupted.
        var after = _p.SentenceLast(post.Verb) + 1;
        if (after < _p.Count && _p[after].IsQuote && _p[after].Paragraph == _p[post.Verb].Paragraph
            && _analyses[_analysisByMarker[after]] is { Text.Length: > 0 } lower && char.IsLower(lower.Text[0]))
        {
            Join(a, lower);
        }
    }

    /// <summary>At most a few words between two quotation marks, none opening a clause of its own ("adding", "but").</summary>
    private bool OnlyAttributionBetween(int close, int open)
    {
        var words = 0;
        for (var t = close + 1; t < open; t++)
        {
            if (!_p[t].IsWord)
            {
                continue;
            }
            if (++words > MaxAttributionWords || Lexicon.Subordinators.Contains(_p[t].Text) || _p[t].Text is "and" or "but" or "then"
                || _p[t].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private const int MaxAttributionWords = 8;

    private static bool OpensWithI(string text) =>
        text.Length > 1 && text[0] == 'I' && text[1] is ' ' or '\'' or '’';

    /// <summary>The rest of an interrupted quotation joined onto its start, with an ellipsis where the attribution stood.</summary>
    private static void Join(QuoteAnalysis start, QuoteAnalysis rest)
    {
        rest.Merged = true;
        start.Text = start.Text.TrimEnd(',', ' ') + " … " + rest.Text;
    }

}
