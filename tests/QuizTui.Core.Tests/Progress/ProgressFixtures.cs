using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Core.Tests.Progress;

/// <summary>A small event built in code, and helpers to make runs and answers of it.</summary>
internal static class ProgressFixtures
{
    public const string EventId = "ice";
    public const string Comprehension = "reading";
    public const string Who = "who";
    public static readonly DateTimeOffset T0 = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static NewsEvent Event(bool withQ3 = true)
    {
        var at = SourceLocation.None;
        Choice[] choices = [new("Right", true, null), new("Tempting", false, null), new("Other", false, null)];
        var questions = new List<Question>
        {
            new SingleChoiceQuestion("q1", "What happened?", null, Skill.MainIdea, ["a1"], at, choices),
            new SingleChoiceQuestion("q2", "When?", null, Skill.Detail, ["a1"], at, choices),
        };
        if (withQ3)
            questions.Add(new TrueFalseQuestion("q3", "Was it planned?", null, Skill.Inference, ["a2"], at, false));
        var people = new[]
        {
            new Person("mary", "Mary Houtmann", "CEO", null),
            new Person("melanie", "Melanie Gaboriault", "CMO", null),
            new Person("tom", "Tom Keiser", null, null),
        };
        var quotations = new[]
        {
            new Quotation("quote-mary", "We made a mistake.", "mary", "statement", null, "a1", at),
            new Quotation("quote-melanie", "We are listening.", "melanie", "tweet", null, "a1", at),
        };
        return new NewsEvent(
            EventId, "The ICE contract", new DatePeriod(new DateOnly(2020, 9, 24), null), "Overview", [], people, [],
            [
                new Article("a1", "CBC", new DateOnly(2020, 9, 24), "Staff object", false, null, "s1", null, "Summary", [], quotations),
                new Article("a2", "Globe", new DateOnly(2020, 9, 25), "Contract ends", false, null, "s2", null, "Summary", [], []),
            ],
            [
                new ComprehensionQuiz(Comprehension, "Reading check", null, at, "a1", questions),
                new WhoSaidWhatQuiz(Who, "Who said it?", null, at, null, null, 3, null),
            ],
            "");
    }

    public static ContentLibrary Library(bool withQ3 = true) => new([Event(withQ3)]);

    public static AttemptRecord Run(long id, DateTimeOffset start, double? score = null, int count = 3, string quiz = Comprehension, bool abandoned = false) =>
        new(id, "ann", EventId, quiz, 1, count, start, score is null ? null : start.AddMinutes(5), score ?? 0, AttemptKind.Quiz, abandoned);

    public static AnswerRecord Answer(string question, Verdict verdict, DateTimeOffset at, string quiz = Comprehension, Skill skill = Skill.Detail, string answer = "choice:1", long attempt = 1, double? score = null) =>
        new(attempt, "ann", EventId, quiz, question, quiz == Who ? "who-said-what" : "single-choice", skill, answer, answer,
            score ?? (verdict == Verdict.Right ? 1 : verdict == Verdict.Partial ? 0.5 : 0), verdict, TimeSpan.FromSeconds(3), at);
}
