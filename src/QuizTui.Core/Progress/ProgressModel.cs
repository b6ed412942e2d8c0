using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>
/// Attempts of a quiz (or of all quizzes of an event or article): scores are fractions from 0 to 1
/// of finished quiz runs; review and cram runs are not counted here.
/// </summary>
/// <param name="Attempts">Runs started, finished or not.</param>
/// <param name="Finished">Runs completed (not abandoned).</param>
/// <param name="LastAt">When the newest run was started or finished; null when never tried.</param>
public sealed record ScoreSummary(int Attempts, int Finished, double? Best, double? Last, double? Average, DateTimeOffset? LastAt)
{
    public static readonly ScoreSummary Empty = new(0, 0, null, null, null, null);
}

/// <summary>One finished run on a quiz's chart of scores over time.</summary>
public sealed record ScorePoint(DateTimeOffset At, double Fraction, long AttemptId);

public sealed record QuizProgress(
    string EventId,
    string QuizId,
    string Title,
    string? ArticleId,
    ScoreSummary Summary,
    IReadOnlyList<ScorePoint> Series,
    bool InContent);

/// <summary>Progress on an article: runs of quizzes about it, and every answer to a question citing it.</summary>
/// <param name="Accuracy">The mean score of those answers; null when none.</param>
public sealed record ArticleProgress(
    string EventId,
    string ArticleId,
    string Outlet,
    string Headline,
    ScoreSummary Summary,
    int Answered,
    double? Accuracy);

/// <param name="InContent">False when the event's content is not loaded: ids are shown instead of titles.</param>
public sealed record EventProgress(
    string EventId,
    string Title,
    bool InContent,
    ScoreSummary Summary,
    IReadOnlyList<QuizProgress> Quizzes,
    IReadOnlyList<ArticleProgress> Articles,
    int Answered,
    int DueForReview);

/// <param name="Average">The mean score of every answer with this skill.</param>
/// <param name="Recent">The mean score of the last <see cref="ProgressReport.RecentWindow"/> of them: the mastery shown.</param>
public sealed record SkillMastery(Skill Skill, int Answered, double? Average, double? Recent);

/// <summary>How often the learner named the right speaker for a person's quotations.</summary>
public sealed record SpeakerAccuracy(string EventId, string PersonId, string Name, int Answered, int Right)
{
    public double Accuracy => Answered == 0 ? 0 : Right / (double)Answered;
}

/// <summary>A speaker's words given to someone else, and how often.</summary>
public sealed record SpeakerMixUp(string EventId, string ActualSpeakerId, string ActualName, string GivenSpeakerId, string GivenName, int Count)
{
    /// <summary>"you gave Mary Houtmann's words to Melanie Gaboriault 3 times".</summary>
    public string Sentence => ProgressText.MixUpSentence(this);
}

/// <summary>Days practised, as local calendar days.</summary>
/// <param name="Current">Days in a row up to today, or up to yesterday when not yet practised today.</param>
public sealed record PracticeStreak(int Current, int Longest, int DaysPractised, DateOnly? LastDay, bool PractisedToday)
{
    public static readonly PracticeStreak None = new(0, 0, 0, null, false);
}

/// <summary>A question still in the learner's history but no longer in the content.</summary>
public sealed record RetiredQuestion(string EventId, string QuizId, string QuestionId, string QuestionType, int Answered, double Average, DateTimeOffset LastAnsweredAt);

/// <summary>Everything the progress screens and <c>quiztui stats</c> show, computed in one pass over the log.</summary>
public sealed record ProgressReport(
    string Profile,
    DateTimeOffset ComputedAt,
    int TotalAnswers,
    ScoreSummary Overall,
    IReadOnlyList<EventProgress> Events,
    IReadOnlyList<SkillMastery> Skills,
    IReadOnlyList<SpeakerAccuracy> Speakers,
    IReadOnlyList<SpeakerMixUp> MixUps,
    PracticeStreak Streak,
    IReadOnlyList<RetiredQuestion> Retired,
    int DueForReview)
{
    /// <summary>How many of the latest answers of a skill make its mastery figure.</summary>
    public const int RecentWindow = 20;

    public EventProgress? FindEvent(string eventId) => Events.FirstOrDefault(e => e.EventId == eventId);

    public QuizProgress? FindQuiz(string eventId, string quizId) =>
        FindEvent(eventId)?.Quizzes.FirstOrDefault(q => q.QuizId == quizId);
}
