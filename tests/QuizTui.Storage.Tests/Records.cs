using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Storage.Tests;

internal static class Records
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 10, 9, 30, 0, TimeSpan.FromHours(1));

    public static AnswerRecord Answer(AttemptRecord attempt, string questionId, Verdict verdict, DateTimeOffset at, string quizId = SampleEvent.QuizId) => new(
        attempt.Id,
        attempt.Profile,
        attempt.EventId,
        quizId,
        questionId,
        "single-choice",
        Skill.Detail,
        verdict == Verdict.Right ? "choice:0" : "choice:1",
        verdict == Verdict.Right ? "right" : "wrong",
        verdict == Verdict.Right ? 1 : verdict == Verdict.Partial ? 0.5 : 0,
        verdict,
        TimeSpan.FromMilliseconds(2500),
        at);
}
