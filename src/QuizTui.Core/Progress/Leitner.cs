using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>Which question a review entry is about. Who-said-what questions are named by their quotation id.</summary>
public readonly record struct QuestionKey(string EventId, string QuizId, string QuestionId)
{
    public override string ToString() => $"{EventId}/{QuizId}/{QuestionId}";
}

/// <summary>
/// Where a question stands in review. <see cref="Box"/> is 1 to <see cref="LeitnerScheduler.BoxCount"/>
/// while it is being reviewed, and 0 when it is not (never missed, or learned).
/// </summary>
/// <param name="LastAnsweredAt">When it was last answered, in any run.</param>
/// <param name="Misses">How many answers to it were not right, over all time.</param>
public sealed record ReviewState(
    string Profile,
    string EventId,
    string QuizId,
    string QuestionId,
    int Box,
    DateTimeOffset LastAnsweredAt,
    int Misses)
{
    public QuestionKey Key => new(EventId, QuizId, QuestionId);
    public bool InReview => Box > 0;
}

/// <summary>
/// A Leitner scheduler: questions answered wrong enter box 1; a right answer moves a question up
/// one box, a wrong one sends it back to box 1, partial credit keeps it where it is. A question is
/// due when the days of its box have passed since it was last answered; right in the last box, it
/// is learned and leaves review. Pure functions: the schedule is a replay of the answer log, so a
/// better scheduler can replay the same log later.
/// </summary>
public static class LeitnerScheduler
{
    public const int BoxCount = 5;

    /// <summary>Days to wait before a question in box N (index N−1) is due again.</summary>
    public static readonly IReadOnlyList<int> IntervalDays = [0, 1, 3, 7, 14];

    /// <summary>The box after one more answer. Box 0 is "not in review".</summary>
    public static int NextBox(int box, Verdict verdict) => verdict switch
    {
        Verdict.Right => box == 0 ? 0 : box >= BoxCount ? 0 : box + 1,
        Verdict.Partial => box == 0 ? 1 : box,
        _ => 1,
    };

    /// <summary>One answer applied to a question's state (null: the question has not been answered before).</summary>
    public static ReviewState Step(ReviewState? state, AnswerRecord answer)
    {
        bool missed = answer.Verdict != Verdict.Right;
        return new ReviewState(
            answer.Profile,
            answer.EventId,
            answer.QuizId,
            answer.QuestionId,
            NextBox(state?.Box ?? 0, answer.Verdict),
            answer.AnsweredAt,
            (state?.Misses ?? 0) + (missed ? 1 : 0));
    }

    /// <summary>Replays an answer log (any order; it is sorted by time) into the state of every question answered.</summary>
    public static Dictionary<QuestionKey, ReviewState> Replay(IEnumerable<AnswerRecord> log)
    {
        var states = new Dictionary<QuestionKey, ReviewState>();
        foreach (var answer in log.OrderBy(a => a.AnsweredAt).ThenBy(a => a.Id))
        {
            var key = new QuestionKey(answer.EventId, answer.QuizId, answer.QuestionId);
            states.TryGetValue(key, out var state);
            states[key] = Step(state, answer);
        }
        return states;
    }

    /// <summary>The local day a question in review is due (null when it is not in review).</summary>
    public static DateOnly? DueOn(ReviewState state, TimeZoneInfo zone)
    {
        if (!state.InReview)
            return null;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(state.LastAnsweredAt, zone).DateTime);
        return day.AddDays(IntervalDays[Math.Clamp(state.Box, 1, BoxCount) - 1]);
    }

    public static bool IsDue(ReviewState state, DateOnly today, TimeZoneInfo zone) =>
        DueOn(state, zone) is { } due && due <= today;
}
