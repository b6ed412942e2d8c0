using System.Globalization;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Presentation;

/// <summary>
/// The progress screen: totals and streak, a chart of scores over time per quiz, mastery per skill,
/// accuracy per speaker with the speakers mixed up, and questions retired from the content.
/// </summary>
public sealed class ProgressModel(StudyContext context) : ScreenModel
{
    private const int BarWidth = 20;

    public StudyContext Context { get; } = context;

    public override string Title => Strings.AppName + Strings.Separator + Strings.ProgressTitle;

    public override string? Learner => Context.Profile;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.PageDown, Strings.KeyScroll),
        new(UiCommand.Retry, Strings.KeyReview),
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    /// <summary>The report shown (the answer log is read the first time, then kept up to date in memory).</summary>
    public ProgressReport Report => Context.Tracker.Full;

    public override Document Body()
    {
        var report = Report;
        var now = Context.Now;
        var doc = new Document();
        if (report.TotalAnswers == 0 && report.Overall.Attempts == 0)
        {
            doc.Text(Strings.NothingYet, Tone.Dim);
            doc.Gap().Text(Strings.DueReview(ProgressText.Due(report.DueForReview), report.DueForReview > 0, Context.Keys), Tone.Dim);
            return doc;
        }

        doc.Text(Strings.Totals, Tone.Heading);
        doc.Text(Strings.TotalsLine(report.TotalAnswers, report.Overall.Attempts, report.Overall.Finished), indent: 2);
        doc.Text(Strings.OverallLine(ProgressText.Summary(report.Overall, now)), indent: 2);
        doc.Text(Strings.StreakLine(ProgressText.Streak(report.Streak)), report.Streak.PractisedToday ? Tone.Good : Tone.Normal, indent: 2);
        doc.Text(Strings.DueReview(ProgressText.Due(report.DueForReview), report.DueForReview > 0, Context.Keys), report.DueForReview > 0 ? Tone.Warning : Tone.Dim, indent: 2);

        doc.Heading(Strings.ScoresOverTime);
        doc.Text(Strings.ChartKey, Tone.Dim, indent: 2);
        foreach (var e in report.Events)
        {
            var tried = e.Quizzes.Where(q => q.Summary.Attempts > 0).ToList();
            if (tried.Count == 0)
                continue;
            if (report.Events.Count > 1)
                doc.Text(e.Title + (e.InContent ? "" : Strings.RetiredMark), Tone.Accent, indent: 2);
            doc.Add(new Chart(tried.Select(q => new ChartRow(
                q.Title + (q.InContent ? "" : Strings.RetiredMark),
                q.Series.Select(p => p.Fraction).ToList(),
                ProgressText.Summary(q.Summary, now),
                q.InContent ? Tone.Normal : Tone.Dim)).ToList()));
            int notTried = e.Quizzes.Count(q => q.InContent && q.Summary.Attempts == 0);
            if (notTried > 0)
                doc.Text(Strings.NotTriedQuizzes(notTried), Tone.Dim, indent: 2);
        }

        doc.Gap();
        doc.Add(new Columns([SkillBlocks(report), SpeakerBlocks(report)], MinColumnWidth: 60));

        if (report.Retired.Count > 0)
        {
            doc.Heading(Strings.RetiredHeading);
            foreach (var r in report.Retired)
            {
                string quiz = report.FindQuiz(r.EventId, r.QuizId)?.Title ?? r.QuizId;
                doc.Add(new Para(
                    [new Span(Strings.Bullet + " ", Tone.Dim), new Span(Strings.RetiredLine(quiz, r.QuestionId, r.Answered, ProgressText.Percent(r.Average), ProgressText.When(r.LastAnsweredAt, now)), Tone.Dim)],
                    Indent: 2, Hanging: 2));
            }
        }
        return doc;
    }

    private static List<Block> SkillBlocks(ProgressReport report)
    {
        var blocks = new List<Block> { new Para(Strings.MasteryBySkill, Tone.Heading), new Para(Strings.MasteryNote, Tone.Dim, indent: 2) };
        int pad = report.Skills.Max(s => s.Skill.Label().Length) + 2;
        foreach (var s in report.Skills)
        {
            string name = s.Skill.Label().PadRight(pad);
            if (s.Answered == 0)
            {
                blocks.Add(new Para([new Span(name, Tone.Dim), new Span(new string('·', BarWidth) + "  " + Strings.SkillAnswers(0), Tone.Dim)], Indent: 2, Hanging: pad));
                continue;
            }
            double mastery = s.Recent ?? 0;
            blocks.Add(new Para(
                [new Span(name), .. Bar(mastery), new Span(" " + ProgressText.Percent(mastery).PadLeft(4), ToneOf(mastery)), new Span("  " + Strings.SkillAnswers(s.Answered), Tone.Dim)],
                Indent: 2, Hanging: pad));
        }
        return blocks;
    }

    private static List<Block> SpeakerBlocks(ProgressReport report)
    {
        var blocks = new List<Block> { new Para(Strings.SpeakerAccuracy, Tone.Heading) };
        if (report.Speakers.Count == 0)
        {
            blocks.Add(new Para(Strings.SkillAnswers(0), Tone.Dim, indent: 2));
            return blocks;
        }
        int pad = Math.Min(24, report.Speakers.Max(s => s.Name.Length)) + 2;
        foreach (var s in report.Speakers)
        {
            string name = s.Name.Length > pad - 2 ? s.Name[..(pad - 3)] + "…" : s.Name;
            blocks.Add(new Para(
                [new Span(name.PadRight(pad)), .. Bar(s.Accuracy, 10), new Span(" " + ProgressText.Percent(s.Accuracy).PadLeft(4), ToneOf(s.Accuracy)), new Span("  " + Strings.SpeakerRight(s.Right, s.Answered), Tone.Dim)],
                Indent: 2, Hanging: pad));
        }

        blocks.Add(Gap.Instance);
        blocks.Add(new Para(Strings.MixUps, Tone.Heading));
        if (report.MixUps.Count == 0)
        {
            blocks.Add(new Para(Strings.NoMixUps, Tone.Dim, indent: 2));
            return blocks;
        }
        foreach (var m in report.MixUps)
            blocks.Add(new Para([new Span(Strings.Bullet + " ", Tone.Bad), new Span(Capitalise(m.Sentence))], Indent: 2, Hanging: 2));
        foreach (var e in report.MixUps.Select(m => m.EventId).Distinct())
        {
            blocks.Add(Gap.Instance);
            blocks.AddRange(ConfusionTable(report, e));
        }
        return blocks;
    }

    /// <summary>Rows: who said it; columns: who the learner named (initials); right answers on the diagonal.</summary>
    public static IEnumerable<Block> ConfusionTable(ProgressReport report, string eventId)
    {
        var mixUps = report.MixUps.Where(m => m.EventId == eventId).ToList();
        var people = report.Speakers.Where(s => s.EventId == eventId).Select(s => (Id: s.PersonId, s.Name))
            .Concat(mixUps.Select(m => (Id: m.GivenSpeakerId, Name: m.GivenName)))
            .DistinctBy(p => p.Id)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var initials = Initials(people.Select(p => p.Name).ToList());
        int pad = Math.Min(22, people.Max(p => p.Name.Length)) + 2;
        int cell = Math.Max(4, initials.Max(i => i.Length) + 2);
        yield return new Para(Strings.ConfusionTable, Tone.Dim, indent: 2);
        yield return new Para([new Span(new string(' ', pad) + string.Concat(initials.Select(i => i.PadLeft(cell))), Tone.Key)], Indent: 2);
        for (int r = 0; r < people.Count; r++)
        {
            var row = people[r];
            var speaker = report.Speakers.FirstOrDefault(s => s.EventId == eventId && s.PersonId == row.Id);
            if (speaker is null)
                continue;
            string name = row.Name.Length > pad - 2 ? row.Name[..(pad - 3)] + "…" : row.Name;
            var spans = new List<Span> { new(name.PadRight(pad)) };
            for (int c = 0; c < people.Count; c++)
            {
                int n = r == c ? speaker.Right : mixUps.FirstOrDefault(m => m.ActualSpeakerId == row.Id && m.GivenSpeakerId == people[c].Id)?.Count ?? 0;
                string text = n == 0 ? "·" : n.ToString(CultureInfo.InvariantCulture);
                spans.Add(new Span(text.PadLeft(cell), n == 0 ? Tone.Dim : r == c ? Tone.Good : Tone.Bad));
            }
            spans.Add(new Span("  " + initials[r], Tone.Key));
            yield return new Para(spans, Indent: 2);
        }
    }

    /// <summary>"TK", "MH", "MG" — longer when two names would share initials.</summary>
    public static IReadOnlyList<string> Initials(IReadOnlyList<string> names)
    {
        static string Of(string name, int letters) =>
            string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Take(3)
                .Select((w, i) => i == 0 ? w[..Math.Min(letters, w.Length)] : w[..1])).ToUpperInvariant();
        for (int letters = 1; letters <= 3; letters++)
        {
            var list = names.Select(n => Of(n, letters)).ToList();
            if (list.Distinct().Count() == list.Count)
                return list;
        }
        return names.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
    }

    private static Span[] Bar(double fraction, int width = BarWidth)
    {
        int filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width);
        return [new Span(new string('█', filled), ToneOf(fraction)), new Span(new string('░', width - filled), Tone.Dim)];
    }

    private static Tone ToneOf(double fraction) => fraction >= 0.8 ? Tone.Good : fraction >= 0.5 ? Tone.Accent : Tone.Bad;

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public override Outcome Handle(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.Back or UiCommand.Accept:
                return Outcome.Back;
            case UiCommand.Retry when ReviewRuns.Review(Context) is { } review:
                return Outcome.Replace(review);
            default:
                return Outcome.Ignored;
        }
    }
}
