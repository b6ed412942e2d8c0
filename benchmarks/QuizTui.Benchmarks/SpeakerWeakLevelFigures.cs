using QuizTui.Core.Drafting;

/// <summary>
/// The ranker stepping in at weak marked rule levels (<see cref="DraftOptions.RankAtLevels"/>):
/// per level, the speakers the rules (with suggestions) get right there and those the ranker's
/// first candidate would get right instead, over the articles added. A replaced speaker reads
/// only the rules' speakers, so each quotation's change is counted under the rules' level alone.
/// <c>speakers-train --check</c> prints them with the check figures.
/// </summary>
internal sealed class SpeakerWeakLevelFigures
{
    /// <summary>The marked levels the rules reach by a guess: a far pronoun, a description, a surname that may mean another.</summary>
    internal static readonly string[] Levels =
    [
        "pronoun-far", "pronoun-sentences-back", "pronoun-unsure", "pronoun-passes-over", "organisation-pronoun",
        "role-without-name", "surname-describes", "surname-shared", "name-not-in-full", "organisation-noun",
        "organisation-noun-guess", "document", "document-guess", "next-sentence", "participle-sentence-before", "joint-speakers",
    ];

    private readonly Dictionary<string, (int Count, int RulesRight, int RankedRight, int Changed)> _byLevel = [];

    public void Add(TrainArticle article, double[] weights)
    {
        var suggesting = new DraftOptions { RankSpeakers = false, RankUnattributed = true, Weights = weights };
        var stepping = suggesting with { RankAtLevels = Levels.ToHashSet() };
        var before = QuotationSpanScoring.Score(article.Scored(QuotationDrafter.Draft(article.Text, suggesting).Quotations), article.Gold);
        var after = QuotationSpanScoring.Score(article.Scored(QuotationDrafter.Draft(article.Text, stepping).Quotations), article.Gold);
        foreach (var (b, a) in before.Matches.Zip(after.Matches))
        {
            if (b.Draft.Level is not { } level || !Levels.Contains(level))
            {
                continue;
            }
            var (count, rulesRight, rankedRight, changed) = _byLevel.GetValueOrDefault(level);
            _byLevel[level] = (count + 1, rulesRight + (b.SpeakerCorrect ? 1 : 0), rankedRight + (a.SpeakerCorrect ? 1 : 0),
                changed + (b.Draft.Speaker != a.Draft.Speaker ? 1 : 0));
        }
    }

    public void Print(string head)
    {
        foreach (var level in Levels.Where(_byLevel.ContainsKey))
        {
            var (count, rulesRight, rankedRight, changed) = _byLevel[level];
            Console.WriteLine($"weak {head} level={level} count={count} rules_right={rulesRight} ranked_right={rankedRight} changed={changed}");
        }
    }
}
