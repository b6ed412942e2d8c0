using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>Reads the keys of a who-said-what quiz, and checks it against the pack's quotations and people.</summary>
internal static class WhoSaidWhatQuizReader
{
    public static WhoSaidWhatQuiz? Read(Fields f, PackContent pack, string? id, string? title, string? description, SourceLocation location)
    {
        var quotationIds = Selector(f, pack, "quotations", ContentKeys.AllQuotations, RefKind.Quotation, "a who-said-what quiz");
        int? perRun = f.Int("per_run");
        if (perRun is < 1)
        {
            f.Report(DiagnosticCodes.PerRunTooSmall, f.At("per_run"), $"`per_run` must be at least 1, not {perRun}; leave it out to ask every quotation.");
            perRun = null;
        }
        int choices = f.Int("choices") ?? WhoSaidWhatQuiz.DefaultChoiceCount;
        if (choices is < ContentKeys.MinWhoSaidWhatChoices or > ContentKeys.MaxWhoSaidWhatChoices)
        {
            f.Report(DiagnosticCodes.ChoicesOutOfRange, f.At("choices"),
                $"`choices` must be between {ContentKeys.MinWhoSaidWhatChoices} and {ContentKeys.MaxWhoSaidWhatChoices}, not {choices}.");
        }
        var distractors = Selector(f, pack, "distractors", ContentKeys.AllPeople, RefKind.Person, "a who-said-what quiz");
        pack.Checks.Add(new SpeakerCheck(f, quotationIds, perRun, choices, distractors));
        return id is null || title is null
            ? null
            : new WhoSaidWhatQuiz(id, title, description, location, quotationIds, perRun, choices, distractors);
    }

    /// <summary>A list of ids, or null for the keyword (or no key) meaning the default.</summary>
    private static List<string>? Selector(Fields f, PackContent pack, string key, string keyword, RefKind kind, string where)
    {
        if (f.Value(key) is not { } v)
            return null;
        if (v.IsScalar && v.Value.Trim() == keyword)
            return null;
        if (v.Kind == YamlKind.Sequence)
        {
            if (v.Items.Count == 0)
                f.Report(DiagnosticCodes.EmptyValue, f.KeyAt(key), $"`{key}` is an empty list; list ids, or write `{keyword}` (or leave the key out) for the default.");
            return pack.References.IdList(f.Values, v.Items, key, kind, where);
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
            if (speakers.Count < ContentKeys.MinSpeakers)
            {
                f.Report(DiagnosticCodes.TooFewSpeakers, f.Value("distractors") ?? f.Node,
                    $"the quiz has only {speakers.Count} possible speakers; a who-said-what quiz needs at least {ContentKeys.MinSpeakers}. Add people to `distractors` or to event.yaml.");
            }
            else if (speakers.Count < choices && choices is >= ContentKeys.MinWhoSaidWhatChoices and <= ContentKeys.MaxWhoSaidWhatChoices)
            {
                f.Report(DiagnosticCodes.FewerSpeakersThanChoices, f.Value("choices") ?? f.Node,
                    $"the quiz offers {choices} choices but has only {speakers.Count} possible speakers; each question will offer {speakers.Count}. Lower `choices` or add distractors.");
            }
        }
    }
}
