using QuizTui.Core.Model;

namespace QuizTui.Storage.Tests;

/// <summary>A small event with one comprehension quiz and one who-said-what quiz, built in code.</summary>
internal static class SampleEvent
{
    public const string EventId = "sample-event";
    public const string QuizId = "sample-quiz";
    public const string WhoQuizId = "sample-who";

    public static NewsEvent Build(int questionCount = 6)
    {
        var at = SourceLocation.None;
        var questions = Enumerable.Range(1, questionCount)
            .Select(i => (Question)new SingleChoiceQuestion(
                $"q{i}", $"Question {i}?", null, (Skill)(i % 6), ["a1"], at,
                [new Choice("right", true, null), new Choice("wrong", false, null), new Choice("other", false, null)]))
            .ToList();
        var people = new[] { new Person("ann", "Ann Able", "Chief", "Org"), new Person("bob", "Bob Baker", null, null), new Person("cy", "Cy Cole", null, null) };
        var quotations = new[]
        {
            new Quotation("quote-1", "We are sorry.", "ann", "statement", null, "a1", at),
            new Quotation("quote-2", "Nobody told us.", "bob", "interview", null, "a1", at),
        };
        var article = new Article("a1", "Outlet", new DateOnly(2020, 9, 24), "Headline", false, null, "seed.txt", null, "Summary", [], quotations);
        return new NewsEvent(
            EventId, "Sample event", new DatePeriod(new DateOnly(2020, 9, 24), null), "Overview", [], people, [], [article],
            [
                new ComprehensionQuiz(QuizId, "Sample quiz", null, at, "a1", questions),
                new WhoSaidWhatQuiz(WhoQuizId, "Who said it", null, at, null, null, 3, null),
            ],
            "");
    }
}
