using QuizTui.Core.Model;

namespace QuizTui.Core.Quizzes;

/// <summary>Builds runs of quizzes: which questions, in which order, with which options.</summary>
public static class QuizSessionBuilder
{
    public const string WhoSaidWhatPrompt = "Who said this?";

    /// <summary>
    /// Starts a run. The same event, quiz and seed always give the same questions in the same
    /// order with the same options, so a class can replay a run and a killed run can be resumed.
    /// </summary>
    public static QuizSession Start(NewsEvent newsEvent, Quiz quiz, int seed, DateTimeOffset startedAt)
    {
        var random = new Random(seed);
        var questions = quiz switch
        {
            WhoSaidWhatQuiz w => WhoSaidWhatQuestions(newsEvent, w, random),
            ComprehensionQuiz c => Shuffle(c.Questions, random),
            _ => throw new ArgumentOutOfRangeException(nameof(quiz), quiz.GetType().Name, "Unknown quiz kind."),
        };
        var presented = questions.Select(q => Present(q, random)).ToList();
        return new QuizSession(newsEvent, quiz, seed, presented, startedAt);
    }

    /// <summary>The questions of a quiz in content order, without shuffling (for listing and export).</summary>
    public static IReadOnlyList<Question> AllQuestions(NewsEvent newsEvent, Quiz quiz) => quiz switch
    {
        WhoSaidWhatQuiz w => QuotationsOf(newsEvent, w).Select(q => MakeWhoSaidWhat(newsEvent, w, q, [])).ToList(),
        ComprehensionQuiz c => c.Questions,
        _ => [],
    };

    /// <summary>How many questions one run asks.</summary>
    public static int QuestionCount(NewsEvent newsEvent, Quiz quiz) => quiz switch
    {
        WhoSaidWhatQuiz w => Math.Min(w.PerRun ?? int.MaxValue, DistinctQuotations(newsEvent, QuotationsOf(newsEvent, w)).Count()),
        ComprehensionQuiz c => c.Questions.Count,
        _ => 0,
    };

    private static List<Quotation> QuotationsOf(NewsEvent newsEvent, WhoSaidWhatQuiz quiz) =>
        quiz.QuotationIds is null
            ? newsEvent.Quotations.ToList()
            : quiz.QuotationIds.Select(newsEvent.FindQuotation).OfType<Quotation>().ToList();

    /// <summary>
    /// The quotations in order, keeping only the first of several outlets' versions of the same words,
    /// so a run never asks about the same quotation twice.
    /// </summary>
    private static IEnumerable<Quotation> DistinctQuotations(NewsEvent newsEvent, IEnumerable<Quotation> quotations)
    {
        var groups = QuotationComparison.Groups(newsEvent);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (var (_, version) in groups[g].Versions)
                groupOf[version.Id] = g;
        }
        var groupsTaken = new HashSet<int>();
        foreach (var quotation in quotations)
        {
            if (!groupOf.TryGetValue(quotation.Id, out int group) || groupsTaken.Add(group))
                yield return quotation;
        }
    }

    private static List<Question> WhoSaidWhatQuestions(NewsEvent newsEvent, WhoSaidWhatQuiz quiz, Random random)
    {
        var chosen = DistinctQuotations(newsEvent, Shuffle(QuotationsOf(newsEvent, quiz), random)).Take(quiz.PerRun ?? int.MaxValue).ToList();
        var questions = new List<Question>();
        foreach (var quotation in chosen)
            questions.Add(WhoSaidWhatWithSpeakers(newsEvent, quiz, quotation, random));
        return questions;
    }

    private static WhoSaidWhatQuestion WhoSaidWhatWithSpeakers(NewsEvent newsEvent, WhoSaidWhatQuiz quiz, Quotation quotation, Random random)
    {
        var pool = (quiz.DistractorPool ?? newsEvent.People.Select(p => p.Id))
            .Where(id => id != quotation.SpeakerId)
            .Distinct()
            .Select(newsEvent.FindPerson)
            .OfType<Person>()
            .ToList();
        var distractors = Shuffle(pool, random).Take(Math.Max(0, quiz.ChoiceCount - 1));
        var speakers = new[] { newsEvent.FindPerson(quotation.SpeakerId) }.OfType<Person>().Concat(distractors).ToList();
        return MakeWhoSaidWhat(newsEvent, quiz, quotation, Shuffle(speakers, random));
    }

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
                WhoSaidWhatQuiz w when QuotationsOf(newsEvent, w).FirstOrDefault(q => q.Id == questionId) is { } quotation =>
                    WhoSaidWhatWithSpeakers(newsEvent, w, quotation, random),
                _ => null,
            };
            if (question is not null)
                picked.Add((question, quizId));
        }
        var presented = Shuffle(picked, random)
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
            WhoSaidWhatQuiz w => QuotationsOf(newsEvent, w).Select(q => (quiz.Id, q.Id)),
            ComprehensionQuiz c => c.Questions.Select(q => (quiz.Id, q.Id)),
            _ => [],
        }).ToList();

    private static WhoSaidWhatQuestion MakeWhoSaidWhat(NewsEvent newsEvent, WhoSaidWhatQuiz quiz, Quotation quotation, IReadOnlyList<Person> speakers) =>
        // The app shows the outlet beside the quotation and as the source, so the explanation leaves it out.
        new(quotation.Id, WhoSaidWhatPrompt, WhoSaidWhatExplanation(newsEvent, quotation, withSource: false),
            [quotation.ArticleId], quiz.Location, quotation, speakers);

    /// <summary>
    /// Who said a quotation and how, then its context, then (with <paramref name="withSource"/>) which
    /// outlet printed it: "Sam Anderson, Employee, Hootsuite, in a tweet. Posted on Wednesday. Printed by CRN, 24 September 2020."
    /// </summary>
    public static string WhoSaidWhatExplanation(NewsEvent newsEvent, Quotation quotation, bool withSource)
    {
        var speaker = newsEvent.FindPerson(quotation.SpeakerId);
        string who = speaker?.Label ?? quotation.SpeakerId;
        var sentences = new List<string> { $"{who}, {ChannelPhrase(quotation.Channel)}." };
        if (!string.IsNullOrWhiteSpace(quotation.Context))
            sentences.Add(Sentence(quotation.Context.Trim()));
        if (withSource && newsEvent.FindArticle(quotation.ArticleId) is { } article)
            sentences.Add($"Printed by {article.Outlet}, {article.Published.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.");
        return string.Join(" ", sentences);
    }

    /// <summary>Ends a sentence with a full stop unless it already ends like one.</summary>
    private static string Sentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '\u201D' ? text : text + ".";

    /// <summary>How a quotation was given, after its speaker: "in a tweet", "in a press release".</summary>
    public static string ChannelPhrase(string channel) => channel switch
    {
        "tweet" => "in a tweet",
        "email" => "in an email",
        "statement" => "in a statement",
        "interview" => "in an interview",
        "post" => "in a social media post",
        "letter" => "in a letter",
        "press-release" => "in a press release",
        "speech" => "in a speech",
        _ => "as quoted",
    };

    private static PresentedQuestion Present(Question question, Random random) => question switch
    {
        SingleChoiceQuestion q => new(q, Permutation(q.Choices.Count, random), []),
        MultipleAnswersQuestion q => new(q, Permutation(q.Choices.Count, random), []),
        EvidenceQuestion q => new(q, Permutation(q.Choices.Count, random), Permutation(q.Evidence.Count, random)),
        OrderingQuestion q => new(q, Derangement(q.Items.Count, random), []),
        MatchingQuestion q => new(q, Derangement(q.Pairs.Count, random), []),
        _ => new(question, [], []),
    };

    private static List<int> Permutation(int count, Random random) => Shuffle(Enumerable.Range(0, count).ToList(), random);

    /// <summary>A shuffle that is not the identity (when there are two or more), so an ordering starts out of order.</summary>
    private static List<int> Derangement(int count, Random random)
    {
        var order = Permutation(count, random);
        if (count >= 2 && order.SequenceEqual(Enumerable.Range(0, count)))
            (order[0], order[1]) = (order[1], order[0]);
        return order;
    }

    private static List<T> Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
