using System.Globalization;
using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>
/// <c>who-said-what</c>: a quotation, and the learner names its speaker. Authors do not write these
/// questions one by one: a quiz of kind <c>who-said-what</c> makes one from each of its quotations,
/// offering speakers drawn afresh each run. So this type's keys, reader and writers are those of
/// that quiz kind, and the drawing of questions and speakers lives here too.
/// </summary>
public sealed class WhoSaidWhatType : QuestionType<WhoSaidWhatQuestion>
{
    /// <summary>The value of <c>quotations</c> meaning every quotation of the event.</summary>
    public const string AllQuotations = "all";

    /// <summary>The value of <c>distractors</c> meaning every person of the event.</summary>
    public const string AllPeople = "people";

    public const int MinChoices = 2;
    public const int MaxChoices = 6;

    /// <summary>The fewest possible speakers (the quotations' speakers and the distractors) a quiz may have.</summary>
    public const int MinSpeakers = 3;

    /// <summary>What every who-said-what question asks.</summary>
    public const string Prompt = "Who said this?";

    public static readonly WhoSaidWhatType Instance = new();

    private WhoSaidWhatType()
    {
    }

    public override string Key => "who-said-what";

    public override KeySet Keys { get; } = new("quiz:who-said-what", "a who-said-what quiz",
        [.. ContentKeys.QuizCommon, "quotations", "per_run", "choices", "distractors"],
        ["id", "kind", "title"]);

    public override string AuthoredAs => "kind: " + Key;

    /// <summary>Picking a speaker answers; each is shown with what they are: "Sam Anderson — Employee, Hootsuite".</summary>
    protected override AnswerState NewAnswerState(WhoSaidWhatQuestion question, PresentedQuestion shown) =>
        new ChoiceListState(shown,
            [.. question.Speakers.Select(p => new AnswerOption(
                p.Description.Length > 0 ? $"{p.Name} \u2014 {p.Description}" : p.Name,
                p.Id == question.Quotation.SpeakerId))],
            index => new SpeakerAnswer(question.Speakers[index].Id));

    protected override void WriteJson(WhoSaidWhatQuestion question, JsonFields json) => json.Add("quotation", question.Quotation.Id);

    /// <summary>A question with its speakers (as a who-said-what quiz exports them) as a single-choice question naming them.</summary>
    private protected override void WriteGift(WhoSaidWhatQuestion question, GiftOutput gift)
    {
        if (question.Speakers.Count == 0)
        {
            gift.Note(question, $"who-said-what question \"{question.Id}\" not exported here: export its quiz with the event so the speakers are known");
            return;
        }
        gift.Title(question.Id, $"{question.Prompt} \u201C{question.Quotation.Text}\u201D");
        foreach (var speaker in question.Speakers)
            gift.Answer(speaker.Id == question.Quotation.SpeakerId ? "=" : "~", speaker.Name);
        gift.Close(question.Explanation);
    }

    // ------------------------------------------------------------ the quiz kind: reading

    /// <summary>Reads the keys of a who-said-what quiz; its check against the pack's quotations and people runs once every file is read.</summary>
    internal static WhoSaidWhatQuiz? ReadQuiz(Fields f, PackContent pack, string? id, string? title, string? description, SourceLocation location)
    {
        var quotationIds = Selector(f, pack, "quotations", AllQuotations, RefKind.Quotation);
        int? perRun = f.Int("per_run");
        if (perRun is < 1)
        {
            f.Report(DiagnosticCodes.PerRunTooSmall, f.At("per_run"), $"`per_run` must be at least 1, not {perRun}; leave it out to ask every quotation.");
            perRun = null;
        }
        int choices = f.Int("choices") ?? WhoSaidWhatQuiz.DefaultChoiceCount;
        if (choices is < MinChoices or > MaxChoices)
            f.Report(DiagnosticCodes.ChoicesOutOfRange, f.At("choices"), $"`choices` must be between {MinChoices} and {MaxChoices}, not {choices}.");
        var distractors = Selector(f, pack, "distractors", AllPeople, RefKind.Person);
        pack.Checks.Add(new SpeakerCheck(f, quotationIds, perRun, choices, distractors));
        return id is null || title is null
            ? null
            : new WhoSaidWhatQuiz(id, title, description, location, quotationIds, perRun, choices, distractors);
    }

    /// <summary>A list of ids, or null for the keyword (or no key) meaning the default.</summary>
    private static List<string>? Selector(Fields f, PackContent pack, string key, string keyword, RefKind kind)
    {
        if (f.Value(key) is not { } v)
            return null;
        if (v.IsScalar && v.Value.Trim() == keyword)
            return null;
        if (v.Kind == YamlKind.Sequence)
        {
            if (v.Items.Count == 0)
                f.Report(DiagnosticCodes.EmptyValue, f.KeyAt(key), $"`{key}` is an empty list; list ids, or write `{keyword}` (or leave the key out) for the default.");
            return pack.References.IdList(f.Values, v.Items, key, kind, "a who-said-what quiz");
        }
        f.Report(DiagnosticCodes.InvalidSelector, v, $"`{key}` must be `{keyword}` or a list of ids, not {TypedValues.Shown(v)}.");
        return null;
    }

    /// <summary>Once every file is read: the quiz has quotations to ask, and enough speakers to offer.</summary>
    private sealed class SpeakerCheck(Fields f, List<string>? quotationIds, int? perRun, int choices, List<string>? distractors) : IPackCheck
    {
        public void Run(PackContent pack)
        {
            if (pack.PeopleUnknown || pack.ArticlesUnknown)
                return;
            var pool = quotationIds is null
                ? [.. pack.Quotations.Values]
                : quotationIds.Where(pack.Quotations.ContainsKey).Select(q => pack.Quotations[q]).ToList();
            if (pool.Count == 0)
            {
                f.Report(DiagnosticCodes.EmptyQuiz, f.Node, "this who-said-what quiz has no quotations to ask; add quotations to the articles or list some.");
                return;
            }
            if (perRun is { } n && n > pool.Count)
            {
                f.Report(DiagnosticCodes.PerRunTooLarge, f.At("per_run"),
                    $"`per_run` asks for {n} quotations but the quiz has only {pool.Count}; lower it to {pool.Count} or less.");
            }
            var speakers = new HashSet<string>(pool.Select(q => q.SpeakerId), StringComparer.Ordinal);
            speakers.UnionWith(distractors ?? pack.People.Select(p => p.Id));
            if (speakers.Count < MinSpeakers)
            {
                f.Report(DiagnosticCodes.TooFewSpeakers, f.Value("distractors") ?? f.Node,
                    $"the quiz has only {speakers.Count} possible speakers; a who-said-what quiz needs at least {MinSpeakers}. Add people to `distractors` or to event.yaml.");
            }
            else if (speakers.Count < choices && choices is >= MinChoices and <= MaxChoices)
            {
                f.Report(DiagnosticCodes.FewerSpeakersThanChoices, f.Value("choices") ?? f.Node,
                    $"the quiz offers {choices} choices but has only {speakers.Count} possible speakers; each question will offer {speakers.Count}. Lower `choices` or add distractors.");
            }
        }
    }

    // ------------------------------------------------------------ the quiz kind: writing

    /// <summary>The quiz's own keys, as <see cref="QuizYamlWriter"/> writes them after the common ones.</summary>
    internal static void WriteQuizYaml(YamlText y, WhoSaidWhatQuiz quiz)
    {
        y.Raw(0, "quotations", quiz.QuotationIds is null ? AllQuotations : YamlText.FlowList(quiz.QuotationIds));
        if (quiz.PerRun is { } perRun)
            y.Raw(0, "per_run", perRun.ToString(CultureInfo.InvariantCulture));
        if (quiz.ChoiceCount != WhoSaidWhatQuiz.DefaultChoiceCount)
            y.Raw(0, "choices", quiz.ChoiceCount.ToString(CultureInfo.InvariantCulture));
        if (quiz.DistractorPool is { } pool)
            y.Raw(0, "distractors", YamlText.FlowList(pool));
    }

    /// <summary>The quiz's own keys in the content export, with its defaults resolved.</summary>
    internal static void WriteQuizJson(WhoSaidWhatQuiz quiz, NewsEvent newsEvent, JsonFields json) =>
        json.Add<IReadOnlyList<string>>("quotations", quiz.QuotationIds ?? [.. newsEvent.Quotations.Select(q => q.Id)])
            .Add("per_run", quiz.PerRun)
            .Add("choices", quiz.ChoiceCount)
            .Add<IReadOnlyList<string>>("distractors", quiz.DistractorPool ?? [.. newsEvent.People.Select(p => p.Id)]);

    /// <summary>
    /// The quiz as single-choice GIFT questions naming speakers: the wrong speakers of each are fixed
    /// here (rotating through the pool, so quotations offer different ones), where the app draws them each run.
    /// </summary>
    internal static void WriteGiftQuiz(GiftOutput gift, NewsEvent newsEvent, WhoSaidWhatQuiz quiz)
    {
        var quotations = QuotationsOf(newsEvent, quiz);
        int offered = Math.Max(2, quiz.ChoiceCount);
        gift.Note(quiz.Location,
            $"who-said-what quiz \"{quiz.Id}\" exported as {quotations.Count} single-choice question{(quotations.Count == 1 ? "" : "s")} naming speakers: the {offered - 1} wrong speakers of each are fixed at export, where the app draws them afresh each run"
            + (quiz.PerRun is { } perRun ? $"; per_run ({perRun}) not exported: Moodle asks every question" : ""));
        for (int index = 0; index < quotations.Count; index++)
        {
            var quotation = quotations[index];
            var speaker = newsEvent.FindPerson(quotation.SpeakerId);
            if (speaker is null)
                continue;
            var pool = DistractorsOf(newsEvent, quiz, quotation);
            var wrong = Enumerable.Range(0, Math.Min(offered - 1, pool.Count))
                .Select(i => pool[(index + i) % pool.Count]);
            gift.Question(new WhoSaidWhatQuestion(quotation.Id, Prompt, Explanation(newsEvent, quotation, withSource: true),
                [quotation.ArticleId], quiz.Location, quotation, [speaker, .. wrong]));
        }
    }

    // ------------------------------------------------------------ the quiz kind: runs

    /// <summary>The quotations a quiz asks about, in content order.</summary>
    internal static List<Quotation> QuotationsOf(NewsEvent newsEvent, WhoSaidWhatQuiz quiz) =>
        quiz.QuotationIds is null
            ? newsEvent.Quotations.ToList()
            : quiz.QuotationIds.Select(newsEvent.FindQuotation).OfType<Quotation>().ToList();

    /// <summary>The quiz's questions in content order, without speakers (for listing and export).</summary>
    internal static IReadOnlyList<Question> AllQuestions(NewsEvent newsEvent, WhoSaidWhatQuiz quiz) =>
        [.. QuotationsOf(newsEvent, quiz).Select(q => Make(newsEvent, quiz, q, []))];

    /// <summary>How many questions one run asks.</summary>
    internal static int QuestionCount(NewsEvent newsEvent, WhoSaidWhatQuiz quiz) =>
        Math.Min(quiz.PerRun ?? int.MaxValue, DistinctQuotations(newsEvent, QuotationsOf(newsEvent, quiz)).Count());

    /// <summary>The questions of one run: quotations shuffled, one version of each, as many as <c>per_run</c>, each with its speakers.</summary>
    internal static List<Question> Draw(NewsEvent newsEvent, WhoSaidWhatQuiz quiz, Random random)
    {
        var chosen = DistinctQuotations(newsEvent, Shuffling.Shuffle(QuotationsOf(newsEvent, quiz), random)).Take(quiz.PerRun ?? int.MaxValue).ToList();
        var questions = new List<Question>();
        foreach (var quotation in chosen)
            questions.Add(WithSpeakers(newsEvent, quiz, quotation, random));
        return questions;
    }

    /// <summary>The question of the quiz on one quotation, with speakers drawn afresh; null when the quotation is no longer in the quiz.</summary>
    internal static Question? Ask(NewsEvent newsEvent, WhoSaidWhatQuiz quiz, string quotationId, Random random) =>
        QuotationsOf(newsEvent, quiz).FirstOrDefault(q => q.Id == quotationId) is { } quotation
            ? WithSpeakers(newsEvent, quiz, quotation, random)
            : null;

    /// <summary>
    /// The quotations in order, keeping only the first of several outlets' versions of the same words,
    /// so a run never asks about the same quotation twice.
    /// </summary>
    private static IEnumerable<Quotation> DistinctQuotations(NewsEvent newsEvent, IEnumerable<Quotation> quotations)
    {
        var groups = QuotationComparison.Groups(newsEvent);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (var (_, version) in groups[g].Versions)
                groupOf[version.Id] = g;
        }
        var groupsTaken = new HashSet<int>();
        foreach (var quotation in quotations)
        {
            if (!groupOf.TryGetValue(quotation.Id, out int group) || groupsTaken.Add(group))
                yield return quotation;
        }
    }

    /// <summary>The people a wrong answer may name: the quiz's distractors (or everyone), less the speaker.</summary>
    private static List<Person> DistractorsOf(NewsEvent newsEvent, WhoSaidWhatQuiz quiz, Quotation quotation) =>
        (quiz.DistractorPool ?? newsEvent.People.Select(p => p.Id))
            .Where(id => id != quotation.SpeakerId)
            .Distinct()
            .Select(newsEvent.FindPerson)
            .OfType<Person>()
            .ToList();

    private static WhoSaidWhatQuestion WithSpeakers(NewsEvent newsEvent, WhoSaidWhatQuiz quiz, Quotation quotation, Random random)
    {
        var distractors = Shuffling.Shuffle(DistractorsOf(newsEvent, quiz, quotation), random).Take(Math.Max(0, quiz.ChoiceCount - 1));
        var speakers = new[] { newsEvent.FindPerson(quotation.SpeakerId) }.OfType<Person>().Concat(distractors).ToList();
        return Make(newsEvent, quiz, quotation, Shuffling.Shuffle(speakers, random));
    }

    private static WhoSaidWhatQuestion Make(NewsEvent newsEvent, WhoSaidWhatQuiz quiz, Quotation quotation, IReadOnlyList<Person> speakers) =>
        // The app shows the outlet beside the quotation and as the source, so the explanation leaves it out.
        new(quotation.Id, Prompt, Explanation(newsEvent, quotation, withSource: false), [quotation.ArticleId], quiz.Location, quotation, speakers);

    /// <summary>
    /// Who said a quotation and how, then its context, then (with <paramref name="withSource"/>) which
    /// outlet printed it: "Sam Anderson, Employee, Hootsuite, in a tweet. Posted on Wednesday. Printed by CRN, 24 September 2020."
    /// </summary>
    public static string Explanation(NewsEvent newsEvent, Quotation quotation, bool withSource)
    {
        var speaker = newsEvent.FindPerson(quotation.SpeakerId);
        string who = speaker?.Label ?? quotation.SpeakerId;
        var sentences = new List<string> { $"{who}, {quotation.ChannelPhrase}." };
        if (!string.IsNullOrWhiteSpace(quotation.Context))
            sentences.Add(Sentence(quotation.Context.Trim()));
        if (withSource && newsEvent.FindArticle(quotation.ArticleId) is { } article)
            sentences.Add($"Printed by {article.Outlet}, {article.Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.");
        return string.Join(" ", sentences);
    }

    /// <summary>Ends a sentence with a full stop unless it already ends like one.</summary>
    private static string Sentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '\u201D' ? text : text + ".";
}
