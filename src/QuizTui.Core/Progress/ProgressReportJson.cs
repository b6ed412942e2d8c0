using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>
/// <c>quiztui stats --format json</c> (docs/scores.md): a <see cref="ProgressReport"/> as a public
/// format. Fractions are 0 to 1, rounded to four places; a figure with nothing to show is left out.
/// </summary>
public sealed record ProgressReportJson(
    string Profile,
    DateTimeOffset ComputedAt,
    int Answers,
    int DueForReview,
    ScoreSummaryJson Overall,
    StreakJson Streak,
    IReadOnlyList<EventProgressJson> Events,
    IReadOnlyList<SkillJson> Skills,
    IReadOnlyList<SpeakerJson> Speakers,
    IReadOnlyList<MixUpJson> MixUps,
    IReadOnlyList<RetiredQuestionJson> RetiredQuestions)
{
    public static ProgressReportJson From(ProgressReport report) => new(
        report.Profile,
        report.ComputedAt,
        report.TotalAnswers,
        report.DueForReview,
        ScoreSummaryJson.From(report.Overall),
        new StreakJson(report.Streak.Current, report.Streak.Longest, report.Streak.DaysPractised, report.Streak.PractisedToday, report.Streak.LastDay),
        report.Events.Select(e => new EventProgressJson(
            e.EventId, e.Title, e.InContent, e.Answered, e.DueForReview, ScoreSummaryJson.From(e.Summary),
            e.Quizzes.Select(q => new QuizProgressJson(
                q.QuizId, q.Title, q.InContent, q.ArticleId, ScoreSummaryJson.From(q.Summary),
                q.Series.Select(p => new ScorePointJson(p.At, Round(p.Fraction), p.AttemptId)).ToList())).ToList(),
            e.Articles.Select(a => new ArticleProgressJson(
                a.ArticleId, a.Outlet, a.Headline, a.Answered, Round(a.Accuracy), ScoreSummaryJson.From(a.Summary))).ToList())).ToList(),
        report.Skills.Select(s => new SkillJson(s.Skill.Key(), s.Answered, Round(s.Average), Round(s.Recent))).ToList(),
        report.Speakers.Select(s => new SpeakerJson(s.EventId, s.PersonId, s.Name, s.Answered, s.Right)).ToList(),
        report.MixUps.Select(m => new MixUpJson(m.EventId, m.ActualSpeakerId, m.GivenSpeakerId, m.Count, m.Sentence)).ToList(),
        report.Retired.Select(r => new RetiredQuestionJson(r.EventId, r.QuizId, r.QuestionId, r.Answered, Round(r.Average), r.LastAnsweredAt)).ToList());

    internal static double Round(double value) => Math.Round(value, 4);

    internal static double? Round(double? value) => value is { } v ? Round(v) : null;
}

/// <param name="Best">Fractions of finished runs; left out when none finished.</param>
/// <param name="LastAt">When the newest run started or finished; left out when never tried.</param>
public sealed record ScoreSummaryJson(int Attempts, int Finished, double? Best, double? Last, double? Average, DateTimeOffset? LastAt)
{
    public static ScoreSummaryJson From(ScoreSummary s) =>
        new(s.Attempts, s.Finished, ProgressReportJson.Round(s.Best), ProgressReportJson.Round(s.Last), ProgressReportJson.Round(s.Average), s.LastAt);
}

/// <param name="LastDay">The last local day practised; left out when never.</param>
public sealed record StreakJson(int CurrentDays, int LongestDays, int DaysPractised, bool PractisedToday, DateOnly? LastDay);

public sealed record EventProgressJson(
    string EventId,
    string Title,
    bool InContent,
    int Answers,
    int DueForReview,
    ScoreSummaryJson Summary,
    IReadOnlyList<QuizProgressJson> Quizzes,
    IReadOnlyList<ArticleProgressJson> Articles);

/// <param name="ArticleId">The article the quiz is about; left out for an event-level quiz.</param>
/// <param name="Scores">Each finished run, oldest first.</param>
public sealed record QuizProgressJson(string QuizId, string Title, bool InContent, string? ArticleId, ScoreSummaryJson Summary, IReadOnlyList<ScorePointJson> Scores);

public sealed record ScorePointJson(DateTimeOffset At, double Score, long AttemptId);

/// <param name="Accuracy">The mean score of the answers citing the article; left out when none.</param>
public sealed record ArticleProgressJson(string ArticleId, string Outlet, string Headline, int Answers, double? Accuracy, ScoreSummaryJson Summary);

/// <param name="Mastery">The mean score of the latest answers of the skill; left out, like the average, when none.</param>
public sealed record SkillJson(string Skill, int Answers, double? Average, double? Mastery);

public sealed record SpeakerJson(string EventId, string PersonId, string Name, int Answers, int Right);

public sealed record MixUpJson(string EventId, string SaidBy, string GivenTo, int Count, string Sentence);

public sealed record RetiredQuestionJson(string EventId, string QuizId, string QuestionId, int Answers, double Average, DateTimeOffset LastAnsweredAt);
