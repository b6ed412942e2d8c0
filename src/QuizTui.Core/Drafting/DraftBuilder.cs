using System.Text;

namespace QuizTui.Core.Drafting;

/// <summary>The subject and verb of an attribution, as token indices.</summary>
internal sealed record Attribution(List<int> Subject, int Verb, string VerbText, int ContextFrom, int ContextTo, string? DocumentNoun = null);

/// <summary>A speaker found for a quotation.</summary>
internal sealed record Resolution(string? Name, SpeakerKind Kind, double Confidence, string Reason)
{
    public static Resolution Unresolved(string reason) => new(null, SpeakerKind.Unknown, 0.2, reason);

    public bool Resolved => Name is not null;
}

internal sealed class QuoteAnalysis(QuoteSpan span, int marker)
{
    public QuoteSpan Span { get; } = span;

    public int Marker { get; } = marker;

    public string Text { get; set; } = span.Text;

    public Attribution? Direct { get; set; }

    public bool RegionEmpty { get; set; }

    public bool OpensParagraph { get; set; }

    public QuotationKind Kind { get; set; }

    public Resolution? Speaker { get; set; }

    public string? Verb { get; set; }

    public string Channel { get; set; } = "other";

    public bool Merged { get; set; }
}

/// <summary>Works through one article: attributions, speakers, kinds, then the draft list.</summary>
internal sealed class DraftBuilder
{
    private const int LabelMaxWords = 6;

    private readonly ArticleText _article;
    private readonly List<QuoteSpan> _spans;
    private readonly List<Token> _tokens;
    private readonly EntityIndex _entities;
    private readonly List<QuoteAnalysis> _analyses = [];
    private readonly Dictionary<int, int> _analysisByOpen = [];

    public DraftBuilder(ArticleText article, List<QuoteSpan> spans)
    {
        _article = article;
        _spans = spans;
        var byOpen = new Dictionary<int, QuoteSpan>(spans.Count);
        var prose = article.Text.ToCharArray();
        foreach (var span in spans)
        {
            byOpen[span.Open] = span;
            Array.Fill(prose, ' ', span.Open, span.Close - span.Open + 1);
            prose[span.Open] = Tokenizer.QuoteMarker;
        }
        _tokens = Tokenizer.Tokenize(new string(prose), article.Paragraphs, open => byOpen[open].LastChar);
        _entities = new EntityIndex(_tokens);
        for (var t = 0; t < _tokens.Count; t++)
        {
            if (_tokens[t].IsQuote)
            {
                _analysisByOpen[_tokens[t].Start] = _analyses.Count;
                _analyses.Add(new QuoteAnalysis(byOpen[_tokens[t].Start], t));
            }
        }
    }

    public IReadOnlyList<DraftQuotation> Build()
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
        return Collect();
    }

    private Token T(int index) => _tokens[index];

    private bool IsWordAt(int index, string word) =>
        index < _tokens.Count && _tokens[index].IsWord && _tokens[index].Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    private void Analyse(QuoteAnalysis a)
    {
        if (a.Merged)
        {
            return;
        }
        var post = FindAfter(a);
        var pre = FindBefore(a, out var attached, out var regionEmpty, out var afterColon);
        a.RegionEmpty = regionEmpty;
        a.OpensParagraph = regionEmpty && (a.Marker == 0 || T(a.Marker - 1).Paragraph != T(a.Marker).Paragraph);
        var sentenceInitial = regionEmpty || afterColon || attached && pre is not null;
        var words = a.Span.WordCount;
        // A short quoted phrase inside the reporter's sentence that ends that sentence ('described
        // the smoke as "apocalyptic."') is not attributed by whoever speaks in the next sentence.
        if (post is not null && !sentenceInitial && words <= LabelMaxWords && a.Span.LastChar is '.' or '!' or '?')
        {
            post = null;
        }
        var speech = a.Span.EndParagraph > a.Span.Paragraph
            || post is not null
            || sentenceInitial && (words >= 3 || pre is not null)
            || words > LabelMaxWords && pre is not null;
        a.Kind = speech ? QuotationKind.Speech : QuotationKind.Label;
        var direct = post ?? pre;
        if (direct is null)
        {
            return;
        }
        a.Direct = direct;
        a.Verb = direct.VerbText;
        a.Speaker = Resolve(direct.Subject);
        a.Channel = GuessChannel(direct);
        if (post is not null)
        {
            TryMergeInterrupted(a, post);
        }
    }

    /// <summary>"The decision," he said, "was hard." becomes one quotation.</summary>
    private void TryMergeInterrupted(QuoteAnalysis a, Attribution post)
    {
        if (a.Span.LastChar != ',')
        {
            return;
        }
        var sentence = T(post.Verb).Sentence;
        for (var k = post.Verb + 1; k < _tokens.Count && T(k).Sentence == sentence; k++)
        {
            if (!T(k).IsQuote)
            {
                continue;
            }
            if (!T(k - 1).IsPunct(','))
            {
                return;
            }
            var next = _analyses[_analysisByOpen[T(k).Start]];
            if (next.Text.Length == 0 || !char.IsLower(next.Text[0]))
            {
                return;
            }
            next.Merged = true;
            a.Text = a.Text.TrimEnd(',', ' ') + " … " + next.Text;
            return;
        }
    }

    // ---- attribution after the quotation ----

    private Attribution? FindAfter(QuoteAnalysis a)
    {
        var paragraph = a.Span.EndParagraph;
        var j = a.Marker + 1;
        while (j < _tokens.Count && T(j).Paragraph == paragraph && T(j).Kind == TokenKind.Punct
               && T(j).Text[0] is ',' or ';' or '—' or '–' or '-')
        {
            j++;
        }
        if (j >= _tokens.Count || T(j).Paragraph != paragraph || !T(j).IsWord)
        {
            return null;
        }
        var strict = a.Span.LastChar == '.';

        if (IsWordAt(j, "according") && IsWordAt(j + 1, "to"))
        {
            return AccordingTo(j, j + 2);
        }

        if (Lexicon.IsSpeechVerb(T(j).Text) && !Lexicon.Participles.Contains(T(j).Text))
        {
            // "…," said Mayor Jane Doe.
            var subject = NounPhraseForward(j + 1);
            if (subject.Count == 0 || !IsSubject(subject))
            {
                return null;
            }
            return new Attribution(subject, j, T(j).Text, j, SentenceEnd(j));
        }

        var head = new List<int>();
        var headClosed = false;
        var sentence = T(j).Sentence;
        for (var k = j; k < _tokens.Count && k < j + 16; k++)
        {
            var t = T(k);
            if (t.Paragraph != paragraph || t.IsQuote || t.Sentence != sentence)
            {
                return null;
            }
            if (t.Kind == TokenKind.Punct)
            {
                if (t.Text[0] == ',')
                {
                    headClosed |= head.Count > 0;
                    continue;
                }
                if (t.Text[0] is '(' or ')' || t.Text[0] == '.' && k > 0 && T(k - 1).IsWord && T(k - 1).Text.Length == 1)
                {
                    continue;
                }
                return null;
            }
            if (head.Count > 0 && !t.IsCapitalised && Lexicon.IsSpeechVerb(t.Text) && !Lexicon.Participles.Contains(t.Text))
            {
                if (head.Count > 8 || Lexicon.NotInSubject.Contains(T(head[0]).Text) || T(head[0]).Text is "and" or "but" or "who")
                {
                    return null;
                }
                if (strict && (headClosed || head.Count > 5 || !EndsSoon(k)))
                {
                    return null;
                }
                return new Attribution(head, k, t.Text, j, SentenceEnd(k));
            }
            if (headClosed)
            {
                continue; // an appositive or relative clause: "Keiser, who joined in July, said"
            }
            if (head.Count > 0 && Lexicon.Adverbs.Contains(t.Text))
            {
                continue;
            }
            if (Lexicon.NotInSubject.Contains(t.Text))
            {
                return null;
            }
            head.Add(k);
        }
        return null;
    }

    /// <summary>True when the sentence ends within a few words of the verb and reports nothing further.</summary>
    private bool EndsSoon(int verb)
    {
        var sentence = T(verb).Sentence;
        var count = 0;
        for (var k = verb + 1; k < _tokens.Count && T(k).Sentence == sentence; k++)
        {
            if (T(k).IsQuote || IsWordAt(k, "that") || ++count > 8)
            {
                return false;
            }
        }
        return true;
    }

    private Attribution? AccordingTo(int according, int from)
    {
        var subject = NounPhraseForward(from);
        if (subject.Count == 0)
        {
            return null;
        }
        string? document = null;
        var last = T(subject[^1]).Text.ToLowerInvariant();
        var after = subject[^1] + 1;
        if (IsDocumentNoun(last) && after < _tokens.Count && T(after).Text is "from" or "by" or "of")
        {
            // "according to a statement from the council"
            var owner = NounPhraseForward(after + 1);
            if (owner.Count > 0)
            {
                document = last;
                subject = owner;
            }
        }
        if (!IsSubject(subject))
        {
            return null;
        }
        return new Attribution(subject, according, "according to", according, SentenceEnd(according), document);
    }

    private static bool IsDocumentNoun(string word) =>
        word is "statement" or "release" or "email" or "e-mail" or "post" or "tweet" or "letter" or "memo"
            or "report" or "filing" or "documents" or "document" or "website" or "transcript" or "interview";

    /// <summary>A name or noun phrase after a verb: up to punctuation or a preposition.</summary>
    private List<int> NounPhraseForward(int from)
    {
        var phrase = new List<int>();
        if (from >= _tokens.Count)
        {
            return phrase;
        }
        var sentence = T(from).Sentence;
        for (var k = from; k < _tokens.Count && phrase.Count < 8 && T(k).Sentence == sentence; k++)
        {
            var t = T(k);
            if (t.Kind == TokenKind.Punct)
            {
                if (t.Text[0] == '.' && phrase.Count > 0 && T(k - 1).Text.Length == 1 && char.IsUpper(T(k - 1).Text[0]))
                {
                    continue; // an initial
                }
                break;
            }
            if (!t.IsWord || phrase.Count > 0 && Lexicon.Prepositions.Contains(t.Text) && !t.IsCapitalised)
            {
                break;
            }
            if (phrase.Count == 0 && Lexicon.Prepositions.Contains(t.Text) && !Lexicon.Determiners.Contains(t.Text))
            {
                break;
            }
            phrase.Add(k);
            if (t.IsPossessive)
            {
                break;
            }
        }
        return phrase;
    }

    private int SentenceEnd(int from)
    {
        var sentence = T(from).Sentence;
        var k = from;
        while (k + 1 < _tokens.Count && T(k + 1).Sentence == sentence && !T(k + 1).IsQuote)
        {
            k++;
        }
        return k;
    }

    // ---- attribution before the quotation ----

    private Attribution? FindBefore(QuoteAnalysis a, out bool attached, out bool regionEmpty, out bool afterColon)
    {
        var m = a.Marker;
        var sentence = T(m).Sentence;
        var s0 = m;
        while (s0 > 0 && T(s0 - 1).Sentence == sentence)
        {
            s0--;
        }
        regionEmpty = s0 == m;
        attached = false;
        afterColon = false;
        if (regionEmpty)
        {
            return null;
        }
        var previous = T(m - 1);
        afterColon = previous.IsPunct(':');
        attached = afterColon || previous.IsPunct(',') || previous.IsPunct('—');
        if (IsWordAt(s0, "according") && IsWordAt(s0 + 1, "to"))
        {
            var according = AccordingTo(s0, s0 + 2);
            if (according is not null)
            {
                return according with { ContextTo = m - 1 };
            }
        }
        for (var k = s0; k < m; k++)
        {
            var t = T(k);
            if (!t.IsWord || t.IsCapitalised && k > s0 || !Lexicon.IsSpeechVerb(t.Text) || Lexicon.Participles.Contains(t.Text))
            {
                continue;
            }
            var subject = SubjectBefore(s0, k);
            if (subject is not null)
            {
                return new Attribution(subject, k, t.Text, s0, m - 1);
            }
        }
        return null;
    }

    /// <summary>
    /// The subject of a verb, looking back through comma-separated segments and skipping
    /// appositives, relative clauses and introductory phrases ("On Thursday, …", "…, in a statement, …").
    /// </summary>
    private List<int>? SubjectBefore(int s0, int verb)
    {
        var end = verb;
        while (end > s0 && T(end - 1).IsWord && Lexicon.Adverbs.Contains(T(end - 1).Text))
        {
            end--;
        }
        var segments = new List<(int Start, int End)>();
        var segStart = s0;
        for (var k = s0; k < end; k++)
        {
            if (T(k).IsQuote)
            {
                segments.Clear();
                segStart = k + 1;
            }
            else if (T(k).IsPunct(',') || T(k).IsPunct(':') || T(k).IsPunct(';'))
            {
                segments.Add((segStart, k));
                segStart = k + 1;
            }
        }
        segments.Add((segStart, end));
        for (var s = segments.Count - 1; s >= 0; s--)
        {
            var (start, stop) = segments[s];
            while (start < stop && T(start).IsWord && T(start).Text.ToLowerInvariant() is "and" or "but" or "so" or "then" or "also" or "meanwhile")
            {
                start++;
            }
            if (start >= stop)
            {
                if (s == segments.Count - 1 && s > 0)
                {
                    continue; // "Keiser, in a statement, said": the comma right before the verb
                }
                return null;
            }
            var first = T(start).Text.ToLowerInvariant();
            if (first is "who" or "whose" or "which")
            {
                continue;
            }
            if (s > 0 && (Lexicon.Prepositions.Contains(first) && !Lexicon.Determiners.Contains(first) || IsTimeWord(first) && stop - start <= 2))
            {
                continue;
            }
            if (s > 0 && first is "a" or "an" or "the" && ContainsRoleNoun(start, stop) && T(segments[s - 1].End - 1).IsCapitalised)
            {
                continue; // an appositive: "Sam Doe, a teacher at the school, said"
            }
            if (stop - start > 8)
            {
                return null;
            }
            var subject = new List<int>();
            for (var k = start; k < stop; k++)
            {
                var t = T(k);
                if (t.Kind == TokenKind.Punct && !(t.Text[0] == '.' && k > start && T(k - 1).Text.Length == 1))
                {
                    return null;
                }
                if (t.IsWord && (Lexicon.NotInSubject.Contains(t.Text) || Lexicon.IsSpeechVerb(t.Text) && !t.IsCapitalised))
                {
                    return null;
                }
                if (t.IsWord)
                {
                    subject.Add(k);
                }
            }
            if (subject.Count > 0 && Lexicon.Prepositions.Contains(T(subject[0]).Text) && !Lexicon.Determiners.Contains(T(subject[0]).Text))
            {
                return null;
            }
            return subject.Count > 0 && IsSubject(subject) ? subject : null;
        }
        return null;
    }

    private static bool IsTimeWord(string word) =>
        word is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
            or "today" or "yesterday" or "earlier" or "later" or "meanwhile" or "however" or "separately";

    private bool ContainsRoleNoun(int start, int stop)
    {
        for (var k = start; k < stop; k++)
        {
            if (T(k).IsWord && Lexicon.RoleNouns.Contains(T(k).Bare))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A plausible subject: a pronoun, a name, or a phrase ending in a noun we know.</summary>
    private bool IsSubject(List<int> subject)
    {
        if (subject.Count == 1 && Lexicon.Pronouns.Contains(T(subject[0]).Text))
        {
            return true;
        }
        foreach (var k in subject)
        {
            if (T(k).IsCapitalised && !Lexicon.NotNames.Contains(T(k).Text))
            {
                return true;
            }
        }
        var head = T(subject[^1]).Bare;
        return Lexicon.RoleNouns.Contains(head) || Lexicon.OrganisationNouns.Contains(head)
            || head.EndsWith('s') && Lexicon.RoleNouns.Contains(head[..^1]) || subject.Count <= 4 && Lexicon.Determiners.Contains(T(subject[0]).Text);
    }

    // ---- speakers ----

    private Resolution Resolve(List<int> subject)
    {
        var at = subject[0];
        if (subject.Count == 1 && Lexicon.Pronouns.Contains(T(at).Text))
        {
            return ResolvePronoun(T(at).Text.ToLowerInvariant(), at);
        }
        var runs = EntityIndex.RunsIn(_tokens, subject[0], subject[^1] + 1);
        var headToken = T(subject[^1]);
        NameRun? multi = null;
        foreach (var run in runs)
        {
            if (run.Count >= 2)
            {
                multi = run;
            }
        }
        if (multi is { } named)
        {
            if (_entities.FindOrganisation(named.Name) is { } org)
            {
                return new Resolution(org.Name, SpeakerKind.Organisation, 0.9, "organisation named in the attribution");
            }
            if (_entities.FindPerson(named.Name) is { } known)
            {
                return new Resolution(known.FullName, SpeakerKind.Person, 0.95, "named in the attribution");
            }
            return new Resolution(named.Name, SpeakerKind.Person, 0.85, "named in the attribution");
        }
        if (headToken.IsWord && Lexicon.RoleNouns.Contains(headToken.Bare))
        {
            return ResolveRole(subject, headToken.Bare);
        }
        if (runs.Count > 0)
        {
            var run = runs[^1];
            if (_entities.FindOrganisation(run.Name) is { } org)
            {
                return new Resolution(org.Name, SpeakerKind.Organisation, 0.9, "organisation named in the attribution");
            }
            if (_entities.FindPersonBySurname(run.Name, at) is { } person)
            {
                return person.FullName == run.Name
                    ? new Resolution(person.FullName, SpeakerKind.Person, 0.9, "named in the attribution")
                    : new Resolution(person.FullName, SpeakerKind.Person, 0.9, $"\"{run.Name}\" refers back to {person.FullName}");
            }
            if (_entities.FindPerson(run.Name) is { } byName)
            {
                return new Resolution(byName.FullName, SpeakerKind.Person, 0.85, "named in the attribution");
            }
            if (T(run.First).IsAcronym)
            {
                return new Resolution(run.Name, SpeakerKind.Organisation, 0.8, "an acronym taken as an organisation");
            }
            if (run.Last == subject[^1])
            {
                return new Resolution(run.Name, SpeakerKind.Person, 0.6, "a single name the article does not introduce");
            }
        }
        if (headToken.IsWord && !headToken.IsCapitalised && Lexicon.OrganisationNouns.Contains(headToken.Text))
        {
            return ResolveOrganisationNoun(headToken.Text.ToLowerInvariant(), at, subject);
        }
        return new Resolution(RoleText(subject), SpeakerKind.Role, 0.5, "a description, not a name");
    }

    private string RoleText(List<int> subject)
    {
        var words = subject.Select(k => T(k).Text).SkipWhile(w => Lexicon.Determiners.Contains(w)).ToList();
        if (words.Count == 0)
        {
            words = subject.Select(k => T(k).Text).ToList();
        }
        return string.Join(' ', words);
    }

    private Resolution ResolvePronoun(string pronoun, int at)
    {
        var mentions = _entities.PersonMentions;
        switch (pronoun)
        {
            case "he" or "she":
                var gender = pronoun == "he" ? Gender.Male : Gender.Female;
                for (var i = mentions.Count - 1; i >= 0; i--)
                {
                    var (token, person) = mentions[i];
                    if (token < at && (person.Gender == Gender.Unknown || person.Gender == gender))
                    {
                        return new Resolution(person.FullName, SpeakerKind.Person, person.Gender == gender ? 0.85 : 0.75,
                            $"\"{pronoun}\" refers back to the most recent {(person.Gender == gender ? "agreeing " : "")}person named");
                    }
                }
                return Resolution.Unresolved($"\"{pronoun}\" with no earlier person named");
            case "they":
                var lastPerson = mentions.LastOrDefault(m => m.Token < at && m.Person.Gender == Gender.Unknown);
                var lastOrg = _entities.OrganisationMentions.LastOrDefault(m => m.Token < at);
                if (lastPerson.Person is not null && (lastOrg.Organisation is null || lastPerson.Token > lastOrg.Token))
                {
                    return new Resolution(lastPerson.Person.FullName, SpeakerKind.Person, 0.6, "\"they\" refers back to the most recent person named");
                }
                if (lastOrg.Organisation is not null)
                {
                    return new Resolution(lastOrg.Organisation.Name, SpeakerKind.Organisation, 0.55, "\"they\" refers back to the most recent organisation named");
                }
                return Resolution.Unresolved("\"they\" with no earlier person or organisation named");
            case "it":
                var org = _entities.OrganisationMentions.LastOrDefault(m => m.Token < at).Organisation;
                return org is null
                    ? Resolution.Unresolved("\"it\" with no earlier organisation named")
                    : new Resolution(org.Name, SpeakerKind.Organisation, 0.7, "\"it\" refers back to the most recent organisation named");
            default:
                return Resolution.Unresolved($"\"{pronoun}\" does not say who");
        }
    }

    /// <summary>"the CEO", "a spokeswoman": the person the article gives that title, if any.</summary>
    private Resolution ResolveRole(List<int> subject, string role)
    {
        var at = subject[0];
        NamedPerson? best = null;
        var bestToken = int.MinValue;
        NamedPerson? firstAfter = null;
        foreach (var (token, person) in _entities.PersonMentions)
        {
            if (!person.HasTitleWord(role))
            {
                continue;
            }
            if (token < at && token > bestToken)
            {
                best = person;
                bestToken = token;
            }
            else if (token > at && firstAfter is null)
            {
                firstAfter = person;
            }
        }
        var chosen = best ?? firstAfter;
        if (chosen is not null)
        {
            return new Resolution(chosen.FullName, SpeakerKind.Person, 0.75, $"the {role} is {chosen.FullName}, named with that title");
        }
        return new Resolution(RoleText(subject), SpeakerKind.Role, 0.6, "the article names no one with this role");
    }

    /// <summary>"the company", "the agency": the organisation of that kind, or the one mentioned most.</summary>
    private Resolution ResolveOrganisationNoun(string noun, int at, List<int> subject)
    {
        Organisation? typed = null;
        Organisation? salient = null;
        foreach (var (token, org) in _entities.OrganisationMentions)
        {
            if (org.Types.Contains(noun) && token < at)
            {
                typed = org;
            }
            if (salient is null || org.Mentions > salient.Mentions)
            {
                salient = org;
            }
        }
        var chosen = typed ?? salient;
        if (chosen is null)
        {
            return new Resolution(RoleText(subject), SpeakerKind.Role, 0.5, "the article names no organisation");
        }
        return new Resolution(chosen.Name, SpeakerKind.Organisation, typed is null ? 0.65 : 0.75,
            typed is null
                ? $"\"the {noun}\" taken as {chosen.Name}, the organisation the article mentions most"
                : $"\"the {noun}\" refers back to {chosen.Name}");
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
                if (Take(a, _analyses[i], 0.95, "continues the attributed quotation before it in the paragraph"))
                {
                    return;
                }
            }
            for (var i = index + 1; i < _analyses.Count && _analyses[i].Span.Paragraph == a.Span.EndParagraph; i++)
            {
                if (_analyses[i].Direct is not null && Take(a, _analyses[i], 0.9, "shares the paragraph's attribution"))
                {
                    return;
                }
            }
            if (a.OpensParagraph && paragraph > 0)
            {
                for (var i = index - 1; i >= 0 && _analyses[i].Span.EndParagraph >= paragraph - 1; i--)
                {
                    var previous = _analyses[i];
                    if (previous.Span.EndParagraph == paragraph - 1 && previous.Kind == QuotationKind.Speech
                        && Take(a, previous, 0.9, "continues the quotation of the paragraph before"))
                    {
                        return;
                    }
                }
                if (ParaphraseSpeaker(paragraph - 1) is { } paraphrase)
                {
                    a.Speaker = paraphrase.Speaker with
                    {
                        Confidence = Math.Round(paraphrase.Speaker.Confidence * 0.7, 2),
                        Reason = "follows a paragraph reporting what this speaker said",
                    };
                    a.Verb = paraphrase.Verb;
                    a.Channel = paraphrase.Channel;
                    return;
                }
            }
        }
        a.Speaker = Resolution.Unresolved("no attribution found");
    }

    private static bool Take(QuoteAnalysis a, QuoteAnalysis source, double factor, string reason)
    {
        if (source.Speaker is not { Resolved: true } speaker || source.Kind != QuotationKind.Speech)
        {
            return false;
        }
        a.Speaker = speaker with { Confidence = Math.Round(speaker.Confidence * factor, 2), Reason = reason };
        a.Verb = source.Verb;
        a.Channel = source.Channel;
        return true;
    }

    /// <summary>The last "X said …" sentence of a paragraph without quotations.</summary>
    private (Resolution Speaker, string Verb, string Channel)? ParaphraseSpeaker(int paragraph)
    {
        (Resolution, string, string)? found = null;
        var k = 0;
        while (k < _tokens.Count && T(k).Paragraph < paragraph)
        {
            k++;
        }
        while (k < _tokens.Count && T(k).Paragraph == paragraph)
        {
            var s0 = k;
            var sentence = T(k).Sentence;
            while (k < _tokens.Count && T(k).Sentence == sentence)
            {
                k++;
            }
            for (var v = s0; v < k; v++)
            {
                var t = T(v);
                if (t.IsWord && !t.IsCapitalised && Lexicon.IsSpeechVerb(t.Text) && !Lexicon.Participles.Contains(t.Text)
                    && SubjectBefore(s0, v) is { } subject)
                {
                    var attribution = new Attribution(subject, v, t.Text, s0, k - 1);
                    var speaker = Resolve(subject);
                    if (speaker.Resolved)
                    {
                        found = (speaker, t.Text, GuessChannel(attribution));
                    }
                    break;
                }
            }
        }
        return found;
    }

    // ---- channel ----

    private string GuessChannel(Attribution attribution)
    {
        var verb = attribution.VerbText.ToLowerInvariant();
        if (verb.StartsWith("tweet", StringComparison.Ordinal))
        {
            return "tweet";
        }
        if (verb.StartsWith("email", StringComparison.Ordinal) || verb.StartsWith("e-mail", StringComparison.Ordinal))
        {
            return "email";
        }
        if (verb.StartsWith("post", StringComparison.Ordinal) || verb.StartsWith("blog", StringComparison.Ordinal))
        {
            return "post";
        }
        if (verb.StartsWith("testif", StringComparison.Ordinal))
        {
            return "speech";
        }
        var context = new StringBuilder(" ");
        if (attribution.DocumentNoun is not null)
        {
            context.Append(attribution.DocumentNoun).Append(' ');
        }
        for (var k = attribution.ContextFrom; k <= attribution.ContextTo && k < _tokens.Count; k++)
        {
            if (T(k).IsWord)
            {
                context.Append(T(k).Text.ToLowerInvariant()).Append(' ');
            }
        }
        var words = context.ToString();
        bool Has(string word) => words.Contains(" " + word + " ", StringComparison.Ordinal);
        if (Has("email") || Has("emailed") || Has("e-mail") || Has("e-mailed"))
        {
            return "email";
        }
        if (Has("tweet") || Has("twitter") || Has("tweets"))
        {
            return "tweet";
        }
        if (Has("press release") || Has("news release") || Has("release"))
        {
            return "press-release";
        }
        if (Has("facebook") || Has("instagram") || Has("linkedin") || Has("post") || Has("blog") || Has("tiktok"))
        {
            return "post";
        }
        if (Has("letter") || Has("memo"))
        {
            return "letter";
        }
        if (Has("statement"))
        {
            return "statement";
        }
        if (verb is "told" or "tell" or "tells" || Has("interview") || Has("podcast") || Has("reporters"))
        {
            return "interview";
        }
        if (Has("speech") || Has("rally") || Has("address") || Has("hearing") || Has("meeting") || Has("conference"))
        {
            return "speech";
        }
        return "other";
    }

    // ---- output ----

    private IReadOnlyList<DraftQuotation> Collect()
    {
        var drafts = new List<DraftQuotation>(_analyses.Count);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in _analyses)
        {
            if (a.Merged || a.Text.Length == 0 || !a.Text.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            var speaker = a.Speaker ?? Resolution.Unresolved("no attribution found");
            var (line, column) = _article.LineColumn(a.Span.Open);
            var draft = new DraftQuotation
            {
                Text = a.Text,
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
