using QuizTui.Core.Model;

namespace QuizTui.Core.Quizzes;

/// <summary>
/// A question as one run shows it: the question plus the shuffled order of its options.
/// Orders are lists of content indices, in display order.
/// </summary>
/// <param name="OptionOrder">Choices (single, multiple, evidence part A), initial item order (ordering),
/// right-hand column (matching); empty for types without options.</param>
/// <param name="EvidenceOrder">Part B options of an evidence question; empty otherwise.</param>
/// <param name="SourceQuizId">In a review or cram run, the quiz the question comes from; null in a quiz's own run.</param>
public sealed record PresentedQuestion(Question Question, IReadOnlyList<int> OptionOrder, IReadOnlyList<int> EvidenceOrder, string? SourceQuizId = null);

/// <summary>One graded answer within a run.</summary>
public sealed record GivenAnswer(PresentedQuestion Presented, Answer Answer, Grade Grade, TimeSpan TimeTaken, DateTimeOffset AnsweredAt);

/// <summary>
/// One run of a quiz: the questions in their shuffled order, the answers given so far, and the
/// grading. Everything is decided by the seed, so a run can be replayed or resumed from its answers.
/// </summary>
public sealed class QuizSession
{
    private readonly GivenAnswer?[] _answers;

    internal QuizSession(NewsEvent newsEvent, Quiz quiz, int seed, IReadOnlyList<PresentedQuestion> questions, DateTimeOffset startedAt)
    {
        Event = newsEvent;
        Quiz = quiz;
        Seed = seed;
        Questions = questions;
        StartedAt = startedAt;
        _answers = new GivenAnswer?[questions.Count];
    }

    public NewsEvent Event { get; }
    public Quiz Quiz { get; }
    public int Seed { get; }
    public DateTimeOffset StartedAt { get; }
    public IReadOnlyList<PresentedQuestion> Questions { get; }
    public IReadOnlyList<GivenAnswer?> Answers => _answers;

    /// <summary>The first question not yet answered or skipped; equals the count when all are done.</summary>
    public int CurrentIndex
    {
        get
        {
            int i = Array.FindIndex(_answers, a => a is null);
            return i < 0 ? _answers.Length : i;
        }
    }

    public PresentedQuestion? Current => CurrentIndex < Questions.Count ? Questions[CurrentIndex] : null;
    public bool IsFinished => CurrentIndex >= Questions.Count;
    public int AnsweredCount => _answers.Count(a => a is not null);

    /// <summary>Grades and records the answer to the current question. Skipping is a <see cref="SkippedAnswer"/>.</summary>
    public GivenAnswer Answer(Answer answer, TimeSpan timeTaken, DateTimeOffset answeredAt)
    {
        _ = Current ?? throw new InvalidOperationException("The quiz is already finished.");
        return Record(CurrentIndex, answer, timeTaken, answeredAt);
    }

    /// <summary>Puts back an answer given earlier (resuming a run); grades it again against today's content.</summary>
    public GivenAnswer Restore(string questionId, Answer answer, TimeSpan timeTaken, DateTimeOffset answeredAt)
    {
        int index = Questions.ToList().FindIndex(q => q.Question.Id == questionId);
        if (index < 0)
            throw new ArgumentException($"Question '{questionId}' is not part of this run.", nameof(questionId));
        return Record(index, answer, timeTaken, answeredAt);
    }

    private GivenAnswer Record(int index, Answer answer, TimeSpan timeTaken, DateTimeOffset answeredAt)
    {
        var presented = Questions[index];
        var given = new GivenAnswer(presented, answer, presented.Question.Grade(answer), timeTaken, answeredAt);
        _answers[index] = given;
        return given;
    }

    public QuizResult Result(DateTimeOffset finishedAt) => QuizResult.From(this, finishedAt);

    /// <summary>The quiz a question of this run belongs to: its own quiz, or in a review run the quiz it was drawn from.</summary>
    public string QuizIdOf(PresentedQuestion presented) => presented.SourceQuizId ?? Quiz.Id;
}

/// <summary>The outcome of a run: score, time, and for who-said-what the speakers confused.</summary>
public sealed record QuizResult(
    Quiz Quiz,
    IReadOnlyList<GivenAnswer> Answers,
    double Score,
    int QuestionCount,
    TimeSpan Duration,
    IReadOnlyList<SpeakerConfusion> Confusions)
{
    /// <summary>Score as a share of all questions in the run (skipped and unanswered count as zero).</summary>
    public double Fraction => QuestionCount == 0 ? 0 : Score / QuestionCount;
    public int RightCount => Answers.Count(a => a.Grade.Verdict == Verdict.Right);
    public int PartialCount => Answers.Count(a => a.Grade.Verdict == Verdict.Partial);
    public int WrongCount => Answers.Count(a => a.Grade.Verdict == Verdict.Wrong);
    public int SkippedCount => Answers.Count(a => a.Grade.Verdict == Verdict.Skipped);

    internal static QuizResult From(QuizSession session, DateTimeOffset finishedAt)
    {
        var answers = session.Answers.OfType<GivenAnswer>().ToList();
        var confusions = answers
            .Where(a => a.Presented.Question.ShownQuotation is not null && a.Answer is SpeakerAnswer && !a.Grade.IsRight)
            .Select(a => (Actual: a.Presented.Question.ShownQuotation!.SpeakerId, Given: ((SpeakerAnswer)a.Answer).PersonId))
            .GroupBy(p => p)
            .Select(g => new SpeakerConfusion(g.Key.Actual, g.Key.Given, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.ActualSpeakerId, StringComparer.Ordinal)
            .ToList();
        return new QuizResult(
            session.Quiz,
            answers,
            answers.Sum(a => a.Grade.Score),
            session.Questions.Count,
            finishedAt - session.StartedAt,
            confusions);
    }
}

/// <summary>A quotation by one speaker attributed to another, and how often.</summary>
public sealed record SpeakerConfusion(string ActualSpeakerId, string GivenSpeakerId, int Count);
