using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Quizzes;

/// <summary>Builds runs of quizzes: which questions, in which order, with which options.</summary>
public static class QuizSessionBuilder
{
    /// <summary>
    /// Starts a run. The same event, quiz and seed always give the same questions in the same
    /// order with the same options, so a class can replay a run and a killed run can be resumed.
    /// </summary>
    public static QuizSession Start(NewsEvent newsEvent, Quiz quiz, int seed, DateTimeOffset startedAt)
    {
        var random = new Random(seed);
        var questions = quiz switch
        {
            WhoSaidWhatQuiz w => WhoSaidWhatType.Draw(newsEvent, w, random),
            ComprehensionQuiz c => Shuffling.Shuffle(c.Questions, random),
            _ => throw new ArgumentOutOfRangeException(nameof(quiz), quiz.GetType().Name, "Unknown quiz kind."),
        };
        var presented = questions.Select(q => Present(q, random)).ToList();
        return new QuizSession(newsEvent, quiz, seed, presented, startedAt);
    }

    /// <summary>The questions of a quiz in content order, without shuffling (for listing and export).</summary>
    public static IReadOnlyList<Question> AllQuestions(NewsEvent newsEvent, Quiz quiz) => quiz switch
    {
        WhoSaidWhatQuiz w => WhoSaidWhatType.AllQuestions(newsEvent, w),
        ComprehensionQuiz c => c.Questions,
        _ => [],
    };

    /// <summary>How many questions one run asks.</summary>
    public static int QuestionCount(NewsEvent newsEvent, Quiz quiz) => quiz switch
    {
        WhoSaidWhatQuiz w => WhoSaidWhatType.QuestionCount(newsEvent, w),
        ComprehensionQuiz c => c.Questions.Count,
        _ => 0,
    };

    /// <summary>The quiz id of a review run and of a cram run (the answers keep their own quiz ids).</summary>
    public const string ReviewQuizId = "@review";
    public const string CramQuizId = "@cram";

    /// <summary>
    /// Starts a run mixing questions from several quizzes of an event: a review of due questions or
    /// cram practice. Each question is looked up by its quiz and id (a who-said-what question by its
    /// quotation id, with speakers drawn afresh); those no longer in the content are left out. The
    /// questions are shuffled by the seed, and each knows its quiz through
    /// <see cref="PresentedQuestion.SourceQuizId"/>.
    /// </summary>
    /// <param name="cram">True for cram practice: the run's quiz id is <see cref="CramQuizId"/>.</param>
    public static QuizSession StartReview(
        NewsEvent newsEvent,
        IEnumerable<(string QuizId, string QuestionId)> items,
        int seed,
        DateTimeOffset startedAt,
        bool cram = false)
    {
        var random = new Random(seed);
        var picked = new List<(Question Question, string QuizId)>();
        var seen = new HashSet<(string, string)>();
        foreach (var (quizId, questionId) in items)
        {
            if (!seen.Add((quizId, questionId)))
                continue;
            var question = newsEvent.FindQuiz(quizId) switch
            {
                ComprehensionQuiz c => c.Questions.FirstOrDefault(q => q.Id == questionId),
                WhoSaidWhatQuiz w => WhoSaidWhatType.Ask(newsEvent, w, questionId, random),
                _ => null,
            };
            if (question is not null)
                picked.Add((question, quizId));
        }
        var presented = Shuffling.Shuffle(picked, random)
            .Select(p => Present(p.Question, random) with { SourceQuizId = p.QuizId })
            .ToList();
        var quiz = new ComprehensionQuiz(
            cram ? CramQuizId : ReviewQuizId,
            cram ? "Cram practice" : "Review",
            cram ? "Every question of the event, whatever the schedule." : "Questions you missed, back on schedule.",
            SourceLocation.None,
            null,
            presented.Select(p => p.Question).ToList());
        return new QuizSession(newsEvent, quiz, seed, presented, startedAt);
    }

    /// <summary>Every question of every quiz of an event, by quiz (what cram practice draws from).</summary>
    public static IReadOnlyList<(string QuizId, string QuestionId)> EveryQuestion(NewsEvent newsEvent) =>
        newsEvent.Quizzes.SelectMany(quiz => quiz switch
        {
            WhoSaidWhatQuiz w => WhoSaidWhatType.QuotationsOf(newsEvent, w).Select(q => (quiz.Id, q.Id)),
            ComprehensionQuiz c => c.Questions.Select(q => (quiz.Id, q.Id)),
            _ => [],
        }).ToList();

    /// <summary>The question with its options shuffled as its type shows them.</summary>
    private static PresentedQuestion Present(Question question, Random random) => question.Type.Present(question, random);
}
