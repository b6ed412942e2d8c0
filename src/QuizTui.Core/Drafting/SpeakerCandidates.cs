namespace QuizTui.Core.Drafting;

/// <summary>
/// One possible speaker of a speech quotation, with the features the speaker ranker scores
/// (<see cref="SpeakerRanker.FeatureNames"/>, in that order).
/// </summary>
/// <param name="Name">The full name the drafter would print.</param>
/// <param name="Kind">Person, organisation, or a role when only the rules name it.</param>
/// <param name="Features">One value per feature.</param>
public sealed record SpeakerCandidate(string Name, SpeakerKind Kind, IReadOnlyList<double> Features);

/// <summary>
/// Collects the candidate speakers of a speech quotation: every person and organisation the
/// article names (in full, by surname, or by a he/she/they/it the resolver maps to them) in the
/// quotation's paragraph, the paragraph before or the sentence after, plus the rules' own choice.
/// </summary>
internal sealed class SpeakerCandidates(Prose p, SpeakerResolver speakers, List<QuoteAnalysis> analyses, Resolution?[] rules)
{
    private readonly Prose _p = p;
    private readonly SpeakerResolver _speakers = speakers;
    private readonly List<QuoteAnalysis> _analyses = analyses;

    /// <summary>The rules' speaker of each analysis, before any ranking, so features never depend on the ranker.</summary>
    private readonly Resolution?[] _rules = rules;

    /// <summary>Mentions of each person in the whole article, counted once per article rather than per quotation.</summary>
    private Dictionary<NamedPerson, int>? _personCounts;

    /// <summary>Names as the scoring folds them, by name.</summary>
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

    /// <summary>Each pronoun token's resolution, since neighbouring quotations share sentences.</summary>
    private readonly Dictionary<int, Resolution> _pronouns = [];

    /// <summary>The folded names of people and organisations named in the first paragraph, found once per article.</summary>
    private HashSet<string>? _firstParagraph;

    private readonly record struct Mention(int Token, string Name, SpeakerKind Kind, bool AsSubject, Gender Gender, int ArticleMentions);

    /// <summary>The candidates for the quotation at <paramref name="index"/>, the rules' choice first when it has one.</summary>
    public List<SpeakerCandidate> For(int index)
    {
        var a = _analyses[index];
        var marker = a.Marker;
        var mentions = MentionsNear(a);
        var names = new List<(string Name, SpeakerKind Kind)>();
        var rulesName = _rules[index]?.Name;
        if (rulesName is not null)
        {
            names.Add((rulesName, _rules[index]!.Kind));
        }
        foreach (var m in mentions)
        {
            if (!names.Exists(n => Alike(n.Name, m.Name)))
            {
                names.Add((m.Name, m.Kind));
            }
        }
        var previousSpeaker = PreviousSpeaker(index);
        var previousParagraphLast = LastSpeakerOfParagraph(a.Span.Paragraph - 1, index);
        var sentence = _p[marker].Sentence;
        var pronounGender = PronounGenderInSentence(marker);
        var candidates = new List<SpeakerCandidate>(names.Count);
        foreach (var (name, kind) in names)
        {
            var own = mentions.Where(m => Alike(m.Name, name)).ToList();
            var x = new double[SpeakerRanker.FeatureCount];
            var isRules = rulesName is not null && Alike(rulesName, name);
            x[SpeakerRanker.RulesChoice] = isRules ? 1 : 0;
            x[SpeakerRanker.RulesConfidence] = isRules ? _rules[index]!.Rank : 0;
            x[SpeakerRanker.SameSentence] = own.Exists(m => _p[m.Token].Sentence == sentence) ? 1 : 0;
            x[SpeakerRanker.JustBefore] = own.Exists(m => m.Token < marker && marker - m.Token <= 5 && _p[m.Token].Sentence == sentence) ? 1 : 0;
            x[SpeakerRanker.JustAfter] = own.Exists(m => m.Token > marker && m.Token - marker <= 4 && _p[m.Token].Sentence - sentence <= 1) ? 1 : 0;
            x[SpeakerRanker.LogDistance] = own.Count == 0 ? Math.Log(1 + 200) : Math.Log(1 + own.Min(m => Math.Abs(m.Token - marker)));
            x[SpeakerRanker.NearSpeechVerb] = own.Count > 0 && NearSpeechVerb(own.MinBy(m => Math.Abs(m.Token - marker)).Token) ? 1 : 0;
            x[SpeakerRanker.InParagraphBefore] = own.Exists(m => _p[m.Token].Paragraph == a.Span.Paragraph - 1) ? 1 : 0;
            x[SpeakerRanker.PreviousSpeaker] = previousSpeaker is not null && Alike(previousSpeaker, name) ? 1 : 0;
            x[SpeakerRanker.ParagraphBeforeEndsWithIt] = previousParagraphLast is not null && Alike(previousParagraphLast, name) ? 1 : 0;
            x[SpeakerRanker.LogArticleMentions] = Math.Log(1 + (own.Count > 0 ? own.Max(m => m.ArticleMentions) : ArticleMentions(name)));
            x[SpeakerRanker.InHeadline] = NamedInFirstParagraph(name) ? 1 : 0;
            x[SpeakerRanker.IsPerson] = kind == SpeakerKind.Person ? 1 : 0;
            x[SpeakerRanker.IsRole] = kind is SpeakerKind.Role or SpeakerKind.Unknown ? 1 : 0;
            x[SpeakerRanker.AsSubject] = own.Exists(m => m.AsSubject) ? 1 : 0;
            var gender = own.Count > 0 ? own[0].Gender : _p.Entities.FindPerson(name)?.Gender ?? Gender.Unknown;
            x[SpeakerRanker.PronounAgrees] = pronounGender == Gender.Unknown || gender == Gender.Unknown ? 0 : gender == pronounGender ? 1 : -1;
            // The rules often print part of a name: a surname where the article gives the full
            // name elsewhere ("Ruiz" for Ana Ruiz), or a name with words before it that are no
            // part of it ("Councillor Ana Ruiz", "Mr. Ruiz"). A candidate that is the rest or
            // the core of the rules' name is most likely the same person, named as gold names them.
            x[SpeakerRanker.FullerThanRules] = !isRules && rulesName is not null && EndsWithName(name, rulesName) ? 1 : 0;
            x[SpeakerRanker.InsideRules] = !isRules && rulesName is not null && EndsWithName(rulesName, name) ? 1 : 0;
            candidates.Add(new SpeakerCandidate(name, kind, x));
        }
        return candidates;
    }

    /// <summary>Whether <paramref name="longer"/> is <paramref name="shorter"/> with whole words before it, folded as the scoring folds names.</summary>
    internal static bool EndsWithName(string longer, string shorter)
    {
        var l = QuotationSpanScoring.FoldName(longer);
        var s = QuotationSpanScoring.FoldName(shorter);
        return s.Length > 0 && l.Length > s.Length && l.EndsWith(" " + s, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two names for one speaker, compared as the scoring compares them, each name folded once per
    /// article: candidates and mentions are compared many times.
    /// </summary>
    private bool Alike(string a, string b) => ReferenceEquals(a, b) || Fold(a) == Fold(b);

    private string Fold(string name)
    {
        if (!_folded.TryGetValue(name, out var folded))
        {
            folded = QuotationSpanScoring.FoldName(name);
            _folded[name] = folded;
        }
        return folded;
    }

    /// <summary>Mentions in the window: the paragraph before, the quotation's own paragraphs, and the sentence after.</summary>
    private List<Mention> MentionsNear(QuoteAnalysis a)
    {
        var first = a.Span.Paragraph - 1;
        var last = a.Span.EndParagraph;
        var nextSentence = _p[a.Marker].Sentence + 1;
        bool InWindow(int k) => _p[k].Paragraph >= first && _p[k].Paragraph <= last || _p[k].Sentence == nextSentence;
        var mentions = new List<Mention>();
        foreach (var m in _p.Entities.PersonMentions)
        {
            if (InWindow(m.Token))
            {
                mentions.Add(new Mention(m.Token, m.Person.FullName, SpeakerKind.Person, m.AsSubject, m.Person.Gender, PersonMentionCount(m.Person)));
            }
        }
        foreach (var (token, org) in _p.Entities.OrganisationMentions)
        {
            if (InWindow(token))
            {
                mentions.Add(new Mention(token, org.Name, SpeakerKind.Organisation, false, Gender.Unknown, org.Mentions));
            }
        }
        // A pronoun in the quotation's sentence or the next stands for whoever the resolver says.
        var sentence = _p[a.Marker].Sentence;
        for (var k = _p.SentenceStart(a.Marker); k < _p.Count && _p[k].Sentence <= sentence + 1; k++)
        {
            if (_p[k].IsWord && _p[k].Text.ToLowerInvariant() is "he" or "she" or "they" or "it"
                && Pronoun(k) is { Resolved: true } r)
            {
                var person = r.Kind == SpeakerKind.Person ? _p.Entities.FindPerson(r.Name!) : null;
                mentions.Add(new Mention(k, r.Name!, r.Kind, true, person?.Gender ?? Gender.Unknown, ArticleMentions(r.Name!)));
            }
        }
        mentions.Sort((x, y) => x.Token.CompareTo(y.Token));
        return mentions;
    }

    private Resolution Pronoun(int token)
    {
        if (!_pronouns.TryGetValue(token, out var resolution))
        {
            resolution = _speakers.ResolvePronoun(_p[token].Text.ToLowerInvariant(), token);
            _pronouns[token] = resolution;
        }
        return resolution;
    }

    private int PersonMentionCount(NamedPerson person)
    {
        if (_personCounts is null)
        {
            _personCounts = [];
            foreach (var m in _p.Entities.PersonMentions)
            {
                _personCounts[m.Person] = _personCounts.GetValueOrDefault(m.Person) + 1;
            }
        }
        return _personCounts.GetValueOrDefault(person);
    }

    private int ArticleMentions(string name)
    {
        if (_p.Entities.FindPerson(name) is { } person && Alike(person.FullName, name))
        {
            return PersonMentionCount(person);
        }
        return _p.Entities.Organisations.FirstOrDefault(o => Alike(o.Name, name))?.Mentions ?? 0;
    }

    private bool NearSpeechVerb(int token)
    {
        for (var k = Math.Max(0, token - 3); k <= token + 3 && k < _p.Count; k++)
        {
            if (_p.SameSentence(k, token) && _p[k].IsWord && Lexicon.IsSpeechVerb(_p[k].Text.ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }

    private string? PreviousSpeaker(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!_analyses[i].Merged && _analyses[i].Kind == QuotationKind.Speech)
            {
                return _rules[i]?.Name;
            }
        }
        return null;
    }

    private string? LastSpeakerOfParagraph(int paragraph, int before)
    {
        for (var i = before - 1; i >= 0 && _analyses[i].Span.EndParagraph >= paragraph; i--)
        {
            if (_analyses[i].Span.EndParagraph == paragraph && !_analyses[i].Merged)
            {
                return _analyses[i].Kind == QuotationKind.Speech ? _rules[i]?.Name : null;
            }
        }
        return null;
    }

    private Gender PronounGenderInSentence(int marker)
    {
        var sentence = _p[marker].Sentence;
        for (var k = _p.SentenceStart(marker); k < _p.Count; k++)
        {
            if (_p[k].IsWord && _p[k].Text.ToLowerInvariant() is "he" or "she")
            {
                return _p[k].Text.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;
            }
            if (_p[k].Sentence > sentence)
            {
                break;
            }
        }
        return Gender.Unknown;
    }

    private bool NamedInFirstParagraph(string name)
    {
        if (_firstParagraph is null)
        {
            _firstParagraph = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in _p.Entities.PersonMentions.Where(m => _p[m.Token].Paragraph == 0))
            {
                _firstParagraph.Add(Fold(m.Person.FullName));
            }
            foreach (var m in _p.Entities.OrganisationMentions.Where(m => _p[m.Token].Paragraph == 0))
            {
                _firstParagraph.Add(Fold(m.Organisation.Name));
            }
        }
        return _firstParagraph.Contains(Fold(name));
    }
}
