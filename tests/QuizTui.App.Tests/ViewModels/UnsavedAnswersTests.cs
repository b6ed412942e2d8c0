using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.Core.Progress;
using QuizTui.Presentation;
using QuizTui.Storage;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>
/// A score database that cannot take an answer (a full disk, another program holding it) does not
/// end the quiz: the learner is told on the quiz screen, and the answer is kept and saved later.
/// </summary>
public class UnsavedAnswersTests
{
    [Fact]
    public void An_answer_the_database_cannot_take_is_kept_the_quiz_screen_says_so_and_it_is_saved_once_the_disk_has_room()
    {
        var saved = new InMemoryScoreStore();
        var disk = new FlakyStore(saved);
        var context = TuiApp.Context(Sample.Library(), disk, new TuiOptions(ThemeName.Default, 7, "tester"), new FixedClock(FixedClock.TestDay));
        var e = context.Library.Events[0];
        var quiz = QuizModel.Start(context, e, e.Quizzes[0]);

        disk.Full = true;
        QuizModelTests.AnswerRight(quiz);

        Assert.True(quiz.ShowingFeedback);
        string body = quiz.Body().ToString();
        Assert.Contains("1 answer is not saved yet", body, StringComparison.Ordinal);
        Assert.Contains("is full", body, StringComparison.Ordinal);
        Assert.Empty(saved.AnswerLog("tester"));

        disk.Full = false;
        quiz.Handle(UiCommand.Accept);
        QuizModelTests.AnswerRight(quiz);

        Assert.True(SpinWait.SpinUntil(() => saved.AnswerLog("tester").Count == 2, TimeSpan.FromSeconds(10)), "the kept answer was not saved once the disk had room");
        Assert.True(SpinWait.SpinUntil(() => !quiz.Body().ToString().Contains("not saved yet", StringComparison.Ordinal), TimeSpan.FromSeconds(10)));
        Assert.Equal(quiz.Session.Questions.Take(2).Select(q => q.Question.Id), saved.AnswerLog("tester").Select(a => a.QuestionId));
    }

    /// <summary>A store whose disk fills up and empties when the test says.</summary>
    private sealed class FlakyStore(IScoreStore inner) : IScoreStore
    {
        public volatile bool Full;

        private void Check()
        {
            if (Full)
                throw new ScoreStoreException(ScoreStoreProblem.Failed, "/home/tester/scores.db", "The disk holding the score database /home/tester/scores.db is full. Free some space on it.");
        }

        public AttemptRecord StartAttempt(string profile, string eventId, string quizId, int seed, int questionCount, DateTimeOffset startedAt, AttemptKind kind = AttemptKind.Quiz)
        {
            Check();
            return inner.StartAttempt(profile, eventId, quizId, seed, questionCount, startedAt, kind);
        }

        public AnswerRecord RecordAnswer(AnswerRecord answer)
        {
            Check();
            return inner.RecordAnswer(answer);
        }

        public void FinishAttempt(long attemptId, double score, DateTimeOffset finishedAt)
        {
            Check();
            inner.FinishAttempt(attemptId, score, finishedAt);
        }

        public void AbandonAttempt(long attemptId, DateTimeOffset at)
        {
            Check();
            inner.AbandonAttempt(attemptId, at);
        }

        public ProfileRecord EnsureProfile(string name, DateTimeOffset at)
        {
            Check();
            return inner.EnsureProfile(name, at);
        }

        public AttemptRecord? FindUnfinishedAttempt(string profile, string eventId, string quizId) => inner.FindUnfinishedAttempt(profile, eventId, quizId);
        public IReadOnlyList<AttemptRecord> UnfinishedAttempts(string profile) => inner.UnfinishedAttempts(profile);
        public AttemptRecord? FindAttempt(long attemptId) => inner.FindAttempt(attemptId);
        public IReadOnlyList<AnswerRecord> AnswersOf(long attemptId) => inner.AnswersOf(attemptId);
        public IReadOnlyList<AttemptRecord> Attempts(string profile, string? eventId = null) => inner.Attempts(profile, eventId);
        public IReadOnlyList<AnswerRecord> AnswerLog(string profile, DateTimeOffset? since = null) => inner.AnswerLog(profile, since);
        public IReadOnlyList<ProfileRecord> Profiles() => inner.Profiles();
        public IReadOnlyList<ReviewState> ReviewStates(string profile) => inner.ReviewStates(profile);
    }
}
