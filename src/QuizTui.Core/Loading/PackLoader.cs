using System.Globalization;
using QuizTui.Core.Authoring;
using QuizTui.Core.Model;
using YamlDotNet.Core;

namespace QuizTui.Core.Loading;

/// <summary>The files of one content pack: the folder holding event.yaml.</summary>
internal sealed class PackFiles(string directory)
{
    public string Directory { get; } = directory;
    public ContentFile? Event { get; set; }
    public List<ContentFile> Articles { get; } = [];
    public List<ContentFile> Quizzes { get; } = [];
}

/// <summary>
/// Loads and validates one pack: reads every file, then checks references across files, then builds
/// the <see cref="NewsEvent"/> when no error was found.
/// </summary>
internal sealed class PackLoader
{
    private static readonly Dictionary<string, Severity> Severities =
        DiagnosticCodes.All.ToDictionary(c => c.Code, c => c.Severity, StringComparer.Ordinal);

    private readonly List<Diagnostic> _diagnostics;
    private readonly LoadOptions _options;
    private readonly bool _checkReferences;
    private string _file = "";
    private int _errors;

    private readonly Dictionary<string, Dictionary<string, SourceLocation>> _ids = new(StringComparer.Ordinal);
    private readonly List<PendingReference> _references = [];
    private readonly List<Person> _people = [];
    private readonly List<Article> _articles = [];
    private readonly List<Func<Quiz?>> _quizzes = [];
    private readonly List<Action> _quizChecks = [];
    private readonly Dictionary<string, Quotation> _quotations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeyPoint> _keyPoints = new(StringComparer.Ordinal);

    // When a file that declares ids could not be read, references to those ids are not checked:
    // the reader would only see a cascade of "unknown" errors caused by the first one.
    private bool _peopleUnknown;
    private bool _articlesUnknown;

    private PackLoader(List<Diagnostic> diagnostics, LoadOptions options, bool checkReferences)
    {
        _diagnostics = diagnostics;
        _options = options;
        _checkReferences = checkReferences;
    }

    private enum RefKind
    {
        Person,
        Article,
        Quotation,
        KeyPoint,
    }

    private sealed record PendingReference(RefKind Kind, string Id, string File, YamlTree Node, string Where);

    /// <summary>Loads a pack; returns the event when the pack has no errors.</summary>
    public static NewsEvent? Load(PackFiles pack, LoadOptions options, List<Diagnostic> diagnostics, out SourceLocation? idLocation)
    {
        var loader = new PackLoader(diagnostics, options, checkReferences: pack.Event is not null);
        idLocation = null;
        return loader.Run(pack, ref idLocation);
    }

    private NewsEvent? Run(PackFiles pack, ref SourceLocation? idLocation)
    {
        EventHeader? header = null;
        if (pack.Event is { } eventFile)
            Guarded(eventFile, () => header = ReadEvent(eventFile));
        foreach (var file in pack.Articles)
            Guarded(file, () => ReadArticle(file));
        foreach (var file in pack.Quizzes)
            Guarded(file, () => ReadQuiz(file));

        if (!_checkReferences)
        {
            foreach (var file in pack.Articles.Concat(pack.Quizzes))
            {
                _file = file.Path;
                Report(DiagnosticCodes.ReferencesNotChecked, 1, 1,
                    "no event.yaml was found above this file, so references to people, articles and quotations were not checked.");
            }
            return null;
        }

        var quizzes = new List<Quiz>();
        Guarded(pack.Event!, () =>
        {
            CheckReferences();
            foreach (var check in _quizChecks)
                check();
            foreach (var build in _quizzes)
            {
                if (build() is { } quiz)
                    quizzes.Add(quiz);
            }
        });

        if (header is null)
            return null;
        idLocation = header.IdLocation;
        if (_errors > 0)
            return null;
        return new NewsEvent(header.Id, header.Title, header.Period, header.Overview, header.Tags, _people,
            header.Timeline, _articles, quizzes, pack.Directory);
    }

    private void Guarded(ContentFile file, Action action)
    {
        _file = file.Path;
        try
        {
            action();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _file = file.Path;
            Report(DiagnosticCodes.InternalError, 1, 1, $"the loader failed on this file ({ex.GetType().Name}: {ex.Message}); please report it with the file.");
        }
    }

    // ---------------------------------------------------------------- reporting

    internal void Report(string code, YamlTree at, string message) => Report(code, at.Line, at.Column, message);

    private void Report(string code, int line, int column, string message)
    {
        var severity = Severities.TryGetValue(code, out var s) ? s : Severity.Error;
        if (severity == Severity.Error)
            _errors++;
        _diagnostics.Add(new Diagnostic(_file, Math.Max(1, line), Math.Max(1, column), severity, code, message));
    }

    private SourceLocation Where(YamlTree node) => new(_file, node.Line, node.Column);

    // ---------------------------------------------------------------- parsing

    private YamlTree? Parse(ContentFile file)
    {
        if (file.Text.Contains('\0', StringComparison.Ordinal))
        {
            Report(DiagnosticCodes.YamlSyntax, 1, 1, "YAML syntax error: the file is not text (it holds binary data); a content file is plain text saved as UTF-8.");
            return null;
        }
        int undecodable = file.Text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (undecodable >= 0)
        {
            int line = 1 + file.Text.AsSpan(0, undecodable).Count('\n');
            int column = undecodable - (file.Text.LastIndexOf('\n', Math.Max(0, undecodable - 1)) + 1) + 1;
            Report(DiagnosticCodes.YamlSyntax, line, column,
                "YAML syntax error: this character is not UTF-8; the file was saved in another encoding (such as Windows-1252 or Latin-1). Save it as UTF-8 in your editor.");
            return null;
        }
        List<YamlTree> documents;
        try
        {
            documents = YamlTreeReader.Read(file.Text);
        }
        catch (YamlException ex)
        {
            var mark = ex.Start;
            string message = ex.InnerException is { } inner && ex.Message.StartsWith("(Line", StringComparison.Ordinal)
                ? inner.Message
                : ex.Message;
            message = CleanYamlMessage(message);
            int line = (int)Math.Min(int.MaxValue, mark.Line);
            int column = (int)Math.Min(int.MaxValue, mark.Column);
            if (YamlSyntaxHints.Explain(file.Text, line, column, message) is { } hint)
                Report(DiagnosticCodes.YamlSyntax, hint.Line, hint.Column, $"YAML syntax error: {hint.Message}.");
            else
                Report(DiagnosticCodes.YamlSyntax, line, column, $"YAML syntax error: {message}. Check indentation, colons and quotes around this point.");
            return null;
        }
        catch (YamlTreeException ex)
        {
            Report(DiagnosticCodes.YamlSyntax, ex.Line, ex.Column, $"YAML syntax error: {ex.Message}.");
            return null;
        }

        if (documents.Count == 0 || (documents.Count == 1 && documents[0].IsNull))
        {
            Report(DiagnosticCodes.EmptyFile, 1, 1, "the file is empty; write the keys of the format (see docs/content-format.md).");
            return null;
        }
        if (documents.Count > 1)
        {
            Report(DiagnosticCodes.SeveralDocuments, documents[1].Line, documents[1].Column,
                "the file holds more than one YAML document; remove the `---` separator and keep one document per file.");
        }
        var root = documents[0];
        if (root.Kind != YamlKind.Mapping)
        {
            Report(DiagnosticCodes.MappingExpectedAtTop, root,
                $"the file must be a mapping of keys (`id: …`, `title: …`), not {root.Describe()}.");
            return null;
        }
        return root;
    }

    private static string CleanYamlMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        int marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && marker >= 0)
            message = message[(marker + 3)..];
        return message.TrimEnd('.', ' ');
    }

    // ---------------------------------------------------------------- typed values

    internal string? AsText(YamlTree v, string what)
    {
        if (v.IsNull)
            return null;
        if (!v.IsScalar)
        {
            Report(DiagnosticCodes.StringExpected, v, $"`{what}` must be text, not {v.Describe()}; quote it if it contains `: ` or starts with a symbol.");
            return null;
        }
        string text = v.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    internal string? AsId(YamlTree v, string what)
    {
        string? id = AsText(v, what);
        if (id is not null && !IdSlug.IsValid(id))
        {
            Report(DiagnosticCodes.InvalidId, v,
                $"`{id}` is not a valid id: use lowercase letters and digits joined by hyphens, like `{IdSlug.From(id, "my-id")}`.");
        }
        return id;
    }

    internal DateOnly? AsDate(YamlTree v, string what)
    {
        if (v.IsScalar && DateOnly.TryParseExact(v.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Report(DiagnosticCodes.DateExpected, v, $"`{what}` must be a date written YYYY-MM-DD (like 2020-09-24), not {Shown(v)}.");
        return null;
    }

    internal bool? AsBool(YamlTree v, string what)
    {
        if (Fields.TryBool(v, out bool value))
            return value;
        Report(DiagnosticCodes.BooleanExpected, v, $"`{what}` must be `true` or `false`, not {Shown(v)}.");
        return null;
    }

    internal decimal? AsNumber(YamlTree v, string what)
    {
        if (Fields.TryNumber(v, out var value))
            return value;
        Report(DiagnosticCodes.NumberExpected, v, $"`{what}` must be a number (like 42 or 3.5, unquoted, no unit), not {Shown(v)}.");
        return null;
    }

    internal int? AsInt(YamlTree v, string what)
    {
        if (Fields.IsPlain(v) && int.TryParse(v.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            return value;
        Report(DiagnosticCodes.IntegerExpected, v, $"`{what}` must be a whole number, not {Shown(v)}.");
        return null;
    }

    internal Fields? AsFields(YamlTree v, KeySet keys, string what)
    {
        if (v.Kind == YamlKind.Mapping)
            return new Fields(this, v, keys);
        Report(DiagnosticCodes.MappingExpected, v, $"`{what}` must be {keys.Description} written as `key: value` lines, not {v.Describe()}.");
        return null;
    }

    private static string Shown(YamlTree v) =>
        v.IsScalar && !v.IsNull ? $"`{(v.Value.Length > 40 ? v.Value[..40] + "…" : v.Value)}`" : v.Describe();

    private List<string> IdList(List<YamlTree>? items, string what, RefKind kind, string where)
    {
        var ids = new List<string>();
        if (items is null)
            return ids;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (AsId(item, what) is not { } id)
            {
                if (item.IsNull)
                    Report(DiagnosticCodes.EmptyValue, item, $"an entry of `{what}` is empty; write an id or remove the entry.");
                continue;
            }
            if (!seen.Add(id))
            {
                Report(DiagnosticCodes.RepeatedReference, item, $"`{id}` is listed twice in `{what}`; remove the repeat.");
                continue;
            }
            ids.Add(id);
            Refer(kind, id, item, where);
        }
        return ids;
    }

    private void Refer(RefKind kind, string id, YamlTree node, string where) =>
        _references.Add(new PendingReference(kind, id, _file, node, where));

    private void Register(string kind, string? id, YamlTree? node)
    {
        if (id is null || node is null)
            return;
        if (!_ids.TryGetValue(kind, out var table))
            _ids[kind] = table = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (table.TryGetValue(id, out var first))
        {
            Report(DiagnosticCodes.DuplicateId, node,
                $"the {kind} id `{id}` is already used at {first}; ids must be unique within the event, so rename one.");
            return;
        }
        table.Add(id, Where(node));
    }

    private bool IsKnown(string kind, string id) => _ids.TryGetValue(kind, out var t) && t.ContainsKey(id);

    private IEnumerable<string> KnownIds(string kind) => _ids.TryGetValue(kind, out var t) ? t.Keys : [];

    // ---------------------------------------------------------------- event.yaml

    private sealed record EventHeader(string Id, string Title, DatePeriod Period, string Overview, IReadOnlyList<string> Tags,
        IReadOnlyList<TimelineEntry> Timeline, SourceLocation IdLocation);

    private EventHeader? ReadEvent(ContentFile file)
    {
        _peopleUnknown = true;
        if (Parse(file) is not { } root)
            return null;
        var f = new Fields(this, root, ContentKeys.Event);
        _peopleUnknown = f.Value("people") is not { Kind: YamlKind.Sequence };
        string? id = f.Id("id");
        string? title = f.Text("title");
        string? overview = f.Text("overview");

        DatePeriod? period = null;
        if (f.Map("period", ContentKeys.Period) is { } p)
        {
            var start = p.Date("start");
            var end = p.Date("end");
            if (start is { } s && end is { } e && e < s)
                Report(DiagnosticCodes.PeriodEndsBeforeStart, p.At("end"), $"the period ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}); swap or correct the dates.");
            if (start is { } st)
                period = new DatePeriod(st, end);
        }

        var tags = new List<string>();
        foreach (var item in f.List("tags") ?? [])
        {
            if (AsText(item, "tags") is { } tag)
                tags.Add(tag);
        }

        var people = f.List("people");
        if (people is { Count: 0 })
            Report(DiagnosticCodes.EmptyValue, f.KeyAt("people"), "`people` is empty; list everyone quoted in the event.");
        foreach (var item in people ?? [])
        {
            if (AsFields(item, ContentKeys.Person, "people") is not { } pf)
                continue;
            string? pid = pf.Id("id");
            Register("person", pid, pf.Value("id"));
            string? name = pf.Text("name");
            if (pid is not null && name is not null)
                _people.Add(new Person(pid, name, pf.Text("role"), pf.Text("organisation")));
        }

        var timeline = new List<TimelineEntry>();
        foreach (var item in f.List("timeline") ?? [])
        {
            if (AsFields(item, ContentKeys.TimelineEntry, "timeline") is not { } tf)
                continue;
            var date = tf.Date("date");
            string? time = tf.Text("time");
            if (time is not null && !Fields.TimePattern().IsMatch(time))
            {
                Report(DiagnosticCodes.TimeExpected, tf.At("time"), $"`time` must be a 24-hour time written HH:MM in quotes (like \"14:37\"), not `{time}`.");
                time = null;
            }
            string? text = tf.Text("text");
            var articles = IdList(tf.List("articles"), "articles", RefKind.Article, "a timeline entry");
            if (date is { } d && text is not null)
                timeline.Add(new TimelineEntry(d, time, text, articles));
        }

        if (id is null || title is null || overview is null || period is null)
            return null;
        return new EventHeader(id, title, period, overview, tags, timeline, Where(f.At("id")));
    }

    // ---------------------------------------------------------------- articles

    private void ReadArticle(ContentFile file)
    {
        if (Parse(file) is not { } root)
        {
            _articlesUnknown = true;
            return;
        }
        var f = new Fields(this, root, ContentKeys.Article);
        string? id = f.Id("id");
        Register("article", id, f.Value("id"));
        string? outlet = f.Text("outlet");
        var published = f.Date("published");
        string? headline = f.Text("headline");
        bool headlineIsOurs = f.Bool("headline_is_ours") ?? false;
        string? author = f.Text("author");
        string? seed = f.Text("seed");
        if (seed is not null && _options.KnownSeeds is { } known && !known.Contains(seed))
        {
            Report(DiagnosticCodes.UnknownSeed, f.At("seed"),
                $"the seed `{seed}` is not in the seeds manifest.{Suggestions.DidYouMean(seed, known)} Give the file name of a seed document.");
        }
        string? url = f.Text("url");
        string? summary = f.Text("summary");
        string articleId = id ?? "";

        var keyPoints = new List<KeyPoint>();
        var keyPointItems = f.List("key_points");
        if (keyPointItems is { Count: 0 })
            Report(DiagnosticCodes.EmptyValue, f.KeyAt("key_points"), "`key_points` is empty; list what the article reports, in our words.");
        foreach (var item in keyPointItems ?? [])
        {
            if (item.IsScalar)
            {
                if (AsText(item, "key_points") is { } text)
                    keyPoints.Add(new KeyPoint(null, text, articleId));
                else
                    Report(DiagnosticCodes.EmptyValue, item, "a key point is empty; write it or remove the entry.");
                continue;
            }
            if (item.Kind != YamlKind.Mapping)
            {
                Report(DiagnosticCodes.StringExpected, item, "a key point must be text or `{ id, text }`, not a list.");
                continue;
            }
            var kf = new Fields(this, item, ContentKeys.KeyPoint);
            string? kid = kf.Id("id");
            Register("key point", kid, kf.Value("id"));
            if (kf.Text("text") is { } ktext)
            {
                var point = new KeyPoint(kid, ktext, articleId);
                keyPoints.Add(point);
                if (kid is not null)
                    _keyPoints.TryAdd(kid, point);
            }
        }

        var quotations = new List<Quotation>();
        foreach (var item in f.List("quotations") ?? [])
        {
            if (AsFields(item, ContentKeys.Quotation, "quotations") is not { } qf)
                continue;
            string? qid = qf.Id("id");
            Register("quotation", qid, qf.Value("id"));
            string? text = qf.Text("text");
            string? speaker = qf.Id("speaker");
            if (speaker is not null)
                Refer(RefKind.Person, speaker, qf.At("speaker"), "the speaker of a quotation");
            string? channel = qf.Text("channel");
            if (channel is not null && !ContentKeys.Channels.Contains(channel))
            {
                Report(DiagnosticCodes.UnknownChannel, qf.At("channel"),
                    $"unknown channel `{channel}`.{Suggestions.DidYouMean(channel, ContentKeys.Channels)} Use one of: {string.Join(", ", ContentKeys.Channels)}.");
            }
            string? context = qf.Text("context");
            if (qid is not null && text is not null && speaker is not null && channel is not null)
            {
                var quotation = new Quotation(qid, text, speaker, channel, context, articleId, Where(item));
                quotations.Add(quotation);
                _quotations.TryAdd(qid, quotation);
            }
        }

        if (id is not null && outlet is not null && published is { } pub && headline is not null && seed is not null && summary is not null)
            _articles.Add(new Article(id, outlet, pub, headline, headlineIsOurs, author, seed, url, summary, keyPoints, quotations));
    }

    // ---------------------------------------------------------------- quizzes

    private void ReadQuiz(ContentFile file)
    {
        if (Parse(file) is not { } root)
            return;
        var kindNode = root.Pairs.FirstOrDefault(p => p.Key.IsScalar && p.Key.Value == "kind").Value;
        string? kind = kindNode is { IsScalar: true, IsNull: false } ? kindNode.Value.Trim() : null;
        var keys = kind is not null && ContentKeys.QuizzesByKind.TryGetValue(kind, out var k) ? k : ContentKeys.AnyQuiz;
        var f = new Fields(this, root, keys);
        string? id = f.Id("id");
        Register("quiz", id, f.Value("id"));
        string? title = f.Text("title");
        string? description = f.Text("description");
        kind = f.Text("kind");
        var location = Where(root);
        switch (kind)
        {
            case "who-said-what":
                ReadWhoSaidWhat(f, id, title, description, location);
                break;
            case "comprehension":
                ReadComprehension(f, id, title, description, location);
                break;
            case null:
                break;
            default:
                Report(DiagnosticCodes.UnknownKind, f.At("kind"),
                    $"unknown quiz kind `{kind}`.{Suggestions.DidYouMean(kind, ContentKeys.QuizKinds)} Use `who-said-what` or `comprehension`.");
                break;
        }
    }

    private List<string>? Selector(Fields f, string key, string keyword, RefKind kind, string where)
    {
        if (f.Value(key) is not { } v)
            return null;
        if (v.IsScalar && v.Value.Trim() == keyword)
            return null;
        if (v.Kind == YamlKind.Sequence)
        {
            if (v.Items.Count == 0)
                Report(DiagnosticCodes.EmptyValue, f.KeyAt(key), $"`{key}` is an empty list; list ids, or write `{keyword}` (or leave the key out) for the default.");
            return IdList(v.Items, key, kind, where);
        }
        Report(DiagnosticCodes.InvalidSelector, v, $"`{key}` must be `{keyword}` or a list of ids, not {Shown(v)}.");
        return null;
    }

    private void ReadWhoSaidWhat(Fields f, string? id, string? title, string? description, SourceLocation location)
    {
        var quotationIds = Selector(f, "quotations", ContentKeys.AllQuotations, RefKind.Quotation, "a who-said-what quiz");
        int? perRun = f.Int("per_run");
        if (perRun is < 1)
        {
            Report(DiagnosticCodes.PerRunTooSmall, f.At("per_run"), $"`per_run` must be at least 1, not {perRun}; leave it out to ask every quotation.");
            perRun = null;
        }
        int choices = f.Int("choices") ?? WhoSaidWhatQuiz.DefaultChoiceCount;
        if (choices is < ContentKeys.MinWhoSaidWhatChoices or > ContentKeys.MaxWhoSaidWhatChoices)
        {
            Report(DiagnosticCodes.ChoicesOutOfRange, f.At("choices"),
                $"`choices` must be between {ContentKeys.MinWhoSaidWhatChoices} and {ContentKeys.MaxWhoSaidWhatChoices}, not {choices}.");
        }
        var distractors = Selector(f, "distractors", ContentKeys.AllPeople, RefKind.Person, "a who-said-what quiz");
        string file = _file;

        _quizChecks.Add(() =>
        {
            _file = file;
            if (_peopleUnknown || _articlesUnknown)
                return;
            var pool = quotationIds is null
                ? [.. _quotations.Values]
                : quotationIds.Where(_quotations.ContainsKey).Select(q => _quotations[q]).ToList();
            if (pool.Count == 0)
            {
                Report(DiagnosticCodes.EmptyQuiz, f.Node, "this who-said-what quiz has no quotations to ask; add quotations to the articles or list some.");
                return;
            }
            if (perRun is { } n && n > pool.Count)
            {
                Report(DiagnosticCodes.PerRunTooLarge, f.At("per_run"),
                    $"`per_run` asks for {n} quotations but the quiz has only {pool.Count}; lower it to {pool.Count} or less.");
            }
            var speakers = new HashSet<string>(pool.Select(q => q.SpeakerId), StringComparer.Ordinal);
            speakers.UnionWith(distractors ?? _people.Select(p => p.Id));
            if (speakers.Count < ContentKeys.MinSpeakers)
            {
                Report(DiagnosticCodes.TooFewSpeakers, f.Value("distractors") ?? f.Node,
                    $"the quiz has only {speakers.Count} possible speakers; a who-said-what quiz needs at least {ContentKeys.MinSpeakers}. Add people to `distractors` or to event.yaml.");
            }
            else if (speakers.Count < choices && choices is >= ContentKeys.MinWhoSaidWhatChoices and <= ContentKeys.MaxWhoSaidWhatChoices)
            {
                Report(DiagnosticCodes.FewerSpeakersThanChoices, f.Value("choices") ?? f.Node,
                    $"the quiz offers {choices} choices but has only {speakers.Count} possible speakers; each question will offer {speakers.Count}. Lower `choices` or add distractors.");
            }
        });

        _quizzes.Add(() => id is null || title is null
            ? null
            : new WhoSaidWhatQuiz(id, title, description, location, quotationIds, perRun, choices, distractors));
    }

    private void ReadComprehension(Fields f, string? id, string? title, string? description, SourceLocation location)
    {
        string? articleId = f.Id("article");
        if (articleId is not null)
            Refer(RefKind.Article, articleId, f.At("article"), "the quiz");
        var items = f.List("questions");
        if (items is { Count: 0 })
            Report(DiagnosticCodes.EmptyQuiz, f.KeyAt("questions"), "the quiz has no questions; add some under `questions`.");
        var builders = new List<Func<Question?>>();
        foreach (var item in items ?? [])
        {
            if (ReadQuestion(item, articleId) is { } build)
                builders.Add(build);
        }
        _quizzes.Add(() =>
        {
            var questions = builders.Select(b => b()).OfType<Question>().ToList();
            return id is null || title is null ? null : new ComprehensionQuiz(id, title, description, location, articleId, questions);
        });
    }

    private Func<Question?>? ReadQuestion(YamlTree node, string? quizArticle)
    {
        if (node.Kind != YamlKind.Mapping)
        {
            Report(DiagnosticCodes.MappingExpected, node, $"a question must be written as `key: value` lines (`- id: …`), not {node.Describe()}.");
            return null;
        }
        var typeNode = node.Pairs.FirstOrDefault(p => p.Key.IsScalar && p.Key.Value == "type").Value;
        string? typeKey = typeNode is { IsScalar: true, IsNull: false } ? typeNode.Value.Trim() : null;
        var keys = typeKey is not null && ContentKeys.QuestionsByType.TryGetValue(typeKey, out var k) ? k : ContentKeys.AnyQuestion;
        var f = new Fields(this, node, keys);

        string? id = f.Id("id");
        Register("question", id, f.Value("id"));
        string? type = f.Text("type");
        if (type is not null && !ContentKeys.QuestionsByType.ContainsKey(type))
        {
            Report(DiagnosticCodes.UnknownType, f.At("type"),
                $"unknown question type `{type}`.{Suggestions.DidYouMean(type, ContentKeys.QuestionTypes)} Use one of: {string.Join(", ", ContentKeys.QuestionTypes)}.");
        }
        string? prompt = f.Text("prompt");
        if (prompt is { Length: > ContentKeys.MaxPromptLength })
        {
            Report(DiagnosticCodes.LongPrompt, f.At("prompt"),
                $"the prompt is {prompt.Length} characters, more than a screen ({ContentKeys.MaxPromptLength}); shorten it or move detail to the explanation.");
        }
        string? explanation = f.Text("explanation");
        if (explanation is null)
            Report(DiagnosticCodes.MissingExplanation, node, "the question has no `explanation`; add one saying where in which article the answer is found.");
        Skill skill = default;
        bool skillOk = false;
        if (f.Text("skill") is { } skillKey)
        {
            skillOk = ContentKeys.Skills.Contains(skillKey) && Skills.TryParse(skillKey, out skill);
            if (!skillOk)
            {
                Report(DiagnosticCodes.UnknownSkill, f.At("skill"),
                    $"unknown skill `{skillKey}`.{Suggestions.DidYouMean(skillKey, ContentKeys.Skills)} Use one of: {string.Join(", ", ContentKeys.Skills)}.");
            }
        }

        var articleIds = IdList(f.List("articles"), "articles", RefKind.Article, "a question");
        if (articleIds.Count == 0 && quizArticle is not null)
            articleIds = [quizArticle];
        if (articleIds.Count == 0 && quizArticle is null && !(f.Value("articles") is { Kind: YamlKind.Sequence, Items.Count: > 0 }))
        {
            Report(DiagnosticCodes.QuestionWithoutArticles, f.KeyAt("articles"),
                "this event-level quiz has no `article`, so each question must list the `articles` it rests on; add `articles: [article-id]`.");
        }

        var location = Where(node);
        bool ok = id is not null && prompt is not null && skillOk;
        string qid = id ?? "";
        string text = prompt ?? "";
        Question? Done(Question q) => ok ? q : null;

        switch (type)
        {
            case "single-choice":
            {
                var choices = ReadChoices(f, single: true);
                return () => Done(new SingleChoiceQuestion(qid, text, explanation, skill, articleIds, location, choices));
            }
            case "multiple-answers":
            {
                var choices = ReadChoices(f, single: false);
                return () => Done(new MultipleAnswersQuestion(qid, text, explanation, skill, articleIds, location, choices));
            }
            case "true-false":
            {
                bool answer = false;
                if (f.Value("answer") is { } v && !Fields.TryBool(v, out answer))
                {
                    string hint = v.IsScalar && v.Value.Trim().ToLowerInvariant() is "yes" or "no" or "y" or "n" or "on" or "off"
                        ? " (YAML `yes`/`no` are not booleans here)"
                        : "";
                    Report(DiagnosticCodes.TrueFalseAnswer, v, $"a true-false `answer` must be `true` or `false`, not {Shown(v)}{hint}.");
                }
                return () => Done(new TrueFalseQuestion(qid, text, explanation, skill, articleIds, location, answer));
            }
            case "short-answer":
            {
                var accepted = new List<string>();
                var list = f.List("accepted");
                if (list is { Count: 0 })
                    Report(DiagnosticCodes.EmptyValue, f.KeyAt("accepted"), "`accepted` is empty; list at least one accepted answer.");
                var folded = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in list ?? [])
                {
                    if (!item.IsScalar)
                    {
                        AsText(item, "accepted");
                        continue;
                    }
                    string answer = item.Value.Trim();
                    if (item.IsNull || answer.Length == 0 || TextFolding.FoldForAnswer(answer).Length == 0)
                    {
                        Report(DiagnosticCodes.EmptyAcceptedAnswer, item, "an accepted answer is empty (or only punctuation), so it can never match; remove it.");
                        continue;
                    }
                    if (!folded.Add(TextFolding.FoldForAnswer(answer)))
                        Report(DiagnosticCodes.RepeatedText, item, $"`{answer}` is accepted twice (case, punctuation and spacing are ignored); remove the repeat.");
                    accepted.Add(answer);
                }
                return () => Done(new ShortAnswerQuestion(qid, text, explanation, skill, articleIds, location, accepted));
            }
            case "numeric":
            {
                decimal answer = f.Number("answer") ?? 0;
                decimal tolerance = f.Number("tolerance") ?? 0;
                if (tolerance < 0)
                    Report(DiagnosticCodes.NegativeTolerance, f.At("tolerance"), $"`tolerance` must be 0 or more, not {tolerance.ToString(CultureInfo.InvariantCulture)}.");
                string? unit = f.Text("unit");
                return () => Done(new NumericQuestion(qid, text, explanation, skill, articleIds, location, answer, tolerance, unit));
            }
            case "ordering":
            {
                var items = TextList(f, "items");
                if (items is not null && items.Count < ContentKeys.MinOrderingItems)
                    Report(DiagnosticCodes.TooFewItems, f.KeyAt("items"), $"an ordering question needs at least {ContentKeys.MinOrderingItems} items; it has {items.Count}.");
                var list = items ?? [];
                return () => Done(new OrderingQuestion(qid, text, explanation, skill, articleIds, location, list));
            }
            case "matching":
            {
                var pairs = new List<MatchPair>();
                var list = f.List("pairs");
                if (list is not null && list.Count < ContentKeys.MinMatchingPairs)
                    Report(DiagnosticCodes.TooFewPairs, f.KeyAt("pairs"), $"a matching question needs at least {ContentKeys.MinMatchingPairs} pairs; it has {list.Count}.");
                var lefts = new HashSet<string>(StringComparer.Ordinal);
                var rights = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in list ?? [])
                {
                    if (AsFields(item, ContentKeys.Pair, "pairs") is not { } pf)
                        continue;
                    string? left = pf.Text("left");
                    string? right = pf.Text("right");
                    if (left is not null && !lefts.Add(Fold(left)))
                        Report(DiagnosticCodes.RepeatedText, pf.At("left"), $"the left item `{left}` appears twice; each left item must be distinct.");
                    if (right is not null && !rights.Add(Fold(right)))
                        Report(DiagnosticCodes.RepeatedText, pf.At("right"), $"the right item `{right}` appears twice; each right item must be distinct.");
                    if (left is not null && right is not null)
                        pairs.Add(new MatchPair(left, right));
                }
                return () => Done(new MatchingQuestion(qid, text, explanation, skill, articleIds, location, pairs));
            }
            case "evidence":
            {
                var choices = ReadChoices(f, single: true);
                string evidencePrompt = f.Text("evidence_prompt") ?? EvidenceQuestion.DefaultEvidencePrompt;
                var evidence = ReadEvidence(f);
                return () =>
                {
                    var resolved = new List<EvidenceChoice>();
                    foreach (var (kind, refId, correct) in evidence)
                    {
                        string? refText = kind == EvidenceKind.Quotation
                            ? (_quotations.TryGetValue(refId, out var q) ? q.Text : null)
                            : (_keyPoints.TryGetValue(refId, out var kp) ? kp.Text : null);
                        if (refText is null)
                            return null;
                        resolved.Add(new EvidenceChoice(kind, refId, refText, correct));
                    }
                    return Done(new EvidenceQuestion(qid, text, explanation, skill, articleIds, location, choices, evidencePrompt, resolved));
                };
            }
            default:
                return null;
        }
    }

    /// <summary>How texts are compared for repeats within a question: typography, spacing and case folded.</summary>
    private static string Fold(string text) => TextFolding.FoldTypography(text).ToLowerInvariant();

    private List<string>? TextList(Fields f, string key)
    {
        var list = f.List(key);
        if (list is null)
            return null;
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (AsText(item, key) is not { } t)
            {
                if (item.IsNull)
                    Report(DiagnosticCodes.EmptyValue, item, $"an entry of `{key}` is empty; write it or remove it.");
                continue;
            }
            if (!seen.Add(Fold(t)))
                Report(DiagnosticCodes.RepeatedText, item, $"`{t}` appears twice in `{key}`; each entry must be distinct.");
            texts.Add(t);
        }
        return texts;
    }

    private List<Choice> ReadChoices(Fields f, bool single)
    {
        var choices = new List<Choice>();
        var list = f.List("choices");
        if (list is null)
            return choices;
        if (list.Count < 2)
            Report(DiagnosticCodes.TooFewChoices, f.KeyAt("choices"), $"a question needs at least 2 choices; it has {list.Count}.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int correctCount = 0;
        bool allRead = true;
        foreach (var item in list)
        {
            if (AsFields(item, ContentKeys.Choice, "choices") is not { } cf)
            {
                allRead = false;
                continue;
            }
            string? text = cf.Text("text");
            bool? correct = cf.Bool("correct");
            if (cf.Has("correct") && correct is null && cf.Value("correct") is not null)
                allRead = false;
            if (correct == true)
            {
                correctCount++;
                if (single && correctCount == 2)
                {
                    Report(DiagnosticCodes.SeveralCorrectChoices, cf.At("correct"),
                        "more than one choice is marked `correct: true`, but this question takes exactly one; mark only the right one (or use type multiple-answers).");
                }
            }
            if (text is null)
            {
                allRead = false;
                continue;
            }
            if (!seen.Add(Fold(text)))
                Report(DiagnosticCodes.RepeatedText, cf.At("text"), $"the choice `{text}` is offered twice in this question; remove or reword one.");
            choices.Add(new Choice(text, correct == true, cf.Text("feedback")));
        }
        if (correctCount == 0 && allRead && list.Count > 0)
        {
            Report(DiagnosticCodes.NoCorrectChoice, f.KeyAt("choices"),
                single ? "no choice is marked `correct: true`; mark the right one." : "no choice is marked `correct: true`; mark every right one.");
        }
        return choices;
    }

    private List<(EvidenceKind Kind, string Id, bool Correct)> ReadEvidence(Fields f)
    {
        var evidence = new List<(EvidenceKind, string, bool)>();
        var list = f.List("evidence");
        if (list is null)
            return evidence;
        if (list.Count < 2)
            Report(DiagnosticCodes.TooFewChoices, f.KeyAt("evidence"), $"part B needs at least 2 pieces of evidence to choose from; it has {list.Count}.");
        int correctCount = 0;
        bool allRead = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (AsFields(item, ContentKeys.EvidenceItem, "evidence") is not { } ef)
            {
                allRead = false;
                continue;
            }
            bool hasQuotation = ef.Value("quotation") is not null;
            bool hasKeyPoint = ef.Value("key_point") is not null;
            bool? correct = ef.Bool("correct");
            if (ef.Value("correct") is not null && correct is null)
                allRead = false;
            if (correct == true)
            {
                correctCount++;
                if (correctCount == 2)
                    Report(DiagnosticCodes.SeveralCorrectEvidence, ef.At("correct"), "more than one piece of evidence is marked `correct: true`; part B takes exactly one.");
            }
            if (hasQuotation == hasKeyPoint)
            {
                Report(DiagnosticCodes.EvidenceTarget, item,
                    hasQuotation
                        ? "an evidence item names both a `quotation` and a `key_point`; keep one."
                        : "an evidence item must name a `quotation: ID` or a `key_point: ID`.");
                allRead = false;
                continue;
            }
            string key = hasQuotation ? "quotation" : "key_point";
            if (ef.Id(key) is not { } refId)
            {
                allRead = false;
                continue;
            }
            var kind = hasQuotation ? EvidenceKind.Quotation : EvidenceKind.KeyPoint;
            if (!seen.Add(key + ":" + refId))
                Report(DiagnosticCodes.RepeatedReference, ef.At(key), $"`{refId}` is offered twice as evidence; remove the repeat.");
            Refer(hasQuotation ? RefKind.Quotation : RefKind.KeyPoint, refId, ef.At(key), "an evidence item");
            evidence.Add((kind, refId, correct == true));
        }
        if (correctCount == 0 && allRead && list.Count > 0)
            Report(DiagnosticCodes.NoCorrectEvidence, f.KeyAt("evidence"), "no evidence is marked `correct: true`; mark the one that supports the right answer.");
        return evidence;
    }

    // ---------------------------------------------------------------- references

    private void CheckReferences()
    {
        foreach (var r in _references)
        {
            _file = r.File;
            var (idKind, code, noun) = r.Kind switch
            {
                RefKind.Person => ("person", DiagnosticCodes.UnknownPerson, "person"),
                RefKind.Article => ("article", DiagnosticCodes.UnknownArticle, "article"),
                RefKind.Quotation => ("quotation", DiagnosticCodes.UnknownQuotation, "quotation"),
                _ => ("key point", DiagnosticCodes.UnknownKeyPoint, "key point"),
            };
            if (IsKnown(idKind, r.Id) || (r.Kind == RefKind.Person ? _peopleUnknown : _articlesUnknown))
                continue;
            string where = r.Kind switch
            {
                RefKind.Person => "event.yaml `people`",
                RefKind.Article => "any article's `id`",
                RefKind.Quotation => "any article's `quotations`",
                _ => "any article's `key_points` (only key points written as `{ id, text }` can be cited)",
            };
            Report(code, r.Node,
                $"{r.Where} refers to the {noun} `{r.Id}`, which is not in {where}.{Suggestions.DidYouMean(r.Id, KnownIds(idKind))}");
        }
    }
}
