using QuizTui.App.Cli;
using QuizTui.App.Tui;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.Support;

/// <summary>Builders for test content: a small event with every question type, and the bundled pack.</summary>
public static class Sample
{
    private static readonly SourceLocation Here = new("test.yaml", 1, 1);

    public static readonly Person Ceo = new("ceo", "Ana Pérez", "Chief executive", "Acme");
    public static readonly Person Worker = new("worker", "Bo Li", "Engineer", "Acme");
    public static readonly Person Agency = new("agency", "Cy Dunn", "Spokesman", "The Agency");

    public static NewsEvent Event()
    {
        var q1 = new Quotation("q-ceo-a", "We were targeted and harassed for days", "ceo", "statement", null, "paper-a", Here);
        var q2 = new Quotation("q-ceo-b", "We were targeted or harassed for days", "ceo", "statement", null, "paper-b", Here);
        var q3 = new Quotation("q-worker", "More than 100 of us signed the letter — we won’t stop", "worker", "tweet", "Posted on the first night.", "paper-a", Here);
        var articles = new List<Article>
        {
            new("paper-a", "The Daily Paper", new DateOnly(2020, 9, 24), "Acme drops the contract", false, "Jo Writer", "a.md", null,
                "Acme said it would not go ahead with the contract after staff objected.",
                [new KeyPoint("kp-value", "The contract was worth about $500,000.", "paper-a"), new KeyPoint(null, "Staff signed a letter.", "paper-a")],
                [q1, q3]),
            new("paper-b", "The Evening Post", new DateOnly(2020, 9, 25), "Agency says it was not told", false, null, "b.md", null,
                "The agency said it had no formal notice.", [new KeyPoint(null, "The agency was not told.", "paper-b")], [q2]),
        };
        var questions = new List<Question>
        {
            new SingleChoiceQuestion("sc", "Who announced the decision?", "The second paragraph names the chief executive.", Skill.Detail, ["paper-a"], Here,
                [new Choice("The chief executive", true, null), new Choice("The board", false, "No board is named."), new Choice("The agency", false, null)]),
            new MultipleAnswersQuestion("ma", "Which did the article report?", "Both are in the key points.", Skill.Detail, ["paper-a"], Here,
                [new Choice("A letter", true, null), new Choice("A value", true, null), new Choice("A lawsuit", false, null)]),
            new TrueFalseQuestion("tf", "The staff objected.", "They signed a letter.", Skill.MainIdea, ["paper-a"], Here, true),
            new ShortAnswerQuestion("sa", "Which company is it?", "Named in the headline.", Skill.Detail, ["paper-a"], Here, ["Acme", "Acme Inc"]),
            new NumericQuestion("nu", "How many staff signed, at least?", "The tweet says more than 100.", Skill.Detail, ["paper-a"], Here, 100, 0, "people"),
            new OrderingQuestion("or", "Put these in order.", "Tweet, denial, reversal.", Skill.Inference, ["paper-a"], Here, ["The tweet", "The denial", "The reversal"]),
            new MatchingQuestion("mt", "Match each person to a role.", "From the people list.", Skill.Sourcing, ["paper-a"], Here,
                [new MatchPair("Ana Pérez", "Chief executive"), new MatchPair("Bo Li", "Engineer"), new MatchPair("Cy Dunn", "Spokesman")]),
            new EvidenceQuestion("ev", "What was the contract worth?", "The key point gives the value.", Skill.Inference, ["paper-a"], Here,
                [new Choice("About $500,000", true, null), new Choice("About $5 million", false, null)], EvidenceQuestion.DefaultEvidencePrompt,
                [new EvidenceChoice(EvidenceKind.KeyPoint, "kp-value", "The contract was worth about $500,000.", true), new EvidenceChoice(EvidenceKind.Quotation, "q-worker", q3.Text, false)]),
        };
        var quizzes = new List<Quiz>
        {
            new ComprehensionQuiz("paper-a-quiz", "The Daily Paper: Acme drops the contract", null, Here, "paper-a", questions),
            new WhoSaidWhatQuiz("who", "Who said it?", null, Here, null, null, 3, null),
        };
        return new NewsEvent("acme-2020", "Acme and the agency", new DatePeriod(new DateOnly(2020, 9, 23), new DateOnly(2020, 9, 25)),
            "Acme had a contract with an agency. Staff objected, and Acme dropped it.", [], [Ceo, Worker, Agency],
            [new TimelineEntry(new DateOnly(2020, 9, 23), "21:00", "An engineer tweets about the contract.", ["paper-a"]),
             new TimelineEntry(new DateOnly(2020, 9, 24), null, "Acme drops the contract.", ["paper-a"])],
            articles, quizzes, "content/acme-2020");
    }

    public static ContentLibrary Library() => new([Event()]);

    private static readonly Lazy<ContentLibrary> BundledLibrary = new(() =>
    {
        var result = ContentSources.LoadBundled();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Library;
    });

    /// <summary>The content pack shipped in the app.</summary>
    public static ContentLibrary Bundled() => BundledLibrary.Value;

    public static StudyContext Context(ContentLibrary? library = null, IScoreStore? store = null, FixedClock? clock = null, int? seed = 7, AppKeys? keys = null) =>
        new(library ?? Library(), store ?? new InMemoryScoreStore(), "tester", clock ?? new FixedClock(FixedClock.TestDay), seed, keys ?? AppKeys.Default);
}
