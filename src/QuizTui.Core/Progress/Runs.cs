using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Progress;

/// <summary>Glue between a <see cref="QuizSession"/> on screen and the <see cref="IScoreStore"/> behind it.</summary>
public static class Runs
{
    /// <summary>The kind of run a session is, from its quiz id.</summary>
    public static AttemptKind KindOf(QuizSession session) => session.Quiz.Id switch
    {
        QuizSessionBuilder.ReviewQuizId => AttemptKind.Review,
        QuizSessionBuilder.CramQuizId => AttemptKind.Cram,
        _ => AttemptKind.Quiz,
    };

    /// <summary>Opens the run in the store (call once, when the session starts).</summary>
    public static AttemptRecord Start(IScoreStore store, string profile, QuizSession session) =>
        store.StartAttempt(profile, session.Event.Id, session.Quiz.Id, session.Seed, session.Questions.Count, session.StartedAt, KindOf(session));

    /// <summary>The log row for an answer just given in a session.</summary>
    public static AnswerRecord ToRecord(AttemptRecord attempt, QuizSession session, GivenAnswer given)
    {
        var question = given.Presented.Question;
        return new AnswerRecord(
            attempt.Id,
            attempt.Profile,
            session.Event.Id,
            session.QuizIdOf(given.Presented),
            question.Id,
            question.TypeKey,
            question.Skill,
            given.Answer.Encode(),
            question.DescribeAnswer(given.Answer),
            given.Grade.Score,
            given.Grade.Verdict,
            given.TimeTaken,
            given.AnsweredAt);
    }

    /// <summary>Grades the answer in the session and stores it at once, in its own transaction.</summary>
    public static GivenAnswer Answer(IScoreStore store, AttemptRecord attempt, QuizSession session, Answer answer, TimeSpan timeTaken, DateTimeOffset answeredAt)
    {
        var given = session.Answer(answer, timeTaken, answeredAt);
        store.RecordAnswer(ToRecord(attempt, session, given));
        return given;
    }

    /// <summary>Marks the run finished with the session's score and returns the result to show.</summary>
    public static QuizResult Finish(IScoreStore store, AttemptRecord attempt, QuizSession session, DateTimeOffset finishedAt)
    {
        var result = session.Result(finishedAt);
        store.FinishAttempt(attempt.Id, result.Score, finishedAt);
        return result;
    }

    /// <summary>
    /// True for a stored row that keeps work left unfinished (a written text never checked): it is
    /// kept like an answer, but its question is still to be answered when the run is resumed.
    /// </summary>
    public static bool IsUnfinishedWork(AnswerRecord answer) =>
        answer.Verdict == Verdict.Skipped && Model.Answer.TryDecode(answer.Answer, out var decoded) && decoded.IsWorkToResume;

    /// <summary>How many questions of a run's stored rows are answered; rows that only keep unfinished work do not count.</summary>
    public static int AnsweredCount(IEnumerable<AnswerRecord> answers) =>
        answers.Where(a => !IsUnfinishedWork(a)).Select(a => a.QuestionId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// Rebuilds an unfinished quiz run from its seed and puts its stored answers back, regraded
    /// against today's content. Answers to questions no longer in the run are left in the log only.
    /// Work left unfinished (a written text the learner left the run with, neither checked nor
    /// skipped) is not an answer given: its question is asked again with the work put back.
    /// Null when the quiz is gone from the content.
    /// </summary>
    public static QuizSession? Resume(NewsEvent newsEvent, AttemptRecord attempt, IReadOnlyList<AnswerRecord> answers)
    {
        if (attempt.Kind != AttemptKind.Quiz || newsEvent.FindQuiz(attempt.QuizId) is not { } quiz)
            return null;
        var session = QuizSessionBuilder.Start(newsEvent, quiz, attempt.Seed, attempt.StartedAt);
        var inRun = session.Questions.Select(q => q.Question.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (!inRun.Contains(answer.QuestionId) || !Model.Answer.TryDecode(answer.Answer, out var decoded))
                continue;
            var given = session.Restore(answer.QuestionId, decoded, answer.TimeTaken, answer.AnsweredAt);
            if (decoded.IsWorkToResume && given.Grade.Verdict == Verdict.Skipped)
                session.KeepUnfinished(answer.QuestionId, decoded);
        }
        return session;
    }
}
